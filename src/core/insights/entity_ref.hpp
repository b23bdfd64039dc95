#pragma once
// What an insight points at: an entity of the plan (its kind and id) and the section of the app
// that shows it, so a view can link every finding to the place where it can be fixed.
#include <string>
#include <vector>

#include "core/model/plan.hpp"

namespace accord::insights {

// The plan's parts an insight can name. Vision, Communication and Plan exist once (id "").
enum class EntityKind {
    Plan,
    Partner,
    Vision,
    Value,
    GlossaryTerm,
    Goal,
    Activity,
    DecisionRule,
    Contact,
    EscalationStep,
    Dimension,
    AssessmentRound,
    Risk,
    Communication,
    CheckIn,
    ValueItem,
    Review,
    Approval,
};

// The app's sections (one view each, DESIGN.md "Views").
enum class Section {
    Dashboard,
    Vision,      // vision, values, glossary
    Partners,
    Goals,
    Roles,       // role matrix and governance
    Alignment,
    Risks,
    CheckIns,    // communication, check-ins, reviews
    Exchange,    // exchange of value
    Agreement,   // approvals, merge decisions
};

struct EntityRef {
    EntityKind kind = EntityKind::Plan;
    Id id;  // "" for the parts that exist once
    bool operator==(const EntityRef& o) const { return kind == o.kind && id == o.id; }
    bool operator!=(const EntityRef& o) const { return !(*this == o); }
};

Section section_of(EntityKind kind);

// The entity's name or title in the plan ("Goal 'Commission the battery'" is the caller's job);
// "" when it no longer exists. Vision, Communication and Plan give the plan's section word.
std::string name_of(const Plan& plan, const EntityRef& ref);

// A partner's name as written (no quotes), or the id when the partner is unknown.
std::string partner_name(const Plan& plan, const Id& partner);

const char* label(EntityKind kind);  // "goal", "activity", ... (lower case, for sentences)
const char* label(Section section);  // "Vision & values", "Role matrix", ...

}  // namespace accord::insights
