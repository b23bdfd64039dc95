// The next check-in's agenda (core/insights/agenda.hpp, docs/insights.md "The agenda").
#include <catch2/catch.hpp>

#include "../scoring/plan_builder.hpp"
#include "core/insights/agenda.hpp"
#include "core/insights/insights.hpp"

using namespace accord;
using namespace accord::test;
using insights::AgendaKind;

namespace {

insights::Agenda agenda_of(const Plan& plan, const char* today = "2025-03-10") {
    require_valid(plan);
    const auto scores = scoring::score_plan(plan, day(today));
    return insights::compute_insights(plan, scores).agenda;
}

std::vector<AgendaKind> kinds(const insights::Agenda& agenda) {
    std::vector<AgendaKind> out;
    for (const auto& item : agenda.items) out.push_back(item.kind);
    return out;
}

// Something of every kind: a disagreement, ratings the plan contradicts, an overdue goal and
// action, a high risk without a contingency and an outdated approval.
Plan busy_plan() {
    Plan plan = two_partner_plan();
    add_dimension(plan, "comm", "Communication").topic = DimensionTopic::Communication;
    add_dimension(plan, "roles", "Role clarity").topic = DimensionTopic::RoleClarity;
    add_round(plan, "q1", "2025-02-15",
              {rating("comm", "acme", 5, "All good"), rating("comm", "beta", 3, "We hear of things late"),
               rating("roles", "acme", 5), rating("roles", "beta", 5)});
    add_activity(plan, "a1", {{"acme", Role::Responsible}});
    add_goal(plan, "g1").due = day("2025-03-02");  // 8 days overdue
    add_checkin(plan, "c1", "2025-03-01").actions = {action("Send the draft", day("2025-03-05"), false, "beta")};  // 5 days
    add_risk(plan, "r1", 4, 5).title = "Supplier fails";
    Plan earlier = plan;
    earlier.title = "Earlier title";
    IdSource ids(5);
    plan.approvals.push_back(insights::approve(earlier, "acme", instant_of("2025-03-03"), "", ids));
    return plan;
}

}  // namespace

TEST_CASE("the agenda puts disagreements, then mismatches, overdue work, risks and approvals", "[insights][agenda]") {
    const auto agenda = agenda_of(busy_plan());
    CHECK(kinds(agenda) == std::vector<AgendaKind>{AgendaKind::Disagreement, AgendaKind::EvidenceMismatch,
                                                   AgendaKind::EvidenceMismatch, AgendaKind::Overdue, AgendaKind::Overdue,
                                                   AgendaKind::RiskWithoutContingency, AgendaKind::ApprovalOutdated});
    CHECK(agenda.items[0].title == "Talk through 'Communication': Acme rated 5, Beta rated 3");
    CHECK(agenda.items[0].detail == "Acme: \u201cAll good\u201d. Beta: \u201cWe hear of things late\u201d. Mean 4.0, which reads as a strength and hides the difference.");
    CHECK(agenda.items[0].section == insights::Section::Alignment);
    CHECK(agenda.items[1].title == "'Communication' is rated high, but the plan shows problems");
    CHECK(agenda.items[2].title == "'Role clarity' is rated high, but the plan shows problems");
    CHECK(agenda.items[3].title == "Goal 'Goal g1' is 8 days overdue");  // 8 days before 5
    CHECK(agenda.items[4].title == "Action 'Send the draft' is 5 days past its due date");
    CHECK(agenda.items[4].entities == std::vector<insights::EntityRef>{{insights::EntityKind::CheckIn, "c1"},
                                                                       {insights::EntityKind::Partner, "beta"}});
    CHECK(agenda.items[5].title == "Risk 'Supplier fails' (exposure 20) has no contingency plan");
    CHECK(agenda.items[6].title == "Approve the plan: no version of it has been approved by every partner yet");
    CHECK(agenda.items[6].detail == "Approved an earlier version: Acme (2025-03-03). Not approved yet: Beta.");
}

TEST_CASE("one-point differences without comments share one agenda item", "[insights][agenda]") {
    Plan plan = two_partner_plan();
    add_dimension(plan, "trust", "Trust");
    add_dimension(plan, "values", "Values");
    add_round(plan, "q1", "2025-02-15",
              {rating("trust", "acme", 4), rating("trust", "beta", 3), rating("values", "acme", 3), rating("values", "beta", 2)});
    const auto agenda = agenda_of(plan);
    const auto first = std::find_if(agenda.items.begin(), agenda.items.end(),
                                    [](const insights::AgendaItem& i) { return i.kind == AgendaKind::Disagreement; });
    REQUIRE(first != agenda.items.end());
    CHECK(first->title == "Ask about the smaller differences in 'Trust', 'Values'");
    CHECK(first->detail == "Trust: Acme 4, Beta 3; Values: Acme 3, Beta 2.");
    CHECK(std::count_if(agenda.items.begin(), agenda.items.end(),
                        [](const insights::AgendaItem& i) { return i.kind == AgendaKind::Disagreement; }) == 1);
}

TEST_CASE("a plan every partner approved as it is has no approval item", "[insights][agenda]") {
    Plan plan = two_partner_plan();
    IdSource ids(9);
    plan.approvals.push_back(insights::approve(plan, "acme", instant_of("2025-03-01"), "", ids));
    plan.approvals.push_back(insights::approve(plan, "beta", instant_of("2025-03-02"), "", ids));
    for (const auto& item : agenda_of(plan).items) CHECK(item.kind != AgendaKind::ApprovalOutdated);
}

TEST_CASE("the agenda as plain text: heading, due date, numbered items with indented details", "[insights][agenda]") {
    insights::Agenda agenda;
    agenda.plan_title = "Pilot";
    agenda.today = day("2025-03-10");
    agenda.due = day("2025-03-01");
    agenda.items.push_back({AgendaKind::Overdue, insights::Section::Goals, "Goal 'X' is 8 days overdue", "Due 2025-03-02.\nAsk why.", {}});
    CHECK(insights::agenda_to_text(agenda) ==
          "Agenda for the next check-in: Pilot\n"
          "Due 2025-03-01 (9 days overdue on 2025-03-10)\n"
          "\n"
          "1. [Goal tree] Goal 'X' is 8 days overdue\n"
          "   Due 2025-03-02. Ask why.\n");
}

TEST_CASE("an agenda with nothing on it says so", "[insights][agenda]") {
    insights::Agenda agenda;
    agenda.plan_title = "Pilot";
    CHECK(insights::agenda_to_text(agenda) ==
          "Agenda for the next check-in: Pilot\n\nNothing needs talking about: a good time to look ahead.\n");
}
