// Risk exposure (docs/scoring.md, "Risks").
#include <catch2/catch.hpp>

#include "core/scoring/risks.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

TEST_CASE("a risk's exposure is likelihood times impact", "[scoring][risks]") {
    Plan plan = two_partner_plan();
    add_risk(plan, "r1", 4, 5);
    add_risk(plan, "r2", 3, 3);
    add_risk(plan, "r3", 1, 1);
    require_valid(plan);
    const RiskScores s = score_risks(plan);
    CHECK(s.risks.at(0).exposure == 20);  // 4 x 5
    CHECK(s.risks.at(1).exposure == 9);   // 3 x 3
    CHECK(s.risks.at(2).exposure == 1);
}

TEST_CASE("an exposure of 15 or more is high, 8 to 14 medium, below that low", "[scoring][risks]") {
    CHECK(level_of(25) == RiskLevel::High);
    CHECK(level_of(15) == RiskLevel::High);
    CHECK(level_of(14) == RiskLevel::Medium);
    CHECK(level_of(8) == RiskLevel::Medium);
    CHECK(level_of(7) == RiskLevel::Low);
}

TEST_CASE("the heat map counts open risks by likelihood and impact", "[scoring][risks]") {
    Plan plan = two_partner_plan();
    add_risk(plan, "a", 4, 5);
    add_risk(plan, "b", 4, 5);
    add_risk(plan, "closed", 4, 5, "", RiskStatus::Closed);
    add_risk(plan, "mitigating", 1, 2, "", RiskStatus::Mitigating);
    const RiskScores s = score_risks(plan);
    const HeatCell& hot = s.heat[4 - 1][5 - 1];  // likelihood 4, impact 5
    CHECK(hot.count == 2);
    CHECK(hot.risks == std::vector<Id>{"a", "b"});
    CHECK(s.heat[0][1].count == 1);  // mitigating is still open
    CHECK(s.open == 3);
    CHECK_FALSE(s.risks.at(2).open);
}

TEST_CASE("open high risks without a contingency are listed, highest first", "[scoring][risks]") {
    Plan plan = two_partner_plan();
    add_risk(plan, "fifteen", 3, 5);
    add_risk(plan, "twenty-five", 5, 5);
    add_risk(plan, "covered", 4, 5, "Second supplier on standby");
    add_risk(plan, "closed", 5, 5, "", RiskStatus::Closed);
    add_risk(plan, "medium", 3, 4);
    const RiskScores s = score_risks(plan);
    CHECK(s.high_without_contingency == std::vector<Id>{"twenty-five", "fifteen"});
    CHECK_THAT(joined(s.score.reasons), Contains("2 open high risks (15 or more) have no contingency plan"));
}

TEST_CASE("a blank contingency counts as none", "[scoring][risks]") {
    Plan plan = two_partner_plan();
    add_risk(plan, "r1", 5, 4, "  \n ");
    CHECK_FALSE(score_risks(plan).risks.at(0).has_contingency);
}

TEST_CASE("the risk score takes points off for open high and medium risks", "[scoring][risks]") {
    Plan plan = two_partner_plan();
    add_risk(plan, "high-bare", 4, 5);                          // -25
    add_risk(plan, "high-covered", 5, 3, "Plan B");             // -10
    add_risk(plan, "medium-bare", 2, 4);                        // -5
    add_risk(plan, "medium-covered", 3, 3, "Plan C");           // 0
    add_risk(plan, "low", 1, 3);                                // 0
    add_risk(plan, "closed-high", 5, 5, "", RiskStatus::Closed);  // 0
    const RiskScores s = score_risks(plan);
    CHECK(*s.score.value == 60);  // 100 - 25 - 10 - 5
    CHECK_THAT(joined(s.score.reasons), Contains("risk score 100 - 25 - 10 - 5 = 60"));
    CHECK_THAT(joined(s.score.reasons), Contains("-25: 'Risk high-bare', High (20), no contingency"));
}

TEST_CASE("the risk score does not go below zero", "[scoring][risks]") {
    Plan plan = two_partner_plan();
    for (const char* id : {"r1", "r2", "r3", "r4", "r5"}) add_risk(plan, id, 5, 5);  // 5 x -25 = -125
    const RiskScores s = score_risks(plan);
    CHECK(*s.score.value == 0);
    CHECK_THAT(joined(s.score.reasons), Contains("(at least 0) = 0"));
}

TEST_CASE("a register of closed risks scores 100", "[scoring][risks]") {
    Plan plan = two_partner_plan();
    add_risk(plan, "r1", 5, 5, "", RiskStatus::Closed);
    CHECK(*score_risks(plan).score.value == 100);
}

TEST_CASE("a plan without risks has no risk score", "[scoring][risks]") {
    const RiskScores s = score_risks(two_partner_plan());
    CHECK_FALSE(s.score.known());
    CHECK_THAT(joined(s.score.reasons), Contains("no risks registered yet"));
}
