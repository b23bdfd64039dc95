// The scores as JSON and as text (report.hpp).
#include <catch2/catch.hpp>

#include "core/scoring/report.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

TEST_CASE("the JSON report holds every area's figures with their reasons", "[scoring][report]") {
    const Plan plan = sample_plan();
    const nlohmann::json j = scores_to_json(score_plan(plan, day("2025-03-10")), plan);
    CHECK(j["format"] == "accord-scores");
    CHECK(j["version"] == 1);
    CHECK(j["today"] == "2025-03-10");
    CHECK(j["health"]["index"]["value"].get<double>() == Approx(71.25));
    CHECK(j["health"]["parts"].size() == 6);
    CHECK(j["health"]["parts"][0]["part"] == "goals");
    CHECK(j["goals"]["progress"]["value"].get<double>() == Approx(0.6));
    CHECK(j["goals"]["by_goal"][1]["pace"] == "overdue");
    CHECK(j["goals"]["by_goal"][1]["days_overdue"] == 8);
    CHECK(j["smart"]["by_goal"][2]["time_bound"]["met"] == true);
    CHECK(j["roles"]["activities"][1]["problems"] == nlohmann::json::array({"no_accountable"}));
    CHECK(j["alignment"]["rounds"][0]["dimensions"][0]["disagreement"]["low_comment"] == "Some delays");
    CHECK(j["risks"]["heat_map"][3][4]["risks"] == nlohmann::json::array({"supplier"}));  // likelihood 4, impact 5
    CHECK(j["communication"]["overdue_actions"][0]["text"] == "Send the draft");
    CHECK(j["balance"]["partners"][0]["contribution_share"].get<double>() == Approx(0.6));
    CHECK(j["risks"]["score"]["reasons"].size() >= 1);
}

TEST_CASE("the JSON report names entities by title as well as by id", "[scoring][report]") {
    const Plan plan = sample_plan();
    const nlohmann::json j = scores_to_json(score_plan(plan, day("2025-03-10")), plan);
    CHECK(j["goals"]["by_goal"][1]["id"] == "clinics");
    CHECK(j["goals"]["by_goal"][1]["title"] == "Clinics signed up");
    CHECK(j["roles"]["partners"][1]["name"] == "Beta");
    CHECK(j["risks"]["risks"][0]["title"] == "Supplier fails");
}

TEST_CASE("figures without data are null in the JSON report", "[scoring][report]") {
    const Plan empty;
    const nlohmann::json j = scores_to_json(score_plan(empty, day("2025-03-10")), empty);
    CHECK(j["health"]["index"]["value"].is_null());
    CHECK(j["alignment"]["change"].is_null());
    CHECK(j["communication"]["next_due"].is_null());
    CHECK(j["goals"]["by_goal"].empty());
    CHECK_FALSE(j["balance"]["score"]["reasons"].empty());
}

TEST_CASE("the text report gives each headline figure with its reasons", "[scoring][report]") {
    const Plan plan = sample_plan();
    const std::string text = scores_to_text(score_plan(plan, day("2025-03-10")), plan);
    CHECK_THAT(text, Contains("Scores for 'Pilot partnership' on 2025-03-10\n"));
    CHECK_THAT(text, Contains("Health index: 71\n    health index 71 = (25 x 60 + "));
    CHECK_THAT(text, Contains("Goal progress: 60%\n"));
    CHECK_THAT(text, Contains("SMART check: 3.5 of 5\n"));
    CHECK_THAT(text, Contains("Risks: 75\n    risk score 100 - 25 = 75\n"));
}

TEST_CASE("the text report shows the goal tree indented, with pace and SMART letters", "[scoring][report]") {
    const Plan plan = sample_plan();
    const std::string text = scores_to_text(score_plan(plan, day("2025-03-10")), plan);
    CHECK_THAT(text, Contains("\nGoals\n  'Healthy towns': 60% (sub-goals), No expectation\n"
                              "    'Clinics signed up': 20% (metric), Overdue by 8 days; SMART 5/5\n"
                              "    'Launch event': 100% (status), Done; SMART 2/5, missing S, M, A\n"));
}

TEST_CASE("the text report shows the latest alignment round with its disagreements", "[scoring][report]") {
    const Plan plan = sample_plan();
    const std::string text = scores_to_text(score_plan(plan, day("2025-03-10")), plan);
    CHECK_THAT(text, Contains("Alignment, 2025-02-15\n  'Trust': mean 4.5 (Strength), 4 to 5; 'Acme' 5 vs 'Beta' 4\n"));
}

TEST_CASE("the text report shows a dash for figures without data", "[scoring][report]") {
    const Plan empty;
    const std::string text = scores_to_text(score_plan(empty, day("2025-03-10")), empty);
    CHECK_THAT(text, Contains("Health index: -\n"));
    CHECK_THAT(text, Contains("Alignment: -\n    no assessment rounds yet\n"));
}
