#pragma once
// Merging two partners' copies of a plan, without a server (docs/merge.md is the full story).
//
// Partners edit their copies apart and email files back and forth. merge_plans() brings two
// copies together entity by entity (matched by id) and field by field, against the last version
// both are known to share (the base, when the app still has it):
//  - a change on one side applies; the same change on both sides is one change;
//  - different changes to the same field are a conflict the user decides (ours, theirs, or an
//    edited value), shown with the base, ours and theirs values;
//  - a removal on one side meets what the other side did: an untouched entity goes, one that the
//    other side changed, or started to use (a goal owned by a partner the other side removed), is
//    a conflict; deciding it keeps or removes the entity together with what depends on it;
//  - ratings in a round merge by (dimension, partner), roles by partner, metric readings by date,
//    owner/attendee/endorsement lists as sets: two partners rating the same round never conflict;
//    approvals are a union by id, in the order they were given;
//  - goal moves that together would loop are one conflict, whatever is decided the tree stays a tree.
// The merged plan always passes validate(), for every way of deciding the conflicts, and the same
// inputs give the same bytes.
//
// Undecided conflicts travel: the merged plan holds "ours" for them and lists them in
// Plan::conflicts, so they can be decided later, on either copy (decide()); the agenda lists them.
//
// For the review screen (the UI), in order:
//   1. Input: the open plan (ours), the received file (theirs, from io::import_plan) and the base
//      if the app has it (the version whose version_token() is theirs' Plan::based_on), else
//      std::nullopt (a two-way merge: stamps tell who changed what).
//        MergeResult r = merge_plans(base, ours, theirs, {me, now, sha256_of_received_bytes});
//      r.ok() false: an input was not a valid plan (r.problems says why); show it, merge nothing.
//   2. What comes in: r.incoming, one SectionSummary per section theirs changes, with the names
//      of the entities added / changed / removed.
//   3. The conflicts: r.conflicts, each shown with describe(r.plan, c) -> ConflictView: label
//      ("The title of goal 'Clinics'"), kind_label, base / ours / theirs as display strings,
//      who made each side's change, and whether an edited value is allowed (`editable`; the
//      value is given in the plan file's terms: a text for a title, a number for a score).
//   4. Decisions: collect one Decision per conflict (Ours, Theirs, Custom with a value, or
//      Postpone: it stays open in the plan) and call resolve(r, decisions) -> Resolution. When
//      !ok(), show its problems beside the decision they name ("conflicts/<id>") and let the user
//      change it; resolve() can be called again as often as needed (it merges again, fast).
//   5. Apply: merge_transaction(ours, *resolution.plan) is one Transaction for History::apply,
//      labelled "Merge": one undo step. History::apply stamps what it changes as the local
//      partner's edit. It also moves plan.based_on to theirs' version token (so the next merge
//      with this partner finds the base), and undoing the merge moves it back.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/commands/history.hpp"
#include "core/model/plan.hpp"
#include "core/model/validate.hpp"

namespace accord::merge {

namespace detail {
struct Inputs;
}

struct MergeContext {
    Id author;        // the partner who merges: stamps what the merge itself decides
    Instant now = 0;  // when: the `found` time of the conflicts
    // The version token of theirs, recorded as the merged plan's based_on. The app knows it: it is
    // the SHA-256 of the file it received (Accord writes canonical bytes). Left empty, the merge
    // computes it from theirs (version_token), which costs an export of the whole plan.
    std::string theirs_token;
};

// What theirs brings into ours in one section, for the review screen: entities added, changed and
// removed (by name), in plan order. Vision, communication and "plan" (title...) count as one entity.
struct SectionSummary {
    std::string section;  // the plan file's key: "goals"
    std::string noun;     // "goal"
    std::vector<std::string> added, changed, removed;
};

struct MergeResult {
    Plan plan;                             // merged; conflicts provisionally "ours", listed in plan.conflicts
    std::vector<Conflict> conflicts;       // found by this merge, in plan order (also in plan.conflicts)
    std::vector<SectionSummary> incoming;  // sections theirs changes, in plan order
    bool two_way = false;                  // no base was given (docs/merge.md, "Without a base")
    std::vector<Problem> problems;         // why no merge was made (an input that is not a valid plan)
    bool ok() const { return problems.empty(); }
    bool clean() const { return ok() && conflicts.empty(); }

