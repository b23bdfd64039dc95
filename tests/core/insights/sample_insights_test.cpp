// The sample plan shows every insight with something real on 2026-11-23 (docs/insights.md): a
// disagreement with both comments, ratings the plan contradicts, glossary terms in the vision and
// goals with a double and a dispute, and approvals of an earlier version with a real diff.
#include <algorithm>

#include <catch2/catch.hpp>

#include "../io/fixtures.hpp"
#include "core/insights/insights.hpp"
#include "core/io/plan_file.hpp"

using namespace accord;
using insights::ChangeKind;

namespace {

const Plan& sample() {
    static const Plan plan = [] {
        auto result = io::import_plan(test::read_source_file("assets/sample.accord.json"));
        REQUIRE(result.ok());
        return *result.plan;
    }();
    return plan;
}

const insights::Insights& found() {
    static const insights::Insights all = [] {
        const auto scores = scoring::score_plan(sample(), *Date::from_ymd(2026, 11, 23));
        return insights::compute_insights(sample(), scores);
    }();
    return all;
}

}  // namespace

TEST_CASE("sample: communication in the autumn round is a disagreement with both partners' comments", "[insights][sample]") {
    const auto& all = found().disagreements;
    const auto it = std::find_if(all.begin(), all.end(), [](const insights::FlaggedDisagreement& d) {
        return d.latest && d.dimension_name == "Communication";
    });
    REQUIRE(it != all.end());
    CHECK(it->pair.high_score == 4);  // Sonnenfeld 4, Wisła Grid 2
    CHECK(it->pair.low_score == 2);
    CHECK(it->pair.high_comment == "The fortnightly calls keep us in step; the site change was announced there first.");
    CHECK(it->pair.low_comment == "We learned about the site change from the local paper, not from the partners.");
}

TEST_CASE("sample: shared goals, values and commitment are rated high against the plan's evidence", "[insights][sample]") {
    const auto& evidence = found().evidence;
    std::vector<std::string> names;
    for (std::size_t i : evidence.mismatches) names.push_back(evidence.dimensions[i].name);
    CHECK(names == std::vector<std::string>{"Shared goals", "Values", "Commitment"});
    // Role clarity (2.3) is a concern the role matrix confirms: 4 of 10 activities.
    CHECK(evidence.dimensions[4].match == insights::Match::Consistent);
    CHECK(evidence.dimensions[4].problems == 4);
    // Shared goals: 'Community information evenings' has no owner.
    CHECK(evidence.dimensions[0].next_steps == std::vector<std::string>{"1 open goal has no owner: name one in the goal tree"});
}

TEST_CASE("sample: glossary terms in the vision and goals, Peak shaving defined twice, Flexibility disputed", "[insights][sample]") {
    const auto& glossary = found().glossary;
    REQUIRE_FALSE(glossary.fields.empty());
    CHECK(glossary.fields[0].field == insights::TextField::VisionStatement);
    const std::string& statement = sample().vision.statement;
    const auto& first = glossary.fields[0].spans[0];
    CHECK(statement.substr(first.begin, first.end - first.begin) == "community battery");
    CHECK(std::any_of(glossary.fields.begin(), glossary.fields.end(),
                      [](const insights::FieldTerms& f) { return f.field == insights::TextField::GoalDescription; }));
    REQUIRE(glossary.doubles.size() == 1);
    CHECK(glossary.doubles[0].term == "Peak shaving");
    REQUIRE(glossary.disputed.size() == 1);
    CHECK(glossary.disputed[0].name == "Flexibility");
    CHECK(glossary.disputed[0].agreed_by.size() == 1);
    CHECK(glossary.disputed[0].not_agreed_by.size() == 2);
}

TEST_CASE("sample: all three approved in September; only Wisła Grid approved the plan as it is", "[insights][sample]") {
    const auto& agreement = found().agreement;
    REQUIRE(agreement.approvals.size() == 4);
    CHECK_FALSE(agreement.approved_by_all);
    REQUIRE(agreement.partners.size() == 3);
    CHECK_FALSE(agreement.partners[0].current);  // Sonnenfeld
    CHECK(agreement.partners[1].current);        // Wisła Grid, 2026-11-20
    CHECK_FALSE(agreement.partners[2].current);  // Tartu
    REQUIRE(agreement.last_agreed);
    CHECK(format_instant(agreement.last_agreed->at) == "2026-09-25T08:15:00Z");
    REQUIRE(agreement.changes.size() == 4);
    CHECK(agreement.changes[0].kind == ChangeKind::Changed);
    CHECK(agreement.changes[0].name == "Prepare the grid connection application");
    CHECK(agreement.changes[1].name == "Cut the village's evening peak");
    CHECK(agreement.changes[2].kind == ChangeKind::Added);
    CHECK(agreement.changes[2].name == "Grid operator refuses the connection at the planned point");
    CHECK(agreement.changes[3].kind == ChangeKind::Removed);
    CHECK(agreement.changes[3].name == "Installer goes out of business during the works");
}

TEST_CASE("sample: the agenda has twelve items, most important first", "[insights][sample]") {
    using K = insights::AgendaKind;
    std::vector<K> kinds;
    for (const auto& item : found().agenda.items) kinds.push_back(item.kind);
    CHECK(kinds == std::vector<K>{K::Disagreement, K::Disagreement, K::Disagreement, K::Disagreement, K::Disagreement,
                                  K::EvidenceMismatch, K::EvidenceMismatch, K::EvidenceMismatch, K::Overdue, K::Overdue,
                                  K::RiskWithoutContingency, K::ApprovalOutdated});
    CHECK(found().agenda.due->iso() == "2026-11-10");
}

TEST_CASE("sample: every dimension carries its topic", "[insights][sample]") {
    for (std::size_t i = 0; i < sample().dimensions.size(); ++i) CHECK(sample().dimensions[i].topic == kDimensionTopics[i]);
}
