// Goal progress and pace (docs/scoring.md, "Goals").
#include <catch2/catch.hpp>

#include "core/scoring/goals.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

namespace {

// One goal with a metric, scored on 2025-02-01.
GoalProgress one_metric_goal(Metric m) {
    Plan plan = two_partner_plan();
    add_goal(plan, "g1").metric = m;
    require_valid(plan);
    return score_goals(plan, day("2025-02-01")).goals.at(0);
}

// A goal from 2025-01-01 to 2025-03-02 (60 days) with the given progress, scored on `today`.
GoalProgress dated_goal(double progress, const char* today) {
    Plan plan = two_partner_plan();
    Goal& g = add_goal(plan, "g1");
    g.metric = metric(0, 100, 100 * progress);
    g.start = day("2025-01-01");
    g.due = day("2025-03-02");
    g.status = GoalStatus::InProgress;
    require_valid(plan);
    return score_goals(plan, day(today)).goals.at(0);
}

}  // namespace

TEST_CASE("a metric's progress is the share of the way from baseline to target", "[scoring][goals]") {
    const GoalProgress g = one_metric_goal(metric(40, 90, 60));
    CHECK(g.source == ProgressSource::Metric);
    CHECK(g.progress == Approx(0.4));  // (60 - 40) / (90 - 40) = 0.4
    CHECK_THAT(joined(g.reasons), Contains("(60 - 40) / (90 - 40) = 40%"));
}

TEST_CASE("a decreasing metric counts progress downwards", "[scoring][goals]") {
    // Days to onboard a client: from 20 down to 10, now 14.
    const GoalProgress g = one_metric_goal(metric(20, 10, 14, Direction::Decrease, "days"));
    CHECK(g.progress == Approx(0.6));  // (14 - 20) / (10 - 20) = 0.6
}

TEST_CASE("a metric past its target counts as 100%", "[scoring][goals]") {
    const GoalProgress g = one_metric_goal(metric(40, 90, 100));  // (100 - 40) / 50 = 1.2
    CHECK(g.progress == 1);
    CHECK_THAT(joined(g.reasons), Contains("the target is passed"));
}

TEST_CASE("a metric worse than its baseline counts as 0%", "[scoring][goals]") {
    CHECK(one_metric_goal(metric(40, 90, 30)).progress == 0);                       // (30 - 40) / 50 = -0.2
    CHECK(one_metric_goal(metric(20, 10, 25, Direction::Decrease)).progress == 0);  // (25 - 20) / -10 = -0.5
}

TEST_CASE("a metric whose target equals its baseline counts 100% once reached in its direction", "[scoring][goals]") {
    CHECK(one_metric_goal(metric(50, 50, 52)).progress == 1);
    CHECK(one_metric_goal(metric(50, 50, 50)).progress == 1);
    CHECK(one_metric_goal(metric(50, 50, 48)).progress == 0);
    CHECK(one_metric_goal(metric(50, 50, 48, Direction::Decrease)).progress == 1);
    CHECK(one_metric_goal(metric(50, 50, 52, Direction::Decrease)).progress == 0);
    CHECK_THAT(joined(one_metric_goal(metric(50, 50, 48)).reasons), Contains("the target equals the baseline"));
}

TEST_CASE("a metric whose direction contradicts baseline to target follows the numbers and says so", "[scoring][goals]") {
    // Set to increase, yet the target (10) is below the baseline (20): measured from 20 towards 10.
    const GoalProgress g = one_metric_goal(metric(20, 10, 15, Direction::Increase));
    CHECK(g.progress == Approx(0.5));  // (15 - 20) / (10 - 20) = 0.5
    CHECK_THAT(joined(g.reasons), Contains("set to increase but its target 10 is below its baseline 20"));
}

TEST_CASE("a goal without metric takes its progress from its status", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "not-started").status = GoalStatus::NotStarted;
    add_goal(plan, "in-progress").status = GoalStatus::InProgress;
    add_goal(plan, "at-risk").status = GoalStatus::AtRisk;
    add_goal(plan, "done").status = GoalStatus::Done;
    const GoalScores s = score_goals(plan, day("2025-02-01"));
    CHECK(s.find("not-started")->progress == 0);
    CHECK(s.find("in-progress")->progress == 0.5);
    CHECK(s.find("at-risk")->progress == 0.5);
    CHECK(s.find("done")->progress == 1);
    CHECK(s.find("done")->source == ProgressSource::Status);
    CHECK_THAT(joined(s.find("in-progress")->reasons), Contains("status 'In progress' counts as 50%"));
}

TEST_CASE("a parent without metric is the weighted average of its sub-goals", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "parent");
    Goal& a = add_goal(plan, "a", "parent");
    a.metric = metric(40, 90, 60);  // 0.4
    a.weight = 3;
    add_goal(plan, "b", "parent").status = GoalStatus::Done;  // 1.0, weight 1
    require_valid(plan);
    const GoalScores s = score_goals(plan, day("2025-02-01"));
    const GoalProgress* parent = s.find("parent");
    CHECK(parent->source == ProgressSource::SubGoals);
    CHECK(parent->progress == Approx(0.55));  // (3 x 0.4 + 1 x 1) / (3 + 1) = 2.2 / 4 = 0.55
    CHECK_THAT(joined(parent->reasons), Contains("'Goal a' 40% x 3, 'Goal b' 100% x 1 = 55%"));
}

