// Goal moves that together could loop. Each side's tree is a tree; their moves combined may not
// be (ours puts A under B, theirs puts B under A). Field by field, every goal's parent would merge
// on its own and the result could loop, whatever the user decided for each.
//
// The goals whose parent could loop are found on the "union graph": every goal with an edge to
// its parent on ours and one to its parent on theirs. Any loop of a merged tree is a loop of this
// graph, so it lies inside one of its strongly connected components. Inside a component, taking
// every parent from one side cannot loop (a side's own tree plus the other side's additions,
// which can only hang below it). So a component where the sides' moves mix, or where a parent is
// contested, becomes one conflict: all of ours' parents there, or all of theirs'. Components
// are independent, so every way of deciding them gives a tree.
#include <algorithm>

#include "core/merge/engine.hpp"

namespace accord::merge::detail {
namespace {

// Strongly connected components (Tarjan), iteratively: a goal chain can be thousands long.
// `edges[v]` holds up to two successors (-1 for none). Returns the component of each node.
std::vector<int> components(const std::vector<std::array<int, 2>>& edges) {
    const int n = static_cast<int>(edges.size());
    std::vector<int> index(n, -1), low(n, 0), component(n, -1), stack;
    std::vector<char> on_stack(n, 0);
    int counter = 0, count = 0;
    struct Frame {
        int node;
        int next_edge;
    };
    std::vector<Frame> calls;
    for (int start = 0; start < n; ++start) {
        if (index[start] != -1) continue;
        calls.push_back({start, 0});
        index[start] = low[start] = counter++;
        stack.push_back(start);
        on_stack[start] = 1;
        while (!calls.empty()) {
            const int v = calls.back().node;
            if (calls.back().next_edge < 2) {
                const int w = edges[v][calls.back().next_edge++];
                if (w < 0) continue;
                if (index[w] == -1) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    on_stack[w] = 1;
                    calls.push_back({w, 0});
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            if (low[v] == index[v]) {
                for (int w = -1; w != v;) {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = 0;
                    component[w] = count;
                }
                ++count;
            }
            calls.pop_back();
            if (!calls.empty()) low[calls.back().node] = std::min(low[calls.back().node], low[v]);
        }
    }
    return component;
}

}  // namespace

const std::string* Engine::forced_parent(std::string_view goal) const {
    const auto it = forced_parent_.find(goal);
    return it == forced_parent_.end() ? nullptr : &it->second;
}

void Engine::plan_goal_moves() {
    const Table<Goal>& goals = table<Goal>();
    std::vector<std::string_view> nodes;
    std::unordered_map<std::string_view, int> node_of;
    for (Side side : {kOurs, kTheirs})
        for (std::string_view id : goals.order[side])
            if (node_of.emplace(id, static_cast<int>(nodes.size())).second) nodes.push_back(id);
    auto node = [&](const std::string& id) {
        const auto it = node_of.find(id);
        return it == node_of.end() ? -1 : it->second;
    };
    std::vector<std::array<int, 2>> edges(nodes.size(), {-1, -1});
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (const Goal* g = goals.get(kOurs, nodes[i]); g && !g->parent.empty()) edges[i][0] = node(g->parent);
        if (const Goal* g = goals.get(kTheirs, nodes[i]); g && !g->parent.empty()) edges[i][1] = node(g->parent);
    }
    const std::vector<int> component = components(edges);
    // Only a component of two goals or more can loop; in a tree every goal is one on its own, so
    // those are counted, not listed.
    const int count = component.empty() ? 0 : *std::max_element(component.begin(), component.end()) + 1;
    std::vector<int> size(static_cast<std::size_t>(count), 0);
    for (int c : component) ++size[c];
    std::vector<std::vector<int>> members(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (size[component[i]] > 1) members[component[i]].push_back(static_cast<int>(i));

    // Components in the order of their first goal, so conflicts come out the same every time.
    std::vector<int> order;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (size[component[i]] > 1 && members[component[i]].front() == static_cast<int>(i))
            order.push_back(component[i]);

    for (int c : order) {
        const std::vector<int>& in_component = members[c];
        std::vector<int> moved;  // both sides hold the goal, under different parents
        std::unordered_map<int, int> provisional;
        bool contested = false;
        for (int v : in_component) {
            const Goal* ours = goals.get(kOurs, nodes[v]);
            const Goal* theirs = goals.get(kTheirs, nodes[v]);
            if (!ours || !theirs) {
                provisional[v] = edges[v][ours ? 0 : 1];
                continue;
            }
            if (ours->parent == theirs->parent) {
                provisional[v] = edges[v][0];
                continue;
            }
            moved.push_back(v);
            const Goal* base = base_for(nodes[v], *ours, *theirs);
            const bool ours_unchanged = base && base->parent == ours->parent;
            const bool theirs_unchanged = base && base->parent == theirs->parent;
            contested = contested || (!ours_unchanged && !theirs_unchanged);
            provisional[v] = edges[v][ours_unchanged ? 1 : 0];
        }
        if (moved.empty()) continue;
        // Does the merge as it stands loop inside the component?
        bool loops = false;
        std::unordered_map<int, char> state;  // 1: on the current walk, 2: done
        for (int start : in_component) {
            std::vector<int> walk;
            int v = start;
            while (v >= 0 && provisional.count(v) && !state[v]) {
                state[v] = 1;
                walk.push_back(v);
                v = provisional[v];
            }
            if (v >= 0 && state.count(v) && state[v] == 1) loops = true;
            for (int w : walk) state[w] = 2;
        }
        if (!contested && !loops) continue;

        std::sort(moved.begin(), moved.end(), [&](int a, int b) { return nodes[a] < nodes[b]; });
        Doc base_map = Doc::object(), ours_map = Doc::object(), theirs_map = Doc::object();
        std::string note;
        for (int v : moved) {
            const Goal& ours = *goals.get(kOurs, nodes[v]);
            const Goal& theirs = *goals.get(kTheirs, nodes[v]);
            const Goal* base = two_way() ? nullptr : goals.get(kBase, nodes[v]);
            base_map[ours.id] = base ? Doc(base->parent) : Doc();
            ours_map[ours.id] = ours.parent;
            theirs_map[ours.id] = theirs.parent;
            auto under = [&](const std::string& parent) {
                return parent.empty() ? std::string("at the top") : "under " + describe(section_of<Goal>(), parent);
            };
            note += (note.empty() ? "" : "; ") + describe(section_of<Goal>(), ours.id) + ": ours " + under(ours.parent) +
                    ", theirs " + under(theirs.parent);
        }
        note = "the goal moves of the two sides together would put a goal below itself: " + note;
        const Decision* decision = conflict(ConflictKind::Cycle, section_of<Goal>(), nodes[moved.front()], "parent",
                                            Trio{two_way() ? nullptr : &base_map, &ours_map, &theirs_map}, std::move(note));
        bool theirs_wins = false;
        if (decision) {
            if (decision->choice == Choice::Custom) refuse(*decision, "goal moves that loop are decided by taking one side's moves: choose ours or theirs");
            theirs_wins = decision->choice == Choice::Theirs;
        }
        for (int v : moved) {
            const Goal& chosen = *goals.get(theirs_wins ? kTheirs : kOurs, nodes[v]);
            forced_parent_[nodes[v]] = chosen.parent;
            if (decision && (decision->choice == Choice::Ours || decision->choice == Choice::Theirs))
                touch(section_of<Goal>(), nodes[v]);
        }
    }
}

}  // namespace accord::merge::detail
