#include "core/merge/cascade.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace accord::merge::detail {
namespace {

using Ids = std::unordered_set<std::string_view>;

template <class T>
Ids ids_of(const std::vector<T>& items) {
    Ids out;
    out.reserve(items.size());
    for (const T& item : items) out.insert(item.id);
    return out;
}

template <class T, class Pred>
void remove_if(std::vector<T>& items, Pred pred) {
    items.erase(std::remove_if(items.begin(), items.end(), pred), items.end());
}

void keep_known(std::vector<Id>& ids, const Ids& known) {
    remove_if(ids, [&](const Id& id) { return !known.count(id); });
}

void clear_unknown(Id& id, const Ids& known) {
    if (!id.empty() && !known.count(id)) id.clear();
}

// Settles goals whose parent is gone, until none is left: each finds a new place or goes, and a
// goal that goes leaves its own sub-goals without a parent.
void settle_orphans(std::vector<Goal>& goals, const Reparent& reparent) {
    std::unordered_map<std::string_view, std::size_t> at;
    for (std::size_t i = 0; i < goals.size(); ++i) at.emplace(goals[i].id, i);
    std::vector<char> alive(goals.size(), 1);
    auto here = [&](const Id& id) {
        const auto it = at.find(id);
        return it != at.end() && alive[it->second];
    };
    // Walking up from `from` meets `goal`: placing goal under from would loop.
    auto below = [&](const Id& from, const Id& goal) {
        Id walk = from;
        for (std::size_t steps = 0; !walk.empty() && steps <= goals.size(); ++steps) {
            if (walk == goal) return true;
            const auto it = at.find(walk);
            if (it == at.end()) return false;
            walk = goals[it->second].parent;
        }
        return !walk.empty();
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < goals.size(); ++i) {
            Goal& goal = goals[i];
            if (!alive[i] || goal.parent.empty() || here(goal.parent)) continue;
            changed = true;
            const std::vector<Id> places = reparent(goal);
            if (places.empty()) {
                alive[i] = 0;
                continue;
            }
            const Id gone = goal.parent;
            goal.parent.clear();
            for (const Id& place : places) {
                if (!place.empty() && place != gone && here(place) && !below(place, goal.id)) {
                    goal.parent = place;
                    break;
                }
            }
        }
    }
    std::size_t next = 0;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        if (!alive[i]) continue;
        if (next != i) goals[next] = std::move(goals[i]);
        ++next;
    }
    goals.resize(next);
}

}  // namespace

void drop_dangling(Plan& plan, const Reparent& reparent) {
    settle_orphans(plan.goals, reparent);
    const Ids partners = ids_of(plan.partners), goals = ids_of(plan.goals), dimensions = ids_of(plan.dimensions);

    for (Value& v : plan.values) keep_known(v.endorsed_by, partners);
    for (GlossaryTerm& t : plan.glossary) keep_known(t.agreed_by, partners);
    for (Goal& g : plan.goals) keep_known(g.owners, partners);
    for (Activity& a : plan.activities) {
        clear_unknown(a.goal, goals);
        remove_if(a.roles, [&](const RoleAssignment& r) { return !partners.count(r.partner); });
    }
    for (DecisionRule& r : plan.decision_rules) clear_unknown(r.lead, partners);
    remove_if(plan.contacts, [&](const Contact& c) { return !partners.count(c.partner); });
    for (AssessmentRound& r : plan.rounds)
        remove_if(r.ratings, [&](const Rating& x) { return !partners.count(x.partner) || !dimensions.count(x.dimension); });
    for (Risk& r : plan.risks) clear_unknown(r.owner, partners);
    for (CheckIn& c : plan.checkins) {
        keep_known(c.attendees, partners);
        for (Action& a : c.actions) clear_unknown(a.owner, partners);
    }
    remove_if(plan.exchange, [&](const ValueItem& v) { return !partners.count(v.partner); });
    remove_if(plan.approvals, [&](const Approval& a) { return !partners.count(a.partner); });
}

}  // namespace accord::merge::detail
