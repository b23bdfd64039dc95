#pragma once
// Internal to core/merge: one run of the merge. It takes the three plans and the decisions taken
// so far and gives the merged plan and every conflict found. Which conflicts are found depends on
// the inputs only, never on the decisions, so resolve() runs the merge again with decisions and
// meets the same list.
//
// The stages of run(), in order:
//  1. index every collection of the three sides by id (engine.cpp);
//  2. presence: entities kept, added or removed. A removal meets what the other side did to the
//     removed entity, to what cannot exist without it and to what refers to it (a "removal
//     group"): unchallenged it applies, challenged it is one conflict (presence.cpp);
//  3. goal moves that together could loop become one "cycle" conflict (goal_moves.cpp);
//  4. each kept entity: taken whole from the side that changed it (typed comparison, fast), or,
//     when both sides changed it, merged field by field on its JSON (json_merge.hpp); lists of
//     entities keep a merged order (order.hpp);
//  5. references to what is gone are dropped, as removing it in the app would (cascade.hpp).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/merge/json_merge.hpp"
#include "core/merge/merge.hpp"
#include "core/merge/schema.hpp"
#include "core/model/collections.hpp"

namespace accord::merge::detail {

// What the merge was given; resolve() runs it again from here.
struct Inputs {
    std::optional<Plan> base;
    Plan ours, theirs;
    MergeContext context;
};

using Decisions = std::unordered_map<std::string, Decision>;

// Every collection type, in the plan file's order; `Tag<T>` carries the type to a generic lambda.
template <class T>
struct Tag {
    using type = T;
};
template <class F>
void for_each_type(F&& f) {
    f(Tag<Partner>{});
    f(Tag<Value>{});
    f(Tag<GlossaryTerm>{});
    f(Tag<Goal>{});
    f(Tag<Activity>{});
    f(Tag<DecisionRule>{});
    f(Tag<Contact>{});
    f(Tag<EscalationStep>{});
    f(Tag<Dimension>{});
    f(Tag<AssessmentRound>{});
    f(Tag<Risk>{});
    f(Tag<CheckIn>{});
    f(Tag<ValueItem>{});
    f(Tag<Review>{});
    f(Tag<Approval>{});
    f(Tag<Conflict>{});
}

// Where a merged entity comes from.
enum class Fate { Merged, OursOnly, TheirsOnly, Gone };

// One collection on the three sides, indexed by id: one row per id holds the entity on each side
// and its fate, as a merge asks about all of them for each entity (a map per side and one for the
// fates took four hash lookups, and four sets of nodes to build and free, where one does).
template <class T>
struct Table {
    struct Row {
        std::array<const T*, 3> on{};  // the entity on each side (the first, should a side repeat an id)
        std::optional<Fate> fate;      // set by presence.cpp
    };
    std::unordered_map<std::string_view, Row> rows;
    std::array<std::vector<std::string_view>, 3> order;  // ids in each side's order
    const T* get(Side side, std::string_view id) const {
        const auto it = rows.find(id);
        return it == rows.end() ? nullptr : it->second.on[side];
    }
    Fate fate(std::string_view id) const { return rows.at(id).fate.value(); }
};

// An entity named by its collection and id.
struct EntityRef {
    const Section* section;
    std::string_view id;
};

class Engine {
public:
    Engine(const Inputs& inputs, const Decisions& decisions);

    Plan run();                       // the merged plan, open conflicts included
    std::vector<Conflict> found;      // every conflict found, in plan order
    std::vector<Problem> problems;    // decisions that could not be applied

    // --- shared by the stages ---
    const Inputs& in;
    const Decisions& decisions;
    bool two_way() const { return !in.base; }
    const Plan& plan(Side side) const { return side == kBase ? *in.base : side == kOurs ? in.ours : in.theirs; }
    template <class T>
    Table<T>& table() { return std::get<Table<T>>(tables_); }
    template <class T>
    const Table<T>& table() const { return std::get<Table<T>>(tables_); }

