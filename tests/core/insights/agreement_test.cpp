// Agreement snapshots (core/insights/agreement.hpp, docs/insights.md): what the fingerprint covers,
// what an approval keeps, what changed since, and which version every partner approved.
#include <catch2/catch.hpp>

#include "../scoring/plan_builder.hpp"
#include "core/commands/edits.hpp"
#include "core/insights/agreement.hpp"
#include "core/insights/sha256.hpp"
#include "core/io/plan_file.hpp"
#include "core/sample/large_plan.hpp"

using namespace accord;
using namespace accord::test;
using insights::ChangeKind;
using insights::EntityKind;

namespace {

Plan small_plan() {
    Plan plan = two_partner_plan();
    add_goal(plan, "g1").owners = {"acme"};
    add_goal(plan, "g2");
    add_risk(plan, "r1", 3, 3);
    Value v;
    v.id = "v1";
    v.name = "Openness";
    plan.values.push_back(v);
    return plan;
}

Approval approval_of(const Plan& plan, const Id& id, const Id& partner, const char* at) {
    IdSource ids(7);
    Approval a = insights::approve(plan, partner, instant_of(at), "", ids);
    a.id = id;
    return a;
}

}  // namespace

TEST_CASE("the agreed content of a small plan, by hand: sorted keys, empty values and bookkeeping left out", "[insights][agreement]") {
    Plan plan;
    plan.id = "p";
    plan.title = "T";
    plan.revision = 12;
    plan.modified = 5000;
    Partner a;
    a.id = "a";
    a.name = "A";
    a.stamp = {3, "a"};
    plan.partners.push_back(a);
    const std::string expected = R"({"communication":{"cadence_days":14},"id":"p","partners":[{"id":"a","name":"A"}],"title":"T"})";
    CHECK(insights::agreed_content(plan).dump() == expected);
    CHECK(insights::content_fingerprint(plan) == sha256_hex(expected));
}

// Pinned with the first implementation, which wrote the whole plan (plan_to_json) and erased what is
// not content: the agreed content must not change by a byte, or every approval would read outdated.
TEST_CASE("the fingerprint of the large plan with unknown fields is the one approvals already hold", "[insights][agreement]") {
    Plan plan = generate_large_plan(LargePlanSpec::benchmark(), 7);
    plan.extra = nlohmann::json{{"zz_unknown", {{"kept", true}}}, {"rounds_extra", "x"}, {"conflicts", 1}, {"checkins", 2}};
    plan.goals[3].extra = nlohmann::json{{"colour_of_the_day", "teal"}};
    const nlohmann::json agreed = insights::agreed_content(plan);
    CHECK(agreed.contains("zz_unknown"));
    CHECK(agreed.contains("rounds_extra"));
    CHECK_FALSE(agreed.contains("checkins"));
    CHECK_FALSE(agreed.contains("conflicts"));
    CHECK(agreed["goals"][3]["colour_of_the_day"] == "teal");
    CHECK(insights::content_fingerprint(plan) == "5f8f6215d72951ff8e3d880f8548c6c4af782669a94445583eace9f0c9609100");
}

TEST_CASE("the same content gives the same fingerprint, also after a trip through the file", "[insights][agreement]") {
    const Plan plan = small_plan();
    const std::string fingerprint = insights::content_fingerprint(plan);
    CHECK(fingerprint.size() == 64);
    CHECK(insights::content_fingerprint(small_plan()) == fingerprint);
    const auto reread = io::import_plan(io::export_plan(plan));
    REQUIRE(reread.ok());
    CHECK(insights::content_fingerprint(*reread.plan) == fingerprint);
}

TEST_CASE("stamps, revision, times and based_on do not change the fingerprint", "[insights][agreement]") {
    const Plan plan = small_plan();
    Plan edited = plan;
    edited.goals[0].stamp = {99, "beta"};
    edited.stamp = {98, "acme"};
    edited.revision = 99;
    edited.modified = 123456;
    edited.created = 42;
    edited.based_on = "rev-98";
    CHECK(insights::content_fingerprint(edited) == insights::content_fingerprint(plan));
}

TEST_CASE("a title change changes the fingerprint", "[insights][agreement]") {
    const Plan plan = small_plan();
    Plan renamed = plan;
    renamed.goals[1].title = "Goal g2, renamed";
    CHECK(insights::content_fingerprint(renamed) != insights::content_fingerprint(plan));
    Plan retitled = plan;
    retitled.title = "Another partnership";
    CHECK(insights::content_fingerprint(retitled) != insights::content_fingerprint(plan));
}

