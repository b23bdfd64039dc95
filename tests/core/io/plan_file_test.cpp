// The plan file as a format: canonical bytes, round trips, unknown fields, tolerance.
#include <string>

#include <catch2/catch.hpp>

#include "core/io/plan_file.hpp"
#include "core/io/tokens.hpp"
#include "core/sample/large_plan.hpp"
#include "fixtures.hpp"

using accord::io::export_plan;
using accord::io::import_plan;
using accord::test::read_source_file;

namespace {

const char* const kA = "3f1c6a52-8d0e-4b7a-9c31-5e2f7d8a1b40";
const char* const kB = "b7e90d14-2a6f-4c8b-8e53-0f9a6c2d7e15";

accord::Plan import_ok(const std::string& bytes) {
    const auto result = import_plan(bytes);
    for (const auto& problem : result.problems) UNSCOPED_INFO(problem.text());
    REQUIRE(result.ok());
    return *result.plan;
}

std::string plan_with(const std::string& fields) {
    return R"({"format": "accord-plan", "version": 1, "id": "p1", )" + fields + "}";
}

}  // namespace

TEST_CASE("the sample plan is canonical: importing and exporting it gives back its exact bytes", "[io]") {
    const std::string bytes = read_source_file("assets/sample.accord.json");
    const auto result = import_plan(bytes);
    REQUIRE(result.ok());
    CHECK(result.file_version == 1);
    CHECK_FALSE(result.migrated);
    CHECK(export_plan(*result.plan) == bytes);
}

TEST_CASE("export, import, export gives the same bytes for generated plans of many shapes", "[io]") {
    accord::LargePlanSpec tiny;
    tiny.partners = 1;
    tiny.goals = 1;
    tiny.activities = tiny.dimensions = tiny.rounds = tiny.risks = tiny.checkins = 0;
    accord::LargePlanSpec small;
    small.partners = 3;
    small.goals = 25;
    small.activities = 7;
    small.dimensions = 12;  // more than the ten default names
    small.rounds = 3;
    small.risks = 5;
    small.checkins = 9;
    for (const auto& spec : {tiny, small, accord::LargePlanSpec{}}) {
        for (std::uint64_t seed : {1u, 2u, 977u}) {
            const std::string first = export_plan(accord::generate_large_plan(spec, seed));
            INFO("goals " << spec.goals << ", seed " << seed);
            CHECK(export_plan(import_ok(first)) == first);
        }
    }
}

TEST_CASE("an exported file starts with format and version, indents by two spaces and ends with a newline", "[io]") {
    accord::Plan plan;
    plan.id = "p1";
    plan.title = "Pilot";
    const std::string bytes = export_plan(plan);
    CHECK(bytes.rfind("{\n  \"format\": \"accord-plan\",\n  \"version\": 1,\n  \"id\": \"p1\",\n  \"title\": \"Pilot\",\n", 0) == 0);
    CHECK(bytes.substr(bytes.size() - 2) == "}\n");
    CHECK(bytes.find('\r') == std::string::npos);
    CHECK(bytes.find('\t') == std::string::npos);
}

TEST_CASE("plan_to_json is the exported document, as a value", "[io]") {
    const accord::Plan plan = import_ok(read_source_file("assets/sample.accord.json"));
    const nlohmann::ordered_json document = accord::io::plan_to_json(plan);
    CHECK(document.dump(2) + "\n" == export_plan(plan));
    CHECK(document.begin().key() == "format");
    CHECK(std::next(document.begin()).key() == "version");
}

TEST_CASE("plan_from_json restores from a parsed document, ordered or not", "[io]") {
    const std::string bytes = read_source_file("assets/sample.accord.json");
    const accord::Plan plan = import_ok(bytes);
    const auto from_ordered = accord::io::plan_from_json(accord::io::plan_to_json(plan));
    REQUIRE(from_ordered.ok());
    CHECK(export_plan(*from_ordered.plan) == bytes);
    const auto from_plain = accord::io::plan_from_json(nlohmann::json::parse(bytes));
    REQUIRE(from_plain.ok());
    CHECK(export_plan(*from_plain.plan) == bytes);
}

