// Feelings against evidence (core/insights/evidence.hpp, docs/insights.md): each case sets one
// topic's evidence against a rating, with the expected words and ids worked out by hand.
#include <catch2/catch.hpp>

#include "../scoring/plan_builder.hpp"
#include "core/insights/evidence.hpp"
#include "core/scoring/scores.hpp"

using namespace accord;
using namespace accord::test;
using insights::EntityKind;
using insights::EvidenceState;
using insights::Match;

namespace {

// A plan of Acme and Beta with one dimension of the given topic, rated `acme` and `beta` in one
// round on 2025-02-15 (0: not rated).
Plan rated(DimensionTopic topic, int acme, int beta) {
    Plan plan = two_partner_plan();
    add_dimension(plan, "d", label(topic)).topic = topic;
    std::vector<Rating> ratings;
    if (acme) ratings.push_back(rating("d", "acme", acme));
    if (beta) ratings.push_back(rating("d", "beta", beta));
    add_round(plan, "q1", "2025-02-15", ratings);
    return plan;
}

insights::DimensionEvidence evidence_of(const Plan& plan, const char* today = "2025-03-10") {
    require_valid(plan);
    const auto scores = scoring::score_plan(plan, day(today));
    const auto report = insights::compare_evidence(plan, scores);
    REQUIRE(report.dimensions.size() == plan.dimensions.size());
    return report.dimensions.front();
}

}  // namespace

TEST_CASE("a dimension takes its own topic, else a default name case-folded and trimmed, else none", "[insights][evidence]") {
    Dimension own;
    own.name = "Clarity of roles";
    own.topic = DimensionTopic::RoleClarity;
    CHECK(insights::topic_of(own) == DimensionTopic::RoleClarity);
    Dimension by_name;
    by_name.name = "  ROLE CLARITY ";
    CHECK(insights::topic_of(by_name) == DimensionTopic::RoleClarity);
    Dimension custom;
    custom.name = "Innovation";
    CHECK_FALSE(insights::topic_of(custom).has_value());
}

TEST_CASE("new plans give the default dimensions their topics", "[insights][evidence]") {
    IdSource ids(1);
    const Plan plan = new_plan("P", ids, 0);
    REQUIRE(plan.dimensions.size() == 10);
    CHECK(plan.dimensions[4].name == "Role clarity");
    CHECK(plan.dimensions[4].topic == DimensionTopic::RoleClarity);
    CHECK(plan.dimensions[9].topic == DimensionTopic::LongTermFocus);
}

TEST_CASE("role clarity rated a strength while activities lack an Accountable partner is a mismatch", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::RoleClarity, 5, 4);  // mean 4.5: a strength
    add_activity(plan, "a1", {{"acme", Role::Accountable}, {"beta", Role::Responsible}});  // clear
    add_activity(plan, "a2", {{"acme", Role::Responsible}});                              // no A
    add_activity(plan, "a3", {{"acme", Role::Responsible}, {"beta", Role::Responsible}});  // no A
    const auto d = evidence_of(plan);
    CHECK(d.state == EvidenceState::Problems);
    CHECK(d.problems == 2);
    CHECK(d.match == Match::RatedHighButProblems);
    CHECK(d.mismatch());
    CHECK(d.evidence == "2 of 3 activities lack exactly one Accountable or a Responsible partner");
    CHECK(d.headline == "'Role clarity' is rated a strength (4.5), yet 2 of 3 activities lack exactly one Accountable or a Responsible partner");
    REQUIRE(d.next_steps.size() == 1);
    CHECK(d.next_steps[0] == "2 activities have no Accountable partner: assign one in the role matrix");
    REQUIRE(d.findings.size() == 2);
    CHECK(d.findings[0].text == "'Activity a2': no Accountable partner");
    CHECK(d.entities == std::vector<insights::EntityRef>{{EntityKind::Activity, "a2"}, {EntityKind::Activity, "a3"}});
}

