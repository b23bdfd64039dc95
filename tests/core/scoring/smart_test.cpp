// The SMART check (docs/scoring.md, "SMART check").
#include <catch2/catch.hpp>

#include "core/scoring/smart.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

namespace {

// A vision anchor and under it one objective that meets every letter; tests spoil one thing.
Plan plan_with_smart_goal() {
    Plan plan = two_partner_plan();
    add_goal(plan, "vision", "", GoalKind::VisionAnchor);
    Goal& g = add_goal(plan, "g1", "vision");
    g.description = "Sign up 90 clinics in the northern region";  // 8 words, 41 characters
    g.metric = metric(40, 90, 60, Direction::Increase, "clinics");
    g.owners = {"acme"};
    g.confidence = 0.7;
    g.due = day("2025-12-31");
    return plan;
}

SmartCheck check_g1(const Plan& plan) {
    require_valid(plan);
    return *check_smart(plan).find("g1");
}

}  // namespace

TEST_CASE("a well-formed goal under a vision anchor meets all five letters", "[scoring][smart]") {
    const SmartCheck c = check_g1(plan_with_smart_goal());
    CHECK(c.score == 5);
    CHECK(c.specific.met);
    CHECK(c.measurable.met);
    CHECK(c.achievable.met);
    CHECK(c.relevant.met);
    CHECK(c.time_bound.met);
    CHECK(c.specific.reason.empty());
}

TEST_CASE("a description of fewer than 5 words or 25 characters is not specific", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();
    plan.goals[1].description = "Grow our clinic network";  // 4 words
    SmartCheck c = check_g1(plan);
    CHECK_FALSE(c.specific.met);
    CHECK(c.score == 4);
    CHECK_THAT(c.specific.reason, Contains("too short (4 words, 23 characters"));

    plan.goals[1].description = "Go to a b c";  // 5 words, 11 characters
    CHECK_FALSE(check_g1(plan).specific.met);

    plan.goals[1].description = "  Open five new sites abroad  ";  // 5 words, 26 characters once trimmed
    CHECK(check_g1(plan).specific.met);
}

TEST_CASE("a missing description is not specific", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();
    plan.goals[1].description = "   ";
    CHECK_THAT(check_g1(plan).specific.reason, Contains("no description"));
}

TEST_CASE("a description that only repeats the title is not specific", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();
    plan.goals[1].title = "Sign up 90 clinics in the northern region";
    plan.goals[1].description = "sign up 90 clinics in the Northern region ";
    CHECK_THAT(check_g1(plan).specific.reason, Contains("only repeats the title"));
}

TEST_CASE("a goal without metric is not measurable", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();
    plan.goals[1].metric.reset();
    const SmartCheck c = check_g1(plan);
    CHECK_FALSE(c.measurable.met);
    CHECK(c.measurable.reason == "no metric to measure it by");
}

TEST_CASE("a metric without unit, or with its target at its baseline, is not measurable", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();
    plan.goals[1].metric = metric(50, 50, 50, Direction::Increase, "");
    const SmartCheck c = check_g1(plan);
    CHECK_FALSE(c.measurable.met);
    CHECK_THAT(c.measurable.reason, Contains("no unit"));
    CHECK_THAT(c.measurable.reason, Contains("the target equals the baseline (50)"));
}

TEST_CASE("a metric whose direction contradicts baseline to target is not measurable", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();
    plan.goals[1].metric = metric(20, 10, 15, Direction::Increase);
    CHECK_THAT(check_g1(plan).measurable.reason, Contains("set to increase but its target is below its baseline"));
}

TEST_CASE("a goal is achievable with an owner and a confidence of at least 50%", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();
    plan.goals[1].confidence = 0.5;
    CHECK(check_g1(plan).achievable.met);

    plan.goals[1].confidence = 0.3;
    CHECK_THAT(check_g1(plan).achievable.reason, Contains("confidence 30% is below 50%"));

    plan.goals[1].confidence = 0.8;
    plan.goals[1].owners.clear();
    CHECK(check_g1(plan).achievable.reason == "no owner");
}

TEST_CASE("a goal is relevant when its chain of parents reaches a vision anchor", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();  // vision > g1
    add_goal(plan, "kr", "g1", GoalKind::KeyResult);
    add_goal(plan, "task", "kr", GoalKind::Initiative);
    add_goal(plan, "loose");                        // a top-level objective
    add_goal(plan, "under-loose", "loose");
    require_valid(plan);
    const SmartScores s = check_smart(plan);
    CHECK(s.find("task")->relevant.met);
    CHECK(s.find("vision")->relevant.met);
    CHECK_THAT(s.find("loose")->relevant.reason, Contains("top-level objective with no vision anchor above it"));
    CHECK_THAT(s.find("under-loose")->relevant.reason, Contains("its top-level goal 'Goal loose' is not a vision anchor"));
}

TEST_CASE("a goal without due date is not time-bound", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();
    plan.goals[1].due.reset();
    CHECK(check_g1(plan).time_bound.reason == "no due date");
}

TEST_CASE("a vision anchor is checked but left out of the plan's SMART figure", "[scoring][smart]") {
    const SmartScores s = check_smart(plan_with_smart_goal());
    CHECK_FALSE(s.find("vision")->applies);
    CHECK(s.checked == 1);  // only g1
    CHECK(*s.average.value == 5);
}

TEST_CASE("the plan's SMART figure averages its goals and counts each missing letter", "[scoring][smart]") {
    Plan plan = plan_with_smart_goal();       // g1: 5 letters
    Goal& bare = add_goal(plan, "bare", "vision");  // R only (under the vision): 1 letter
    bare.confidence = 0.9;
    add_goal(plan, "gone", "vision").status = GoalStatus::Dropped;  // left out
    require_valid(plan);
    const SmartScores s = check_smart(plan);
    CHECK(s.checked == 2);
    CHECK(*s.average.value == Approx(3));  // (5 + 1) / 2
    CHECK(s.missing_time_bound == 1);
    CHECK(s.missing_relevant == 0);
    CHECK_THAT(joined(s.average.reasons), Contains("1 of 2 goals has no due date (T)"));
    CHECK_THAT(joined(s.average.reasons), Contains("1 of 2 goals has no owner or too little confidence (A)"));
}

TEST_CASE("a plan without goals has no SMART figure", "[scoring][smart]") {
    const SmartScores s = check_smart(two_partner_plan());
    CHECK_FALSE(s.average.known());
    CHECK(s.checked == 0);
}