TEST_CASE("unknown fields survive at every level of the plan", "[io]") {
    const std::string bytes = read_source_file("tests/data/good/unknown_fields.accord.json");
    const accord::Plan plan = import_ok(bytes);
    CHECK(plan.extra["aaa_first"] == "sorts before every known field, written after them");
    CHECK(plan.extra["workspace"]["pinned"][1] == "risks");
    CHECK(plan.extra["zzz_last"]["nested"]["deeper"][1] == 2.5);
    CHECK(plan.partners[0].extra["logo"]["size"][0] == 64);
    CHECK(plan.partners[1].extra["vat_id"] == "PL1234567890");
    CHECK(plan.vision.extra["tagline"] == "Power stays here");
    CHECK(plan.values[0].extra["icon"] == "shield");
    CHECK(plan.glossary[0].extra["source"] == "ENTSO-E");
    CHECK(plan.goals[0].extra["colour_hint"] == "amber");
    REQUIRE(plan.goals[1].metric);
    CHECK(plan.goals[1].metric->extra["precision"] == 0);
    CHECK(plan.goals[1].metric->history[0].extra["source"] == "meter");
    CHECK(plan.activities[0].extra["effort_days"] == 40);
    CHECK(plan.activities[0].roles[0].extra["since"] == "2026-02-01");
    CHECK(plan.decision_rules[0].extra["quorum"] == 2);
    CHECK(plan.contacts[0].extra["languages"][2] == "de");
    CHECK(plan.escalation[0].extra["channel"] == "phone");
    CHECK(plan.dimensions[0].extra["weight"] == 2);
    CHECK(plan.rounds[0].extra["anonymous"] == false);
    CHECK(plan.rounds[0].ratings[0].extra["confidence"] == "high");
    CHECK(plan.risks[0].extra["category"] == "supply");
    CHECK(plan.communication.extra["timezone"] == "Europe/Berlin");
    CHECK(plan.checkins[0].extra["duration_minutes"] == 45);
    CHECK(plan.checkins[0].actions[0].extra["priority"] == "high");
    CHECK(plan.exchange[0].extra["currency"] == "EUR");
    CHECK(plan.reviews[0].extra["attachments"] == nlohmann::json::array());
    CHECK(plan.approvals[0].extra["device"] == "laptop");
    // Known fields are not duplicated into extra.
    CHECK_FALSE(plan.extra.contains("format"));
    CHECK_FALSE(plan.partners[0].extra.contains("name"));

    const std::string exported = export_plan(plan);
    CHECK(export_plan(import_ok(exported)) == exported);
    // Unknown fields come after the known ones ("approvals" is the plan's last), sorted by name.
    const auto at = [&](const char* key) { return exported.find(std::string("\n  \"") + key + "\":"); };
    CHECK(at("approvals") < at("aaa_first"));
    CHECK(at("aaa_first") < at("workspace"));
    CHECK(at("workspace") < at("zzz_last"));
}

TEST_CASE("revision, based_on, stamps and instants with milliseconds are kept", "[io]") {
    const accord::Plan plan = import_ok(read_source_file("tests/data/good/unknown_fields.accord.json"));
    CHECK(plan.revision == 9);
    CHECK(plan.based_on == "rev-8-of-b7e9");
    CHECK(plan.stamp == accord::Stamp{9, kA});
    CHECK(plan.partners[1].stamp == accord::Stamp{3, kB});
    CHECK(plan.goals[1].stamp == accord::Stamp{6, kB});
    CHECK(plan.communication.stamp == accord::Stamp{1, kA});
    CHECK(accord::format_instant(plan.modified) == "2026-11-22T18:30:15.250Z");
    CHECK(plan.modified % 1000 == 250);
    CHECK(export_plan(plan).find("\"modified\": \"2026-11-22T18:30:15.250Z\"") != std::string::npos);
}

