#include "core/scoring/goal_tree.hpp"

namespace accord::scoring::detail {

GoalTree build_goal_tree(const Plan& plan) {
    const size_t n = plan.goals.size();
    GoalTree tree;
    tree.index.reserve(n);
    for (size_t i = 0; i < n; ++i) tree.index.emplace(plan.goals[i].id, i);

    tree.parent.assign(n, kNoGoal);
    tree.children.resize(n);
    tree.reachable.assign(n, false);
    for (size_t i = 0; i < n; ++i) {
        const Id& parent = plan.goals[i].parent;
        if (parent.empty()) {
            tree.roots.push_back(i);
            continue;
        }
        auto found = tree.index.find(parent);
        if (found == tree.index.end() || found->second == i) continue;  // dangling or self: unreachable
        tree.parent[i] = found->second;
        tree.children[found->second].push_back(i);
    }

    // Breadth first from the roots: a goal is queued once, when its parent is taken, so members of
    // a cycle (never reached from a root) stay out and the walk always ends.
    tree.top_down.reserve(n);
    for (size_t root : tree.roots) {
        tree.reachable[root] = true;
        tree.top_down.push_back(root);
    }
    for (size_t next = 0; next < tree.top_down.size(); ++next)
        for (size_t child : tree.children[tree.top_down[next]])
            if (!tree.reachable[child]) {
                tree.reachable[child] = true;
                tree.top_down.push_back(child);
            }
    return tree;
}

}  // namespace accord::scoring::detail