TEST_CASE("several Accountable partners and no Responsible one are steps of their own", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::RoleClarity, 2, 2);
    add_activity(plan, "a1", {{"acme", Role::Accountable}, {"beta", Role::Accountable}});  // two As, no R
    const auto d = evidence_of(plan);
    CHECK(d.findings[0].text == "'Activity a1': 2 Accountable partners, no Responsible partner");
    CHECK(d.next_steps == std::vector<std::string>{
                             "1 activity has more than one Accountable partner: agree which one keeps the A",
                             "1 activity has no Responsible partner: name who does the work in the role matrix"});
    CHECK(d.match == Match::Consistent);  // a concern (2.0) the matrix confirms
}

TEST_CASE("role clarity rated a concern over a clean role matrix is a mismatch the other way", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::RoleClarity, 2, 2);  // mean 2.0: a concern
    add_activity(plan, "a1", {{"acme", Role::Accountable}, {"beta", Role::Responsible}});
    const auto d = evidence_of(plan);
    CHECK(d.state == EvidenceState::Clean);
    CHECK(d.match == Match::RatedLowButClean);
    CHECK(d.evidence == "each of the 1 activity has exactly one Accountable and at least one Responsible partner");
    REQUIRE(d.next_steps.size() == 1);
    CHECK_THAT(d.next_steps[0], Catch::StartsWith("The plan shows no problem here: ask what feels unclear"));
    CHECK(d.entities.empty());
}

TEST_CASE("a borderline rating agrees with any evidence", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::RoleClarity, 3, 4);  // mean 3.5
    add_activity(plan, "a1", {{"acme", Role::Responsible}});
    CHECK(evidence_of(plan).match == Match::Borderline);
}

TEST_CASE("a dimension nobody rated still shows its evidence", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::RoleClarity, 0, 0);
    add_activity(plan, "a1", {{"acme", Role::Responsible}});
    const auto d = evidence_of(plan);
    CHECK_FALSE(d.mean.has_value());
    CHECK(d.match == Match::NotRated);
    CHECK(d.state == EvidenceState::Problems);
    CHECK(d.headline == "'Role clarity' was not rated in the latest round; 1 of 1 activity lacks exactly one Accountable or a Responsible partner");
}

TEST_CASE("an empty role matrix has nothing to check and nothing to compare", "[insights][evidence]") {
    const auto d = evidence_of(rated(DimensionTopic::RoleClarity, 1, 1));
    CHECK(d.state == EvidenceState::NothingToCheck);
    CHECK(d.match == Match::Unchecked);
    CHECK_FALSE(d.mismatch());
}

TEST_CASE("communication: an overdue check-in and missed ones in the window are the evidence", "[insights][evidence]") {
    // Created 2025-01-01, today 2025-03-10: a window of 68 days (shorter than 90); a 14-day cadence
    // asks for 68 / 14 = 4 check-ins, 2 were held: 2 missed. The last, 2025-02-15, made the next
    // due on 2025-03-01: 9 days overdue.
    Plan plan = rated(DimensionTopic::Communication, 5, 4);
    add_checkin(plan, "c1", "2025-02-01");
    add_checkin(plan, "c2", "2025-02-15");
    const auto d = evidence_of(plan);
    CHECK(d.problems == 2);
    CHECK(d.match == Match::RatedHighButProblems);
    REQUIRE(d.findings.size() == 2);
    CHECK(d.findings[0].text == "the next check-in is 9 days overdue (due 2025-03-01, every 14 days)");
    CHECK(d.findings[1].text == "2 check-ins held in the last 68 days where the cadence asks for 4");
    CHECK(d.next_steps == std::vector<std::string>{
                             "The next check-in is 9 days overdue: hold one and log it under Check-ins",
                             "2 check-ins were missed in the last 68 days: keep the 14-day cadence, or agree a new one under Communication"});
    CHECK(d.entities == std::vector<insights::EntityRef>{{EntityKind::Communication, ""}, {EntityKind::CheckIn, "c2"}});
}

