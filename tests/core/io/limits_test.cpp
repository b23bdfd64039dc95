// Limits against hostile files: each is refused with a clear message before the work it protects
// grows, and each boundary is exact (the limit itself is accepted, one more is not).
#include <string>

#include <catch2/catch.hpp>

#include "core/io/plan_file.hpp"

using accord::io::import_plan;
using accord::io::Limits;

namespace {

std::string plan_with(const std::string& fields) {
    return R"({"format": "accord-plan", "version": 1, "id": "p1", )" + fields + "}";
}

std::string first_problem(const accord::io::ImportResult& result) {
    return result.problems.empty() ? std::string("(no problem)") : result.problems.front().text();
}

// `levels` nested arrays: [[[...]]].
std::string nested_arrays(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

// A chain of goals, each the parent of the next.
std::string goal_chain(int count) {
    std::string goals = R"({"id": "g0", "title": "Root"})";
    for (int i = 1; i < count; ++i)
        goals += R"(, {"id": "g)" + std::to_string(i) + R"(", "parent": "g)" + std::to_string(i - 1) + R"(", "title": "T"})";
    return plan_with(R"("goals": [)" + goals + "]");
}

}  // namespace

TEST_CASE("a file larger than the size limit is refused before parsing", "[io][limits]") {
    Limits limits;
    limits.max_bytes = 100;
    const std::string exactly = plan_with(R"("title": ")" + std::string(100 - plan_with(R"("title": "")").size(), 'x') + "\"");
    REQUIRE(exactly.size() == 100);
    CHECK(import_plan(exactly, limits).ok());
    const auto refused = import_plan(exactly + " ", limits);
    CHECK(first_problem(refused) == "the file is 101 bytes; plan files may be at most 100 bytes");

    // The default, 16 MiB: files of spaces over it are refused without being read, in bytes when
    // rounding would make the two sizes look equal.
    CHECK(first_problem(import_plan(std::string((16u << 20) + 1, ' '))) ==
          "the file is 16777217 bytes; plan files may be at most 16777216 bytes");
    CHECK(first_problem(import_plan(std::string(17u << 20, ' '))) == "the file is 17.0 MiB; plan files may be at most 16.0 MiB");
}

TEST_CASE("nesting is limited to 64 levels, counting the plan object itself", "[io][limits]") {
    // The plan object is level 1, so 63 arrays inside an unknown field make 64 levels.
    const auto deepest = import_plan(plan_with(R"("notes": )" + nested_arrays(63)));
    REQUIRE(deepest.ok());
    CHECK(accord::io::export_plan(*deepest.plan).find("\"notes\"") != std::string::npos);
    const auto deeper = import_plan(plan_with(R"("notes": )" + nested_arrays(64)));
    CHECK_THAT(first_problem(deeper), Catch::EndsWith("nests deeper than 64 levels of lists and objects; a plan never needs that many"));
}

TEST_CASE("a file nested a million levels deep is refused without exhausting the stack", "[io][limits]") {
    CHECK_THAT(first_problem(import_plan(nested_arrays(1'000'000))), Catch::Contains("nests deeper than 64 levels"));
    std::string objects;
    for (int i = 0; i < 200'000; ++i) objects += R"({"a":)";
    CHECK_THAT(first_problem(import_plan(objects)), Catch::Contains("nests deeper than 64 levels"));
}

TEST_CASE("a document built in code is checked for depth too, without recursion", "[io][limits]") {
    nlohmann::json deep = nlohmann::json::array();
    nlohmann::json* inner = &deep;
    for (int i = 0; i < 100'000; ++i) {
        inner->push_back(nlohmann::json::array());
        inner = &inner->back();
    }
    nlohmann::json document = {{"format", "accord-plan"}, {"version", 1}, {"id", "p1"}};
    document["notes"] = std::move(deep);
    CHECK_THAT(first_problem(accord::io::plan_from_json(document)), Catch::Contains("nests deeper than 64 levels"));
}

TEST_CASE("the number of values in a file is limited while parsing", "[io][limits]") {
    Limits limits;
    limits.max_values = 10;
    // The plan object, three envelope values, the list and five numbers: 10 values.
    CHECK(import_plan(plan_with(R"("notes": [1, 2, 3, 4, 5])"), limits).ok());
    CHECK(first_problem(import_plan(plan_with(R"("notes": [1, 2, 3, 4, 5, 6])"), limits)) ==
          "the file holds more than 10 values, more than any plan needs; it was not read further");
}

TEST_CASE("one text may hold at most the string limit, counted in UTF-8 bytes", "[io][limits]") {
    Limits limits;
    limits.max_string_bytes = 12;  // "accord-plan", the longest text of the envelope, has 11
    CHECK(import_plan(plan_with(R"("title": "123456789012")"), limits).ok());
    CHECK(first_problem(import_plan(plan_with(R"("title": "1234567890123")"), limits)) ==
          "title: is 13 bytes long; one text may hold at most 12 bytes");
    CHECK(import_plan(plan_with(R"("title": "ÜÜÜÜÜÜ")"), limits).ok());  // six letters, two bytes each
    CHECK_FALSE(import_plan(plan_with(R"("title": "ÜÜÜÜÜÜÜ")"), limits).ok());
    // The default is 64 KiB.
    CHECK(import_plan(plan_with(R"("title": ")" + std::string(65536, 'a') + "\"")).ok());
    CHECK(first_problem(import_plan(plan_with(R"("title": ")" + std::string(65537, 'a') + "\""))) ==
          "title: is 65537 bytes long; one text may hold at most 65536 bytes");
}

