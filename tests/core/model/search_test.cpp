// Find: names first, then longer texts; case ignored; blank queries find nothing.
#include <catch2/catch.hpp>

#include "core/model/search.hpp"

using namespace accord;

namespace {

Plan plan_with_words() {
    Plan plan;
    Partner wisla;
    wisla.id = "p1";
    wisla.name = "Wisła Grid";
    wisla.organisation = "Grid services";
    plan.partners.push_back(wisla);
    Goal storage;
    storage.id = "g1";
    storage.title = "Community storage";
    storage.description = "A battery for the grid of the village";
    plan.goals.push_back(storage);
    Goal grid;
    grid.id = "g2";
    grid.title = "Grid connection";
    plan.goals.push_back(grid);
    CheckIn checkin;
    checkin.id = "c1";
    checkin.date = *Date::parse("2026-05-04");
    checkin.decisions = {"Order the GRID meter"};
    plan.checkins.push_back(checkin);
    return plan;
}

}  // namespace

TEST_CASE("find lists entities whose name matches before those whose other texts match") {
    const auto hits = search(plan_with_words(), "grid");
    REQUIRE(hits.size() == 4);
    // Names: the partner, then the goal "Grid connection"; then texts: the storage goal's description; then check-ins.
    CHECK(hits[0].id == "p1");
    CHECK(hits[1].id == "g2");
    CHECK(hits[2].id == "g1");
    CHECK(hits[2].field == "description");
    CHECK(hits[2].title == "Community storage");
    CHECK(hits[3].kind == HitKind::CheckIn);
    CHECK(hits[3].title == "Check-in 2026-05-04");
}

TEST_CASE("find ignores case beyond ASCII") {
    const auto hits = search(plan_with_words(), "WISŁA");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].title == "Wisła Grid");
}

TEST_CASE("find stops at its limit and finds nothing for a blank query") {
    CHECK(search(plan_with_words(), "grid", 2).size() == 2);
    CHECK(search(plan_with_words(), "   ").empty());
    CHECK(search(plan_with_words(), "solar").empty());
}