TEST_CASE("markup in names stays plain text and round-trips byte for byte", "[io]") {
    const std::string bytes = read_source_file("tests/data/good/markup.accord.json");
    const accord::Plan plan = import_ok(bytes);
    CHECK(plan.title == "<script>alert(\"plan\")</script>");
    CHECK(plan.partners[0].name == "<img src=x onerror=alert(1)>");
    CHECK(plan.partners[0].organisation == "Smith & Sons &amp; Co. \"Ltd\"");
    CHECK(plan.goals[0].title == "</textarea><b>bold</b>");
    CHECK(export_plan(plan) == bytes);
    CHECK(bytes.find("\"title\": \"<script>alert(\\\"plan\\\")</script>\"") != std::string::npos);
}

TEST_CASE("a UTF-8 byte order mark and CRLF line ends are read; the export has neither", "[io]") {
    const std::string bytes = read_source_file("tests/data/good/bom_crlf.accord.json");
    REQUIRE(bytes.rfind("\xEF\xBB\xBF", 0) == 0);
    REQUIRE(bytes.find("\r\n") != std::string::npos);
    const accord::Plan plan = import_ok(bytes);
    CHECK(plan.partners[0].name == "Tartu Ülikool");
    const std::string exported = export_plan(plan);
    CHECK(exported.rfind("{", 0) == 0);
    CHECK(exported.find('\r') == std::string::npos);
}

