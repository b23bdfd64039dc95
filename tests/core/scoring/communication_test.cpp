// Communication health (docs/scoring.md, "Communication").
#include <catch2/catch.hpp>

#include "core/scoring/communication.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

namespace {

// Check-ins every 14 days, the last one held on 2025-03-01, so the next is due 2025-03-15.
Plan plan_with_checkin() {
    Plan plan = two_partner_plan();
    plan.communication.cadence_days = 14;
    add_checkin(plan, "c1", "2025-03-01");
    return plan;
}

}  // namespace

TEST_CASE("a check-in within the cadence keeps communication at 100", "[scoring][communication]") {
    const CommunicationScores s = score_communication(plan_with_checkin(), day("2025-03-10"));
    CHECK(s.last_checkin == day("2025-03-01"));
    CHECK(s.next_due == day("2025-03-15"));
    CHECK(s.days_since == 9);
    CHECK(s.days_overdue == 0);
    CHECK(*s.score.value == 100);
    CHECK_THAT(joined(s.score.reasons), Contains("the next is due 2025-03-15, in 5 days"));
}

TEST_CASE("communication loses points linearly once the next check-in is overdue", "[scoring][communication]") {
    const CommunicationScores s = score_communication(plan_with_checkin(), day("2025-03-22"));
    CHECK(s.days_overdue == 7);
    CHECK(*s.score.value == Approx(75));  // 100 x (1 - 7 / 28)
    CHECK_THAT(joined(s.score.reasons), Contains("communication score 75 = 100 x (1 - 7 days overdue / 28)"));
    CHECK_THAT(joined(s.score.reasons), Contains("the next was due 2025-03-15: 7 days overdue"));
}

TEST_CASE("communication reaches zero two cadences after the check-in was due", "[scoring][communication]") {
    CHECK(*score_communication(plan_with_checkin(), day("2025-04-12")).score.value == 0);  // 28 days overdue
    CHECK(*score_communication(plan_with_checkin(), day("2025-05-30")).score.value == 0);  // long past
}

TEST_CASE("without check-ins the clock starts at the plan's creation", "[scoring][communication]") {
    Plan plan = two_partner_plan();  // created 2025-01-01
    plan.communication.cadence_days = 14;
    const CommunicationScores s = score_communication(plan, day("2025-01-22"));
    CHECK_FALSE(s.last_checkin);
    CHECK(s.since == day("2025-01-01"));
    CHECK(s.days_since == 21);
    CHECK(s.days_overdue == 7);              // due 2025-01-15
    CHECK(*s.score.value == Approx(75));     // 100 x (1 - 7 / 28)
    CHECK_THAT(joined(s.score.reasons), Contains("no check-in yet, so counted from the plan's creation on 2025-01-01"));
}

TEST_CASE("a plan without check-ins or creation date has no communication score", "[scoring][communication]") {
    Plan plan = two_partner_plan();
    plan.created = 0;
    const CommunicationScores s = score_communication(plan, day("2025-01-22"));
    CHECK_FALSE(s.score.known());
    CHECK_FALSE(s.next_due);
}

TEST_CASE("check-ins dated after today are planned, not held", "[scoring][communication]") {
    Plan plan = plan_with_checkin();
    add_checkin(plan, "planned", "2025-03-30");
    const CommunicationScores s = score_communication(plan, day("2025-03-10"));
    CHECK(s.last_checkin == day("2025-03-01"));
}

TEST_CASE("the latest check-in counts even when the log is out of order", "[scoring][communication]") {
    Plan plan = plan_with_checkin();
    add_checkin(plan, "older", "2025-02-01");
    CHECK(score_communication(plan, day("2025-03-10")).last_checkin == day("2025-03-01"));
}

TEST_CASE("open actions past their due date cost 5 points each", "[scoring][communication]") {
    Plan plan = plan_with_checkin();
    plan.checkins[0].actions = {
        action("Send the draft", day("2025-03-05"), false, "acme"),  // 5 days late
        action("Book the room", day("2025-03-08")),                  // 2 days late
        action("Sign the letter", day("2025-03-04"), true),          // done
        action("Call the bank", day("2025-03-10")),                  // due today: not late yet
        action("Think about it", std::nullopt),                      // no due date
    };
    const CommunicationScores s = score_communication(plan, day("2025-03-10"));
    REQUIRE(s.overdue_actions.size() == 2);
    CHECK(*s.score.value == 90);  // 100 - 2 x 5
    CHECK_THAT(joined(s.score.reasons), Contains("2 open actions past their due date"));
    CHECK_THAT(joined(s.score.reasons), Contains("'Send the draft' ('Acme'), due 2025-03-05, 5 days late"));
}

TEST_CASE("overdue actions are listed oldest first", "[scoring][communication]") {
    Plan plan = plan_with_checkin();
    plan.checkins[0].actions = {action("Later", day("2025-03-08")), action("Earlier", day("2025-03-05"))};
    const CommunicationScores s = score_communication(plan, day("2025-03-10"));
    CHECK(s.overdue_actions.at(0).text == "Earlier");
    CHECK(s.overdue_actions.at(0).days_late == 5);
    CHECK(s.overdue_actions.at(0).action == 1);  // its position in the check-in
    CHECK(s.overdue_actions.at(1).text == "Later");
}

TEST_CASE("overdue actions cost at most 25 points", "[scoring][communication]") {
    Plan plan = plan_with_checkin();
    for (int k = 0; k < 7; ++k) plan.checkins[0].actions.push_back(action("Task " + std::to_string(k), day("2025-03-02")));
    CHECK(*score_communication(plan, day("2025-03-10")).score.value == 75);  // 100 - min(25, 7 x 5)
}