TEST_CASE("communication: check-ins kept to the cadence are clean evidence", "[insights][evidence]") {
    // Window 19 days (since creation): the cadence asks for 1, 1 was held; the next is due 01-24.
    Plan plan = rated(DimensionTopic::Communication, 2, 2);
    plan.rounds[0].date = day("2025-01-12");
    add_checkin(plan, "c1", "2025-01-10");
    const auto d = evidence_of(plan, "2025-01-20");
    CHECK(d.state == EvidenceState::Clean);
    CHECK(d.evidence == "check-ins are on time: 1 check-in held in the last 19 days, the next due 2025-01-24");
    CHECK(d.match == Match::RatedLowButClean);
}

TEST_CASE("shared goals: open goals without an owner, a due date, or key results without a metric", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::SharedGoals, 4, 4);
    add_goal(plan, "vision", "", GoalKind::VisionAnchor);  // anchors are left out
    Goal& fine = add_goal(plan, "o1", "vision");
    fine.owners = {"acme"};
    fine.due = day("2025-12-31");
    Goal& kr = add_goal(plan, "k1", "o1", GoalKind::KeyResult);  // no metric
    kr.owners = {"beta"};
    kr.due = day("2025-12-31");
    add_goal(plan, "i1", "o1", GoalKind::Initiative).due = day("2025-12-31");  // no owner
    Goal& done = add_goal(plan, "i2", "o1", GoalKind::Initiative);             // done: left out
    done.status = GoalStatus::Done;
    add_goal(plan, "o2", "vision").owners = {"acme"};  // no due date
    const auto d = evidence_of(plan);
    CHECK(d.evidence == "3 of 4 open goals lack an owner, a metric or a due date");
    CHECK(d.match == Match::RatedHighButProblems);
    CHECK(d.next_steps == std::vector<std::string>{"1 open goal has no owner: name one in the goal tree",
                                                   "1 key result has no metric: give each a unit, a baseline and a target",
                                                   "1 open goal has no due date: agree one"});
    CHECK(d.entities == std::vector<insights::EntityRef>{{EntityKind::Goal, "k1"}, {EntityKind::Goal, "i1"}, {EntityKind::Goal, "o2"}});
}

TEST_CASE("mutual benefit: a partner whose share of the gains trails its contributions by 10 points", "[insights][evidence]") {
    // Acme puts in 6 of 10 (60%) and gets 4 of 10 (40%): 20 points short. Beta gets more than it gives.
    Plan plan = rated(DimensionTopic::MutualBenefit, 4, 5);
    add_value(plan, "v1", "acme", ValueFlow::Contributes, 6);
    add_value(plan, "v2", "acme", ValueFlow::Gains, 4);
    add_value(plan, "v3", "beta", ValueFlow::Contributes, 4);
    add_value(plan, "v4", "beta", ValueFlow::Gains, 6);
    const auto d = evidence_of(plan);
    REQUIRE(d.findings.size() == 1);
    CHECK(d.findings[0].text == "Acme puts in 60% of the contributions and gets 40% of the gains");
    CHECK(d.entities == std::vector<insights::EntityRef>{{EntityKind::Partner, "acme"}, {EntityKind::ValueItem, "v1"}, {EntityKind::ValueItem, "v2"}});
    CHECK(d.next_steps[0] == "Acme puts in 60% and gets 40%: agree what more it should gain, and record it under Exchange of value");
    CHECK(d.evidence == "1 partner gets a smaller share of the gains than it puts in (balance 80)");
    CHECK(d.match == Match::RatedHighButProblems);
}

TEST_CASE("mutual benefit: exactly 10 points short counts, 9 do not", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::MutualBenefit, 4, 4);
    add_value(plan, "v1", "acme", ValueFlow::Contributes, 55);  // 55% against 45%: 10 points
    add_value(plan, "v2", "acme", ValueFlow::Gains, 45);
    add_value(plan, "v3", "beta", ValueFlow::Contributes, 45);
    add_value(plan, "v4", "beta", ValueFlow::Gains, 55);
    CHECK(evidence_of(plan).problems == 1);
    plan.exchange[0].amount = 54;  // 54 of 99 = 54.5% against 45%: 9.5 points
    plan.exchange[2].amount = 45;
    CHECK(evidence_of(plan).state == EvidenceState::Clean);
}

