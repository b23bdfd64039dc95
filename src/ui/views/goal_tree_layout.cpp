#include "ui/views/goal_tree_layout.hpp"

#include <algorithm>

namespace accord::ui {
namespace {

// The plan's goals as child lists (plan order) and roots. A parent that does not exist only occurs
// in an invalid plan; such a goal is shown as a root rather than lost.
struct Forest {
    std::vector<std::vector<size_t>> children;
    std::vector<size_t> roots;
};

Forest forest_of(const Plan& plan) {
    std::unordered_map<Id, size_t> position;
    for (size_t i = 0; i < plan.goals.size(); ++i) position.emplace(plan.goals[i].id, i);
    Forest forest;
    forest.children.resize(plan.goals.size());
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const Goal& goal = plan.goals[i];
        auto parent = goal.parent.empty() ? position.end() : position.find(goal.parent);
        if (parent == position.end() || parent->second == i) forest.roots.push_back(i);
        else forest.children[parent->second].push_back(i);
    }
    return forest;
}

// Goals in pre-order from the roots, each once (a cycle in an invalid plan cannot loop), not
// entering below a goal for which `stop` says so.
template <class Stop>
std::vector<size_t> pre_order(const Forest& forest, Stop stop) {
    std::vector<size_t> order;
    std::vector<bool> seen(forest.children.size(), false);
    std::vector<size_t> stack(forest.roots.rbegin(), forest.roots.rend());
    while (!stack.empty()) {
        const size_t goal = stack.back();
        stack.pop_back();
        if (seen[goal]) continue;
        seen[goal] = true;
        order.push_back(goal);
        if (stop(goal)) continue;
        const auto& kids = forest.children[goal];
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    }
    return order;
}

}  // namespace

const GoalNode* GoalLayout::find(const Id& goal) const {
    auto it = index.find(goal);
    return it == index.end() ? nullptr : &nodes[it->second];
}

GoalLayout layout_goals(const Plan& plan, const std::set<Id>& collapsed) {
    const Forest forest = forest_of(plan);

    // How many goals are below each goal, for the "+N" of a collapsed one.
    std::vector<int> below(plan.goals.size(), 0);
    const auto everything = pre_order(forest, [](size_t) { return false; });
    for (auto it = everything.rbegin(); it != everything.rend(); ++it)
        for (size_t kid : forest.children[*it]) below[*it] += 1 + below[kid];

    // The goals on screen, parents before children.
    auto is_collapsed = [&](size_t goal) { return collapsed.count(plan.goals[goal].id) > 0; };
    GoalLayout out;
    for (size_t goal : pre_order(forest, is_collapsed)) {
        GoalNode node;
        node.id = plan.goals[goal].id;
        node.goal = goal;
        node.children = static_cast<int>(forest.children[goal].size());
        node.hidden = is_collapsed(goal) ? below[goal] : 0;
        out.index.emplace(node.id, out.nodes.size());
        out.nodes.push_back(std::move(node));
    }
    for (size_t n = 0; n < out.nodes.size(); ++n) {
        const Goal& goal = plan.goals[out.nodes[n].goal];
        auto parent = goal.parent.empty() ? out.index.end() : out.index.find(goal.parent);
        if (parent == out.index.end() || parent->second == n) continue;
        out.nodes[n].parent = parent->second;
        out.nodes[parent->second].kids.push_back(n);
    }

    // Children before parents: each subtree's block (width), where its card sits in the block
    // (offset) and where each child's block starts within its parent's (relative).
    const size_t count = out.nodes.size();
    std::vector<float> block(count, kGoalCardWidth), offset(count, 0), relative(count, 0);
    for (size_t n = count; n-- > 0;) {
        GoalNode& node = out.nodes[n];
        if (node.kids.empty()) continue;
        const bool leaves = std::all_of(node.kids.begin(), node.kids.end(),
                                        [&](size_t kid) { return out.nodes[kid].kids.empty(); });
        if (leaves && node.kids.size() >= 2) {
            for (size_t kid : node.kids) out.nodes[kid].in_column = true;
            block[n] = kGoalColumnIndent + kGoalCardWidth;
            continue;
        }
        float row = 0;
        for (size_t kid : node.kids) row += block[kid];
        row += kGoalSiblingGap * static_cast<float>(node.kids.size() - 1);
        float at = std::max(0.0f, (kGoalCardWidth - row) * 0.5f);
        for (size_t kid : node.kids) {
            relative[kid] = at;
            at += block[kid] + kGoalSiblingGap;
        }
        const size_t first = node.kids.front(), last = node.kids.back();
        offset[n] = (relative[first] + offset[first] + relative[last] + offset[last]) * 0.5f;
        block[n] = std::max(kGoalCardWidth, row);
    }

    // Parents before children: place each block, then its card.
    std::vector<float> left(count, 0);
    float cursor = 0;
    for (size_t n = 0; n < count; ++n) {
        GoalNode& node = out.nodes[n];
        if (node.parent == kNoNode) {
            left[n] = cursor;
            cursor += block[n] + kGoalSiblingGap;
            node.y = 0;
        }
        node.x = left[n] + offset[n];
        for (size_t k = 0; k < node.kids.size(); ++k) {
            GoalNode& kid = out.nodes[node.kids[k]];
            kid.depth = node.depth + 1;
            if (kid.in_column) {
                left[node.kids[k]] = node.x + kGoalColumnIndent;
                kid.y = node.y + kGoalCardHeight + kGoalColumnTop +
                        static_cast<float>(k) * (kGoalCardHeight + kGoalColumnGap);
            } else {
                left[node.kids[k]] = left[n] + relative[node.kids[k]];
                kid.y = node.y + kGoalCardHeight + kGoalLevelGap;
            }
        }
        out.width = std::max(out.width, node.x + kGoalCardWidth);
        out.height = std::max(out.height, node.y + kGoalCardHeight);
    }
    out.plan = plan.id;
    out.revision = plan.revision;
    return out;
}

}  // namespace accord::ui
