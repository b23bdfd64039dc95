// Edits through commands: each refuses what would break the plan, cascades what a removal leaves
// behind, and undoes and redoes exactly.
#include <catch2/catch.hpp>

#include "core/commands/edits.hpp"
#include "core/model/collections.hpp"

using namespace accord;

namespace {

const EditContext kAnna{"p-anna", 1000};
const EditContext kBen{"p-ben", 2000};

Goal goal(const char* id, const char* parent, const char* title) {
    Goal g;
    g.id = id;
    g.parent = parent;
    g.title = title;
    return g;
}

// Two partners; goals vision > {growth > {pilot}, people}; an activity linked to the pilot with a
// role for each partner; one dimension rated by both; a contact, risk, check-in, value item and
// approval that name Anna.
Plan small_plan() {
    Plan plan;
    plan.id = "plan";
    plan.title = "Battery pilot";
    plan.partners.resize(2);
    plan.partners[0].id = "p-anna";
    plan.partners[0].name = "Anna";
    plan.partners[1].id = "p-ben";
    plan.partners[1].name = "Ben";
    plan.goals = {goal("vision", "", "Vision"), goal("growth", "vision", "Growth"), goal("pilot", "growth", "Pilot"),
                  goal("people", "vision", "People")};
    plan.goals[2].owners = {"p-anna", "p-ben"};
    Activity a;
    a.id = "build";
    a.name = "Build the site";
    a.goal = "pilot";
    a.roles = {{"p-anna", Role::Accountable, nlohmann::json::object()}, {"p-ben", Role::Responsible, nlohmann::json::object()}};
    plan.activities = {a};
    Dimension d;
    d.id = "trust";
    d.name = "Trust";
    plan.dimensions = {d};
    AssessmentRound r;
    r.id = "spring";
    r.title = "Spring";
    r.date = *Date::parse("2026-03-01");
    r.ratings = {{"trust", "p-anna", 4, "", nlohmann::json::object()}, {"trust", "p-ben", 2, "", nlohmann::json::object()}};
    plan.rounds = {r};
    Contact c;
    c.id = "c1";
    c.partner = "p-anna";
    c.name = "Anna's deputy";
    plan.contacts = {c};
    Risk risk;
    risk.id = "r1";
    risk.title = "Permit delay";
    risk.owner = "p-anna";
    plan.risks = {risk};
    CheckIn ci;
    ci.id = "ci1";
    ci.date = *Date::parse("2026-04-01");
    ci.attendees = {"p-anna", "p-ben"};
    ci.actions = {Action{"Send the permit", "p-anna", std::nullopt, false, nlohmann::json::object()}};
    plan.checkins = {ci};
    ValueItem v;
    v.id = "v1";
    v.partner = "p-anna";
    v.description = "Land";
    plan.exchange = {v};
    Approval ap;
    ap.id = "ap1";
    ap.partner = "p-anna";
    ap.fingerprint = std::string(64, 'a');
    plan.approvals = {ap};
    REQUIRE(validate(plan).empty());
    return plan;
}

std::vector<Id> ids(const std::vector<Goal>& goals) {
    std::vector<Id> out;
    for (const auto& g : goals) out.push_back(g.id);
    return out;
}

}  // namespace

TEST_CASE("an added goal is undone and redone with the same id and stamp") {
    Plan plan = small_plan();
    History history;
    REQUIRE(history.apply(plan, edits::add(plan, goal("new", "vision", "Hire")), kAnna));
    REQUIRE(plan.goals.size() == 5);
    const Stamp stamp = plan.goals.back().stamp;
    CHECK(stamp == Stamp{1, "p-anna"});  // revision 0 + 1, by the author of the edit

    REQUIRE(history.undo(plan, kAnna));
    CHECK(ids(plan.goals) == std::vector<Id>{"vision", "growth", "pilot", "people"});
    REQUIRE(history.redo(plan, kAnna));
    CHECK(plan.goals.back().id == "new");
    CHECK(plan.goals.back().stamp == stamp);
}

