// What goes out with a plan: file names and the email draft (core/exchange/sending.hpp).
#include <catch2/catch.hpp>

#include "core/exchange/sending.hpp"

using namespace accord;
using namespace accord::exchange;

namespace {

Plan plan_with_partners() {
    Plan plan;
    plan.title = "Battery Pilot";
    Partner a;
    a.id = "p-a";
    a.name = "Anna Weiß";
    a.email = "anna@sonnenfeld.example";
    Partner b;
    b.id = "p-b";
    b.name = "Bartek";
    b.email = "bartek@wisla.example";
    Partner c;  // no address: cannot be written to
    c.id = "p-c";
    c.name = "Chiara";
    plan.partners = {a, b, c};
    return plan;
}

}  // namespace

TEST_CASE("A plan's file name is its title with what file systems refuse taken out") {
    CHECK(plan_file_name("Battery Pilot") == "Battery Pilot.accord.json");
    // ':' and '/' are refused by Windows and Unix: each becomes a space, and runs of spaces one.
    CHECK(plan_file_name("Q3: Pilot / Berlin") == "Q3 Pilot Berlin.accord.json");
    // Leading dots would hide the file on Unix; trailing dots vanish on Windows.
    CHECK(plan_file_name("..hidden plan..") == "hidden plan.accord.json");
    CHECK(plan_file_name("Wisła – Łódź") == "Wisła – Łódź.accord.json");
    CHECK(plan_file_name("") == "plan.accord.json");
    CHECK(plan_file_name("???") == "plan.accord.json");
    CHECK(plan_file_name("tab\there") == "tab here.accord.json");
}

TEST_CASE("A very long title is cut at 80 bytes, never inside a letter") {
    // 79 'a' then 'é' (2 bytes: 0xC3 0xA9) would end at byte 81: the cut falls back to 79.
    const std::string title = std::string(79, 'a') + "\xC3\xA9" + "xyz";
    CHECK(plan_file_name(title) == std::string(79, 'a') + ".accord.json");
}

TEST_CASE("A report's file name says it is a report") {
    CHECK(report_file_name("Battery Pilot", ".md") == "Battery Pilot report.md");
    CHECK(report_file_name("", ".html") == "plan report.html");
}

TEST_CASE("The email goes to the other partners who have an address") {
    const Plan plan = plan_with_partners();
    const EmailDraft draft = email_draft(plan, "p-a", "Battery Pilot.accord.json", *Date::parse("2026-11-23"),
                                         "https://accord.example/");
    CHECK(draft.to == std::vector<std::string>{"bartek@wisla.example"});
    CHECK(draft.subject == "Accord plan: Battery Pilot");
    CHECK(draft.body.find("attached is \"Battery Pilot\" as of 2026-11-23, from Accord: the file "
                          "Battery Pilot.accord.json.") != std::string::npos);
    CHECK(draft.body.find("1. Open Accord at https://accord.example/.") != std::string::npos);
    // Signed with the sender's name.
    const std::string signature = "\nAnna Weiß\n";
    CHECK(draft.body.substr(draft.body.size() - signature.size()) == signature);
}

TEST_CASE("Without knowing who sends, every partner with an address is written to") {
    const Plan plan = plan_with_partners();
    const EmailDraft draft = email_draft(plan, "", "x.accord.json", *Date::parse("2026-11-23"), "");
    CHECK(draft.to == std::vector<std::string>{"anna@sonnenfeld.example", "bartek@wisla.example"});
    // Opened from disk (no web address): the body names the single-file app instead.
    CHECK(draft.body.find("1. Open Accord (the accord.html file, in any browser).") != std::string::npos);
}

TEST_CASE("Percent-encoding keeps only unreserved characters and encodes UTF-8 bytes") {
    CHECK(percent_encode("a-b_c.d~e") == "a-b_c.d~e");
    CHECK(percent_encode("a b&c=d?") == "a%20b%26c%3Dd%3F");
    CHECK(percent_encode("Weiß") == "Wei%C3%9F");  // U+00DF is C3 9F in UTF-8
}

TEST_CASE("A mailto link carries recipients, subject and body with CRLF line breaks") {
    EmailDraft draft;
    draft.to = {"anna@sonnenfeld.example", "b+c@x.example"};
    draft.subject = "Plan: Q3";
    draft.body = "Hi,\nok\n";
    CHECK(mailto_url(draft) ==
          "mailto:anna@sonnenfeld.example,b%2Bc@x.example?subject=Plan%3A%20Q3&body=Hi%2C%0D%0Aok%0D%0A");
}
