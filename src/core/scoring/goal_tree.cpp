#include "core/scoring/goal_tree.hpp"

#include <algorithm>
#include <numeric>

namespace accord::scoring::detail {

GoalTree build_goal_tree(const Plan& plan) {
    const size_t n = plan.goals.size();
    GoalTree tree;

    // Positions sorted by id, to find each parent by binary search: two allocations where a hash
    // map made one per goal (dear in wasm). Stable, so that of two goals with the same id (an
    // invalid plan) the first in plan order is found, as the map kept the first it was given.
    std::vector<size_t> by_id(n);
    std::iota(by_id.begin(), by_id.end(), size_t{0});
    std::stable_sort(by_id.begin(), by_id.end(), [&](size_t a, size_t b) { return plan.goals[a].id < plan.goals[b].id; });
    auto position_of = [&](const Id& id) {
        auto found = std::lower_bound(by_id.begin(), by_id.end(), id,
                                      [&](size_t k, const Id& wanted) { return plan.goals[k].id < wanted; });
        return found != by_id.end() && plan.goals[*found].id == id ? *found : kNoGoal;
    };

    tree.parent.assign(n, kNoGoal);
    std::vector<size_t> child_count(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const Id& parent = plan.goals[i].parent;
        if (parent.empty()) {
            tree.roots.push_back(i);
            continue;
        }
        const size_t found = position_of(parent);
        if (found == kNoGoal || found == i) continue;  // dangling or self: unreachable
        tree.parent[i] = found;
        ++child_count[found];
    }
    // Children in plan order, each list allocated once at its size.
    tree.children.resize(n);
    for (size_t i = 0; i < n; ++i) tree.children[i].reserve(child_count[i]);
    for (size_t i = 0; i < n; ++i)
        if (tree.parent[i] != kNoGoal) tree.children[tree.parent[i]].push_back(i);

    // Breadth first from the roots: a goal is queued once, when its parent is taken, so members of
    // a cycle (never reached from a root) stay out and the walk always ends.
    tree.reachable.assign(n, false);
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