TEST_CASE("an edit stamps only the entities it changes, and moves the plan's revision on") {
    Plan plan = small_plan();
    History history;
    Goal pilot = *plan.find_goal("pilot");
    pilot.title = "Pilot site";
    REQUIRE(history.apply(plan, edits::update(plan, pilot), kBen));
    CHECK(plan.find_goal("pilot")->stamp == Stamp{1, "p-ben"});
    CHECK(plan.find_goal("growth")->stamp == Stamp{});
    CHECK(plan.revision == 1);
    CHECK(plan.modified == 2000);
    // Undo and redo are changes to the plan too: the revision keeps counting up.
    history.undo(plan, kBen);
    history.redo(plan, kBen);
    CHECK(plan.revision == 3);
}

TEST_CASE("an edit that would break the plan is refused and the plan stays as it was") {
    Plan plan = small_plan();
    History history;
    Goal vision = *plan.find_goal("vision");
    vision.parent = "pilot";  // vision would sit below its own grandchild
    const Outcome outcome = history.apply(plan, edits::update(plan, vision), kAnna);
    CHECK_FALSE(outcome);
    REQUIRE_FALSE(outcome.problems.empty());
    CHECK(outcome.problems.front().message == "makes a cycle in the goal tree");
    CHECK(plan.find_goal("vision")->parent.empty());
    CHECK(plan.revision == 0);
    CHECK_FALSE(history.can_undo());
}

TEST_CASE("a rating outside 1 to 5 is refused with the field that is wrong") {
    Plan plan = small_plan();
    History history;
    const Outcome outcome = history.apply(plan, edits::set_rating(plan, "spring", "trust", "p-ben", 7, ""), kBen);
    CHECK_FALSE(outcome);
    CHECK(outcome.problems.front().text() == "rounds[0].ratings[1].score: must be between 1 and 5, got 7");
    CHECK(outcome.message() == "Cannot rate: score must be between 1 and 5, got 7");
    CHECK(plan.rounds[0].ratings[1].score == 2);
}

TEST_CASE("moving a goal under its own descendant is refused, naming both goals") {
    Plan plan = small_plan();
    History history;
    const Outcome outcome = history.apply(plan, edits::move_goal(plan, "growth", "pilot"), kAnna);
    CHECK_FALSE(outcome);
    CHECK(outcome.message() == "Cannot move goal: 'Growth' cannot be placed under 'Pilot', which is inside it");
    CHECK(plan.find_goal("growth")->parent == "vision");
}

TEST_CASE("moving a goal to another parent places it among its new siblings") {
    Plan plan = small_plan();
    History history;
    // "people" goes under "growth", before its only child "pilot".
    REQUIRE(history.apply(plan, edits::move_goal(plan, "people", "growth", 0), kAnna));
    CHECK(plan.find_goal("people")->parent == "growth");
    CHECK(ids(plan.goals) == std::vector<Id>{"vision", "growth", "people", "pilot"});
    REQUIRE(history.undo(plan, kAnna));
    CHECK(ids(plan.goals) == std::vector<Id>{"vision", "growth", "pilot", "people"});
    CHECK(plan.find_goal("people")->parent == "vision");
}

TEST_CASE("removing a partner takes every reference to them along, and undo brings all back") {
    Plan plan = small_plan();
    History history;
    REQUIRE(history.apply(plan, edits::remove<Partner>(plan, "p-anna"), kBen));
    CHECK(plan.partners.size() == 1);
    CHECK(plan.find_goal("pilot")->owners == std::vector<Id>{"p-ben"});
    CHECK(plan.activities[0].role_of("p-anna") == Role::None);
    CHECK(plan.activities[0].role_of("p-ben") == Role::Responsible);
    CHECK(plan.rounds[0].ratings.size() == 1);
    CHECK(plan.contacts.empty());
    CHECK(plan.risks[0].owner.empty());
    CHECK(plan.checkins[0].attendees == std::vector<Id>{"p-ben"});
    CHECK(plan.checkins[0].actions[0].owner.empty());
    CHECK(plan.exchange.empty());
    CHECK(plan.approvals.empty());
    CHECK(validate(plan).empty());
    CHECK(history.undo_count() == 1);  // one user action, one undo step

    REQUIRE(history.undo(plan, kBen));
    CHECK(plan.partners.size() == 2);
    CHECK(plan.partners[0].id == "p-anna");
    CHECK(plan.activities[0].role_of("p-anna") == Role::Accountable);
    CHECK(plan.rounds[0].ratings.size() == 2);
    CHECK(plan.contacts.size() == 1);
    CHECK(plan.risks[0].owner == "p-anna");
    CHECK(plan.checkins[0].actions[0].owner == "p-anna");
    CHECK(plan.exchange.size() == 1);
    CHECK(plan.approvals.size() == 1);
}

