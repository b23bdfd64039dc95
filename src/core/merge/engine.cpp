// Index of this file
// [SECTION] Names and ids
// [SECTION] Indexes and the common revision
// [SECTION] Conflicts and stamps
// [SECTION] Entities
// [SECTION] The plan's own fields, vision, communication
// [SECTION] The run
#include "core/merge/engine.hpp"

#include <algorithm>

#include "core/insights/sha256.hpp"
#include "core/merge/cascade.hpp"
#include "core/merge/entity_json.hpp"
#include "core/merge/equality.hpp"
#include "core/merge/order.hpp"

namespace accord::merge::detail {

//-----------------------------------------------------------------------------
// [SECTION] Names and ids
//-----------------------------------------------------------------------------

Id conflict_id(std::string_view section, std::string_view entity, std::string_view field) {
    // Length prefixes keep ("ab", "c") and ("a", "bc") apart.
    std::string key;
    for (std::string_view part : {section, entity, field}) key += std::to_string(part.size()) + ":" + std::string(part) + ";";
    std::string hex = sha256_hex(key).substr(0, 32);
    hex[12] = '8';                                               // version 8: name-based, RFC 9562
    hex[16] = "89ab"[std::string("0123456789abcdef").find(hex[16]) & 3];  // the RFC 4122 variant
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20);
}

namespace {

std::string or_date(const std::string& name, const Date& date) { return name.empty() ? date.iso() : name; }

}  // namespace

std::string display_name(const Partner& e) { return e.name; }
std::string display_name(const Value& e) { return e.name; }
std::string display_name(const GlossaryTerm& e) { return e.term; }
std::string display_name(const Goal& e) { return e.title; }
std::string display_name(const Activity& e) { return e.name; }
std::string display_name(const DecisionRule& e) { return e.area; }
std::string display_name(const Contact& e) { return e.name; }
std::string display_name(const EscalationStep& e) { return e.who; }
std::string display_name(const Dimension& e) { return e.name; }
std::string display_name(const AssessmentRound& e) { return or_date(e.title, e.date); }
std::string display_name(const Risk& e) { return e.title; }
std::string display_name(const CheckIn& e) { return e.date.iso(); }
std::string display_name(const ValueItem& e) { return e.description; }
std::string display_name(const Review& e) { return or_date(e.title, e.date); }
std::string display_name(const Approval& e) { return format_instant(e.at); }
std::string display_name(const Conflict& e) { return e.entity_name + (e.field.empty() ? "" : ": " + e.field); }

bool newer(const Stamp& a, const Stamp& b) { return a.rev != b.rev ? a.rev > b.rev : a.by > b.by; }

//-----------------------------------------------------------------------------
// [SECTION] Indexes and the common revision
//-----------------------------------------------------------------------------

Engine::Engine(const Inputs& inputs, const Decisions& decisions_taken) : in(inputs), decisions(decisions_taken) {}

void Engine::build_indexes() {
    for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        Table<T>& t = table<T>();
        for (Side side : {kBase, kOurs, kTheirs}) {
            if (side == kBase && two_way()) continue;
            const auto& items = Collection<T>::of(plan(side));
            t.rows.reserve(std::max(t.rows.size(), items.size()));
            t.order[side].reserve(items.size());
            for (const T& item : items) {
                const T*& on_side = t.rows[item.id].on[side];
                if (!on_side) on_side = &item;
                t.order[side].push_back(item.id);
            }
        }
    });
}

// Without a base, stamps tell what changed: an entity whose stamp is no newer than a revision both
// copies are seen to share (the newest stamp of an entity both hold alike) was not changed since
// the copies parted, so the other side's version is the newer one.
void Engine::find_common_revision() {
    auto consider = [&](const Stamp& o, const Stamp& t, bool same) {
        if (o == t && same) common_rev_ = std::max(common_rev_, o.rev);
    };
    for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        const Table<T>& t = table<T>();
        for (const auto& [id, row] : t.rows) {
            const T* ours = row.on[kOurs];
            const T* theirs = row.on[kTheirs];
            if (ours && theirs && ours->stamp == theirs->stamp)
                consider(ours->stamp, theirs->stamp, same_content(*ours, *theirs));
        }
    });
    consider(in.ours.vision.stamp, in.theirs.vision.stamp, same_content(in.ours.vision, in.theirs.vision));
    consider(in.ours.communication.stamp, in.theirs.communication.stamp,
             same_content(in.ours.communication, in.theirs.communication));
    consider(in.ours.stamp, in.theirs.stamp, same_header(in.ours, in.theirs));
}