TEST_CASE("ratings, check-ins, reviews, approvals, goal progress and colours are not agreed content", "[insights][agreement]") {
    const Plan plan = small_plan();
    Plan edited = plan;
    add_dimension(edited, "trust", "Trust");  // a dimension is content...
    const std::string with_dimension = insights::content_fingerprint(edited);
    add_round(edited, "q1", "2025-02-15", {rating("trust", "acme", 4)});  // ...its ratings are not
    add_checkin(edited, "c1", "2025-03-01");
    Review review;
    review.id = "rv";
    review.date = day("2025-03-02");
    edited.reviews.push_back(review);
    edited.approvals.push_back(approval_of(plan, "ap", "acme", "2025-03-03"));
    edited.goals[0].status = GoalStatus::Done;
    edited.goals[0].confidence = 0.9;
    edited.goals[1].metric = metric(0, 10, 4);
    const std::string with_metric = insights::content_fingerprint(edited);
    edited.goals[1].metric->current = 7;
    edited.goals[1].metric->history.push_back({day("2025-03-01"), 7, "", nlohmann::json::object()});
    edited.partners[0].colour = 0xFF0000;
    CHECK(insights::content_fingerprint(edited) == with_metric);
    CHECK(with_metric != with_dimension);  // the metric's unit, baseline and target are content
}

TEST_CASE("an unknown field with an empty value does not change the fingerprint; with a value it does", "[insights][agreement]") {
    const Plan plan = small_plan();
    Plan newer = plan;
    newer.goals[0].extra["tags"] = nlohmann::json::array();
    CHECK(insights::content_fingerprint(newer) == insights::content_fingerprint(plan));
    newer.goals[0].extra["tags"] = {"grid"};
    CHECK(insights::content_fingerprint(newer) != insights::content_fingerprint(plan));
}

TEST_CASE("the digests of a small plan name each part", "[insights][agreement]") {
    Plan plan;
    plan.id = "p";
    plan.title = "T";
    Partner a;
    a.id = "a";
    a.name = "A";
    plan.partners.push_back(a);
    const auto digests = insights::content_digests(plan);
    std::vector<std::string> parts;
    for (const auto& [part, digest] : digests) {
        parts.push_back(part);
        CHECK(digest.hash.size() == kDigestHexDigits);
    }
    CHECK(parts == std::vector<std::string>{"communication", "partners", "partners/a", "plan"});  // the vision is empty
    CHECK(digests.at("partners/a").name == "A");
    CHECK(digests.at("partners/a").hash == sha256_hex(R"({"id":"a","name":"A"})").substr(0, 16));
    CHECK(digests.at("plan").name == "T");
}

TEST_CASE("approving records the partner, time, note, fingerprint and digests, and is current once added", "[insights][agreement]") {
    Plan plan = small_plan();
    IdSource ids(3);
    const Approval a = insights::approve(plan, "beta", instant_of("2025-03-03"), "Fine by us", ids);
    CHECK(a.partner == "beta");
    CHECK(a.note == "Fine by us");
    CHECK(a.at == instant_of("2025-03-03"));
    CHECK(a.fingerprint == insights::content_fingerprint(plan));
    CHECK(a.digests == insights::content_digests(plan));
    History history;
    REQUIRE(history.apply(plan, edits::add(plan, a), {"beta", instant_of("2025-03-03")}));
    const auto state = insights::agreement_state(plan);
    REQUIRE(state.approvals.size() == 1);
    CHECK(state.approvals[0].current);
    CHECK(state.approvals[0].has_digests);
}

TEST_CASE("what changed since an approval: changed, added, removed and reordered, in the plan's order", "[insights][agreement]") {
    const Plan before = small_plan();
    const auto approved = insights::content_digests(before);
    Plan after = before;
    after.goals[0].title = "Goal g1, sharper";
    add_risk(after, "r2", 2, 2).title = "New risk";
    after.values.clear();
    CHECK(insights::changes_since(approved, before).empty());
    const auto changes = insights::changes_since(approved, after);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].kind == ChangeKind::Removed);  // values come before goals in the plan
    CHECK(changes[0].entity == insights::EntityRef{EntityKind::Value, "v1"});
    CHECK(changes[0].name == "Openness");           // its name when approved
    CHECK(changes[1].kind == ChangeKind::Changed);
    CHECK(changes[1].entity == insights::EntityRef{EntityKind::Goal, "g1"});
    CHECK(changes[1].name == "Goal g1, sharper");
    CHECK(changes[2].kind == ChangeKind::Added);
    CHECK(changes[2].name == "New risk");

    Plan reordered = before;
    std::swap(reordered.goals[0], reordered.goals[1]);
    const auto moved = insights::changes_since(approved, reordered);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].kind == ChangeKind::Reordered);
    CHECK(moved[0].part == "goals");
}