TEST_CASE("removing a goal removes its subtree and unlinks activities") {
    Plan plan = small_plan();
    History history;
    REQUIRE(history.apply(plan, edits::remove<Goal>(plan, "growth"), kAnna));
    CHECK(ids(plan.goals) == std::vector<Id>{"vision", "people"});
    CHECK(plan.activities[0].goal.empty());
    REQUIRE(history.undo(plan, kAnna));
    CHECK(ids(plan.goals) == std::vector<Id>{"vision", "growth", "pilot", "people"});
    CHECK(plan.activities[0].goal == "pilot");
}

TEST_CASE("removing a dimension removes its ratings in every round") {
    Plan plan = small_plan();
    History history;
    REQUIRE(history.apply(plan, edits::remove<Dimension>(plan, "trust"), kAnna));
    CHECK(plan.dimensions.empty());
    CHECK(plan.rounds[0].ratings.empty());
    REQUIRE(history.undo(plan, kAnna));
    CHECK(plan.rounds[0].ratings.size() == 2);
}

TEST_CASE("typing into one field is one undo step until the field is left") {
    Plan plan = small_plan();
    History history;
    for (const char* text : {"P", "Pi", "Pil"}) {
        Goal g = *plan.find_goal("people");
        g.title = text;
        REQUIRE(history.apply(plan, edits::update(plan, g, "title:people"), kAnna));
    }
    CHECK(history.undo_count() == 1);
    history.seal();  // the field lost focus
    Goal g = *plan.find_goal("people");
    g.title = "Pilots";
    history.apply(plan, edits::update(plan, g, "title:people"), kAnna);
    CHECK(history.undo_count() == 2);

    history.undo(plan, kAnna);
    CHECK(plan.find_goal("people")->title == "Pil");
    history.undo(plan, kAnna);
    CHECK(plan.find_goal("people")->title == "People");
}

TEST_CASE("a new edit after an undo drops what could have been redone") {
    Plan plan = small_plan();
    History history;
    history.apply(plan, edits::set_title(plan, "One"), kAnna);
    history.undo(plan, kAnna);
    CHECK(history.can_redo());
    history.apply(plan, edits::set_title(plan, "Two"), kAnna);
    CHECK_FALSE(history.can_redo());
    CHECK(plan.title == "Two");
    CHECK(plan.stamp == Stamp{3, "p-anna"});  // apply, undo, apply: revision 3
}

TEST_CASE("the history forgets the oldest steps beyond its depth") {
    Plan plan = small_plan();
    History history(2);
    for (const char* title : {"A", "B", "C"}) history.apply(plan, edits::set_title(plan, title), kAnna);
    CHECK(history.undo_count() == 2);
    history.undo(plan, kAnna);
    history.undo(plan, kAnna);
    CHECK_FALSE(history.can_undo());
    CHECK(plan.title == "A");
}

TEST_CASE("assessment rounds stay in date order when added or re-dated") {
    Plan plan = small_plan();
    History history;
    AssessmentRound winter;
    winter.id = "winter";
    winter.title = "Winter";
    winter.date = *Date::parse("2026-01-15");
    REQUIRE(history.apply(plan, edits::add(plan, winter), kAnna));  // asked to go last, placed first
    CHECK(plan.rounds[0].id == "winter");
    winter.date = *Date::parse("2026-12-01");
    REQUIRE(history.apply(plan, edits::update(plan, winter), kAnna));
    CHECK(plan.rounds[1].id == "winter");
}