const Stamp* Engine::base_stamp_choice(const Stamp& ours, const Stamp& theirs) const {
    if (ours == theirs) return nullptr;
    if (ours.rev <= common_rev_ && theirs.rev > common_rev_) return &ours;
    if (theirs.rev <= common_rev_ && ours.rev > common_rev_) return &theirs;
    return nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Conflicts and stamps
//-----------------------------------------------------------------------------

namespace {

std::size_t section_rank(const Section& section) {
    if (&section == &plan_section()) return 0;
    return static_cast<std::size_t>(&section - sections().data()) + 1;
}

// Who last changed an entity on one side.
Id author(const Engine& engine, Side side, const Section& section, std::string_view id) {
    const Plan& p = engine.plan(side);
    if (&section == &plan_section()) return p.stamp.by;
    if (std::string_view(section.key) == "vision") return p.vision.stamp.by;
    if (std::string_view(section.key) == "communication") return p.communication.stamp.by;
    Id by;
    for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        if (section.key != std::string_view(Collection<T>::key)) return;
        if (const T* e = engine.table<T>().get(side, id)) by = e->stamp.by;
    });
    return by;
}

}  // namespace

const Decision* Engine::conflict(ConflictKind kind, const Section& section, std::string_view entity,
                                 const std::string& path, const Trio& values, std::string note) {
    Conflict c;
    c.id = conflict_id(section.key, entity, path);
    c.kind = kind;
    c.section = section.key;
    c.entity = std::string(entity);
    c.field = path;
    c.base = values.base ? nlohmann::json(*values.base) : nlohmann::json();
    c.ours = nlohmann::json(*values.ours);
    c.theirs = nlohmann::json(*values.theirs);
    c.note = std::move(note);
    c.ours_by = author(*this, kOurs, section, entity);
    c.theirs_by = author(*this, kTheirs, section, entity);
    c.found = in.context.now;
    c.entity_name = name_of(section, entity);
    const auto it = decisions.find(c.id);
    const Decision* decision = it == decisions.end() ? nullptr : &it->second;
    found_.push_back({section_rank(section), 0, std::move(c), !decision || decision->choice == Choice::Postpone});
    return decision;
}

void Engine::refuse(const Decision& decision, const std::string& why) {
    problems.push_back({"conflicts/" + decision.conflict, why});
}

Stamp Engine::fresh_stamp() {
    stamped_anew_ = true;
    return Stamp{fresh_rev_, in.context.author};
}

void Engine::touch(const Section& section, std::string_view id) { touched_.insert(std::string(section.key) + "/" + std::string(id)); }

bool Engine::touched(const Section& section, std::string_view id) const {
    return !touched_.empty() && touched_.count(std::string(section.key) + "/" + std::string(id)) > 0;
}

std::string Engine::describe(const Section& section, std::string_view id) const {
    if (&section == &plan_section()) return "the plan's title and other plan fields";
    if (!section.collection) return std::string("the ") + section.noun;
    return std::string(section.noun) + " '" + name_of(section, id) + "'";
}

std::string Engine::name_of(const Section& section, std::string_view id) const {
    if (&section == &plan_section()) return in.ours.title;
    if (!section.collection) return section.noun;
    std::string name;
    for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        if (section.key != std::string_view(Collection<T>::key)) return;
        const Table<T>& t = table<T>();
        for (Side side : {kOurs, kTheirs, kBase})
            if (const T* e = (side == kBase && two_way()) ? nullptr : t.get(side, id)) {
                name = display_name(*e);
                break;
            }
    });
    return name.empty() ? std::string(id) : name;
}

//-----------------------------------------------------------------------------
// [SECTION] Entities
//-----------------------------------------------------------------------------

namespace {

// The merge around one entity, for the field-by-field merge of its JSON.
class EntityScope : public EntityContext {
public:
    EntityScope(Engine& engine, const Section& section, std::string_view id, const std::string* parent)
        : engine_(engine), section_(section), id_(id), parent_(parent) {}

