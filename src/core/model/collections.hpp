#pragma once
// Which collection of the plan holds which kind of entity, for code that works on every kind the
// same way: commands (add/update/remove/move), merge (entity by entity), fingerprints.
//
// `Collection<T>::of(plan)` is the vector holding T; `Collection<T>::noun` names one T for
// people ("goal", "assessment round"); `Collection<T>::key` is the plan file's field name.
// `for_each_collection(plan, f)` calls f(vector) for every collection, in the plan file's order.
#include <algorithm>
#include <vector>

#include "core/model/plan.hpp"

namespace accord {

template <class T>
struct Collection;

#define ACCORD_COLLECTION(Type, member, noun_text)                                      \
    template <>                                                                         \
    struct Collection<Type> {                                                           \
        static constexpr const char* noun = noun_text;                                  \
        static constexpr const char* key = #member;                                     \
        static std::vector<Type>& of(Plan& plan) { return plan.member; }                \
        static const std::vector<Type>& of(const Plan& plan) { return plan.member; }    \
    };

ACCORD_COLLECTION(Partner, partners, "partner")
ACCORD_COLLECTION(Value, values, "value")
ACCORD_COLLECTION(GlossaryTerm, glossary, "glossary term")
ACCORD_COLLECTION(Goal, goals, "goal")
ACCORD_COLLECTION(Activity, activities, "activity")
ACCORD_COLLECTION(DecisionRule, decision_rules, "decision rule")
ACCORD_COLLECTION(Contact, contacts, "contact")
ACCORD_COLLECTION(EscalationStep, escalation, "escalation step")
ACCORD_COLLECTION(Dimension, dimensions, "dimension")
ACCORD_COLLECTION(AssessmentRound, rounds, "assessment round")
ACCORD_COLLECTION(Risk, risks, "risk")
ACCORD_COLLECTION(CheckIn, checkins, "check-in")
ACCORD_COLLECTION(ValueItem, exchange, "value item")
ACCORD_COLLECTION(Review, reviews, "review")
ACCORD_COLLECTION(Approval, approvals, "approval")
ACCORD_COLLECTION(Conflict, conflicts, "open conflict")

#undef ACCORD_COLLECTION

template <class PlanRef, class F>
void for_each_collection(PlanRef& plan, F&& f) {
    f(plan.partners);
    f(plan.values);
    f(plan.glossary);
    f(plan.goals);
    f(plan.activities);
    f(plan.decision_rules);
    f(plan.contacts);
    f(plan.escalation);
    f(plan.dimensions);
    f(plan.rounds);
    f(plan.risks);
    f(plan.checkins);
    f(plan.exchange);
    f(plan.reviews);
    f(plan.approvals);
    f(plan.conflicts);
}

// Position of the entity with `id` in its collection, or -1.
template <class T>
long index_of(const std::vector<T>& items, const Id& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? -1 : static_cast<long>(it - items.begin());
}

template <class T>
const T* find_in(const Plan& plan, const Id& id) {
    const auto& items = Collection<T>::of(plan);
    const long at = index_of(items, id);
    return at < 0 ? nullptr : &items[static_cast<size_t>(at)];
}

}  // namespace accord