TEST_CASE("field names are limited in length", "[io][limits]") {
    Limits limits;
    limits.max_key_bytes = 8;
    CHECK(import_plan(plan_with(R"("abcdefgh": 1)"), limits).ok());
    CHECK(first_problem(import_plan(plan_with(R"("abcdefghi": 1)"), limits)) ==
          "abcdefghi: this field name is 9 bytes long; the limit is 8");
}

TEST_CASE("each list and object is limited in entries", "[io][limits]") {
    Limits limits;
    limits.max_items = 5;
    const std::string five = R"({"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"},
                                {"id": "d", "name": "D"}, {"id": "e", "name": "E"})";
    CHECK(import_plan(plan_with(R"("partners": [)" + five + "]"), limits).ok());
    CHECK(first_problem(import_plan(plan_with(R"("partners": [)" + five + R"(, {"id": "f", "name": "F"}])"), limits)) ==
          "partners: has 6 entries; the limit is 5");
    CHECK(first_problem(import_plan(plan_with(R"("partners": [{"id": "a", "name": "A", "k1": 1, "k2": 2, "k3": 3, "k4": 4}])"), limits)) ==
          "partners[0]: has 6 fields; the limit is 5");

    std::string many = "0";
    for (int i = 1; i <= 100'000; ++i) many += ",0";
    CHECK(first_problem(import_plan(plan_with(R"("notes": [)" + many + "]"))) == "notes: has 100001 entries; the limit is 100000");
}

TEST_CASE("a goal tree deeper than 64 levels is refused in linear time", "[io][limits]") {
    CHECK(import_plan(goal_chain(64)).ok());
    const auto chain = import_plan(goal_chain(50'000));
    // The root is level 1, so goal 64 (counted from 0) is the first at level 65.
    CHECK(first_problem(chain) == "goals[64].parent: the goal tree is more than 64 levels deep; a plan never needs that many");
}

TEST_CASE("a loop in the goal tree with many goals below it is refused in linear time", "[io][limits]") {
    std::string goals = R"({"id": "a", "parent": "b", "title": "A"}, {"id": "b", "parent": "a", "title": "B"})";
    for (int i = 0; i < 50'000; ++i) goals += R"(, {"id": "c)" + std::to_string(i) + R"(", "parent": "a", "title": "C"})";
    const auto result = import_plan(plan_with(R"("goals": [)" + goals + "]"));
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems[0].text() == "goals[0].parent: makes a cycle in the goal tree");
    CHECK(result.problems[1].text() == "goals[1].parent: makes a cycle in the goal tree");
}

TEST_CASE("the largest finite numbers are accepted; one beyond is refused while parsing", "[io][limits]") {
    const auto result = import_plan(plan_with(R"("goals": [{"id": "g", "title": "G", "metric": {"target": 1.7976931348623157e308, "baseline": -1e308}}])"));
    REQUIRE(result.ok());
    CHECK(result.plan->goals[0].metric->target == 1.7976931348623157e308);
    CHECK_THAT(first_problem(import_plan(plan_with(R"("goals": [{"id": "g", "title": "G", "metric": {"target": 1e309}}])"))),
               Catch::Contains(R"(the number "1e309" is too large)"));
    // A number of a million digits is refused, with the message cut to a readable length.
    const auto digits = import_plan(plan_with(R"("revision": 1)" + std::string(1'000'000, '0')));
    CHECK_FALSE(digits.ok());
    CHECK(first_problem(digits).size() < 200);
}
