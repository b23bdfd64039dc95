#include "core/scoring/scores.hpp"

#include "core/scoring/goal_tree.hpp"

namespace accord::scoring {

PlanScores score_plan(const Plan& plan, Date today) {
    PlanScores s;
    s.today = today;
    const detail::GoalTree tree = detail::build_goal_tree(plan);
    s.goals = detail::score_goals(plan, tree, today);
    s.smart = detail::check_smart(plan, tree);
    s.roles = score_roles(plan);
    s.alignment = score_alignment(plan);
    s.risks = score_risks(plan);
    s.communication = score_communication(plan, today);
    s.balance = score_balance(plan);
    s.health = blend_health({s.goals.schedule.value, s.alignment.index.value, s.roles.score.value, s.risks.score.value,
                             s.communication.score.value, s.balance.score.value});
    return s;
}

ScoreSnapshot snapshot_of(const PlanScores& s) {
    ScoreSnapshot snapshot;
    snapshot.health = s.health.index.value;
    if (s.goals.progress.value) snapshot.goal_progress = 100 * *s.goals.progress.value;
    snapshot.alignment = s.alignment.index.value;
    snapshot.roles = s.roles.score.value;
    snapshot.risk = s.risks.score.value;
    snapshot.communication = s.communication.score.value;
    snapshot.balance = s.balance.score.value;
    return snapshot;
}

}  // namespace accord::scoring
