#pragma once
// Edits to a plan, with undo and redo.
//
// Every change is an `Op`: one entity appears, disappears, changes or moves. An op holds whole
// before/after snapshots, so its inverse is a swap and undo needs no per-kind code (the typed
// undo operations of ImHex's providers/undo_redo, reduced to one shape). A `Transaction` is what
// one user action does — renaming a goal, or removing a partner together with every reference to
// them — and is one undo step. Builders for transactions live in edits.hpp.
//
// `History::apply` stamps what the transaction changes (who, at which revision), applies it,
// checks the model's invariants (validate.hpp) and, if one breaks, rolls everything back and
// refuses the edit with the problems: the plan is never left invalid, and a refused edit leaves
// it exactly as it was. Undo restores the earlier snapshots exactly, stamps included, so an edit
// that was undone does not look like a change to a later merge.
#include <deque>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/model/plan.hpp"
#include "core/model/validate.hpp"

namespace accord {

// Who is editing and when. `author` is the local partner's id ("" when the user has not said who
// they are); `now` sets Plan::modified.
struct EditContext {
    Id author;
    Instant now = 0;
};

// An entity at a position in its collection.
template <class T>
struct Placed {
    T value;
    size_t index = 0;
};

// One entity of a collection: added (no before), removed (no after), changed or moved (both).
template <class T>
struct Put {
    std::optional<Placed<T>> before, after;
};

// The plan's own fields that are not a collection.
struct PlanHeader {
    std::string title;
    Stamp stamp;
    // The version this copy is based on (Plan::based_on): a merge moves it, and undoing the merge
    // must move it back, or the next merge would start from a version this copy no longer holds.
    std::string based_on;
};

// A part of the plan that exists exactly once (vision, communication, header).
template <class T>
struct Replace {
    T before, after;
};

using Op = std::variant<Put<Partner>, Put<Value>, Put<GlossaryTerm>, Put<Goal>, Put<Activity>, Put<DecisionRule>,
                        Put<Contact>, Put<EscalationStep>, Put<Dimension>, Put<AssessmentRound>, Put<Risk>,
                        Put<CheckIn>, Put<ValueItem>, Put<Review>, Put<Approval>, Put<Conflict>,
                        Replace<Vision>, Replace<Communication>, Replace<PlanHeader>>;

struct Transaction {
    std::string label;  // what the user did, for "Undo <label>": "Rename goal"
    std::vector<Op> ops;
    // Consecutive transactions with the same non-empty key are one undo step (typing into one field
    // is one step, not one per character) until History::seal() is called.
    std::string coalesce_key;
    // Set by a builder that could not make the edit at all (an id that does not exist...).
    std::vector<Problem> refused;
};

struct Outcome {
    bool applied = false;
    std::string label;
    std::vector<Problem> problems;  // why the edit was refused (empty when applied)
    explicit operator bool() const { return applied; }
    std::string message() const;  // "Cannot <label>: <first problem>" for the UI
};

class History {
public:
    explicit History(size_t depth = 200) : depth_(depth) {}

    Outcome apply(Plan& plan, Transaction transaction, const EditContext& context);
    Outcome undo(Plan& plan, const EditContext& context);
    Outcome redo(Plan& plan, const EditContext& context);

    void seal() { sealed_ = true; }  // the next transaction is a new undo step whatever its key
    void clear();

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    std::string undo_label() const { return undo_.empty() ? "" : undo_.back().label; }
    std::string redo_label() const { return redo_.empty() ? "" : redo_.back().label; }
    size_t undo_count() const { return undo_.size(); }
    size_t redo_count() const { return redo_.size(); }

private:
    size_t depth_;
    std::deque<Transaction> undo_, redo_;
    bool sealed_ = true;
};

// Applies a transaction's ops in order (forward) or their inverses in reverse order (backward),
// without stamping or validating. False, with the plan unchanged, when an op does not fit the plan
// (its entity is missing or already there). Merge and tests use it directly.
bool apply_ops(Plan& plan, const std::vector<Op>& ops, bool forward);

}  // namespace accord
