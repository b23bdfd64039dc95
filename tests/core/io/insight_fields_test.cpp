// The fields insights add to the plan file: a dimension's topic and an approval's part digests
// (docs/plan-format.md, "Dimension" and "Approval").
#include <catch2/catch.hpp>

#include "core/io/plan_file.hpp"
#include "core/model/validate.hpp"

using namespace accord;

namespace {

// A plan file with one partner and the given dimension and approval objects.
std::string plan_file(const std::string& dimension, const std::string& approval) {
    return R"({"format": "accord-plan", "version": 1, "id": "p", "partners": [{"id": "a", "name": "A"}],
               "dimensions": [)" + dimension + R"(], "approvals": [)" + approval + "]}";
}

const char* kApproval = R"({"id": "ap", "partner": "a", "at": "2026-09-24T10:00:00Z",
    "fingerprint": "2f137422d648e72886d0e404c12f273cf9e9526562ca2e05e58f4c6e3e33aa92",
    "digests": {"plan": "0123456789abcdef Pilot plan", "goals": "fedcba9876543210", "goals/g1": "00112233445566aa Goal one"}})";

}  // namespace

TEST_CASE("a dimension's topic is read as a token, null or missing as none, and written back", "[io]") {
    const auto result = io::import_plan(plan_file(R"({"id": "d1", "name": "Clarity", "topic": "role_clarity"},
                                                     {"id": "d2", "name": "Innovation", "topic": null},
                                                     {"id": "d3", "name": "Trust"})", ""));
    REQUIRE(result.ok());
    const auto& dims = result.plan->dimensions;
    CHECK(dims[0].topic == DimensionTopic::RoleClarity);
    CHECK_FALSE(dims[1].topic.has_value());
    CHECK_FALSE(dims[2].topic.has_value());
    const std::string bytes = io::export_plan(*result.plan);
    CHECK(bytes.find("\"topic\": \"role_clarity\"") != std::string::npos);
    CHECK(bytes.find("\"topic\": null") != std::string::npos);
    CHECK(io::export_plan(*io::import_plan(bytes).plan) == bytes);
}

TEST_CASE("an unknown topic is refused with the list of topics", "[io]") {
    const auto result = io::import_plan(plan_file(R"({"id": "d1", "name": "Clarity", "topic": "clarity"})", ""));
    REQUIRE_FALSE(result.ok());
    CHECK_THAT(result.problems[0].text(), Catch::StartsWith("dimensions[0].topic: expected one of \"shared_goals\", \"values\""));
}

TEST_CASE("an approval's digests are read as hash and name, and written back in the same form", "[io]") {
    const auto result = io::import_plan(plan_file("", kApproval));
    REQUIRE(result.ok());
    const Approval& a = result.plan->approvals[0];
    REQUIRE(a.digests.size() == 3);
    CHECK(a.digests.at("plan") == ContentDigest{"0123456789abcdef", "Pilot plan"});
    CHECK(a.digests.at("goals") == ContentDigest{"fedcba9876543210", ""});
    CHECK(a.digests.at("goals/g1").name == "Goal one");
    const std::string bytes = io::export_plan(*result.plan);
    CHECK(bytes.find("\"goals/g1\": \"00112233445566aa Goal one\"") != std::string::npos);
    CHECK(bytes.find("\"goals\": \"fedcba9876543210\"") != std::string::npos);
    CHECK(io::export_plan(*io::import_plan(bytes).plan) == bytes);
}

TEST_CASE("a digest that is not text, or not 16 hex digits before the name, is refused", "[io]") {
    std::string approval = kApproval;
    approval.replace(approval.find("\"0123456789abcdef Pilot plan\""), 29, "42");
    auto result = io::import_plan(plan_file("", approval));
    REQUIRE_FALSE(result.ok());
    CHECK(result.problems[0].text() == "approvals[0].digests.plan: expected a text: 16 hex digits, then a space and the name");

    approval = kApproval;
    approval.replace(approval.find("fedcba9876543210"), 16, "FEDCBA98");
    result = io::import_plan(plan_file("", approval));
    REQUIRE_FALSE(result.ok());
    CHECK(result.problems[0].text() == "approvals[0].digests.goals.hash: must be 16 lower-case hex digits");
}
