#pragma once
// The next check-in's agenda, generated from what needs talking about, most important first
// (docs/insights.md, "The agenda"):
//   1. merge decisions left open (the plan is not settled until they are made)
//   2. disagreements of the latest round (two partners 1.0 or more apart), widest first
//   3. ratings the plan's evidence contradicts, dimensions in plan order
//   4. overdue goals and actions, the longest overdue first
//   5. open high risks without a contingency plan, highest exposure first
//   6. the plan changed since every partner approved it
// Each item names its section, says what to talk about in one line and why in a detail, and lists
// the entities involved so the UI can link to them.
#include <optional>
#include <string>
#include <vector>

#include "core/insights/agreement.hpp"
#include "core/insights/disagreements.hpp"
#include "core/insights/entity_ref.hpp"
#include "core/insights/evidence.hpp"
#include "core/model/plan.hpp"
#include "core/scoring/scores.hpp"

namespace accord::insights {

// In the order of importance above.
enum class AgendaKind {
    MergeDecision,
    Disagreement,
    EvidenceMismatch,
    Overdue,
    RiskWithoutContingency,
    ApprovalOutdated,
};

struct AgendaItem {
    AgendaKind kind = AgendaKind::Overdue;
    Section section = Section::Dashboard;
    std::string title;   // one line: what to talk about
    std::string detail;  // why, and the suggested next step
    std::vector<EntityRef> entities;
};

struct Agenda {
    std::string plan_title;
    Date today;
    std::optional<Date> due;  // when the next check-in is due (before today when overdue)
    std::vector<AgendaItem> items;
};

// The inputs must all be computed from `plan` (and the same day, for `scores`).
Agenda build_agenda(const Plan& plan, const scoring::PlanScores& scores,
                    const std::vector<FlaggedDisagreement>& disagreements, const EvidenceReport& evidence,
                    const AgreementState& agreement);

// The agenda as plain text for a meeting invitation: a heading, then numbered items, each with its
// section, title and an indented detail. Lines end with '\n'.
std::string agenda_to_text(const Agenda& agenda);

const char* label(AgendaKind kind);  // "Merge decision", "Disagreement", ...

}  // namespace accord::insights