TEST_CASE("missing fields and null both take the model's defaults", "[io]") {
    const accord::Plan minimal = import_ok(plan_with(R"("title": "Tiny")"));
    CHECK(minimal.title == "Tiny");
    CHECK(minimal.partners.empty());
    CHECK(minimal.communication.cadence_days == 14);
    CHECK(minimal.revision == 0);
    CHECK(minimal.created == 0);

    const accord::Plan nulls = import_ok(plan_with(
        R"("title": null, "partners": [{"id": "a", "name": "A", "colour": null, "values": null}],
           "goals": [{"id": "g", "title": "G", "weight": null, "start": null, "due": null, "metric": null, "parent": null}],
           "communication": null)"));
    CHECK(nulls.title.empty());
    CHECK(nulls.partners[0].colour == 0x4C78A8);
    CHECK(nulls.goals[0].weight == 1.0);
    CHECK_FALSE(nulls.goals[0].start);
    CHECK_FALSE(nulls.goals[0].metric);
    CHECK(nulls.goals[0].parent.empty());
    CHECK(nulls.goals[0].kind == accord::GoalKind::Objective);
    CHECK(nulls.goals[0].confidence == 0.5);
}

TEST_CASE("whole numbers written with a fraction of zero, upper-case colours and bare dates are read", "[io]") {
    const accord::Plan plan = import_ok(plan_with(
        R"("created": "2026-01-12", "partners": [{"id": "a", "name": "A", "colour": "#E8A33D"}],
           "risks": [{"id": "k", "title": "Delay", "likelihood": 4.0, "impact": 5}])"));
    CHECK(plan.risks[0].likelihood == 4);
    CHECK(plan.partners[0].colour == 0xE8A33D);
    // 2026-01-12: 2026-01-01 is day 20454 (20089 for 2025-01-01 + 365), plus 11.
    CHECK(plan.created == 20465LL * 86400000);
    const std::string exported = export_plan(plan);
    CHECK(exported.find("\"colour\": \"#e8a33d\"") != std::string::npos);
    CHECK(exported.find("\"created\": \"2026-01-12T00:00:00Z\"") != std::string::npos);
    CHECK(exported.find("\"likelihood\": 4,") != std::string::npos);
}

TEST_CASE("check-ins, rounds and readings out of date order are put in order, ties keep theirs", "[io]") {
    const accord::Plan plan = import_ok(plan_with(
        R"("checkins": [{"id": "c2", "date": "2026-05-01"}, {"id": "c1", "date": "2026-02-01"}, {"id": "c3", "date": "2026-05-01"}],
           "rounds": [{"id": "r2", "date": "2026-09-15"}, {"id": "r1", "date": "2026-03-16"}],
           "goals": [{"id": "g", "title": "G", "metric": {"history": [{"date": "2026-06-30", "value": 2}, {"date": "2026-03-31", "value": 1}]}}])"));
    CHECK(plan.checkins[0].id == "c1");
    CHECK(plan.checkins[1].id == "c2");
    CHECK(plan.checkins[2].id == "c3");
    CHECK(plan.rounds[0].id == "r1");
    CHECK(plan.goals[0].metric->history[0].value == 1);
}

TEST_CASE("every enum token reads back as the value it was written for", "[io]") {
    using namespace accord;
    const auto round_trips = [](auto table_owner) {
        using E = decltype(table_owner);
        for (const auto& [value, text] : io::TokenTable<E>::entries) {
            CHECK(io::from_token<E>(text) == value);
            CHECK(std::string(io::token(value)) == text);
            CHECK(std::string(text).find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string::npos);
        }
    };
    round_trips(GoalKind{});
    round_trips(GoalStatus{});
    round_trips(Direction{});
    round_trips(Role{});
    round_trips(DecisionMethod{});
    round_trips(RiskStatus{});
    round_trips(ValueFlow{});
    CHECK(std::string(io::token(Role::None)).empty());
    CHECK_FALSE(io::from_token<Role>("none"));
    CHECK(io::token_choices<RiskStatus>() == R"("open", "mitigating" or "closed")");
}

TEST_CASE("an import that fails lists at most the first twenty problems, in document order", "[io]") {
    std::string ratings;
    for (int i = 0; i < 1000; ++i) ratings += std::string(i ? "," : "") + R"({"dimension": "d", "partner": "a", "score": "x"})";
    const auto result = import_plan(plan_with(R"("rounds": [{"id": "r", "date": "2026-03-16", "ratings": [)" + ratings + "]}]"));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.problems.size() == 20);
    CHECK(result.problems[0].text() == R"(rounds[0].ratings[0].score: expected a whole number, got "x")");
    CHECK(result.problems[19].path == "rounds[0].ratings[19].score");

    accord::io::Limits three;
    three.max_problems = 3;
    CHECK(import_plan(plan_with(R"("rounds": [{"id": "r", "date": "2026-03-16", "ratings": [)" + ratings + "]}]"), three)
              .problems.size() == 3);
    three.max_problems = 0;  // nonsense, but must not turn a refusal into an acceptance
    CHECK(import_plan(plan_with(R"("title": 7)"), three).problems.size() == 1);
}

TEST_CASE("a plan that breaks an invariant is refused with validate's own words", "[io]") {
    const auto result = import_plan(plan_with(R"("partners": [{"id": "a", "name": "A"}], "goals": [{"id": "g", "title": "G", "owners": ["a", "a"]}])"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.problems[0].text() == "goals[0].owners[1]: lists partner 'a' twice");
}

TEST_CASE("a review figure with nothing to measure stays empty, written as null, not as 0", "[io]") {
    const accord::Plan plan = import_ok(plan_with(
        R"("reviews": [{"id": "r1", "date": "2026-06-30", "scores": {"health": 71.5, "risk": null}}])"));
    const accord::ScoreSnapshot& scores = plan.reviews[0].scores;
    CHECK(scores.health == 71.5);
    CHECK_FALSE(scores.risk);           // null: there were no risks to score
    CHECK_FALSE(scores.alignment);      // missing: the same
    const std::string bytes = export_plan(plan);
    CHECK(bytes.find("\"health\": 71.5") != std::string::npos);
    CHECK(bytes.find("\"risk\": null") != std::string::npos);
    CHECK(export_plan(import_ok(bytes)) == bytes);
}
