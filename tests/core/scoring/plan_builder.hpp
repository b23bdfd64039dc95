#pragma once
// Small plans for the scoring tests, built in C++ with readable ids ("acme", "g1"): ids only need
// to be unique, so a test reads like the situation it describes.
//
// The add_* helpers return a reference into the plan's vector: use it before adding the next
// entity of the same kind.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "core/model/plan.hpp"
#include "core/model/validate.hpp"

namespace accord::test {

inline Date day(const char* iso) {
    const auto date = Date::parse(iso);
    REQUIRE(date);
    return *date;
}

inline Instant instant_of(const char* iso) { return static_cast<Instant>(day(iso).days) * 86400000; }

// A plan created on 2025-01-01 by two partners, Acme and Beta.
inline Plan two_partner_plan() {
    Plan plan;
    plan.id = "plan";
    plan.title = "Pilot partnership";
    plan.created = instant_of("2025-01-01");
    for (const auto& [id, name] : {std::pair<const char*, const char*>{"acme", "Acme"}, {"beta", "Beta"}}) {
        Partner partner;
        partner.id = id;
        partner.name = name;
        plan.partners.push_back(partner);
    }
    return plan;
}

inline Partner& add_partner(Plan& plan, const Id& id, const std::string& name) {
    Partner partner;
    partner.id = id;
    partner.name = name;
    plan.partners.push_back(partner);
    return plan.partners.back();
}

// A goal titled after its id ("Goal g1"), owned by nobody, without dates.
inline Goal& add_goal(Plan& plan, const Id& id, const Id& parent = "", GoalKind kind = GoalKind::Objective) {
    Goal goal;
    goal.id = id;
    goal.title = "Goal " + id;
    goal.parent = parent;
    goal.kind = kind;
    plan.goals.push_back(goal);
    return plan.goals.back();
}

inline Metric metric(double baseline, double target, double current, Direction direction = Direction::Increase,
                     const std::string& unit = "users") {
    Metric m;
    m.baseline = baseline;
    m.target = target;
    m.current = current;
    m.direction = direction;
    m.unit = unit;
    return m;
}

inline Activity& add_activity(Plan& plan, const Id& id, std::vector<std::pair<Id, Role>> roles) {
    Activity activity;
    activity.id = id;
    activity.name = "Activity " + id;
    for (auto& [partner, role] : roles) activity.roles.push_back({partner, role});
    plan.activities.push_back(activity);
    return plan.activities.back();
}

inline Dimension& add_dimension(Plan& plan, const Id& id, const std::string& name) {
    Dimension dimension;
    dimension.id = id;
    dimension.name = name;
    plan.dimensions.push_back(dimension);
    return plan.dimensions.back();
}

inline Rating rating(const Id& dimension, const Id& partner, int score, const std::string& comment = "") {
    Rating r;
    r.dimension = dimension;
    r.partner = partner;
    r.score = score;
    r.comment = comment;
    return r;
}

inline AssessmentRound& add_round(Plan& plan, const Id& id, const char* date, std::vector<Rating> ratings) {
    AssessmentRound round;
    round.id = id;
    round.title = "Round " + id;
    round.date = day(date);
    round.ratings = std::move(ratings);
    plan.rounds.push_back(round);
    return plan.rounds.back();
}

inline Risk& add_risk(Plan& plan, const Id& id, int likelihood, int impact, const std::string& contingency = "",
                      RiskStatus status = RiskStatus::Open) {
    Risk risk;
    risk.id = id;
    risk.title = "Risk " + id;
    risk.likelihood = likelihood;
    risk.impact = impact;
    risk.contingency = contingency;
    risk.status = status;
    plan.risks.push_back(risk);
    return plan.risks.back();
}

inline CheckIn& add_checkin(Plan& plan, const Id& id, const char* date) {
    CheckIn checkin;
    checkin.id = id;
    checkin.date = day(date);
    plan.checkins.push_back(checkin);
    return plan.checkins.back();
}

inline Action action(const std::string& text, std::optional<Date> due, bool done = false, const Id& owner = "") {
    Action a;
    a.text = text;
    a.due = due;
    a.done = done;
    a.owner = owner;
    return a;
}

inline ValueItem& add_value(Plan& plan, const Id& id, const Id& partner, ValueFlow flow, double amount) {
    ValueItem item;
    item.id = id;
    item.partner = partner;
    item.flow = flow;
    item.description = "Value " + id;
    item.amount = amount;
    plan.exchange.push_back(item);
    return plan.exchange.back();
}

// A small plan with something in every section, scored on 2025-03-10 in the integration tests:
// a vision anchor with two objectives (one behind, one done), two activities (one unclear), one
// round of ratings, two risks, a check-in on 2025-03-01 and a lopsided exchange.
inline Plan sample_plan() {
    Plan plan = two_partner_plan();
    plan.communication.cadence_days = 14;
    add_goal(plan, "vision", "", GoalKind::VisionAnchor).title = "Healthy towns";
    Goal& clinics = add_goal(plan, "clinics", "vision");
    clinics.title = "Clinics signed up";
    clinics.description = "Sign up 90 clinics in the northern region";
    clinics.metric = metric(40, 90, 50, Direction::Increase, "clinics");  // 20%
    clinics.owners = {"acme"};
    clinics.confidence = 0.7;
    clinics.start = day("2025-01-01");
    clinics.due = day("2025-03-02");  // overdue by 8 days on 2025-03-10
    clinics.status = GoalStatus::InProgress;
    Goal& launch = add_goal(plan, "launch", "vision");
    launch.title = "Launch event";
    launch.status = GoalStatus::Done;
    launch.due = day("2025-02-01");
    add_activity(plan, "outreach", {{"acme", Role::Accountable}, {"beta", Role::Responsible}}).name = "Outreach";
    add_activity(plan, "billing", {{"acme", Role::Responsible}, {"beta", Role::Responsible}}).name = "Billing";
    add_dimension(plan, "trust", "Trust");
    add_dimension(plan, "values", "Values");
    add_round(plan, "q1", "2025-02-15",
              {rating("trust", "acme", 5, "Open books"), rating("trust", "beta", 4, "Some delays"),
               rating("values", "acme", 3), rating("values", "beta", 3)});
    add_risk(plan, "supplier", 4, 5).title = "Supplier fails";  // high, no contingency: -25
    add_risk(plan, "funding", 2, 2, "Bridge loan").title = "Funding gap";  // low
    add_checkin(plan, "c1", "2025-03-01").actions = {action("Send the draft", day("2025-03-05"), false, "beta")};
    add_value(plan, "v1", "acme", ValueFlow::Contributes, 6);
    add_value(plan, "v2", "acme", ValueFlow::Gains, 4);
    add_value(plan, "v3", "beta", ValueFlow::Contributes, 4);
    add_value(plan, "v4", "beta", ValueFlow::Gains, 6);
    return plan;
}

// The reasons as one text, one per line, for CHECK_THAT(..., Contains("...")): tests pin the key
// words of a reason (they are for people), and a failure prints them all.
inline std::string joined(const std::vector<std::string>& reasons) {
    std::string out;
    for (const auto& reason : reasons) out += reason + "\n";
    return out;
}

// The fixtures are valid plans, so the scores are tested on what the app can really hold.
inline void require_valid(const Plan& plan) {
    const auto problems = validate(plan);
    INFO((problems.empty() ? std::string() : problems.front().text()));
    REQUIRE(problems.empty());
}

}  // namespace accord::test
