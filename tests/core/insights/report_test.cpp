// The report (core/insights/report.hpp): every text from the plan stays inert, in Markdown and HTML.
#include <catch2/catch.hpp>

#include "../scoring/plan_builder.hpp"
#include "core/insights/report.hpp"

using namespace accord;
using namespace accord::test;

namespace {

// Names that would be markup if a report let them through.
Plan hostile_plan() {
    Plan plan = two_partner_plan();
    plan.title = "<script>alert(1)</script> **Pilot** | `x`";
    plan.partners[0].name = "**Acme** <b>";
    plan.partners[1].name = "Beta | Co [link](http://x)";
    add_dimension(plan, "trust", "Trust # 1_");
    add_round(plan, "q1", "2025-02-15", {rating("trust", "acme", 5, "<img src=x onerror=alert(2)>"), rating("trust", "beta", 3, "a|b")});
    add_goal(plan, "g1").title = "Ship **it** ```now```";
    return plan;
}

// The Markdown without its fenced block of scores: inside a fence text shows as written, so the
// scores' reasons keep the names as they are there.
std::string outside_fences(const std::string& md) {
    const std::size_t open = md.find("\n````text\n");
    const std::size_t close = md.find("\n````\n", open + 1);
    REQUIRE(open != std::string::npos);
    REQUIRE(close != std::string::npos);
    return md.substr(0, open) + md.substr(close + 6);
}

std::string report(const Plan& plan, insights::ReportFormat format) {
    require_valid(plan);
    const auto scores = scoring::score_plan(plan, day("2025-03-10"));
    return insights::plan_report(plan, scores, insights::compute_insights(plan, scores), format);
}

}  // namespace

TEST_CASE("Markdown escaping puts a backslash before each character that could be markup", "[insights][report]") {
    CHECK(insights::escape_markdown("<script>**x**|y") == "\\<script\\>\\*\\*x\\*\\*\\|y");
    CHECK(insights::escape_markdown("a_b [c](d) #e `f` ~g & \\") == "a\\_b \\[c\\](d) \\#e \\`f\\` \\~g \\& \\\\");
    CHECK(insights::escape_markdown("two\nlines") == "two lines");
    CHECK(insights::escape_markdown("Wisła Grid — Łódź") == "Wisła Grid — Łódź");
}

TEST_CASE("HTML escaping turns & < > \" ' into character references", "[insights][report]") {
    CHECK(insights::escape_html("<a href=\"x\">Tom's & co</a>") == "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;");
}

TEST_CASE("a Markdown report keeps markup in names inert", "[insights][report]") {
    const std::string md = outside_fences(report(hostile_plan(), insights::ReportFormat::Markdown));
    CHECK_THAT(md, Catch::StartsWith("# \\<script\\>alert(1)\\</script\\> \\*\\*Pilot\\*\\* \\| \\`x\\`\n"));
    CHECK(md.find("<script>") == std::string::npos);
    for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
        INFO(md.substr(at, 20));
        CHECK(md[at - 1] == '\\');  // every < is escaped
    }
    CHECK(md.find("\\<img src=x onerror=alert(2)\\>") != std::string::npos);
    CHECK(md.find("**Acme**") == std::string::npos);
    CHECK(md.find("\\*\\*Acme\\*\\* \\<b\\>") != std::string::npos);
    CHECK(md.find("Beta \\| Co \\[link\\](http://x)") != std::string::npos);
    // The disagreement row keeps its five cells: the | in the comment is escaped.
    const std::size_t row = md.find("| 2025-02-15 |");
    REQUIRE(row != std::string::npos);
    const std::string line = md.substr(row, md.find('\n', row) - row);
    std::size_t cells = 0;
    for (std::size_t i = 0; i < line.size(); ++i) cells += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    CHECK(cells == 6);
}

TEST_CASE("the scores inside a Markdown report are fenced longer than any backticks in them", "[insights][report]") {
    const std::string md = report(hostile_plan(), insights::ReportFormat::Markdown);
    // The goal title holds a run of three backticks, so the fence is four.
    CHECK(md.find("\n````text\n") != std::string::npos);
}

TEST_CASE("an HTML report is one page with every text entity-escaped", "[insights][report]") {
    const std::string html = report(hostile_plan(), insights::ReportFormat::Html);
    CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>&lt;script&gt;"));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
    CHECK(html.find("<h2>Feelings against evidence</h2>") != std::string::npos);
}

TEST_CASE("the report has every section, in order", "[insights][report]") {
    const std::string md = report(hostile_plan(), insights::ReportFormat::Markdown);
    std::size_t at = 0;
    for (const char* heading : {"## Agenda for the next check-in", "## Scores", "## Shared vision", "## Disagreements",
                                "## Feelings against evidence", "## Glossary", "## Agreement"}) {
        const std::size_t found = md.find(heading, at);
        INFO(heading);
        REQUIRE(found != std::string::npos);
        at = found;
    }
}
