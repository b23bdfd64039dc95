// The model's invariants: the goal tree's shape.
#include <catch2/catch.hpp>

#include "core/model/validate.hpp"

using namespace accord;

namespace {

Plan chain(size_t length) {
    Plan plan;
    plan.id = "plan";
    for (size_t i = 0; i < length; ++i) {
        Goal g;
        g.id = "g" + std::to_string(i);
        g.parent = i == 0 ? "" : "g" + std::to_string(i - 1);
        g.title = "Goal " + std::to_string(i);
        plan.goals.push_back(g);
    }
    return plan;
}

}  // namespace

TEST_CASE("a long chain of goals is a valid tree") {
    // 50,000 levels: each goal is walked once, so this takes no longer than a flat list.
    CHECK(validate(chain(50000)).empty());
}

TEST_CASE("a loop of goals is reported once, at the goal where the walk closes it") {
    Plan plan = chain(4);          // g0 <- g1 <- g2 <- g3
    plan.goals[1].parent = "g3";   // g1 -> g3 -> g2 -> g1: a loop of three; g0 stays a root
    const auto problems = validate(plan);
    REQUIRE(problems.size() == 1);
    // The walk from g0 ends at the root; from g1 it goes g1, g3, g2 and meets g1 again.
    CHECK(problems[0].text() == "goals[1].parent: makes a cycle in the goal tree");
}

TEST_CASE("a goal that is its own parent is reported in its own words, once") {
    Plan plan = chain(2);
    plan.goals[1].parent = "g1";
    const auto problems = validate(plan);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].text() == "goals[1].parent: a goal cannot be its own parent");
}
