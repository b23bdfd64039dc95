#pragma once
// Every score the app shows, computed at once from the plan and today's date (pure: no clock, no
// I/O). The UI recomputes it when the plan's revision changes; the CLI prints it (report.hpp).
// How each figure is made: docs/scoring.md.
#include "core/model/plan.hpp"
#include "core/scoring/alignment.hpp"
#include "core/scoring/balance.hpp"
#include "core/scoring/communication.hpp"
#include "core/scoring/goals.hpp"
#include "core/scoring/health.hpp"
#include "core/scoring/risks.hpp"
#include "core/scoring/roles.hpp"
#include "core/scoring/smart.hpp"

namespace accord::scoring {

struct PlanScores {
    Date today;
    GoalScores goals;
    SmartScores smart;
    RoleScores roles;
    AlignmentScores alignment;
    RiskScores risks;
    CommunicationScores communication;
    BalanceScores balance;
    HealthIndex health;
};

PlanScores score_plan(const Plan& plan, Date today);

// The headline figures for a review (Review::scores), each 0..100; a figure without data is empty.
ScoreSnapshot snapshot_of(const PlanScores& scores);

}  // namespace accord::scoring
