// The exchange of value (docs/scoring.md, "Balance").
#include <catch2/catch.hpp>

#include "core/scoring/balance.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

namespace {

constexpr ValueFlow puts_in = ValueFlow::Contributes, gets_out = ValueFlow::Gains;

}  // namespace

TEST_CASE("each partner's contributions and gains are summed", "[scoring][balance]") {
    Plan plan = two_partner_plan();
    add_value(plan, "v1", "acme", puts_in, 3);
    add_value(plan, "v2", "acme", puts_in, 2);
    add_value(plan, "v3", "acme", gets_out, 1);
    add_value(plan, "v4", "beta", puts_in, 5);
    add_value(plan, "v5", "beta", gets_out, 4);
    require_valid(plan);
    const BalanceScores s = score_balance(plan);
    CHECK(s.partners.at(0).contributes == 5);
    CHECK(s.partners.at(0).gains == 1);
    CHECK(s.partners.at(1).contributes == 5);
    CHECK(s.partners.at(1).gains == 4);
    CHECK(s.contributed == 10);
    CHECK(s.gained == 5);
}

TEST_CASE("an exchange where each partner gets the share it gives scores 100", "[scoring][balance]") {
    Plan plan = two_partner_plan();
    add_value(plan, "v1", "acme", puts_in, 6);  // 60% of the contributions
    add_value(plan, "v2", "acme", gets_out, 3);   // 60% of the gains
    add_value(plan, "v3", "beta", puts_in, 4);
    add_value(plan, "v4", "beta", gets_out, 2);
    CHECK(*score_balance(plan).score.value == Approx(100));
}

TEST_CASE("the balance score falls with the gap between shares of gains and of contributions", "[scoring][balance]") {
    Plan plan = two_partner_plan();
    add_value(plan, "v1", "acme", puts_in, 7);  // Acme gives 70%, gets 40%
    add_value(plan, "v2", "acme", gets_out, 4);
    add_value(plan, "v3", "beta", puts_in, 3);  // Beta gives 30%, gets 60%
    add_value(plan, "v4", "beta", gets_out, 6);
    const BalanceScores s = score_balance(plan);
    CHECK(s.partners.at(0).contribution_share == Approx(0.7));
    CHECK(s.partners.at(0).gain_share == Approx(0.4));
    CHECK(*s.score.value == Approx(70));  // 100 x (1 - (|0.4 - 0.7| + |0.6 - 0.3|) / 2) = 100 x (1 - 0.3)
    CHECK_THAT(joined(s.score.reasons), Contains("'Acme' puts in 70% of the contributions (7) and gets 40% of the gains (4)"));
    CHECK_THAT(joined(s.score.reasons), Contains("most lopsided: 'Acme' gets 30 points less of the gains"));
}

TEST_CASE("one partner giving everything and another getting everything scores 0", "[scoring][balance]") {
    Plan plan = two_partner_plan();
    add_value(plan, "v1", "acme", puts_in, 5);
    add_value(plan, "v2", "beta", gets_out, 5);
    CHECK(*score_balance(plan).score.value == Approx(0));  // 100 x (1 - (1 + 1) / 2)
}

TEST_CASE("a partner with no value items counts as giving and getting nothing", "[scoring][balance]") {
    Plan plan = two_partner_plan();
    add_partner(plan, "carol", "Carol");
    add_value(plan, "v1", "acme", puts_in, 1);
    add_value(plan, "v2", "acme", gets_out, 1);
    add_value(plan, "v3", "beta", puts_in, 1);
    add_value(plan, "v4", "beta", gets_out, 1);
    CHECK(*score_balance(plan).score.value == Approx(100));  // Carol: 0% and 0%, no gap
}

TEST_CASE("a plan with one partner has no balance score", "[scoring][balance]") {
    Plan plan;
    add_partner(plan, "solo", "Solo");
    add_value(plan, "v1", "solo", puts_in, 3);
    add_value(plan, "v2", "solo", gets_out, 3);
    const BalanceScores s = score_balance(plan);
    CHECK_FALSE(s.score.known());
    CHECK_THAT(joined(s.score.reasons), Contains("at least two partners"));
}

TEST_CASE("without contributions or without gains there is no balance score", "[scoring][balance]") {
    Plan plan = two_partner_plan();
    CHECK_FALSE(score_balance(plan).score.known());
    add_value(plan, "v1", "acme", puts_in, 3);
    const BalanceScores s = score_balance(plan);
    CHECK_FALSE(s.score.known());
    CHECK_THAT(joined(s.score.reasons), Contains("no gains to weigh them against"));
}
