#include "core/commands/edits.hpp"

#include <algorithm>
#include <unordered_set>

#include "core/model/collections.hpp"

// Index of this file
// [SECTION] Helpers
// [SECTION] Add, update, move
// [SECTION] Remove, with what refers to the removed entity
// [SECTION] Goal tree, singletons, roles and ratings
// [SECTION] Explicit instantiations

namespace accord::edits {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

template <class T>
std::string label(const char* verb) {
    return capitalised(std::string(verb) + " " + Collection<T>::noun);
}

Transaction refused(std::string label_text, std::string path, std::string message) {
    Transaction out;
    out.label = std::move(label_text);
    out.refused.push_back({std::move(path), std::move(message)});
    return out;
}

template <class T>
Transaction missing(const char* verb, const Id& id) {
    return refused(label<T>(verb), "", std::string("there is no ") + Collection<T>::noun + " with id '" + id + "'");
}

// Rounds and check-ins are kept in date order: where `entity` belongs among `items` (which must
// not contain it), after any entries of the same date. Other collections keep the given place.
template <class T>
size_t placement(const std::vector<T>& items, const T& entity, size_t wanted) {
    if constexpr (std::is_same_v<T, AssessmentRound> || std::is_same_v<T, CheckIn>) {
        auto it = std::upper_bound(items.begin(), items.end(), entity,
                                   [](const T& a, const T& b) { return a.date < b.date; });
        return static_cast<size_t>(it - items.begin());
    } else {
        return std::min(wanted, items.size());
    }
}

template <class T>
std::vector<T> without(const std::vector<T>& items, const Id& id) {
    std::vector<T> out;
    for (const auto& item : items)
        if (item.id != id) out.push_back(item);
    return out;
}

// An update op for an entity the cascade changed, unless the change left it as it was.
template <class T>
void put_changed(Transaction& t, const std::vector<T>& items, size_t index, T changed, bool differs) {
    if (differs) t.ops.push_back(Put<T>{Placed<T>{items[index], index}, Placed<T>{std::move(changed), index}});
}

// Removals of several entities of one collection, last first, so each op's index is right when
// it is applied and when it is undone.
template <class T, class Pred>
void remove_where(Transaction& t, const std::vector<T>& items, Pred pred) {
    for (size_t i = items.size(); i-- > 0;)
        if (pred(items[i])) t.ops.push_back(Put<T>{Placed<T>{items[i], i}, std::nullopt});
}

bool erase_id(std::vector<Id>& ids, const Id& id) {
    const auto before = ids.size();
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
    return ids.size() != before;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Add, update, move
//-----------------------------------------------------------------------------

template <class T>
Transaction add(const Plan& plan, T entity, std::optional<size_t> index) {
    const auto& items = Collection<T>::of(plan);
    if (index_of(items, entity.id) >= 0)
        return refused(label<T>("add"), "", std::string("a ") + Collection<T>::noun + " with id '" + entity.id +
                                                "' already exists");
    Transaction t;
    t.label = label<T>("add");
    const size_t at = placement(items, entity, index.value_or(items.size()));
    t.ops.push_back(Put<T>{std::nullopt, Placed<T>{std::move(entity), at}});
    return t;
}

template <class T>
Transaction update(const Plan& plan, T entity, std::string coalesce_key) {
    const auto& items = Collection<T>::of(plan);
    const long at = index_of(items, entity.id);
    if (at < 0) return missing<T>("edit", entity.id);
    Transaction t;
    t.label = label<T>("edit");
    t.coalesce_key = std::move(coalesce_key);
    const auto rest = without(items, entity.id);
    const size_t to = placement(rest, entity, static_cast<size_t>(at));
    t.ops.push_back(Put<T>{Placed<T>{items[static_cast<size_t>(at)], static_cast<size_t>(at)},
                           Placed<T>{std::move(entity), to}});
    return t;
}

template <class T>
Transaction move(const Plan& plan, const Id& id, size_t new_index) {
    const auto& items = Collection<T>::of(plan);
    const long at = index_of(items, id);
    if (at < 0) return missing<T>("move", id);
    const T& entity = items[static_cast<size_t>(at)];
    Transaction t;
    t.label = label<T>("move");
    t.ops.push_back(Put<T>{Placed<T>{entity, static_cast<size_t>(at)},
                           Placed<T>{entity, placement(without(items, id), entity, new_index)}});
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Remove, with what refers to the removed entity
//-----------------------------------------------------------------------------

namespace {

void cascade_partner(Transaction& t, const Plan& plan, const Id& id) {
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        Goal g = plan.goals[i];
        const bool changed = erase_id(g.owners, id);
        put_changed(t, plan.goals, i, g, changed);
    }
    for (size_t i = 0; i < plan.activities.size(); ++i) {
        Activity a = plan.activities[i];
        const auto before = a.roles.size();
        a.roles.erase(std::remove_if(a.roles.begin(), a.roles.end(), [&](const RoleAssignment& r) { return r.partner == id; }),
                      a.roles.end());
        put_changed(t, plan.activities, i, a, a.roles.size() != before);
    }
    for (size_t i = 0; i < plan.decision_rules.size(); ++i) {
        DecisionRule r = plan.decision_rules[i];
        const bool led = r.lead == id;
        if (led) r.lead.clear();
        put_changed(t, plan.decision_rules, i, r, led);
    }
    for (size_t i = 0; i < plan.values.size(); ++i) {
        Value v = plan.values[i];
        const bool changed = erase_id(v.endorsed_by, id);
        put_changed(t, plan.values, i, v, changed);
    }
    for (size_t i = 0; i < plan.glossary.size(); ++i) {
        GlossaryTerm term = plan.glossary[i];
        const bool changed = erase_id(term.agreed_by, id);
        put_changed(t, plan.glossary, i, term, changed);
    }
    for (size_t i = 0; i < plan.rounds.size(); ++i) {
        AssessmentRound r = plan.rounds[i];
        const auto before = r.ratings.size();
        r.ratings.erase(std::remove_if(r.ratings.begin(), r.ratings.end(), [&](const Rating& x) { return x.partner == id; }),
                        r.ratings.end());
        put_changed(t, plan.rounds, i, r, r.ratings.size() != before);
    }
    for (size_t i = 0; i < plan.risks.size(); ++i) {
        Risk r = plan.risks[i];
        const bool owned = r.owner == id;
        if (owned) r.owner.clear();
        put_changed(t, plan.risks, i, r, owned);
    }
    for (size_t i = 0; i < plan.checkins.size(); ++i) {
        CheckIn c = plan.checkins[i];
        bool changed = erase_id(c.attendees, id);
        for (auto& action : c.actions) {
            if (action.owner == id) {
                action.owner.clear();
                changed = true;
            }
        }
        put_changed(t, plan.checkins, i, c, changed);
    }
    remove_where(t, plan.contacts, [&](const Contact& c) { return c.partner == id; });
    remove_where(t, plan.exchange, [&](const ValueItem& v) { return v.partner == id; });
    remove_where(t, plan.approvals, [&](const Approval& a) { return a.partner == id; });
}

std::unordered_set<Id> subtree(const Plan& plan, const Id& root) {
    std::unordered_set<Id> out{root};
    // Goals may be listed before their parents: sweep until nothing new joins.
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& g : plan.goals)
            if (!g.parent.empty() && out.count(g.parent) && out.insert(g.id).second) grew = true;
    }
    return out;
}

void cascade_goal(Transaction& t, const Plan& plan, const std::unordered_set<Id>& removed) {
    for (size_t i = 0; i < plan.activities.size(); ++i) {
        Activity a = plan.activities[i];
        const bool linked = !a.goal.empty() && removed.count(a.goal);
        if (linked) a.goal.clear();
        put_changed(t, plan.activities, i, a, linked);
    }
}

void cascade_dimension(Transaction& t, const Plan& plan, const Id& id) {
    for (size_t i = 0; i < plan.rounds.size(); ++i) {
        AssessmentRound r = plan.rounds[i];
        const auto before = r.ratings.size();
        r.ratings.erase(std::remove_if(r.ratings.begin(), r.ratings.end(), [&](const Rating& x) { return x.dimension == id; }),
                        r.ratings.end());
        put_changed(t, plan.rounds, i, r, r.ratings.size() != before);
    }
}

}  // namespace

