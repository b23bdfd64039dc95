// Glossary-aware text (core/insights/glossary.hpp, docs/insights.md): spans are byte offsets into
// the UTF-8 text, worked out by hand (a Polish, Greek or Cyrillic letter outside ASCII takes two
// bytes).
#include <catch2/catch.hpp>

#include "../scoring/plan_builder.hpp"
#include "core/insights/glossary.hpp"

using namespace accord;
using namespace accord::test;

namespace {

GlossaryTerm term(const Id& id, const std::string& text, const std::string& definition = "") {
    GlossaryTerm t;
    t.id = id;
    t.term = text;
    t.definition = definition;
    return t;
}

struct Found {
    std::size_t begin, end;
    std::vector<Id> terms;
    bool operator==(const Found& o) const { return begin == o.begin && end == o.end && terms == o.terms; }
};

std::ostream& operator<<(std::ostream& out, const Found& f) {
    out << "[" << f.begin << ", " << f.end << ")";
    for (const auto& id : f.terms) out << " " << id;
    return out;
}

std::vector<Found> find(const std::vector<GlossaryTerm>& glossary, const std::string& text) {
    std::vector<Found> out;
    for (const auto& span : insights::GlossaryIndex(glossary).find(text)) out.push_back({span.begin, span.end, span.terms});
    return out;
}

}  // namespace

TEST_CASE("a term is found whatever its case, as byte spans of the text", "[insights][glossary]") {
    // "The " is 4 bytes; "Community Battery" 17; " and the " 9; "community batteries" 19.
    CHECK(find({term("cb", "community battery")}, "The Community Battery and the community batteries") ==
          std::vector<Found>{{4, 21, {"cb"}}, {30, 49, {"cb"}}});
}

TEST_CASE("whole words only: a term inside a longer word is not found", "[insights][glossary]") {
    CHECK(find({term("m", "member")}, "membership remembered").empty());
    CHECK(find({term("m", "member")}, "(member)") == std::vector<Found>{{1, 7, {"m"}}});
}

TEST_CASE("English plurals in -s, -es and -ies match either way; short words only as written", "[insights][glossary]") {
    CHECK(find({term("b", "battery")}, "batteries") == std::vector<Found>{{0, 9, {"b"}}});
    CHECK(find({term("b", "box")}, "boxes") == std::vector<Found>{{0, 5, {"b"}}});
    CHECK(find({term("d", "day")}, "days") == std::vector<Found>{{0, 4, {"d"}}});  // a vowel before y: -s
    CHECK(find({term("d", "day")}, "daies").empty());
    CHECK(find({term("m", "Members")}, "one member") == std::vector<Found>{{4, 10, {"m"}}});
    CHECK(find({term("it", "IT")}, "its budget").empty());
    CHECK(find({term("it", "IT")}, "the it team") == std::vector<Found>{{4, 6, {"it"}}});
}

TEST_CASE("terms in Polish, Greek and Cyrillic are found whatever their case", "[insights][glossary]") {
    // "Nasza " 6 bytes, then SPÓŁDZIELNIA: ten ASCII letters and Ó, Ł of two bytes each = 14.
    CHECK(find({term("s", "Spółdzielnia")}, "Nasza SPÓŁDZIELNIA działa") == std::vector<Found>{{6, 20, {"s"}}});
    // "Η " is 3 bytes; ΕΝΈΡΓΕΙΑ eight letters of two bytes.
    CHECK(find({term("e", "ενέργεια")}, "Η ΕΝΈΡΓΕΙΑ μας") == std::vector<Found>{{3, 19, {"e"}}});
    CHECK(find({term("r", "энергия")}, "ЭНЕРГИЯ!") == std::vector<Found>{{0, 14, {"r"}}});
}

TEST_CASE("a term of several words spans spaces, line breaks and hyphens, not other punctuation", "[insights][glossary]") {
    const std::vector<GlossaryTerm> glossary{term("soc", "State of charge")};
    CHECK(find(glossary, "state-of-charge") == std::vector<Found>{{0, 15, {"soc"}}});
    CHECK(find(glossary, "State of\ncharge") == std::vector<Found>{{0, 15, {"soc"}}});
    CHECK(find(glossary, "the state. Of charge").empty());
}

TEST_CASE("overlapping terms: the one with more words wins, spans never overlap", "[insights][glossary]") {
    const std::vector<GlossaryTerm> glossary{term("peak", "peak"), term("ps", "peak shaving")};
    CHECK(find(glossary, "peak shaving at peak") == std::vector<Found>{{0, 12, {"ps"}}, {16, 20, {"peak"}}});
}

TEST_CASE("a term defined twice is one match naming both entries", "[insights][glossary]") {
    const std::vector<GlossaryTerm> glossary{term("p1", "Peak shaving"), term("p2", "peak  SHAVING")};
    CHECK(find(glossary, "more peak shaving") == std::vector<Found>{{5, 17, {"p1", "p2"}}});
}

TEST_CASE("check_glossary finds terms in the vision and goals, doubles and disputes", "[insights][glossary]") {
    Plan plan = two_partner_plan();
    plan.vision.statement = "A community battery for members.";
    plan.glossary = {term("cb", "Community battery", "A battery the village owns."), term("m", "Member", "A shareholder."),
                     term("p1", "Peak shaving", "Lower the substation's peak."), term("p2", "peak shaving", "Buy less in the evening."),
                     term("f", "Flexibility", "Capacity the grid may call on.")};
    plan.glossary[4].disputed = true;
    plan.glossary[4].agreed_by = {"beta"};
    add_goal(plan, "g1").title = "Sign up members";
    require_valid(plan);
    const auto report = insights::check_glossary(plan);

    REQUIRE(report.fields.size() == 2);
    CHECK(report.fields[0].entity == insights::EntityRef{insights::EntityKind::Vision, ""});
    CHECK(report.fields[0].field == insights::TextField::VisionStatement);
    // "A " 2 bytes, "community battery" 17, " for " 5, "members" 7.
    REQUIRE(report.fields[0].spans.size() == 2);
    CHECK(report.fields[0].spans[0].begin == 2);
    CHECK(report.fields[0].spans[0].end == 19);
    CHECK(report.fields[0].spans[1].begin == 24);
    CHECK(report.fields[0].spans[1].end == 31);
    CHECK(report.fields[1].entity == insights::EntityRef{insights::EntityKind::Goal, "g1"});
    CHECK(report.fields[1].field == insights::TextField::GoalTitle);
    CHECK(report.fields[1].spans[0].begin == 8);  // "Sign up " is 8 bytes
    CHECK(report.uses == std::vector<int>{1, 2, 0, 0, 0});

    REQUIRE(report.doubles.size() == 1);
    CHECK(report.doubles[0].term == "Peak shaving");
    CHECK(report.doubles[0].terms == std::vector<Id>{"p1", "p2"});
    CHECK(report.doubles[0].definitions == std::vector<std::string>{"Lower the substation's peak.", "Buy less in the evening."});

    REQUIRE(report.disputed.size() == 1);
    CHECK(report.disputed[0].term == "f");
    CHECK(report.disputed[0].agreed_by == std::vector<Id>{"beta"});
    CHECK(report.disputed[0].not_agreed_by == std::vector<Id>{"acme"});
}

TEST_CASE("a text with malformed UTF-8 still gives spans on byte boundaries", "[insights][glossary]") {
    // "\xff" is one malformed byte; the term starts right after it.
    CHECK(find({term("m", "member")}, "\xff member") == std::vector<Found>{{2, 8, {"m"}}});
}
