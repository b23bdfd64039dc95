#pragma once
// The goal forest as index lists (internal to scoring): built once in linear time so that progress
// roll-ups and SMART's "reaches the vision" need no repeated searches and no recursion (a deep
// chain of goals must not exhaust the wasm stack).
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/plan.hpp"

namespace accord::scoring {
struct GoalScores;
struct SmartScores;
}  // namespace accord::scoring

namespace accord::scoring::detail {

inline constexpr size_t kNoGoal = static_cast<size_t>(-1);

struct GoalTree {
    std::unordered_map<std::string_view, size_t> index;  // goal id -> position in plan.goals
    std::vector<size_t> parent;                // position of the parent; kNoGoal for a root
    std::vector<std::vector<size_t>> children;  // per goal, in plan order
    std::vector<size_t> roots;                 // goals without a parent, in plan order
    // Every goal reachable from a root, parents before children. Goals left out (a parent that
    // does not exist, a cycle) only occur in an invalid plan; scoring treats them as leaves
    // outside every roll-up.
    std::vector<size_t> top_down;
    std::vector<bool> reachable;
};

// The tree of `plan.goals`; the string_views point into `plan`, which must outlive the tree.
GoalTree build_goal_tree(const Plan& plan);

// score_goals and check_smart on a tree already built (score_plan builds it once for both).
GoalScores score_goals(const Plan& plan, const GoalTree& tree, Date today);
SmartScores check_smart(const Plan& plan, const GoalTree& tree);

}  // namespace accord::scoring::detail