    const Decision* conflict(ConflictKind kind, const std::string& path, const Trio& values, std::string note) override {
        return engine_.conflict(kind, section_, id_, path, values, std::move(note));
    }
    bool removed_by(Side side, Target target, std::string_view id) const override {
        return engine_.removed_by(side, target, id);
    }
    bool kept_despite(Side side, Target target, std::string_view id) const override {
        return engine_.kept_despite(side, target, id);
    }
    const std::string* forced_parent() const override { return parent_; }

private:
    Engine& engine_;
    const Section& section_;
    std::string_view id_;
    const std::string* parent_;
};

}  // namespace

template <class T>
void Engine::set_stamp(T& merged, const T& ours, const T& theirs, bool decided) {
    if (decided) {
        merged.stamp = fresh_stamp();
    } else if (same_content(merged, ours)) {
        merged.stamp = same_content(merged, theirs) && newer(theirs.stamp, ours.stamp) ? theirs.stamp : ours.stamp;
    } else if (same_content(merged, theirs)) {
        merged.stamp = theirs.stamp;
    } else {
        merged.stamp = fresh_stamp();  // a combination of both sides: a new version
    }
}

template <class T>
T Engine::merge_both(std::string_view id, const T& ours, const T& theirs) {
    const T* base = base_for(id, ours, theirs);
    bool decided = touched(section_of<T>(), id);
    const std::string* parent = nullptr;
    if constexpr (std::is_same_v<T, Goal>) parent = forced_parent(id);
    // Taking one side whole would also take the traces of a removal that was undone: then the
    // field-by-field merge, which undoes them, decides.
    const bool whole_sides = !any_kept_despite();
    // Copied straight from the side taken: nearly every entity of a merge is one side's whole, and
    // assigning it over a default entity allocated everything twice.
    T merged = [&]() -> T {
        if (same_content(ours, theirs)) return ours;
        if (base && whole_sides && same_content(*base, ours)) return theirs;
        if (base && whole_sides && same_content(*base, theirs)) return ours;
        if constexpr (std::is_same_v<T, Conflict>) {
            // An open conflict never conflicts: the newer record of the question wins.
            const bool theirs_newer =
                theirs.found != ours.found ? theirs.found > ours.found : newer(theirs.stamp, ours.stamp);
            return base && same_content(*base, theirs) ? ours : theirs_newer ? theirs : ours;
        } else {
            const Doc ours_doc = to_doc(ours), theirs_doc = to_doc(theirs);
            const std::optional<Doc> base_doc = base ? std::optional<Doc>(to_doc(*base)) : std::nullopt;
            EntityScope scope(*this, section_of<T>(), id, parent);
            bool field_decided = false;
            Doc doc = merge_entity_json(section_of<T>(), Trio{base_doc ? &*base_doc : nullptr, &ours_doc, &theirs_doc},
                                        scope, field_decided);
            decided = decided || field_decided;
            auto read = from_doc<T>(doc, std::string(Collection<T>::key) + "/" + std::string(id), problems);
            return read ? std::move(*read) : ours;
        }
    }();
    if constexpr (std::is_same_v<T, Goal>) {
        if (parent) merged.parent = *parent;
    }
    set_stamp(merged, ours, theirs, decided);
    return merged;
}

template <class T>
T Engine::merge_one(std::string_view id) {
    const typename Table<T>::Row& row = table<T>().rows.at(id);
    switch (row.fate.value()) {
        case Fate::Merged: return merge_both(id, *row.on[kOurs], *row.on[kTheirs]);
        case Fate::OursOnly:
        case Fate::TheirsOnly: {
            T kept = *row.on[row.fate == Fate::OursOnly ? kOurs : kTheirs];
            if (touched(section_of<T>(), id)) kept.stamp = fresh_stamp();
            return kept;
        }
        case Fate::Gone: break;
    }
    return T{};
}