template <class T>
Transaction remove(const Plan& plan, const Id& id) {
    const auto& items = Collection<T>::of(plan);
    const long at = index_of(items, id);
    if (at < 0) return missing<T>("remove", id);
    Transaction t;
    t.label = label<T>("remove");
    if constexpr (std::is_same_v<T, Goal>) {
        const auto removed = subtree(plan, id);
        cascade_goal(t, plan, removed);
        remove_where(t, plan.goals, [&](const Goal& g) { return removed.count(g.id) > 0; });
        return t;
    } else {
        if constexpr (std::is_same_v<T, Partner>) cascade_partner(t, plan, id);
        if constexpr (std::is_same_v<T, Dimension>) cascade_dimension(t, plan, id);
        t.ops.push_back(Put<T>{Placed<T>{items[static_cast<size_t>(at)], static_cast<size_t>(at)}, std::nullopt});
        return t;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Goal tree, singletons, roles and ratings
//-----------------------------------------------------------------------------

Transaction move_goal(const Plan& plan, const Id& goal, const Id& new_parent, std::optional<size_t> index) {
    const long at = index_of(plan.goals, goal);
    if (at < 0) return missing<Goal>("move", goal);
    const Goal& current = plan.goals[static_cast<size_t>(at)];
    if (!new_parent.empty() && !plan.find_goal(new_parent))
        return refused("Move goal", "", "there is no goal with id '" + new_parent + "'");
    if (would_create_cycle(plan, goal, new_parent)) {
        const Goal* target = plan.find_goal(new_parent);
        const std::string where = new_parent == goal ? "itself" : "'" + target->title + "', which is inside it";
        return refused("Move goal", "", "'" + current.title + "' cannot be placed under " + where);
    }
    Goal moved = current;
    moved.parent = new_parent;
    // Goals are one flat list: the sibling order is the order of siblings within it. Placing the
    // goal before its index-th new sibling (or after the last one) keeps every other order.
    const auto rest = without(plan.goals, goal);
    std::vector<size_t> siblings;
    for (size_t i = 0; i < rest.size(); ++i)
        if (rest[i].parent == new_parent) siblings.push_back(i);
    const size_t nth = std::min(index.value_or(siblings.size()), siblings.size());
    size_t to = rest.size();
    if (nth < siblings.size()) to = siblings[nth];
    else if (!siblings.empty()) to = siblings.back() + 1;
    Transaction t;
    t.label = "Move goal";
    t.ops.push_back(Put<Goal>{Placed<Goal>{current, static_cast<size_t>(at)}, Placed<Goal>{std::move(moved), to}});
    return t;
}

Transaction set_title(const Plan& plan, std::string title, std::string coalesce_key) {
    Transaction t;
    t.label = "Rename plan";
    t.coalesce_key = std::move(coalesce_key);
    t.ops.push_back(Replace<PlanHeader>{PlanHeader{plan.title, plan.stamp, plan.based_on}, PlanHeader{std::move(title), plan.stamp, plan.based_on}});
    return t;
}

Transaction set_vision(const Plan& plan, Vision vision, std::string coalesce_key) {
    Transaction t;
    t.label = "Edit vision";
    t.coalesce_key = std::move(coalesce_key);
    t.ops.push_back(Replace<Vision>{plan.vision, std::move(vision)});
    return t;
}

Transaction set_communication(const Plan& plan, Communication communication, std::string coalesce_key) {
    Transaction t;
    t.label = "Edit communication";
    t.coalesce_key = std::move(coalesce_key);
    t.ops.push_back(Replace<Communication>{plan.communication, std::move(communication)});
    return t;
}

Transaction set_role(const Plan& plan, const Id& activity, const Id& partner, Role role) {
    const Activity* found = plan.find_activity(activity);
    if (!found) return missing<Activity>("set role in", activity);
    Activity a = *found;
    a.roles.erase(std::remove_if(a.roles.begin(), a.roles.end(), [&](const RoleAssignment& r) { return r.partner == partner; }),
                  a.roles.end());
    if (role != Role::None) {
        // Assignments follow the partners' order, so the same matrix always reads (and saves) the same.
        auto rank = [&](const Id& p) { return index_of(plan.partners, p); };
        auto it = std::find_if(a.roles.begin(), a.roles.end(), [&](const RoleAssignment& r) { return rank(r.partner) > rank(partner); });
        a.roles.insert(it, RoleAssignment{partner, role});
    }
    Transaction t = update(plan, std::move(a));
    t.label = role == Role::None ? "Clear role" : std::string("Set role ") + letter(role);
    return t;
}

Transaction set_rating(const Plan& plan, const Id& round, const Id& dimension, const Id& partner, int score,
                       std::string comment, std::string coalesce_key) {
    const AssessmentRound* found = find_in<AssessmentRound>(plan, round);
    if (!found) return missing<AssessmentRound>("rate in", round);
    AssessmentRound r = *found;
    auto it = std::find_if(r.ratings.begin(), r.ratings.end(),
                           [&](const Rating& x) { return x.dimension == dimension && x.partner == partner; });
    if (score == 0) {
        if (it == r.ratings.end()) return refused("Clear rating", "", "there is no such rating to clear");
        r.ratings.erase(it);
    } else if (it != r.ratings.end()) {
        it->score = score;
        it->comment = std::move(comment);
    } else {
        r.ratings.push_back(Rating{dimension, partner, score, std::move(comment)});
    }
    Transaction t = update(plan, std::move(r), std::move(coalesce_key));
    t.label = score == 0 ? "Clear rating" : "Rate";
    return t;
}

Transaction combine(std::string label_text, std::vector<Transaction> parts) {
    Transaction t;
    t.label = std::move(label_text);
    for (auto& part : parts) {
        for (auto& problem : part.refused) t.refused.push_back(std::move(problem));
        for (auto& op : part.ops) t.ops.push_back(std::move(op));
    }
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Explicit instantiations
//-----------------------------------------------------------------------------

#define ACCORD_EDITS_FOR(T)                                                       \
    template Transaction add<T>(const Plan&, T, std::optional<size_t>);           \
    template Transaction update<T>(const Plan&, T, std::string);                  \
    template Transaction remove<T>(const Plan&, const Id&);                       \
    template Transaction move<T>(const Plan&, const Id&, size_t);

ACCORD_EDITS_FOR(Partner)
ACCORD_EDITS_FOR(Value)
ACCORD_EDITS_FOR(GlossaryTerm)
ACCORD_EDITS_FOR(Goal)
ACCORD_EDITS_FOR(Activity)
ACCORD_EDITS_FOR(DecisionRule)
ACCORD_EDITS_FOR(Contact)
ACCORD_EDITS_FOR(EscalationStep)
ACCORD_EDITS_FOR(Dimension)
ACCORD_EDITS_FOR(AssessmentRound)
ACCORD_EDITS_FOR(Risk)
ACCORD_EDITS_FOR(CheckIn)
ACCORD_EDITS_FOR(ValueItem)
ACCORD_EDITS_FOR(Review)
ACCORD_EDITS_FOR(Approval)
ACCORD_EDITS_FOR(Conflict)

#undef ACCORD_EDITS_FOR

}  // namespace accord::edits
