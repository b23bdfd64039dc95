#include "ui/views/goal_tree_actions.hpp"

#include <cmath>
#include <unordered_map>

#include "core/model/collections.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"

namespace accord::ui {
namespace {

// "Key result" -> "New key result": the placeholder title of a new goal, selected for retyping.
std::string new_title(GoalKind kind) {
    std::string noun = label(kind);
    if (!noun.empty() && noun[0] >= 'A' && noun[0] <= 'Z') noun[0] = static_cast<char>(noun[0] - 'A' + 'a');
    return "New " + noun;
}

void add_goal(ViewContext& cx, Goal goal, std::optional<size_t> index) {
    GoalTreeState& state = cx.ui.goal_tree;
    goal.id = cx.ids.next();
    goal.title = new_title(goal.kind);
    if (!goal.parent.empty()) set_collapsed(state, goal.parent, false);
    state.selected = goal.id;
    state.reveal = goal.id;
    cx.ui.rename = goal.id;
    cx.edits.push(edits::add(cx.plan, std::move(goal), index));
}

}  // namespace

void select_goal(ViewContext& cx, const Id& goal) { cx.ui.goal_tree.selected = goal; }

void set_collapsed(GoalTreeState& state, const Id& goal, bool collapsed) {
    const bool changed = collapsed ? state.collapsed.insert(goal).second : state.collapsed.erase(goal) > 0;
    if (changed) ++state.collapsed_version;
}

void expand_all(GoalTreeState& state) {
    if (state.collapsed.empty()) return;
    state.collapsed.clear();
    ++state.collapsed_version;
}

void collapse_below_depth(ViewContext& cx, int depth) {
    GoalTreeState& state = cx.ui.goal_tree;
    std::unordered_map<Id, int> children;
    for (const Goal& goal : cx.plan.goals)
        if (!goal.parent.empty()) ++children[goal.parent];
    for (const Goal& goal : cx.plan.goals) {
        if (!children.count(goal.id)) continue;
        int level = 0;
        for (const Goal* up = cx.plan.find_goal(goal.parent); up && level <= depth; up = cx.plan.find_goal(up->parent))
            ++level;
        if (level == depth) set_collapsed(state, goal.id, true);
    }
}

void reveal_goal(ViewContext& cx, const Id& goal) {
    GoalTreeState& state = cx.ui.goal_tree;
    const Goal* found = cx.plan.find_goal(goal);
    if (!found) return;
    // A cycle cannot occur in a valid plan; the bound only keeps a broken one from looping.
    size_t steps = 0;
    for (const Goal* up = cx.plan.find_goal(found->parent); up && steps <= cx.plan.goals.size();
         up = cx.plan.find_goal(up->parent), ++steps)
        set_collapsed(state, up->id, false);
    state.reveal = goal;
}

void add_root_goal(ViewContext& cx) {
    Goal goal;
    goal.kind = cx.plan.goals.empty() ? GoalKind::VisionAnchor : GoalKind::Objective;
    add_goal(cx, std::move(goal), std::nullopt);
}

void add_child_goal(ViewContext& cx, const Goal& parent) {
    Goal goal;
    goal.parent = parent.id;
    goal.kind = child_kind(parent.kind);
    add_goal(cx, std::move(goal), std::nullopt);
}

void add_sibling_goal(ViewContext& cx, const Goal& sibling) {
    Goal goal;
    goal.parent = sibling.parent;
    goal.kind = sibling.kind;
    // Siblings keep their order in the flat list: right after this one is next to it.
    const long at = index_of(cx.plan.goals, sibling.id);
    add_goal(cx, std::move(goal), at < 0 ? std::nullopt : std::optional<size_t>(static_cast<size_t>(at) + 1));
}

void ask_remove_goal(ViewContext& cx, const Id& goal) {
    if (cx.plan.find_goal(goal)) cx.ui.goal_tree.confirm_remove = goal;
}

GoalKind child_kind(GoalKind parent) {
    switch (parent) {
        case GoalKind::VisionAnchor: return GoalKind::Objective;
        case GoalKind::Objective: return GoalKind::KeyResult;
        case GoalKind::KeyResult:
        case GoalKind::Initiative: return GoalKind::Initiative;
    }
    return GoalKind::Objective;
}

ImU32 pace_colour(const Goal& goal, const scoring::GoalProgress* progress) {
    const Palette& p = palette();
    const bool at_risk = goal.status == GoalStatus::AtRisk;
    switch (progress ? progress->pace : scoring::Pace::NoExpectation) {
        case scoring::Pace::Done: return p.good;
        case scoring::Pace::Dropped: return p.neutral;
        case scoring::Pace::Overdue: return p.bad;
        case scoring::Pace::Behind: return p.warn;
        case scoring::Pace::Ahead: return at_risk ? p.warn : p.good;
        case scoring::Pace::OnTrack: return at_risk ? p.warn : p.ok;
        case scoring::Pace::NoExpectation: return at_risk ? p.warn : p.neutral;
    }
    return p.neutral;
}

const char* pace_word(const Goal& goal, const scoring::GoalProgress* progress) {
    const scoring::Pace pace = progress ? progress->pace : scoring::Pace::NoExpectation;
    const bool worse = pace == scoring::Pace::Behind || pace == scoring::Pace::Overdue;
    if (goal.status == GoalStatus::AtRisk && !worse) return "At risk";
    if (pace == scoring::Pace::NoExpectation) return "";
    return scoring::label(pace);
}

std::string percent_text(double fraction) {
    return std::to_string(static_cast<int>(std::lround(fraction * 100))) + "%";
}

}  // namespace accord::ui