template <class T>
std::vector<T> Engine::merge_collection() {
    Table<T>& t = table<T>();
    const Keys order = merge_order(two_way() ? nullptr : &t.order[kBase], t.order[kOurs], t.order[kTheirs],
                                   [&](std::string_view id) { return t.fate(id) != Fate::Gone; });
    std::vector<T> out;
    out.reserve(order.size());
    for (std::string_view id : order) out.push_back(merge_one<T>(id));
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] The plan's own fields, vision, communication
//-----------------------------------------------------------------------------

namespace {

// One part that exists once per plan: the same rules as an entity, with its own reading back.
template <class Part, class Same, class ToDoc, class Read>
Part merge_part(Engine& engine, const Section& section, const Part& ours, const Part& theirs, const Part* base,
                const Stamp& ours_stamp, const Stamp& theirs_stamp, Same same, ToDoc to_json, Read read, Stamp& stamp) {
    Part merged = ours;
    bool decided = false;
    if (same(ours, theirs)) {
        merged = ours;
    } else if (base && same(*base, ours)) {
        merged = theirs;
    } else if (base && same(*base, theirs)) {
        merged = ours;
    } else {
        const Doc ours_doc = to_json(ours), theirs_doc = to_json(theirs);
        const std::optional<Doc> base_doc = base ? std::optional<Doc>(to_json(*base)) : std::nullopt;
        EntityScope scope(engine, section, "", nullptr);
        const Doc doc = merge_entity_json(section, Trio{base_doc ? &*base_doc : nullptr, &ours_doc, &theirs_doc}, scope,
                                          decided);
        merged = read(doc, ours);
    }
    if (decided)
        stamp = engine.fresh_stamp();
    else if (same(merged, ours))
        stamp = same(merged, theirs) && newer(theirs_stamp, ours_stamp) ? theirs_stamp : ours_stamp;
    else if (same(merged, theirs))
        stamp = theirs_stamp;
    else
        stamp = engine.fresh_stamp();
    return merged;
}

}  // namespace

void Engine::merge_header(Plan& out) {
    const Plan& ours = in.ours;
    const Plan& theirs = in.theirs;
    const Plan* base = two_way() ? nullptr : &*in.base;
    if (two_way()) {
        const Stamp* unchanged = base_stamp_choice(ours.stamp, theirs.stamp);
        base = !unchanged ? nullptr : unchanged == &ours.stamp ? &ours : &theirs;
    }
    // The header is a view on a plan; merging happens on copies holding just those fields.
    auto header_of = [](const Plan& p) {
        Plan h;
        h.id = p.id;
        h.title = p.title;
        h.created = p.created;
        h.extra = p.extra;
        h.stamp = p.stamp;
        return h;
    };
    const Plan o = header_of(ours), t = header_of(theirs);
    const std::optional<Plan> b = base ? std::optional<Plan>(header_of(*base)) : std::nullopt;
    const Plan merged = merge_part(
        *this, plan_section(), o, t, b ? &*b : nullptr, ours.stamp, theirs.stamp, same_header,
        [](const Plan& p) { return to_doc(Header{&p}); },
        [&](const Doc& doc, const Plan& fallback) {
            Plan read = fallback;
            return header_from_doc(doc, read, problems) ? read : fallback;
        },
        out.stamp);
    out.id = merged.id;
    out.title = merged.title;
    out.created = merged.created;
    out.extra = merged.extra;
}

void Engine::merge_parts(Plan& out) {
    const Plan& ours = in.ours;
    const Plan& theirs = in.theirs;
    auto base_part = [&](auto member) -> decltype(&(ours.*member)) {
        if (!two_way()) return &((*in.base).*member);
        const Stamp* unchanged = base_stamp_choice((ours.*member).stamp, (theirs.*member).stamp);
        return !unchanged ? nullptr : unchanged == &(ours.*member).stamp ? &(ours.*member) : &(theirs.*member);
    };
    out.vision = merge_part(
        *this, *find_section("vision"), ours.vision, theirs.vision, base_part(&Plan::vision), ours.vision.stamp,
        theirs.vision.stamp, [](const Vision& a, const Vision& b) { return same_content(a, b); },
        [](const Vision& v) { return to_doc(v); },
        [&](const Doc& doc, const Vision& fallback) { return vision_from_doc(doc, problems).value_or(fallback); },
        out.vision.stamp);
    out.communication = merge_part(
        *this, *find_section("communication"), ours.communication, theirs.communication,
        base_part(&Plan::communication), ours.communication.stamp, theirs.communication.stamp,
        [](const Communication& a, const Communication& b) { return same_content(a, b); },
        [](const Communication& c) { return to_doc(c); },
        [&](const Doc& doc, const Communication& fallback) {
            return communication_from_doc(doc, problems).value_or(fallback);
        },
        out.communication.stamp);
}

