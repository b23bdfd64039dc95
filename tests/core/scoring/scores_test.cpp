// score_plan: every area at once, on whole plans (docs/scoring.md).
#include <catch2/catch.hpp>


#include "core/scoring/scores.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

TEST_CASE("a plan scores every area at once and blends them into the health index", "[scoring][scores]") {
    const Plan plan = sample_plan();
    require_valid(plan);
    const PlanScores s = score_plan(plan, day("2025-03-10"));
    CHECK(s.today == day("2025-03-10"));
    CHECK(*s.goals.progress.value == Approx(0.6));          // vision: (0.2 + 1) / 2
    CHECK(*s.goals.schedule.value == Approx(60));           // clinics overdue at 0.2, launch done: (0.2 + 1) / 2
    CHECK(*s.smart.average.value == Approx(3.5));           // clinics 5, launch 2 (R and T)
    CHECK(*s.roles.score.value == Approx(50));              // billing has no Accountable
    CHECK(*s.alignment.index.value == Approx(76.25));       // 100 x (0.6 x 0.6875 + 0.4 x 0.875)
    CHECK(*s.risks.score.value == 75);                      // 100 - 25
    CHECK(*s.communication.score.value == 95);              // on time, one overdue action
    CHECK(*s.balance.score.value == Approx(80));            // 100 x (1 - 0.2)
    // (25 x 60 + 20 x 76.25 + 15 x 50 + 15 x 75 + 15 x 95 + 10 x 80) / 100 = 7125 / 100
    CHECK(*s.health.index.value == Approx(71.25));
}

TEST_CASE("an empty plan scores without data everywhere and says why", "[scoring][scores]") {
    const Plan empty;
    const PlanScores s = score_plan(empty, day("2025-03-10"));
    CHECK_FALSE(s.goals.progress.known());
    CHECK_FALSE(s.goals.schedule.known());
    CHECK_FALSE(s.smart.average.known());
    CHECK_FALSE(s.roles.score.known());
    CHECK_FALSE(s.alignment.index.known());
    CHECK_FALSE(s.risks.score.known());
    CHECK_FALSE(s.communication.score.known());
    CHECK_FALSE(s.balance.score.known());
    CHECK_FALSE(s.health.index.known());
    CHECK_FALSE(s.health.index.reasons.empty());
}

TEST_CASE("a review snapshot holds the headline figures on 0 to 100", "[scoring][scores]") {
    const ScoreSnapshot snap = snapshot_of(score_plan(sample_plan(), day("2025-03-10")));
    CHECK(snap.health == Approx(71.25));
    CHECK(snap.goal_progress == Approx(60));  // 0.6 as a percentage
    CHECK(snap.alignment == Approx(76.25));
    CHECK(snap.roles == Approx(50));
    CHECK(snap.risk == 75);
    CHECK(snap.communication == 95);
    CHECK(snap.balance == Approx(80));
}

TEST_CASE("a deep chain of goals scores without running out of stack", "[scoring][scores]") {
    // 20000 goals, each the parent of the next, under a vision anchor; only the last one has a metric.
    Plan plan = two_partner_plan();
    add_goal(plan, "g0", "", GoalKind::VisionAnchor);
    const int depth = 20000;
    for (int i = 1; i < depth; ++i) add_goal(plan, "g" + std::to_string(i), "g" + std::to_string(i - 1));
    plan.goals.back().metric = metric(0, 10, 3);
    const PlanScores s = score_plan(plan, day("2025-03-10"));
    CHECK(*s.goals.progress.value == Approx(0.3));  // passed up through every level unchanged
    CHECK(s.smart.find("g" + std::to_string(depth - 1))->relevant.met);
}

TEST_CASE("a goal tree with a cycle still scores (only an invalid plan can hold one)", "[scoring][scores]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "a", "b").status = GoalStatus::Done;
    add_goal(plan, "b", "a");
    const PlanScores s = score_plan(plan, day("2025-03-10"));
    CHECK(s.goals.find("a")->progress == 1);  // its own status, as a leaf
    CHECK_FALSE(s.smart.find("a")->relevant.met);
    CHECK_THAT(s.smart.find("a")->relevant.reason, Contains("chain of parent goals is broken"));
}