    // Records a conflict about `path` of an entity ("" = the whole entity) and returns the
    // decision taken on it, if any. `values` hold each side's value (JSON).
    const Decision* conflict(ConflictKind kind, const Section& section, std::string_view entity, const std::string& path,
                             const Trio& values, std::string note);
    // A choice that is not allowed for a conflict (an edited value for a removal).
    void refuse(const Decision& decision, const std::string& why);
    Stamp fresh_stamp();  // for what the merge itself decided
    void touch(const Section& section, std::string_view id);  // a decision changed it: stamp it anew
    bool touched(const Section& section, std::string_view id) const;
    std::string describe(const Section& section, std::string_view id) const;  // "goal 'Tender'"
    std::string name_of(const Section& section, std::string_view id) const;   // "Tender"

    // The base to merge an entity against: the base's, or in a two-way merge the side its stamps
    // show unchanged since a revision both sides share. nullptr when unknown.
    template <class T>
    const T* base_for(std::string_view id, const T& ours, const T& theirs) const;
    const Stamp* base_stamp_choice(const Stamp& ours, const Stamp& theirs) const;  // &ours, &theirs or nullptr

    // presence.cpp
    bool removed_by(Side side, Target target, std::string_view id) const;
    bool kept_despite(Side side, Target target, std::string_view id) const;
    bool any_kept_despite() const;

    // goal_moves.cpp
    const std::string* forced_parent(std::string_view goal) const;

private:
    void build_indexes();
    void find_common_revision();
    void decide_presence();  // presence.cpp
    void plan_goal_moves();  // goal_moves.cpp
    template <class T>
    std::vector<T> merge_collection();
    template <class T>
    T merge_one(std::string_view id);
    template <class T>
    T merge_both(std::string_view id, const T& ours, const T& theirs);
    template <class T>
    void set_stamp(T& merged, const T& ours, const T& theirs, bool decided);
    void merge_header(Plan& out);
    void merge_parts(Plan& out);
    void add_open_conflicts(Plan& out);

    using Tables = std::tuple<Table<Partner>, Table<Value>, Table<GlossaryTerm>, Table<Goal>, Table<Activity>,
                              Table<DecisionRule>, Table<Contact>, Table<EscalationStep>, Table<Dimension>,
                              Table<AssessmentRound>, Table<Risk>, Table<CheckIn>, Table<ValueItem>, Table<Review>,
                              Table<Approval>, Table<Conflict>>;
    Tables tables_;
    std::array<std::array<std::unordered_set<std::string_view>, 4>, 3> removed_, kept_;  // [side][target]
    std::unordered_map<std::string_view, std::string> forced_parent_;
    std::unordered_set<std::string> touched_;
    std::int64_t common_rev_ = 0;  // two-way: the newest revision both sides are seen to share
    std::int64_t fresh_rev_ = 0;
    bool stamped_anew_ = false;
    struct Found {
        std::size_t section, position;
        Conflict conflict;
        bool open;
    };
    std::vector<Found> found_;
};

// A stable id for the question "what is `field` of `entity` in `section`": a name-based UUID, so
// the same question asked again (a later merge, the other partner's merge) has the same id.
Id conflict_id(std::string_view section, std::string_view entity, std::string_view field);

// What people call an entity: its name, title, term... or its date.
std::string display_name(const Partner&);
std::string display_name(const Value&);
std::string display_name(const GlossaryTerm&);
std::string display_name(const Goal&);
std::string display_name(const Activity&);
std::string display_name(const DecisionRule&);
std::string display_name(const Contact&);
std::string display_name(const EscalationStep&);
std::string display_name(const Dimension&);
std::string display_name(const AssessmentRound&);
std::string display_name(const Risk&);
std::string display_name(const CheckIn&);
std::string display_name(const ValueItem&);
std::string display_name(const Review&);
std::string display_name(const Approval&);
std::string display_name(const Conflict&);

template <class T>
const Section& section_of() {
    static const Section& section = *find_section(Collection<T>::key);
    return section;
}

bool newer(const Stamp& a, const Stamp& b);  // a after b: by revision, then author (any fixed order)

template <class T>
const T* Engine::base_for(std::string_view id, const T& ours, const T& theirs) const {
    if (!two_way()) return table<T>().get(kBase, id);
    const Stamp* unchanged = base_stamp_choice(ours.stamp, theirs.stamp);
    return !unchanged ? nullptr : unchanged == &ours.stamp ? &ours : &theirs;
}

}  // namespace accord::merge::detail
