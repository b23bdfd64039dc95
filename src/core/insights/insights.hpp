#pragma once
// Every insight at once, for a view or a report: computed from the plan and its scores (which
// hold today's date), pure and repeatable. The UI computes it when the plan's revision or the day
// changes, next to the scores; docs/insights.md explains each part.
#include <vector>

#include "core/insights/agenda.hpp"
#include "core/insights/agreement.hpp"
#include "core/insights/disagreements.hpp"
#include "core/insights/evidence.hpp"
#include "core/insights/glossary.hpp"
#include "core/model/plan.hpp"
#include "core/scoring/scores.hpp"

namespace accord::insights {

struct Insights {
    std::vector<FlaggedDisagreement> disagreements;
    EvidenceReport evidence;
    GlossaryReport glossary;
    AgreementState agreement;
    Agenda agenda;
};

// `scores` must be scoring::score_plan(plan, today).
Insights compute_insights(const Plan& plan, const scoring::PlanScores& scores);

}  // namespace accord::insights