//-----------------------------------------------------------------------------
// [SECTION] The run
//-----------------------------------------------------------------------------

namespace {

// std::stable_sort, but a list already in order (a merged list nearly always is) is only read:
// the sort moves every entry, a whole check-in, even then.
template <class T, class Less>
void keep_sorted(std::vector<T>& items, Less less) {
    if (!std::is_sorted(items.begin(), items.end(), less)) std::stable_sort(items.begin(), items.end(), less);
}

}  // namespace

// Conflicts in plan order: by section, then by where the entity stands (ours' order, then theirs'),
// then in the order found. Open ones join the plan's list, replacing an older record of the same
// question; decided ones leave it.
void Engine::add_open_conflicts(Plan& out) {
    for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        const auto wanted = [&](const Found& f) { return f.conflict.section == Collection<T>::key; };
        if (std::none_of(found_.begin(), found_.end(), wanted)) return;
        const auto& items = Collection<T>::of(out);
        std::unordered_map<std::string_view, std::size_t> at;
        for (std::size_t i = 0; i < items.size(); ++i) at.emplace(items[i].id, i);
        for (Found& f : found_) {
            if (!wanted(f)) continue;
            const auto it = at.find(f.conflict.entity);
            f.position = it == at.end() ? items.size() : it->second;  // gone: after the rest
        }
    });
    std::stable_sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) {
        return a.section != b.section ? a.section < b.section : a.position < b.position;
    });
    std::unordered_set<std::string_view> asked;
    for (const Found& f : found_) asked.insert(f.conflict.id);
    std::vector<Conflict> open;
    for (Conflict& c : out.conflicts)
        if (!asked.count(c.id)) open.push_back(std::move(c));
    for (Found& f : found_) {
        if (f.open) {
            f.conflict.stamp = fresh_stamp();
            open.push_back(f.conflict);
        }
        found.push_back(std::move(f.conflict));
    }
    out.conflicts = std::move(open);
}

Plan Engine::run() {
    build_indexes();
    if (two_way()) find_common_revision();
    fresh_rev_ = std::max(in.ours.revision, in.theirs.revision) + 1;
    decide_presence();
    plan_goal_moves();

    Plan out;
    merge_header(out);
    merge_parts(out);
    for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        Collection<T>::of(out) = merge_collection<T>();
    });
    drop_dangling(out, [&](const Goal& goal) {
        // A goal both sides hold lost its parent (the other side's move into a removed branch):
        // it stays, under the first of ours', theirs' or the base's parent that is still there.
        std::vector<Id> candidates;
        const Table<Goal>& goals = table<Goal>();
        const Goal* ours = goals.get(kOurs, goal.id);
        const Goal* theirs = goals.get(kTheirs, goal.id);
        if (!ours || !theirs) return candidates;
        candidates = {ours->parent, theirs->parent};
        if (const Goal* base = two_way() ? nullptr : goals.get(kBase, goal.id)) candidates.push_back(base->parent);
        return candidates;
    });
    // The model keeps these in date order; a merge of two ordered lists may not be.
    auto by_date = [](const auto& a, const auto& b) { return a.date < b.date; };
    keep_sorted(out.rounds, by_date);
    keep_sorted(out.checkins, by_date);
    for (Goal& goal : out.goals)
        if (goal.metric) keep_sorted(goal.metric->history, by_date);
    // Approvals are kept in the order they were given: two copies' new approvals interleave by time
    // (then id), so merging either way round gives the same list.
    keep_sorted(out.approvals,
                [](const Approval& a, const Approval& b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });

    add_open_conflicts(out);
    out.modified = std::max(in.ours.modified, in.theirs.modified);
    out.revision = stamped_anew_ ? fresh_rev_ : fresh_rev_ - 1;
    return out;
}

}  // namespace accord::merge::detail
