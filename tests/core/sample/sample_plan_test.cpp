// assets/sample.accord.json is what "Open sample" shows, what the dashboard tests and benchmarks
// read, and what a new user learns from. These cases pin the situations it was written to show
// (DESIGN.md, "Scoring" and "Beyond the usual tools"), with the figures worked out from the file.
#include <algorithm>
#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "../io/fixtures.hpp"
#include "core/io/plan_file.hpp"
#include "core/model/validate.hpp"

using namespace accord;

namespace {

const Date kToday = *Date::from_ymd(2026, 11, 23);

const Plan& sample() {
    static const Plan plan = [] {
        auto result = io::import_plan(test::read_source_file("assets/sample.accord.json"));
        REQUIRE(result.ok());
        return *result.plan;
    }();
    return plan;
}

const Goal& goal_titled(const std::string& title) {
    const auto& goals = sample().goals;
    const auto it = std::find_if(goals.begin(), goals.end(), [&](const Goal& g) { return g.title == title; });
    REQUIRE(it != goals.end());
    return *it;
}

int count_role(const Activity& activity, Role role) {
    return static_cast<int>(std::count_if(activity.roles.begin(), activity.roles.end(),
                                          [&](const RoleAssignment& r) { return r.role == role; }));
}

struct Spread {
    double mean;
    int spread;
};

Spread scores_of(const AssessmentRound& round, const std::string& dimension_name) {
    const Plan& plan = sample();
    const auto dim = std::find_if(plan.dimensions.begin(), plan.dimensions.end(),
                                  [&](const Dimension& d) { return d.name == dimension_name; });
    REQUIRE(dim != plan.dimensions.end());
    int low = 5, high = 1, sum = 0;
    for (const Partner& p : plan.partners) {
        const Rating* r = round.find(dim->id, p.id);
        REQUIRE(r);
        low = std::min(low, r->score);
        high = std::max(high, r->score);
        sum += r->score;
    }
    return {static_cast<double>(sum) / static_cast<double>(plan.partners.size()), high - low};
}

}  // namespace

TEST_CASE("the sample is a valid joint venture of three partners with names beyond ASCII", "[sample]") {
    const Plan& plan = sample();
    CHECK(validate(plan).empty());
    REQUIRE(plan.partners.size() == 3);
    CHECK(plan.partners[0].name == "Sonnenfeld Energie eG");
    CHECK(plan.partners[1].name == "Wisła Grid Sp. z o.o.");
    CHECK(plan.partners[2].name == "Tartu Ülikool — Energy Lab");
    CHECK(format_instant(plan.created).substr(0, 10) == "2026-01-12");
    CHECK(Date::from_unix_ms(plan.modified) <= kToday);
}

TEST_CASE("the sample's vision names a glossary term, and its glossary has a double and a dispute", "[sample]") {
    const Plan& plan = sample();
    CHECK_FALSE(plan.vision.mission.empty());
    CHECK_FALSE(plan.vision.why.empty());
    CHECK(plan.vision.horizon == "End of 2027");
    CHECK(plan.vision.statement.find("community battery") != std::string::npos);
    CHECK(std::any_of(plan.glossary.begin(), plan.glossary.end(), [](const GlossaryTerm& t) { return t.term == "Community battery"; }));

    std::map<std::string, std::vector<std::string>> definitions;
    int disputed = 0;
    for (const auto& t : plan.glossary) {
        definitions[t.term].push_back(t.definition);
        disputed += t.disputed;
    }
    CHECK(plan.glossary.size() == 7);
    REQUIRE(definitions["Peak shaving"].size() == 2);
    CHECK(definitions["Peak shaving"][0] != definitions["Peak shaving"][1]);
    CHECK(disputed == 1);

    REQUIRE(plan.values.size() == 5);
    for (const auto& v : plan.values) CHECK_FALSE(v.endorsed_by.empty());
}

TEST_CASE("the sample's goal tree: an anchor, four objectives, key results with metrics, initiatives", "[sample]") {
    const Plan& plan = sample();
    REQUIRE(plan.goals.size() == 20);
    const auto roots = plan.children_of("");
    REQUIRE(roots.size() == 1);
    CHECK(roots[0]->kind == GoalKind::VisionAnchor);
    const auto objectives = plan.children_of(roots[0]->id);
    CHECK(objectives.size() == 4);
    for (const Goal* o : objectives) {
        CHECK(o->kind == GoalKind::Objective);
        for (const Goal* child : plan.children_of(o->id)) CHECK(child->kind != GoalKind::Objective);
    }
    int increasing = 0, decreasing = 0;
    for (const Goal& g : plan.goals) {
        if (g.kind == GoalKind::KeyResult) REQUIRE(g.metric);
        if (g.metric) {
            (g.metric->direction == Direction::Increase ? increasing : decreasing) += 1;
            CHECK_FALSE(g.metric->history.empty());
        }
        REQUIRE(g.start);
        REQUIRE(g.due);
        CHECK(g.start->year() >= 2026);
        CHECK(g.due->year() <= 2027);
    }
    CHECK(increasing == 5);  // capacity, permit steps, households, papers, investing members
    CHECK(decreasing == 2);  // evening peak, forecast error

    const Goal& peak = goal_titled("Evening peak load at the substation");
    CHECK(peak.metric->direction == Direction::Decrease);
    CHECK(peak.metric->baseline == 820);
    CHECK(peak.metric->target == 650);
    CHECK(peak.metric->current == 760);
    CHECK(peak.metric->history.back().value == peak.metric->current);
}

