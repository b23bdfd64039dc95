// export_plan writes the file's text itself instead of dumping plan_to_json's document: these
// cases hold it to the bytes nlohmann's dump(2, ' ', false, replace) writes for that document, an
// independent route, on the values where a hand-written writer could go wrong (escapes, text that
// is not UTF-8, numbers, empty lists, unknown fields).
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include <catch2/catch.hpp>

#include "core/io/plan_file.hpp"
#include "core/sample/large_plan.hpp"

using accord::io::export_plan;
using accord::io::plan_to_json;

namespace {

std::string dumped(const accord::Plan& plan) {
    return plan_to_json(plan).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

accord::Plan plan_with_goal_titled(const std::string& title) {
    accord::Plan plan;
    plan.id = "p1";
    accord::Goal goal;
    goal.id = "g1";
    goal.title = title;
    plan.goals.push_back(goal);
    return plan;
}

accord::Plan plan_with_weight(double weight) {
    accord::Plan plan = plan_with_goal_titled("weighed");
    plan.goals[0].weight = weight;
    return plan;
}

}  // namespace

TEST_CASE("the exported text is the dump of the plan's document for a generated plan", "[io]") {
    const accord::Plan plan = accord::generate_large_plan(accord::LargePlanSpec{}, 7);
    CHECK(export_plan(plan) == dumped(plan));
}

TEST_CASE("an empty plan is written with empty lists as []", "[io]") {
    const accord::Plan plan;
    const std::string text = export_plan(plan);
    CHECK(text == dumped(plan));
    CHECK(text.find("\"goals\": [],\n") != std::string::npos);
}

TEST_CASE("quotes, backslashes and control characters are escaped as the dump escapes them", "[io]") {
    // \b \f \n \r \t by name; the other control characters as \u00xx in lower-case hex; DEL (0x7f) as it is.
    const std::string title = std::string("say \"hi\" \\ now\b\f\n\r\t\x01\x1f\x7f end") + '\0' + "after nul";
    const accord::Plan plan = plan_with_goal_titled(title);
    const std::string text = export_plan(plan);
    CHECK(text == dumped(plan));
    CHECK(text.find(R"("title": "say \"hi\" \\ now\b\f\n\r\t\u0001\u001f)" "\x7f" R"( end\u0000after nul")") !=
          std::string::npos);
}

TEST_CASE("UTF-8 text of one to four bytes a character is written as it is", "[io]") {
    const accord::Plan plan = plan_with_goal_titled("Łódź, Ünternehmen, € 5, 🤝, 中文");
    const std::string text = export_plan(plan);
    CHECK(text == dumped(plan));
    CHECK(text.find("\"title\": \"Łódź, Ünternehmen, € 5, 🤝, 中文\"") != std::string::npos);
}

TEST_CASE("text that is not UTF-8 is written with U+FFFD as the dump writes it", "[io]") {
    const char* const broken[] = {
        "lone continuation \x80 byte",   "truncated at the end \xE2\x82",  "overlong \xC0\x80 nul",
        "surrogate \xED\xA0\x80 half",   "above U+10FFFF \xF4\x90\x80\x80", "never a lead \xF5\x80",
        "two-byte lead then ASCII \xC3X", "\xE0\x80\x80 overlong three",    "\xF0\x80\x80\x80 overlong four",
        "\xFF",
    };
    for (const char* title : broken) {
        INFO(title);
        const accord::Plan plan = plan_with_goal_titled(title);
        const std::string text = export_plan(plan);
        CHECK(text == dumped(plan));
        CHECK(text.find("\xEF\xBF\xBD") != std::string::npos);
    }
}

TEST_CASE("numbers are written as the dump writes them: shortest form, .0 on whole numbers, null when not finite", "[io]") {
    struct Case {
        double weight;
        const char* text;
    };
    const Case cases[] = {{0.1, "0.1"},   {1.0, "1.0"},     {-0.0, "-0.0"},         {1e21, "1e+21"},
                          {1e-7, "1e-07"}, {123456789012345.0, "123456789012345.0"}, {2.5e15, "2.5e+15"},
                          {std::numeric_limits<double>::quiet_NaN(), "null"},
                          {std::numeric_limits<double>::infinity(), "null"}};
    for (const Case& c : cases) {
        INFO(c.text);
        const accord::Plan plan = plan_with_weight(c.weight);
        const std::string text = export_plan(plan);
        CHECK(text == dumped(plan));
        CHECK(text.find(std::string("\"weight\": ") + c.text + ",\n") != std::string::npos);
    }
}

TEST_CASE("the largest and smallest revisions are written in full", "[io]") {
    for (const std::int64_t revision : {std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()}) {
        accord::Plan plan;
        plan.revision = revision;
        const std::string text = export_plan(plan);
        CHECK(text == dumped(plan));
        CHECK(text.find("\"revision\": " + std::to_string(revision) + ",\n") != std::string::npos);
    }
}

TEST_CASE("unknown fields, conflicts and approvals are written as the dump writes them", "[io]") {
    accord::Plan plan = plan_with_goal_titled("with extras");
    plan.goals[0].extra = nlohmann::json::parse(
        R"({"zeta": {"nested": [1, 2.5, "x\n", {}, [], null, true]}, "alpha": [], "title": "a known name: left out", "ünicode": {}})");
    plan.extra = nlohmann::json::parse(R"({"later_field": {"a": 1}})");
    accord::Conflict conflict;
    conflict.id = "c1";
    conflict.base = nlohmann::json::parse(R"({"b": [1, {"c": "d"}]})");
    conflict.ours = "ours";
    plan.conflicts.push_back(conflict);
    accord::Approval approval;
    approval.id = "a1";
    approval.at = 1700000000123;
    approval.digests["goals"] = {"0123456789abcdef", "Goals"};
    approval.digests["vision"] = {"fedcba9876543210", ""};
    plan.approvals.push_back(approval);

    const std::string text = export_plan(plan);
    CHECK(text == dumped(plan));
    CHECK(text.find("a known name: left out") == std::string::npos);
    CHECK(text.find("\"later_field\": {\n    \"a\": 1\n  }\n}\n") != std::string::npos);
}