TEST_CASE("a parent whose sub-goals all weigh zero takes their plain average and says so", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "parent");
    Goal& a = add_goal(plan, "a", "parent");
    a.metric = metric(40, 90, 60);  // 0.4
    a.weight = 0;
    Goal& b = add_goal(plan, "b", "parent");
    b.status = GoalStatus::Done;  // 1.0
    b.weight = 0;
    require_valid(plan);
    const GoalScores s = score_goals(plan, day("2025-02-01"));
    const GoalProgress* parent = s.find("parent");
    CHECK(parent->progress == Approx(0.7));  // (0.4 + 1) / 2 = 0.7
    CHECK_THAT(joined(parent->reasons), Contains("has weight 0, so a plain average"));
}

TEST_CASE("dropped sub-goals are left out of their parent's progress", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "parent");
    add_goal(plan, "a", "parent").metric = metric(40, 90, 60);  // 0.4
    add_goal(plan, "b", "parent").status = GoalStatus::Dropped;
    const GoalScores s = score_goals(plan, day("2025-02-01"));
    CHECK(s.find("parent")->progress == Approx(0.4));  // only 'a' counts
    CHECK_FALSE(s.find("b")->counted);
    CHECK(s.find("b")->pace == Pace::Dropped);
    CHECK_THAT(joined(s.find("parent")->reasons), Contains("1 dropped sub-goal left out"));
}

TEST_CASE("a parent whose sub-goals are all dropped falls back to its own status", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "parent").status = GoalStatus::InProgress;
    add_goal(plan, "a", "parent").status = GoalStatus::Dropped;
    const GoalScores s = score_goals(plan, day("2025-02-01"));
    const GoalProgress* parent = s.find("parent");
    CHECK(parent->source == ProgressSource::Status);
    CHECK(parent->progress == 0.5);
}

TEST_CASE("a parent with its own metric ignores its sub-goals", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "parent").metric = metric(0, 10, 2);  // 0.2
    add_goal(plan, "a", "parent").status = GoalStatus::Done;
    const GoalScores s = score_goals(plan, day("2025-02-01"));
    const GoalProgress* parent = s.find("parent");
    CHECK(parent->source == ProgressSource::Metric);
    CHECK(parent->progress == Approx(0.2));
    CHECK_THAT(joined(parent->reasons), Contains("has its own metric"));
}

TEST_CASE("the plan's progress rolls up its top-level goals", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "vision", "", GoalKind::VisionAnchor);
    add_goal(plan, "a", "vision").metric = metric(40, 90, 60);  // 0.4
    add_goal(plan, "b", "vision").status = GoalStatus::Done;    // 1.0
    Goal& other = add_goal(plan, "other");
    other.weight = 2;  // a second root, not started: 0
    const GoalScores s = score_goals(plan, day("2025-02-01"));
    CHECK(s.find("vision")->progress == Approx(0.7));  // (0.4 + 1) / 2
    REQUIRE(s.progress.known());
    CHECK(*s.progress.value == Approx(0.7 / 3));  // (1 x 0.7 + 2 x 0) / 3
    CHECK_THAT(joined(s.progress.reasons), Contains("2 top-level goals"));
}

TEST_CASE("a plan without goals has no goal progress and says so", "[scoring][goals]") {
    const GoalScores s = score_goals(two_partner_plan(), day("2025-02-01"));
    CHECK(s.goals.empty());
    CHECK_FALSE(s.progress.known());
    CHECK_FALSE(s.schedule.known());
    CHECK_THAT(joined(s.progress.reasons), Contains("no goals yet"));
}

TEST_CASE("expected progress grows linearly from start to due date", "[scoring][goals]") {
    // From 2025-01-01 to 2025-03-02 is 60 days; 2025-01-31 is day 30 of them.
    const GoalProgress g = dated_goal(0.5, "2025-01-31");
    REQUIRE(g.expected);
    CHECK(*g.expected == Approx(0.5));  // 30 / 60
    CHECK(g.start == day("2025-01-01"));
    CHECK_THAT(joined(g.reasons), Contains("expected 50% by today (day 30 of 60"));
}

TEST_CASE("a goal within 10 points of its expected progress is on track", "[scoring][goals]") {
    CHECK(dated_goal(0.4, "2025-01-31").pace == Pace::OnTrack);  // 0.4 against 0.5: exactly 10 points below
    CHECK(dated_goal(0.6, "2025-01-31").pace == Pace::OnTrack);  // 10 points above
}

TEST_CASE("a goal more than 10 points below its expected progress is behind", "[scoring][goals]") {
    const GoalProgress g = dated_goal(0.3, "2025-01-31");  // 0.3 against 0.5
    CHECK(g.pace == Pace::Behind);
    CHECK_THAT(joined(g.reasons), Contains("behind by 20 points"));
}