    std::shared_ptr<const detail::Inputs> inputs;  // what resolve() merges again
};

// Merges `ours` and `theirs` against `base` (std::nullopt when no shared version is known: a
// two-way merge, docs/merge.md). The merged plan's based_on is theirs' version token: after the
// merge, everything in theirs is in both copies. Inputs must be valid plans (they are, coming from
// the importer). The plans are kept in the result for resolve(): move them in when you can.
MergeResult merge_plans(std::optional<Plan> base, Plan ours, Plan theirs, const MergeContext& context = {});

enum class Choice {
    Ours,      // keep what ours had (what the merged plan already holds)
    Theirs,    // take what theirs had
    Custom,    // an edited value (field conflicts only): Decision::value, in the plan file's terms
    Postpone,  // leave it open: it stays in Plan::conflicts, the plan holds ours for now
};

struct Decision {
    Id conflict;
    Choice choice = Choice::Ours;
    nlohmann::json value;  // for Choice::Custom
};

struct Resolution {
    std::optional<Plan> plan;       // present when every decision could be applied
    std::vector<Problem> problems;  // otherwise: which decision, and why (an edited value that breaks a rule)
    bool ok() const { return plan.has_value(); }
};

// The merge again with these decisions: decided conflicts leave Plan::conflicts and the entities
// they touch are stamped anew (context.author); conflicts without a decision stay open as "ours".
Resolution resolve(const MergeResult& result, const std::vector<Decision>& decisions);

// Decides an open conflict the plan carries (Plan::conflicts), later and on either copy: the
// edit that applies the choice and removes the conflict, for History::apply (one undo step).
// Refused (Transaction::refused) when the conflict is not there, or the value would break a rule.
Transaction decide(const Plan& plan, const Id& conflict, Choice choice, const nlohmann::json& value = nullptr);

// --- For the review screen ---

// A conflict in words, for the review screen and the agenda. Values are display strings: texts as
// written, numbers, lists joined by ", ", ids as names, "removed"/"kept" for a removal, and
// "'Goal' under 'Other goal'" for goal moves.
struct ConflictView {
    Id id;
    ConflictKind kind = ConflictKind::EditEdit;
    std::string kind_label;   // label(kind): "Both changed", ...
    std::string section;      // the plan file's key ("goals"), or "plan", "vision", "communication"
    std::string noun;         // "goal"
    Id entity;                // "" for the plan, vision and communication
    std::string entity_name;  // its name at the merge
    std::string field;        // "title", "ratings[d,p].score"; "" = the entity itself
    std::string label;        // "The title of goal 'Clinics'", "Keep or remove risk 'Supplier fails'"
    std::string base, ours, theirs;  // display strings (base "(unknown or none)" without a base)
    std::string ours_by, theirs_by;  // who made each side's change, by name ("" when unknown)
    std::string note;                // what happened, in plain words
    bool editable = false;           // an edited value (Choice::Custom) is allowed
};

ConflictView describe(const Plan& plan, const Conflict& conflict);  // names looked up in `plan`
std::string display_value(const nlohmann::json& value);            // one value in the plan file's terms, for people

// One undoable edit that turns `before` (the plan the user has open, ours) into `after` (the
// resolved merge): every entity added, changed, removed or moved, and the vision, communication
// title and based_on (the version both copies now share). Revision and modified are History's.
Transaction merge_transaction(const Plan& before, const Plan& after);

// The version token: SHA-256 (hex) of the plan's exported bytes. Plan::based_on holds the token
// of the last version both partners are known to share, so the app can find the base of the next
// merge in its version history (docs/merge.md, "Finding the base").
std::string version_token(const Plan& plan);

}  // namespace accord::merge
