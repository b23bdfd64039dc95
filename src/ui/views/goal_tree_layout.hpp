#pragma once
// Where the goal tree's cards go: worked out from the plan, kept by the view until the plan (its
// revision) or the set of collapsed goals changes, never stored in the plan.
//
// A tidy top-down tree: siblings keep the plan's order, each parent is centred over its children,
// subtrees never overlap. A family whose children are all leaves on screen is stacked in a column
// under its parent instead of a row, hanging off a trunk: a plan with a dozen key results is then
// as wide as its objectives, not as wide as all its leaves, and fits a laptop screen.
//
// Units are em (the UI font's size): the canvas multiplies by the font size and the zoom, so the
// layout is the same at every pixel ratio. Pure: no ImGui, no recursion (deep chains are fine).
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/plan.hpp"

namespace accord::ui {

// Card and spacing sizes, em.
inline constexpr float kGoalCardWidth = 11.5f;
inline constexpr float kGoalCardHeight = 5.8f;
inline constexpr float kGoalSiblingGap = 1.2f;   // between neighbouring subtrees in a row
inline constexpr float kGoalLevelGap = 2.6f;     // from a parent's bottom to a row of children
inline constexpr float kGoalColumnIndent = 1.3f; // a column's cards sit this far right of the parent
inline constexpr float kGoalColumnTop = 1.3f;    // from a parent's bottom to its first stacked card
inline constexpr float kGoalColumnGap = 1.2f;    // between stacked cards (room for a collapse badge)

inline constexpr size_t kNoNode = static_cast<size_t>(-1);

struct GoalNode {
    Id id;
    size_t goal = 0;           // position in plan.goals
    size_t parent = kNoNode;   // node of the parent; kNoNode for a root
    std::vector<size_t> kids;  // nodes of the children on screen, in plan order
    float x = 0, y = 0;        // the card's top-left corner, em
    int depth = 0;             // 0 for a root
    int children = 0;         // children in the plan, shown or not
    int hidden = 0;           // goals below it that are not shown because it is collapsed
    bool in_column = false;   // stacked in its parent's column (its edge branches off a trunk)
};

struct GoalLayout {
    std::vector<GoalNode> nodes;            // the goals on screen, parents before children
    std::unordered_map<Id, size_t> index;   // goal id -> node
    float width = 0, height = 0;            // extent from (0, 0), em

    // What it was computed from: the canvas lays the tree out again when any of these changes.
    Id plan;
    std::int64_t revision = -1;
    std::uint64_t collapsed_version = 0;

    const GoalNode* find(const Id& goal) const;
};

// Lays out the goals of `plan`, showing nothing below a goal in `collapsed`.
GoalLayout layout_goals(const Plan& plan, const std::set<Id>& collapsed);

}  // namespace accord::ui