TEST_CASE("a goal more than 10 points above its expected progress is ahead", "[scoring][goals]") {
    CHECK(dated_goal(0.7, "2025-01-31").pace == Pace::Ahead);  // 0.7 against 0.5
}

TEST_CASE("a goal that has not started yet expects no progress", "[scoring][goals]") {
    const GoalProgress g = dated_goal(0, "2024-12-15");  // before its start
    CHECK(*g.expected == 0);
    CHECK(g.pace == Pace::OnTrack);
}

TEST_CASE("a goal past its due date and not done is overdue", "[scoring][goals]") {
    const GoalProgress g = dated_goal(0.8, "2025-03-07");  // due 2025-03-02
    CHECK(g.pace == Pace::Overdue);
    CHECK(g.days_overdue == 5);
    CHECK(*g.expected == 1);
    CHECK_THAT(joined(g.reasons), Contains("overdue by 5 days: due 2025-03-02 and at 80%"));
}

TEST_CASE("a goal at 100% past its due date is not overdue, even when not marked done", "[scoring][goals]") {
    const GoalProgress g = dated_goal(1, "2025-03-07");
    CHECK(g.pace == Pace::OnTrack);
    CHECK(g.days_overdue == 0);
}

TEST_CASE("a goal marked done is never overdue", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    Goal& g = add_goal(plan, "g1");
    g.due = day("2025-01-15");
    g.status = GoalStatus::Done;
    const GoalProgress r = score_goals(plan, day("2025-03-01")).goals.at(0);
    CHECK(r.pace == Pace::Done);
    CHECK(r.days_overdue == 0);
}

TEST_CASE("a goal without due date has no expected progress", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "g1").status = GoalStatus::InProgress;
    const GoalProgress r = score_goals(plan, day("2025-03-01")).goals.at(0);
    CHECK(r.pace == Pace::NoExpectation);
    CHECK_FALSE(r.expected);
    CHECK_THAT(joined(r.reasons), Contains("no due date"));
}

TEST_CASE("a goal without start is measured from its parent's start", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "parent").start = day("2025-01-11");
    Goal& child = add_goal(plan, "child", "parent");
    child.due = day("2025-03-02");  // 50 days after 2025-01-11
    child.status = GoalStatus::InProgress;
    const GoalScores s = score_goals(plan, day("2025-01-31"));
    const GoalProgress* r = s.find("child");
    CHECK(r->start == day("2025-01-11"));
    CHECK(*r->expected == Approx(0.4));  // 20 / 50
    CHECK_THAT(joined(r->reasons), Contains("start taken from 'Goal parent'"));
}

TEST_CASE("a goal without any start in its chain is measured from the plan's creation", "[scoring][goals]") {
    Plan plan = two_partner_plan();  // created 2025-01-01
    Goal& g = add_goal(plan, "g1");
    g.due = day("2025-03-02");  // 60 days later
    const GoalProgress r = score_goals(plan, day("2025-01-16")).goals.at(0);
    CHECK(r.start == day("2025-01-01"));
    CHECK(*r.expected == Approx(0.25));  // 15 / 60
    CHECK_THAT(joined(r.reasons), Contains("start taken from the plan's creation"));
}

TEST_CASE("goals are found by their id", "[scoring][goals]") {
    Plan plan = two_partner_plan();
    add_goal(plan, "g1");
    add_goal(plan, "g2").status = GoalStatus::Done;
    const GoalScores s = score_goals(plan, day("2025-02-01"));
    REQUIRE(s.find("g2"));
    CHECK(s.find("g2")->goal == "g2");
    CHECK(s.find("g2")->progress == 1);
    CHECK(s.find("missing") == nullptr);
}

TEST_CASE("the schedule score averages 1 minus the shortfall over goals with a due date", "[scoring][goals]") {
    Plan plan = two_partner_plan();  // created 2025-01-01
    Goal& behind = add_goal(plan, "behind");  // expected 0.5 on 2025-01-31, at 0.3: 1 - 0.2 = 0.8
    behind.metric = metric(0, 10, 3);
    behind.due = day("2025-03-02");
    Goal& overdue = add_goal(plan, "overdue");  // due 2025-01-21, at 0.4: 1 - (1 - 0.4) = 0.4
    overdue.metric = metric(0, 10, 4);
    overdue.due = day("2025-01-21");
    Goal& done = add_goal(plan, "done");  // done: 1
    done.status = GoalStatus::Done;
    done.due = day("2025-01-10");
    add_goal(plan, "undated").status = GoalStatus::InProgress;  // no due date: left out
    const GoalScores s = score_goals(plan, day("2025-01-31"));
    REQUIRE(s.schedule.known());
    CHECK(*s.schedule.value == Approx(100 * (0.8 + 0.4 + 1) / 3));  // 73.3
    CHECK(s.behind == 1);
    CHECK(s.overdue == 1);
    CHECK(s.done == 1);
    CHECK(s.no_expectation == 1);
    CHECK_THAT(joined(s.schedule.reasons), Contains("3 goals with a due date"));
    CHECK_THAT(joined(s.schedule.reasons), Contains("'Goal overdue' is 60 points short of the expected 100% (overdue by 10 days)"));
}