TEST_CASE("the sample has one goal without owner or metric, and one overdue goal on 2026-11-23", "[sample]") {
    std::vector<std::string> orphans, overdue;
    for (const Goal& g : sample().goals) {
        if (g.owners.empty() && !g.metric) orphans.push_back(g.title);
        const bool finished = g.status == GoalStatus::Done || g.status == GoalStatus::Dropped;
        if (g.due && *g.due < kToday && !finished) overdue.push_back(g.title);
    }
    CHECK(orphans == std::vector<std::string>{"Community information evenings"});
    CHECK(overdue == std::vector<std::string>{"Prepare the grid connection application"});
}

TEST_CASE("the sample's role matrix has each of the real problems the role check looks for", "[sample]") {
    const Plan& plan = sample();
    REQUIRE(plan.activities.size() == 10);
    std::vector<std::string> no_a, two_a, no_r, all_consulted;
    for (const Activity& a : plan.activities) {
        CHECK(a.roles.size() == 3);
        if (count_role(a, Role::Accountable) == 0) no_a.push_back(a.name);
        if (count_role(a, Role::Accountable) >= 2) two_a.push_back(a.name);
        if (count_role(a, Role::Responsible) == 0) no_r.push_back(a.name);
        if (count_role(a, Role::Consulted) == 3) all_consulted.push_back(a.name);
    }
    // Everyone only consulted also means nobody accountable or responsible.
    CHECK(no_a == std::vector<std::string>{"Site preparation and civil works", "Safety case and fire protection"});
    CHECK(two_a == std::vector<std::string>{"Energy management software"});
    CHECK(no_r == std::vector<std::string>{"Tariff design", "Safety case and fire protection"});
    CHECK(all_consulted == std::vector<std::string>{"Safety case and fire protection"});

    CHECK(plan.decision_rules.size() == 6);
    CHECK(plan.contacts.size() == 4);
    REQUIRE(plan.escalation.size() == 3);
    CHECK(plan.escalation[0].within_days == 7);
    CHECK(plan.escalation[1].within_days == 14);
    CHECK(plan.escalation[2].within_days == 30);
}

TEST_CASE("the sample's alignment: a gap, a hidden disagreement and low role clarity in the autumn round", "[sample]") {
    const Plan& plan = sample();
    std::vector<std::string> names;
    for (const auto& d : plan.dimensions) names.push_back(d.name);
    CHECK(names == default_dimension_names());
    REQUIRE(plan.rounds.size() == 2);
    CHECK(plan.rounds[0].date.iso() == "2026-03-16");
    CHECK(plan.rounds[1].date.iso() == "2026-09-15");
    for (const auto& round : plan.rounds) CHECK(round.ratings.size() == 30);

    const AssessmentRound& autumn = plan.rounds[1];
    // Communication 4, 2, 4: spread 2 (a gap is 1.5 or more), the only one in the round.
    CHECK(scores_of(autumn, "Communication").spread == 2);
    int gaps = 0;
    for (const auto& name : names) gaps += scores_of(autumn, name).spread >= 2;
    CHECK(gaps == 1);
    // Commitment 5, 4, 5: mean 14 / 3 = 4.67, a strength, yet two partners one point apart.
    CHECK(scores_of(autumn, "Commitment").mean == Approx(14.0 / 3));
    CHECK(scores_of(autumn, "Commitment").spread == 1);
    // Role clarity 2, 2, 3: mean 7 / 3 = 2.33, a concern.
    CHECK(scores_of(autumn, "Role clarity").mean == Approx(7.0 / 3));
    int commented = 0;
    for (const auto& round : plan.rounds)
        for (const auto& r : round.ratings) commented += !r.comment.empty();
    CHECK(commented == 9);  // both sides of the autumn communication gap explain themselves
}

TEST_CASE("the sample's risks include one high open risk without a contingency", "[sample]") {
    const Plan& plan = sample();
    REQUIRE(plan.risks.size() == 8);
    std::vector<std::string> exposed;
    for (const Risk& r : plan.risks)
        if (r.status == RiskStatus::Open && r.likelihood * r.impact >= 15 && r.contingency.empty()) exposed.push_back(r.title);
    CHECK(exposed == std::vector<std::string>{"Grid operator refuses the connection at the planned point"});
}

TEST_CASE("the sample's check-ins are overdue on 2026-11-23 and leave an action past its date", "[sample]") {
    const Plan& plan = sample();
    CHECK(plan.communication.cadence_days == 14);
    REQUIRE(plan.checkins.size() == 6);
    // The last check-in, 2026-10-27, is 4 days before November plus 23 = 27 days before today.
    CHECK(kToday - plan.checkins.back().date == 27);
    std::vector<std::string> late;
    for (const auto& c : plan.checkins)
        for (const auto& a : c.actions)
            if (!a.done && a.due && *a.due < kToday) late.push_back(a.text);
    CHECK(late == std::vector<std::string>{"Send the revised grid connection application to the DSO"});
}

TEST_CASE("the sample's exchange of value is a little lopsided, and there is one review", "[sample]") {
    const Plan& plan = sample();
    std::map<Id, double> gives, gets;
    for (const auto& item : plan.exchange) (item.flow == ValueFlow::Contributes ? gives : gets)[item.partner] += item.amount;
    const Id& s = plan.partners[0].id;
    const Id& w = plan.partners[1].id;
    const Id& t = plan.partners[2].id;
    CHECK(gives[s] == 12);  // 5 + 4 + 3
    CHECK(gets[s] == 7);    // 4 + 3
    CHECK(gives[w] == 7);
    CHECK(gets[w] == 8);
    CHECK(gives[t] == 6);
    CHECK(gets[t] == 9);
    REQUIRE(plan.reviews.size() == 1);
    CHECK(plan.reviews[0].date.iso() == "2026-09-22");
}
