#include "core/insights/entity_ref.hpp"

#include "core/model/collections.hpp"

namespace accord::insights {

Section section_of(EntityKind kind) {
    switch (kind) {
        case EntityKind::Plan: return Section::Dashboard;
        case EntityKind::Partner: return Section::Partners;
        case EntityKind::Vision:
        case EntityKind::Value:
        case EntityKind::GlossaryTerm: return Section::Vision;
        case EntityKind::Goal: return Section::Goals;
        case EntityKind::Activity:
        case EntityKind::DecisionRule:
        case EntityKind::Contact:
        case EntityKind::EscalationStep: return Section::Roles;
        case EntityKind::Dimension:
        case EntityKind::AssessmentRound: return Section::Alignment;
        case EntityKind::Risk: return Section::Risks;
        case EntityKind::Communication:
        case EntityKind::CheckIn:
        case EntityKind::Review: return Section::CheckIns;
        case EntityKind::ValueItem: return Section::Exchange;
        case EntityKind::Approval: return Section::Agreement;
    }
    return Section::Dashboard;
}

namespace {

template <class T, class Name>
std::string named(const Plan& plan, const Id& id, Name name) {
    const T* entity = find_in<T>(plan, id);
    return entity ? name(*entity) : std::string();
}

}  // namespace

std::string name_of(const Plan& plan, const EntityRef& ref) {
    const Id& id = ref.id;
    switch (ref.kind) {
        case EntityKind::Plan: return plan.title;
        case EntityKind::Partner: return named<Partner>(plan, id, [](const Partner& p) { return p.name; });
        case EntityKind::Vision: return "Vision";
        case EntityKind::Value: return named<Value>(plan, id, [](const Value& v) { return v.name; });
        case EntityKind::GlossaryTerm: return named<GlossaryTerm>(plan, id, [](const GlossaryTerm& t) { return t.term; });
        case EntityKind::Goal: return named<Goal>(plan, id, [](const Goal& g) { return g.title; });
        case EntityKind::Activity: return named<Activity>(plan, id, [](const Activity& a) { return a.name; });
        case EntityKind::DecisionRule: return named<DecisionRule>(plan, id, [](const DecisionRule& r) { return r.area; });
        case EntityKind::Contact: return named<Contact>(plan, id, [](const Contact& c) { return c.name; });
        case EntityKind::EscalationStep: return named<EscalationStep>(plan, id, [](const EscalationStep& s) { return s.who; });
        case EntityKind::Dimension: return named<Dimension>(plan, id, [](const Dimension& d) { return d.name; });
        case EntityKind::AssessmentRound:
            return named<AssessmentRound>(plan, id, [](const AssessmentRound& r) { return r.title.empty() ? r.date.iso() : r.title; });
        case EntityKind::Risk: return named<Risk>(plan, id, [](const Risk& r) { return r.title; });
        case EntityKind::Communication: return "Communication";
        case EntityKind::CheckIn: return named<CheckIn>(plan, id, [](const CheckIn& c) { return "Check-in of " + c.date.iso(); });
        case EntityKind::ValueItem: return named<ValueItem>(plan, id, [](const ValueItem& v) { return v.description; });
        case EntityKind::Review: return named<Review>(plan, id, [](const Review& r) { return r.title.empty() ? r.date.iso() : r.title; });
        case EntityKind::Approval: return named<Approval>(plan, id, [&](const Approval& a) {
            const Partner* p = plan.find_partner(a.partner);
            return "Approval by " + (p ? p->name : a.partner);
        });
    }
    return {};
}

std::string partner_name(const Plan& plan, const Id& partner) {
    const Partner* p = plan.find_partner(partner);
    return p ? p->name : partner;
}

const char* label(EntityKind kind) {
    switch (kind) {
        case EntityKind::Plan: return "plan";
        case EntityKind::Partner: return "partner";
        case EntityKind::Vision: return "vision";
        case EntityKind::Value: return "value";
        case EntityKind::GlossaryTerm: return "glossary term";
        case EntityKind::Goal: return "goal";
        case EntityKind::Activity: return "activity";
        case EntityKind::DecisionRule: return "decision rule";
        case EntityKind::Contact: return "contact";
        case EntityKind::EscalationStep: return "escalation step";
        case EntityKind::Dimension: return "dimension";
        case EntityKind::AssessmentRound: return "assessment round";
        case EntityKind::Risk: return "risk";
        case EntityKind::Communication: return "communication";
        case EntityKind::CheckIn: return "check-in";
        case EntityKind::ValueItem: return "value item";
        case EntityKind::Review: return "review";
        case EntityKind::Approval: return "approval";
    }
    return "";
}

const char* label(Section section) {
    switch (section) {
        case Section::Dashboard: return "Dashboard";
        case Section::Vision: return "Vision & values";
        case Section::Partners: return "Partners";
        case Section::Goals: return "Goal tree";
        case Section::Roles: return "Role matrix";
        case Section::Alignment: return "Alignment";
        case Section::Risks: return "Risks";
        case Section::CheckIns: return "Check-ins";
        case Section::Exchange: return "Exchange of value";
        case Section::Agreement: return "Agreement";
    }
    return "";
}

}  // namespace accord::insights