TEST_CASE("parts a newer version digests are left out of the comparison", "[insights][agreement]") {
    const Plan plan = small_plan();
    auto approved = insights::content_digests(plan);
    approved["milestones/m1"] = {"0123456789abcdef", "A part from the future"};
    CHECK(insights::changes_since(approved, plan).empty());
}

TEST_CASE("each partner's latest approval, current or outdated, and the last version all approved", "[insights][agreement]") {
    Plan plan = small_plan();
    const Plan v1 = plan;
    plan.approvals.push_back(approval_of(v1, "a1", "acme", "2025-03-01"));
    plan.approvals.push_back(approval_of(v1, "a2", "beta", "2025-03-02"));
    auto state = insights::agreement_state(plan);
    CHECK(state.approved_by_all);
    REQUIRE(state.last_agreed);
    CHECK(state.last_agreed->current);

    plan.goals[1].title = "Goal g2, renamed";  // outdates both approvals
    plan.approvals.push_back(approval_of(plan, "a3", "acme", "2025-03-05"));
    state = insights::agreement_state(plan);
    CHECK_FALSE(state.approved_by_all);
    CHECK(state.approvals.size() == 3);  // outdated approvals are kept
    CHECK_FALSE(state.approvals[0].current);
    CHECK(state.approvals[2].current);
    REQUIRE(state.partners.size() == 2);
    CHECK(state.partners[0].latest == std::size_t{2});
    CHECK(state.partners[0].current);
    CHECK(state.partners[1].latest == std::size_t{1});
    CHECK_FALSE(state.partners[1].current);
    REQUIRE(state.last_agreed);
    CHECK(state.last_agreed->fingerprint == insights::content_fingerprint(v1));
    CHECK(state.last_agreed->at == instant_of("2025-03-02"));  // when the last of them approved it
    CHECK(state.last_agreed->approvals == std::vector<Id>{"a1", "a2"});
    CHECK(state.changes_known);
    REQUIRE(state.changes.size() == 1);
    CHECK(state.changes[0].entity == insights::EntityRef{EntityKind::Goal, "g2"});
}

TEST_CASE("of two versions every partner approved, the one approved by all last is the last agreed", "[insights][agreement]") {
    Plan plan = small_plan();
    const Plan v1 = plan;
    plan.title = "Version 2";
    const Plan v2 = plan;
    plan.title = "Version 3";
    plan.approvals = {approval_of(v1, "a1", "acme", "2025-03-01"), approval_of(v2, "a2", "acme", "2025-03-02"),
                      approval_of(v2, "a3", "beta", "2025-03-03"), approval_of(v1, "a4", "beta", "2025-03-04")};
    const auto state = insights::agreement_state(plan);
    REQUIRE(state.last_agreed);
    CHECK(state.last_agreed->fingerprint == insights::content_fingerprint(v1));  // complete on 03-04, v2 on 03-03
}

TEST_CASE("approvals without digests tell current from outdated but not what changed", "[insights][agreement]") {
    Plan plan = small_plan();
    Approval a = approval_of(plan, "a1", "acme", "2025-03-01");
    Approval b = approval_of(plan, "a2", "beta", "2025-03-01");
    a.digests.clear();
    b.digests.clear();
    plan.approvals = {a, b};
    plan.title = "Changed";
    const auto state = insights::agreement_state(plan);
    REQUIRE(state.last_agreed);
    CHECK_FALSE(state.changes_known);
    CHECK(state.changes.empty());
    CHECK_FALSE(state.approvals[0].has_digests);
}

TEST_CASE("a plan nobody approved has no agreed version", "[insights][agreement]") {
    const auto state = insights::agreement_state(small_plan());
    CHECK_FALSE(state.approved_by_all);
    CHECK_FALSE(state.last_agreed);
    CHECK(state.partners[0].latest == std::nullopt);
}