TEST_CASE("a role set in the matrix follows the partners' order; clearing removes it") {
    Plan plan = small_plan();
    History history;
    REQUIRE(history.apply(plan, edits::set_role(plan, "build", "p-anna", Role::None), kAnna));
    CHECK(plan.activities[0].roles.size() == 1);
    REQUIRE(history.apply(plan, edits::set_role(plan, "build", "p-anna", Role::Consulted), kAnna));
    REQUIRE(plan.activities[0].roles.size() == 2);
    CHECK(plan.activities[0].roles[0].partner == "p-anna");  // Anna is the first partner
    CHECK(plan.activities[0].roles[0].role == Role::Consulted);
}

TEST_CASE("a rating is added, changed and cleared") {
    Plan plan = small_plan();
    History history;
    Dimension values;
    values.id = "values";
    values.name = "Values";
    history.apply(plan, edits::add(plan, values), kAnna);
    REQUIRE(history.apply(plan, edits::set_rating(plan, "spring", "values", "p-ben", 5, "Shared"), kBen));
    REQUIRE(plan.rounds[0].find("values", "p-ben"));
    CHECK(plan.rounds[0].find("values", "p-ben")->comment == "Shared");
    REQUIRE(history.apply(plan, edits::set_rating(plan, "spring", "values", "p-ben", 3, "Less so"), kBen));
    CHECK(plan.rounds[0].find("values", "p-ben")->score == 3);
    REQUIRE(history.apply(plan, edits::set_rating(plan, "spring", "values", "p-ben", 0, ""), kBen));
    CHECK_FALSE(plan.rounds[0].find("values", "p-ben"));
}

TEST_CASE("moving an entity reorders its collection and undo puts it back") {
    Plan plan = small_plan();
    History history;
    Risk second;
    second.id = "r2";
    second.title = "Supply";
    history.apply(plan, edits::add(plan, second), kAnna);
    REQUIRE(history.apply(plan, edits::move<Risk>(plan, "r2", 0), kAnna));
    CHECK(plan.risks[0].id == "r2");
    history.undo(plan, kAnna);
    CHECK(plan.risks[0].id == "r1");
}

TEST_CASE("an id that exists already, or does not exist, is refused before anything changes") {
    Plan plan = small_plan();
    History history;
    const Outcome twice = history.apply(plan, edits::add(plan, goal("pilot", "", "Again")), kAnna);
    CHECK(twice.message() == "Cannot add goal: a goal with id 'pilot' already exists");
    const Outcome ghost = history.apply(plan, edits::remove<Risk>(plan, "nope"), kAnna);
    CHECK(ghost.message() == "Cannot remove risk: there is no risk with id 'nope'");
    CHECK(plan.revision == 0);
}

TEST_CASE("vision, communication and title edits undo to their earlier text") {
    Plan plan = small_plan();
    History history;
    Vision vision = plan.vision;
    vision.statement = "Every village stores its own sun.";
    history.apply(plan, edits::set_vision(plan, vision), kAnna);
    Communication communication = plan.communication;
    communication.cadence_days = 7;
    history.apply(plan, edits::set_communication(plan, communication), kAnna);
    CHECK(plan.vision.stamp == Stamp{1, "p-anna"});
    CHECK(plan.communication.cadence_days == 7);
    history.undo(plan, kAnna);
    history.undo(plan, kAnna);
    CHECK(plan.vision.statement.empty());
    CHECK(plan.communication.cadence_days == 14);
    // A cadence of zero days would mean a check-in is always overdue: refused.
    communication.cadence_days = 0;
    CHECK_FALSE(history.apply(plan, edits::set_communication(plan, communication), kAnna));
}

TEST_CASE("several edits combined are one undo step") {
    Plan plan = small_plan();
    History history;
    Activity a = plan.activities[0];
    a.goal = "new";
    REQUIRE(history.apply(plan, edits::combine("Add goal for activity", {edits::add(plan, goal("new", "vision", "Site")),
                                                                         edits::update(plan, a)}),
                          kAnna));
    CHECK(plan.activities[0].goal == "new");
    history.undo(plan, kAnna);
    CHECK(plan.goals.size() == 4);
    CHECK(plan.activities[0].goal == "pilot");
}