TEST_CASE("commitment: actions past their due date and overdue goals", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::Commitment, 5, 5);
    add_checkin(plan, "c1", "2025-03-01").actions = {action("Send the draft", day("2025-03-05"), false, "beta")};
    Goal& late = add_goal(plan, "g1");
    late.due = day("2025-03-02");  // 8 days overdue on 2025-03-10
    const auto d = evidence_of(plan);
    CHECK(d.problems == 2);
    CHECK(d.evidence == "1 action and 1 goal are past the due date");
    CHECK(d.findings[0].text == "action 'Send the draft' is 5 days past its due date (Beta)");
    CHECK(d.findings[1].text == "goal 'Goal g1' is 8 days overdue");
    CHECK(d.next_steps == std::vector<std::string>{"1 action is past the due date: settle or re-date it at the check-in",
                                                   "1 goal is overdue: finish, re-plan or drop it in the goal tree"});
    CHECK(d.entities == std::vector<insights::EntityRef>{{EntityKind::CheckIn, "c1"}, {EntityKind::Goal, "g1"}});
}

TEST_CASE("values: shared values some partner has not endorsed", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::Values, 4, 4);
    Value open;
    open.id = "open";
    open.name = "Openness";
    open.endorsed_by = {"acme"};
    plan.values.push_back(open);
    const auto d = evidence_of(plan);
    CHECK(d.findings[0].text == "'Openness' is not endorsed by Beta");
    CHECK(d.evidence == "1 of 1 shared value is not endorsed by every partner");
    CHECK(d.match == Match::RatedHighButProblems);
}

TEST_CASE("conflict resolution: no escalation path and areas without a decision rule", "[insights][evidence]") {
    Plan plan = rated(DimensionTopic::ConflictResolution, 4, 4);
    add_activity(plan, "a1", {}).area = "Ops";
    add_activity(plan, "a2", {}).area = "Finance";
    DecisionRule rule;
    rule.id = "r1";
    rule.area = " ops ";  // the same area, case-folded and trimmed
    plan.decision_rules.push_back(rule);
    const auto d = evidence_of(plan);
    REQUIRE(d.findings.size() == 2);
    CHECK(d.findings[0].text == "no escalation path is written down");
    CHECK(d.findings[1].text == "activity area 'Finance' has no decision rule");
    CHECK(d.entities == std::vector<insights::EntityRef>{{EntityKind::Activity, "a2"}});
}

TEST_CASE("trust has no evidence in the plan, and says so", "[insights][evidence]") {
    const auto d = evidence_of(rated(DimensionTopic::Trust, 1, 1));
    CHECK(d.state == EvidenceState::NoEvidence);
    CHECK(d.match == Match::Unchecked);
    CHECK(d.headline == "'Trust' is rated a concern (1.0); the plan holds no evidence on this: only a conversation tells");
}

TEST_CASE("mismatches are listed in plan order, for the latest rated round", "[insights][evidence]") {
    Plan plan = two_partner_plan();
    add_dimension(plan, "trust", "Trust");
    add_dimension(plan, "roles", "role clarity");  // no topic: matched by name
    add_dimension(plan, "comm", "Communication");
    add_activity(plan, "a1", {{"acme", Role::Responsible}});
    add_round(plan, "q0", "2025-01-15", {rating("roles", "acme", 1), rating("roles", "beta", 1)});
    add_round(plan, "q1", "2025-02-15", {rating("roles", "acme", 5), rating("roles", "beta", 5), rating("comm", "acme", 5),
                                         rating("comm", "beta", 5)});
    require_valid(plan);
    const auto report = insights::compare_evidence(plan, scoring::score_plan(plan, day("2025-02-20")));
    CHECK(report.round == "q1");
    CHECK(report.dimensions[1].topic_from_name);
    // Role clarity rated 5 over an activity without an A; communication rated 5 with no check-in
    // since the plan was created (due 2025-01-15). The first round's ratings no longer count.
    CHECK(report.mismatches == std::vector<size_t>{1, 2});
}
