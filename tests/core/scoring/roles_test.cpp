// The role matrix check (docs/scoring.md, "Roles").
#include <catch2/catch.hpp>

#include "core/scoring/roles.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

namespace {

constexpr Role R = Role::Responsible, A = Role::Accountable, C = Role::Consulted, I = Role::Informed;

ActivityCheck check_one(std::vector<std::pair<Id, Role>> roles) {
    Plan plan = two_partner_plan();
    add_partner(plan, "carol", "Carol");
    add_activity(plan, "x", std::move(roles));
    require_valid(plan);
    return score_roles(plan).activities.at(0);
}

std::vector<RoleProblem> problems(std::initializer_list<RoleProblem> list) { return list; }

}  // namespace

TEST_CASE("an activity with one Accountable and a Responsible partner has clear roles", "[scoring][roles]") {
    const ActivityCheck c = check_one({{"acme", A}, {"beta", R}, {"carol", I}});
    CHECK(c.clear());
    CHECK(c.accountable == 1);
    CHECK(c.responsible == 1);
    CHECK(c.informed == 1);
}

TEST_CASE("an activity with an Accountable but no Responsible partner is flagged", "[scoring][roles]") {
    // A partner holds one role per activity: whoever is Accountable needs someone Responsible.
    CHECK(check_one({{"acme", A}}).problems == problems({RoleProblem::NoResponsible}));
}

TEST_CASE("an activity without any role has no owner", "[scoring][roles]") {
    const ActivityCheck c = check_one({});
    CHECK(c.problems == problems({RoleProblem::NoOwner}));
    CHECK(c.reasons.at(0) == "nobody has a role in it");
}

TEST_CASE("an activity where everyone is only consulted is flagged", "[scoring][roles]") {
    const ActivityCheck c = check_one({{"acme", C}, {"beta", C}, {"carol", C}});
    CHECK(c.problems == problems({RoleProblem::NoOwner, RoleProblem::OnlyConsulted}));
}

TEST_CASE("an activity with only consulted and informed partners has no owner", "[scoring][roles]") {
    CHECK(check_one({{"acme", C}, {"beta", I}}).problems == problems({RoleProblem::NoOwner}));
}

TEST_CASE("an activity with two Accountable partners is flagged", "[scoring][roles]") {
    const ActivityCheck c = check_one({{"acme", A}, {"beta", A}, {"carol", R}});
    CHECK(c.problems == problems({RoleProblem::SeveralAccountable}));
    CHECK_THAT(c.reasons.at(0), Contains("2 partners are Accountable"));
}

TEST_CASE("an activity with a Responsible but no Accountable partner is flagged", "[scoring][roles]") {
    CHECK(check_one({{"acme", R}, {"beta", R}}).problems == problems({RoleProblem::NoAccountable}));
}

TEST_CASE("the role score is the share of activities with clear roles", "[scoring][roles]") {
    Plan plan = two_partner_plan();
    add_activity(plan, "a1", {{"acme", A}, {"beta", R}});
    add_activity(plan, "a2", {{"acme", R}, {"beta", A}});
    add_activity(plan, "a3", {{"acme", A}, {"beta", R}});
    add_activity(plan, "a4", {{"acme", R}, {"beta", R}});  // no Accountable
    const RoleScores s = score_roles(plan);
    CHECK(s.unclear == 1);
    CHECK(*s.score.value == Approx(75));  // 100 x 3 / 4
    CHECK_THAT(joined(s.score.reasons), Contains("3 of 4 activities have clear roles"));
    CHECK_THAT(joined(s.score.reasons), Contains("1 of 4 activities has no Accountable partner: 'Activity a4'"));
    CHECK(s.find("a4")->problems == problems({RoleProblem::NoAccountable}));
}

TEST_CASE("each partner's load counts its Responsible and Accountable roles", "[scoring][roles]") {
    Plan plan = two_partner_plan();
    add_activity(plan, "a1", {{"acme", A}, {"beta", R}});
    add_activity(plan, "a2", {{"acme", R}, {"beta", C}});
    add_activity(plan, "a3", {{"acme", I}, {"beta", A}});
    const RoleScores s = score_roles(plan);
    const PartnerLoad& acme = s.partners.at(0);
    CHECK(acme.partner == "acme");
    CHECK(acme.accountable == 1);
    CHECK(acme.responsible == 1);
    CHECK(acme.informed == 1);
    CHECK(acme.load() == 2);
    CHECK(s.partners.at(1).load() == 2);  // R in a1, A in a3; the C does not count
    CHECK(s.fair_share == Approx(2));     // 4 R/A roles / 2 partners
}

TEST_CASE("a partner with half again its fair share and 2 roles above it is overloaded", "[scoring][roles]") {
    Plan plan = two_partner_plan();
    add_partner(plan, "carol", "Carol");
    // Acme: A in all four (4); Beta: R in all four (4); Carol: nothing. Fair share 8 / 3 = 2.67.
    for (const char* id : {"a1", "a2", "a3", "a4"}) add_activity(plan, id, {{"acme", A}, {"beta", R}});
    const RoleScores s = score_roles(plan);
    // 4 >= 1.5 x 2.67 = 4.0 and 4 - 2.67 = 1.33 < 2: not overloaded yet.
    CHECK_FALSE(s.partners.at(0).overloaded);

    for (const char* id : {"a5", "a6"}) add_activity(plan, id, {{"acme", A}, {"carol", R}});
    const RoleScores more = score_roles(plan);
    // Acme 6, Beta 4, Carol 2: fair share 12 / 3 = 4; 6 >= 6 and 6 - 4 = 2: overloaded.
    CHECK(more.fair_share == Approx(4));
    CHECK(more.partners.at(0).overloaded);
    CHECK_FALSE(more.partners.at(1).overloaded);
    CHECK_THAT(joined(more.score.reasons), Contains("'Acme' carries 6 R/A roles against a fair share of 4.0: overloaded"));
}

TEST_CASE("a plan with one partner never overloads it", "[scoring][roles]") {
    Plan plan;
    add_partner(plan, "solo", "Solo");
    for (const char* id : {"a1", "a2", "a3"}) add_activity(plan, id, {{"solo", A}});
    const RoleScores s = score_roles(plan);
    CHECK(s.partners.at(0).load() == 3);
    CHECK_FALSE(s.partners.at(0).overloaded);
}

TEST_CASE("a plan without activities has no role score", "[scoring][roles]") {
    const RoleScores s = score_roles(two_partner_plan());
    CHECK_FALSE(s.score.known());
    CHECK_THAT(joined(s.score.reasons), Contains("no activities"));
}
