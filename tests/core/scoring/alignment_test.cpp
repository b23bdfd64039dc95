// Alignment (docs/scoring.md, "Alignment").
#include <catch2/catch.hpp>

#include "core/scoring/alignment.hpp"
#include "plan_builder.hpp"

using namespace accord;
using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

namespace {

// Acme, Beta and Carol; two dimensions, Trust and Values.
Plan three_partner_plan() {
    Plan plan = two_partner_plan();
    add_partner(plan, "carol", "Carol");
    add_dimension(plan, "trust", "Trust");
    add_dimension(plan, "values", "Values");
    return plan;
}

// The stats of Trust in a single round with the given ratings.
DimensionStats trust_with(std::vector<Rating> ratings) {
    Plan plan = three_partner_plan();
    add_round(plan, "q1", "2025-03-01", std::move(ratings));
    require_valid(plan);
    return score_alignment(plan).rounds.at(0).dimensions.at(0);
}

}  // namespace

TEST_CASE("a dimension's mean and spread come from the partners who rated it", "[scoring][alignment]") {
    const DimensionStats d = trust_with({rating("trust", "acme", 4), rating("trust", "beta", 2), rating("trust", "carol", 5)});
    CHECK(d.raters == 3);
    CHECK(*d.mean == Approx(11.0 / 3));  // (4 + 2 + 5) / 3 = 3.67
    CHECK(d.min == 2);
    CHECK(d.max == 5);
    CHECK(d.spread == 3);  // 5 - 2
    CHECK(d.band == Band::Borderline);
}

TEST_CASE("bands follow the Wilder inventory: 4.0 up a strength, 3.0 up borderline, below a concern", "[scoring][alignment]") {
    CHECK(band_of(5) == Band::Strength);
    CHECK(band_of(4.0) == Band::Strength);
    CHECK(band_of(3.99) == Band::Borderline);
    CHECK(band_of(3.0) == Band::Borderline);
    CHECK(band_of(2.99) == Band::Concern);
    CHECK(band_of(1) == Band::Concern);
}

TEST_CASE("partners 1.5 points or more apart on a dimension make a gap", "[scoring][alignment]") {
    CHECK_FALSE(trust_with({rating("trust", "acme", 4), rating("trust", "beta", 3)}).gap);  // spread 1
    CHECK(trust_with({rating("trust", "acme", 4), rating("trust", "beta", 2)}).gap);        // spread 2
}

TEST_CASE("two partners a point apart are a disagreement even when the mean is a strength", "[scoring][alignment]") {
    const DimensionStats d = trust_with({rating("trust", "acme", 5, "We share everything"), rating("trust", "beta", 4),
                                         rating("trust", "carol", 4, "Data arrives late")});
    CHECK(d.band == Band::Strength);  // (5 + 4 + 4) / 3 = 4.33
    CHECK_FALSE(d.gap);
    REQUIRE(d.disagreement);
    CHECK(d.disagreement->high_partner == "acme");
    CHECK(d.disagreement->low_partner == "beta");  // Beta and Carol both rated 4: the first in plan order
    CHECK(d.disagreement->difference() == 1);
    CHECK(d.disagreement->high_comment == "We share everything");
    CHECK(d.disagreement_hidden);
}

TEST_CASE("the disagreement names the two partners furthest apart, with their comments", "[scoring][alignment]") {
    const DimensionStats d = trust_with({rating("trust", "acme", 3), rating("trust", "beta", 1, "Promises broken"),
                                         rating("trust", "carol", 5, "Never let down")});
    REQUIRE(d.disagreement);
    CHECK(d.disagreement->high_partner == "carol");
    CHECK(d.disagreement->high_comment == "Never let down");
    CHECK(d.disagreement->low_partner == "beta");
    CHECK(d.disagreement->low_comment == "Promises broken");
    CHECK(d.disagreement->difference() == 4);
    CHECK_FALSE(d.disagreement_hidden);  // a mean of 3.0 does not hide it
}

TEST_CASE("partners who agree make no disagreement", "[scoring][alignment]") {
    CHECK_FALSE(trust_with({rating("trust", "acme", 4), rating("trust", "beta", 4)}).disagreement);
}

TEST_CASE("the alignment index combines the rating level and the partners' agreement", "[scoring][alignment]") {
    Plan plan = three_partner_plan();
    add_round(plan, "q1", "2025-03-01",
              {rating("trust", "acme", 4), rating("trust", "beta", 2),     // mean 3, spread 2
               rating("values", "acme", 4), rating("values", "beta", 4)});  // mean 4, spread 0
    const AlignmentScores s = score_alignment(plan);
    // level = ((3 - 1) / 4 + (4 - 1) / 4) / 2 = (0.5 + 0.75) / 2 = 0.625
    // agreement = 1 - mean spread / 4 = 1 - 1 / 4 = 0.75
    // index = 100 x (0.6 x 0.625 + 0.4 x 0.75) = 100 x (0.375 + 0.3) = 67.5
    REQUIRE(s.index.known());
    CHECK(*s.index.value == Approx(67.5));
    CHECK_THAT(joined(s.index.reasons), Contains("alignment index 68 = 100 x (0.6 x level 63% + 0.4 x agreement 75%)"));
    CHECK_THAT(joined(s.index.reasons), Contains("1 gap (partners 1.5 points or more apart): 'Trust'"));
}

