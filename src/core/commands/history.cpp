#include "core/commands/history.hpp"

#include "core/model/collections.hpp"

namespace accord {
namespace {

template <class Change>
constexpr bool is_replace = std::is_same_v<Change, Replace<Vision>> || std::is_same_v<Change, Replace<Communication>> ||
                            std::is_same_v<Change, Replace<PlanHeader>>;

template <class T>
bool apply_put(Plan& plan, const std::optional<Placed<T>>& remove, const std::optional<Placed<T>>& insert) {
    auto& items = Collection<T>::of(plan);
    const long at = remove ? index_of(items, remove->value.id) : -1;
    if (remove && at < 0) return false;
    // The inserted entity may only already be there as the one being replaced.
    if (insert) {
        const long existing = index_of(items, insert->value.id);
        if (existing >= 0 && existing != at) return false;
    }
    if (remove) items.erase(items.begin() + at);
    if (insert) items.insert(items.begin() + static_cast<long>(std::min(insert->index, items.size())), insert->value);
    return true;
}

void write(Plan& plan, const Vision& vision) { plan.vision = vision; }
void write(Plan& plan, const Communication& communication) { plan.communication = communication; }
void write(Plan& plan, const PlanHeader& header) {
    plan.title = header.title;
    plan.stamp = header.stamp;
    plan.based_on = header.based_on;
}

bool apply_op(Plan& plan, const Op& op, bool forward) {
    return std::visit(
        [&](const auto& change) -> bool {
            using Change = std::decay_t<decltype(change)>;
            if constexpr (is_replace<Change>) {
                write(plan, forward ? change.after : change.before);
                return true;
            } else {
                return forward ? apply_put(plan, change.before, change.after) : apply_put(plan, change.after, change.before);
            }
        },
        op);
}

void stamp_op(Op& op, const Stamp& stamp) {
    std::visit(
        [&](auto& change) {
            using Change = std::decay_t<decltype(change)>;
            if constexpr (is_replace<Change>) {
                change.after.stamp = stamp;
            } else {
                if (change.after) change.after->value.stamp = stamp;
            }
        },
        op);
}

// Two edits of one entity in a row (keystrokes in one field) become one op from the first
// `before` to the last `after`, so a long typing session costs one snapshot pair, not hundreds.
bool fold_into(Op& earlier, const Op& later) {
    if (earlier.index() != later.index()) return false;
    return std::visit(
        [&](auto& first) -> bool {
            using Change = std::decay_t<decltype(first)>;
            const auto& second = std::get<Change>(later);
            if constexpr (is_replace<Change>) {
                first.after = second.after;
                return true;
            } else {
                if (!first.before || !first.after || !second.before || !second.after) return false;
                if (first.after->value.id != second.before->value.id) return false;
                first.after = second.after;
                return true;
            }
        },
        earlier);
}

void coalesce(Transaction& top, Transaction next) {
    if (top.ops.size() == 1 && next.ops.size() == 1 && fold_into(top.ops.front(), next.ops.front())) return;
    for (auto& op : next.ops) top.ops.push_back(std::move(op));
}

}  // namespace

// "Cannot rename plan: title must not be empty". People see the field's name, not the file path
// that import reports use ("goals[3].title").
std::string Outcome::message() const {
    if (applied) return label;
    std::string action = label.empty() ? std::string("make this change") : label;
    if (action[0] >= 'A' && action[0] <= 'Z') action[0] = static_cast<char>(action[0] - 'A' + 'a');
    std::string out = "Cannot " + action;
    if (problems.empty()) return out;
    const Problem& first = problems.front();
    std::string field = first.path.substr(first.path.find_last_of('.') + 1);
    field = field.substr(0, field.find('['));
    for (char& c : field) if (c == '_') c = ' ';
    return out + ": " + (field.empty() ? "" : field + " ") + first.message;
}

bool apply_ops(Plan& plan, const std::vector<Op>& ops, bool forward) {
    const size_t count = ops.size();
    for (size_t done = 0; done < count; ++done) {
        const Op& op = ops[forward ? done : count - 1 - done];
        if (apply_op(plan, op, forward)) continue;
        // Undo what this call already did, newest first, so the plan is as it was.
        for (size_t back = done; back-- > 0;) apply_op(plan, ops[forward ? back : count - 1 - back], !forward);
        return false;
    }
    return true;
}

Outcome History::apply(Plan& plan, Transaction transaction, const EditContext& context) {
    Outcome outcome{false, transaction.label, transaction.refused};
    if (!outcome.problems.empty()) return outcome;
    if (transaction.ops.empty()) {
        outcome.problems.push_back({"", "nothing to change"});
        return outcome;
    }
    const Stamp stamp{plan.revision + 1, context.author};
    for (auto& op : transaction.ops) stamp_op(op, stamp);

    if (!apply_ops(plan, transaction.ops, true)) {
        outcome.problems.push_back({"", "the plan changed since this edit was prepared; try again"});
        return outcome;
    }
    outcome.problems = validate(plan, 5);
    if (!outcome.problems.empty()) {
        apply_ops(plan, transaction.ops, false);
        return outcome;
    }
    plan.revision = stamp.rev;
    plan.modified = context.now;

    redo_.clear();
    const bool joins = !sealed_ && !transaction.coalesce_key.empty() && !undo_.empty() &&
                       undo_.back().coalesce_key == transaction.coalesce_key;
    if (joins) {
        coalesce(undo_.back(), std::move(transaction));
    } else {
        undo_.push_back(std::move(transaction));
        if (undo_.size() > depth_) undo_.pop_front();
    }
    sealed_ = undo_.back().coalesce_key.empty();
    outcome.applied = true;
    return outcome;
}

Outcome History::undo(Plan& plan, const EditContext& context) {
    if (undo_.empty()) return {false, "undo", {{"", "there is nothing to undo"}}};
    Transaction transaction = std::move(undo_.back());
    undo_.pop_back();
    Outcome outcome{false, transaction.label, {}};
    if (!apply_ops(plan, transaction.ops, false)) {
        outcome.problems.push_back({"", "the plan no longer matches this step"});
        return outcome;
    }
    plan.revision += 1;
    plan.modified = context.now;
    redo_.push_back(std::move(transaction));
    sealed_ = true;
    outcome.applied = true;
    return outcome;
}

Outcome History::redo(Plan& plan, const EditContext& context) {
    if (redo_.empty()) return {false, "redo", {{"", "there is nothing to redo"}}};
    Transaction transaction = std::move(redo_.back());
    redo_.pop_back();
    Outcome outcome{false, transaction.label, {}};
    if (!apply_ops(plan, transaction.ops, true)) {
        outcome.problems.push_back({"", "the plan no longer matches this step"});
        return outcome;
    }
    plan.revision += 1;
    plan.modified = context.now;
    undo_.push_back(std::move(transaction));
    sealed_ = true;
    outcome.applied = true;
    return outcome;
}

void History::clear() {
    undo_.clear();
    redo_.clear();
    sealed_ = true;
}

}  // namespace accord
