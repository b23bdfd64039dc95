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
//  - goal moves that together would loop are one conflict, whatever is decided the tree stays a tree.
// The merged plan always passes validate(), for every way of deciding the conflicts, and the same
// inputs give the same bytes.
//
// Undecided conflicts travel: the merged plan holds "ours" for them and lists them in
// Plan::conflicts, so they can be decided later, on either copy (decide()).
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

// The version token: SHA-256 (hex) of the plan's exported bytes. Plan::based_on holds the token
// of the last version both partners are known to share, so the app can find the base of the next
// merge in its version history (docs/merge.md, "Finding the base").
std::string version_token(const Plan& plan);

}  // namespace accord::merge
