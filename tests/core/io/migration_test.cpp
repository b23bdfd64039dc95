// Older plan files: the chain of migrations, and version 0 (the prototype's shape) in detail.
#include <string>

#include <catch2/catch.hpp>

#include "core/io/migrations.hpp"
#include "core/io/plan_file.hpp"
#include "core/model/ids.hpp"
#include "../../fuzz/tight_limits.hpp"
#include "fixtures.hpp"

using accord::io::export_plan;
using accord::io::import_plan;
using accord::test::read_source_file;

namespace {

accord::io::ImportResult import_fixture(const std::string& relative) {
    auto result = import_plan(read_source_file(relative));
    for (const auto& problem : result.problems) UNSCOPED_INFO(problem.text());
    REQUIRE(result.ok());
    return result;
}

}  // namespace

TEST_CASE("there is exactly one migration step for each version older than the current one", "[io][migration]") {
    int expected_from = 0;
    for (auto step = accord::io::migrations_begin(); step != accord::io::migrations_end(); ++step)
        CHECK(step->from == expected_from++);
    CHECK(expected_from == accord::io::kFormatVersion);
}

TEST_CASE("version 0 files migrate to the expected version 1 bytes", "[io][migration]") {
    for (const char* name : {"pilot", "tiny"}) {
        INFO(name);
        const auto result = import_fixture(std::string("tests/data/v0/") + name + ".v0.json");
        CHECK(result.file_version == 0);
        CHECK(result.migrated);
        CHECK(export_plan(*result.plan) ==
              read_source_file(std::string("tests/data/v0/") + name + ".expected.accord.json"));
    }
}

TEST_CASE("migrating the same file twice gives the same bytes, and the result is a current file", "[io][migration]") {
    const std::string first = export_plan(*import_fixture("tests/data/v0/pilot.v0.json").plan);
    const std::string second = export_plan(*import_fixture("tests/data/v0/pilot.v0.json").plan);
    CHECK(first == second);
    const auto again = import_plan(first);
    REQUIRE(again.ok());
    CHECK_FALSE(again.migrated);
    CHECK(again.file_version == 1);
    CHECK(export_plan(*again.plan) == first);
}

TEST_CASE("version 0 goals keep their tree, owners, dates and status", "[io][migration]") {
    const accord::Plan plan = *import_fixture("tests/data/v0/pilot.v0.json").plan;
    CHECK(plan.title == "Sonnenfeld battery (2025 prototype)");
    CHECK(plan.vision.statement == "A battery the village owns.");
    // 2025-06-02: 2025-01-01 is day 20089 (2000-01-01 is 10957, plus 25 years of which 7 leap);
    // Jan..May hold 31+28+31+30+31 = 151 days, so June 2 is day 20089 + 151 + 1.
    CHECK(plan.created == 20241LL * 86400000);
    CHECK(plan.modified == plan.created);

    REQUIRE(plan.partners.size() == 3);
    CHECK(plan.partners[0].organisation == "Bürgerenergie");
    CHECK(plan.partners[2].name == "Tartu Ülikool");

    REQUIRE(plan.goals.size() == 5);
    const auto& goals = plan.goals;
    CHECK(goals[0].parent.empty());
    CHECK(goals[0].kind == accord::GoalKind::Objective);
    CHECK(goals[0].owners == std::vector<accord::Id>{plan.partners[0].id});
    CHECK(goals[0].due->iso() == "2026-12-31");
    CHECK(goals[1].parent == goals[0].id);
    CHECK(goals[1].kind == accord::GoalKind::Initiative);
    CHECK(goals[1].status == accord::GoalStatus::Done);
    CHECK(goals[2].parent == goals[3].id);  // version 0 pointed forwards, at index 3
    CHECK(goals[2].owners == std::vector<accord::Id>{plan.partners[1].id});
    CHECK(goals[3].owners.empty());
    CHECK(goals[4].status == accord::GoalStatus::NotStarted);
    CHECK(goals[4].id != goals[1].id);  // two goals titled "Tender" still get two ids

    REQUIRE(plan.risks.size() == 2);
    CHECK(plan.risks[0].likelihood == 4);
    CHECK(plan.risks[0].impact == 3);
    CHECK(plan.risks[1].likelihood == 3);  // the model's default when version 0 left it out

    // Version 1 plans start with the default alignment dimensions.
    REQUIRE(plan.dimensions.size() == accord::default_dimension_names().size());
    CHECK(plan.dimensions[4].name == "Role clarity");
}

TEST_CASE("unknown fields of a version 0 file are carried into version 1", "[io][migration]") {
    const accord::Plan plan = *import_fixture("tests/data/v0/pilot.v0.json").plan;
    CHECK(plan.extra["colour_scheme"] == "sunny");
    CHECK(plan.partners[1].extra["phone"] == "+48 12 555 0192");
    CHECK(plan.goals[3].extra["priority"] == "high");
    CHECK_FALSE(plan.extra.contains("accord"));  // the old marker is replaced by format and version
}

TEST_CASE("ids made by a migration are name-based version 8 UUIDs, the same for both partners' copies", "[io][migration]") {
    const std::string original = read_source_file("tests/data/v0/pilot.v0.json");
    const accord::Plan mine = *import_plan(original).plan;
    for (const auto& partner : mine.partners) {
        CHECK(accord::is_uuid(partner.id));
        CHECK(partner.id[14] == '8');
    }
    // The other partner edited a goal title and a risk in their copy before migrating: partners,
    // the plan and the untouched goals still match, so the two copies can be merged by id.
    std::string edited = original;
    edited.replace(edited.find("\"Permits\""), 9, "\"Permits and licences\"");
    edited.replace(edited.find("\"Permit refused\""), 16, "\"Permit refused again\"");
    const auto theirs_result = import_plan(edited);
    REQUIRE(theirs_result.ok());
    const accord::Plan& theirs = *theirs_result.plan;
    CHECK(theirs.id == mine.id);
    for (std::size_t i = 0; i < mine.partners.size(); ++i) CHECK(theirs.partners[i].id == mine.partners[i].id);
    CHECK(theirs.goals[0].id == mine.goals[0].id);
    CHECK(theirs.goals[3].id != mine.goals[3].id);   // the renamed goal is a different entry
    CHECK(theirs.goals[2].parent == theirs.goals[3].id);
}

TEST_CASE("a current file is read as it is, without migrating", "[io][migration]") {
    const auto result = import_fixture("assets/sample.accord.json");
    CHECK(result.file_version == accord::io::kFormatVersion);
    CHECK_FALSE(result.migrated);
}

// Found by the fuzzer: a version 0 goal naming as parent a goal that the list reader skipped (under
// small item limits) indexed past the ids read, and the importer answered "internal error".
TEST_CASE("a version 0 goal whose parent was not read is refused with the reader's problems, not an internal error",
          "[io][migration]") {
    const auto result = import_plan(read_source_file("tests/data/fuzz/v0_parent_of_skipped_goal.json"),
                                    accord::test::tight_limits());
    REQUIRE_FALSE(result.ok());
    for (const auto& problem : result.problems) CHECK(problem.text().find("internal error") == std::string::npos);
}