TEST_CASE("a round rated by one partner only measures the level", "[scoring][alignment]") {
    Plan plan = three_partner_plan();
    add_round(plan, "q1", "2025-03-01", {rating("trust", "acme", 4), rating("values", "acme", 2)});
    const AlignmentScores s = score_alignment(plan);
    CHECK(*s.index.value == Approx(50));  // level ((4 - 1) / 4 + (2 - 1) / 4) / 2 = 0.5; no agreement to measure
    CHECK_THAT(joined(s.index.reasons), Contains("no dimension was rated by two partners"));
}

TEST_CASE("a partner who did not rate in a round is listed and left out of the means", "[scoring][alignment]") {
    Plan plan = three_partner_plan();
    add_round(plan, "q1", "2025-03-01", {rating("trust", "acme", 5), rating("trust", "beta", 3)});
    const AlignmentScores s = score_alignment(plan);
    const RoundAlignment& r = s.rounds.at(0);
    CHECK(r.dimensions.at(0).raters == 2);
    CHECK(*r.dimensions.at(0).mean == 4);  // (5 + 3) / 2: Carol is not counted as a zero
    CHECK(r.not_rated == std::vector<Id>{"carol"});
    CHECK_FALSE(r.dimensions.at(1).mean);  // nobody rated Values
    CHECK_THAT(joined(s.index.reasons), Contains("'Carol' has not rated in this round"));
    CHECK_THAT(joined(s.index.reasons), Contains("1 dimension not rated by anyone: 'Values'"));
}

TEST_CASE("each partner's ratings are listed per dimension for the radar", "[scoring][alignment]") {
    Plan plan = three_partner_plan();
    add_round(plan, "q1", "2025-03-01", {rating("values", "beta", 2), rating("trust", "beta", 5)});
    const RoundAlignment r = score_alignment(plan).rounds.at(0);
    REQUIRE(r.partners.size() == 3);
    CHECK(r.partners[1].partner == "beta");
    CHECK(r.partners[1].scores == std::vector<std::optional<int>>{5, 2});  // in the plan's dimension order
    CHECK(r.partners[1].rated == 2);
    CHECK(r.partners[0].scores == std::vector<std::optional<int>>{std::nullopt, std::nullopt});
}

TEST_CASE("rounds are ordered by date, not by their order in the plan", "[scoring][alignment]") {
    Plan plan = three_partner_plan();
    add_round(plan, "q2", "2025-06-01", {rating("trust", "acme", 4), rating("trust", "beta", 4)});
    add_round(plan, "q1", "2025-03-01", {rating("trust", "acme", 3), rating("trust", "beta", 1)});
    const AlignmentScores s = score_alignment(plan);
    CHECK(s.rounds.at(0).round == "q1");
    CHECK(s.rounds.at(1).round == "q2");
    CHECK(s.latest_round()->round == "q2");
}

TEST_CASE("the change since the previous round is the difference of their indexes", "[scoring][alignment]") {
    Plan plan = three_partner_plan();
    // q1: mean 2, spread 2: 100 x (0.6 x 0.25 + 0.4 x 0.5) = 35
    add_round(plan, "q1", "2025-03-01", {rating("trust", "acme", 3), rating("trust", "beta", 1)});
    // q2: mean 4, spread 0: 100 x (0.6 x 0.75 + 0.4 x 1) = 85
    add_round(plan, "q2", "2025-06-01", {rating("trust", "acme", 4), rating("trust", "beta", 4)});
    const AlignmentScores s = score_alignment(plan);
    CHECK(*s.rounds.at(0).index.value == Approx(35));
    CHECK(*s.index.value == Approx(85));
    REQUIRE(s.change);
    CHECK(*s.change == Approx(50));  // 85 - 35
    CHECK_THAT(joined(s.index.reasons), Contains("up 50 points since 'Round q1' (2025-03-01): 35 -> 85"));
}

TEST_CASE("a round without ratings yet does not replace the latest rated round", "[scoring][alignment]") {
    Plan plan = three_partner_plan();
    add_round(plan, "q1", "2025-03-01", {rating("trust", "acme", 4), rating("trust", "beta", 4)});
    add_round(plan, "q2", "2025-06-01", {});
    const AlignmentScores s = score_alignment(plan);
    CHECK(s.latest_round()->round == "q1");
    CHECK_FALSE(s.change);
    CHECK_FALSE(s.rounds.at(1).index.known());
    CHECK_THAT(joined(s.index.reasons), Contains("'Round q2' (2025-06-01) has no ratings yet"));
}

TEST_CASE("a plan without ratings has no alignment index", "[scoring][alignment]") {
    Plan plan = three_partner_plan();
    CHECK_FALSE(score_alignment(plan).index.known());
    add_round(plan, "q1", "2025-03-01", {});
    const AlignmentScores s = score_alignment(plan);
    CHECK_FALSE(s.index.known());
    CHECK_FALSE(s.latest);
    CHECK_THAT(joined(s.index.reasons), Contains("no ratings yet"));
}
