// The health index (docs/scoring.md, "Health index").
#include <catch2/catch.hpp>

#include "core/scoring/health.hpp"
#include "plan_builder.hpp"

using namespace accord::scoring;
using namespace accord::test;
using Catch::Matchers::Contains;

TEST_CASE("the health index is the weighted mean of the part scores", "[scoring][health]") {
    const HealthIndex h = blend_health({80, 60, 100, 50, 70, 90});
    // (25 x 80 + 20 x 60 + 15 x 100 + 15 x 50 + 15 x 70 + 10 x 90) / 100
    // = (2000 + 1200 + 1500 + 750 + 1050 + 900) / 100 = 74
    CHECK(*h.index.value == Approx(74));
    CHECK(h.parts.size() == 6);
    CHECK(h.parts[0].share == Approx(0.25));
    CHECK_THAT(joined(h.index.reasons), Contains("health index 74 = (25 x 80 + 20 x 60 + 15 x 100 + 15 x 50 + 15 x 70 + 10 x 90) / 100"));
}

TEST_CASE("parts without data are left out and the other weights renormalised", "[scoring][health]") {
    HealthInputs inputs;
    inputs.goals = 80;
    inputs.roles = 100;
    const HealthIndex h = blend_health(inputs);
    CHECK(*h.index.value == Approx(87.5));  // (25 x 80 + 15 x 100) / (25 + 15) = 3500 / 40
    CHECK(h.parts[0].share == Approx(0.625));  // 25 / 40
    CHECK(h.parts[2].share == Approx(0.375));  // 15 / 40
    CHECK(h.parts[1].share == 0);
    CHECK_FALSE(h.parts[1].score);
    CHECK_THAT(joined(h.index.reasons), Contains("left out for lack of data: Alignment (weight 20), Risks (weight 15)"));
}

TEST_CASE("no part with data means no health index", "[scoring][health]") {
    const HealthIndex h = blend_health({});
    CHECK_FALSE(h.index.known());
    CHECK_THAT(joined(h.index.reasons), Contains("no part has data yet"));
}
