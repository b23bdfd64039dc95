#include "core/insights/insights.hpp"

namespace accord::insights {

Insights compute_insights(const Plan& plan, const scoring::PlanScores& scores) {
    Insights out;
    out.disagreements = flagged_disagreements(plan, scores.alignment);
    out.evidence = compare_evidence(plan, scores);
    out.glossary = check_glossary(plan);
    out.agreement = agreement_state(plan);
    out.agenda = build_agenda(plan, scores, out.disagreements, out.evidence, out.agreement);
    return out;
}

}  // namespace accord::insights
