// The three-way merge, one behaviour per case (docs/merge.md). Every case starts from the same
// small plan (plan_builder.hpp's sample_plan: partners Acme and Beta, goals vision > {clinics,
// launch}, risks supplier and funding...). Acme edits "ours", Beta edits "theirs", Acme merges.
//
// Index of this file
// [SECTION] One side, both sides
// [SECTION] Edit against edit
// [SECTION] Removals
// [SECTION] Goal moves
// [SECTION] Approvals, bookkeeping, determinism
// [SECTION] For the review screen
#include "merge_helpers.hpp"

#include <algorithm>

using namespace accord;
using namespace accord::test;
using merge::Choice;
using merge::Decision;
using merge::merge_plans;
using merge::resolve;

namespace {

Plan base_plan() {
    Plan plan = sample_plan();
    require_valid(plan);
    return plan;
}

Plan with_goal_title(Plan plan, const Id& goal, const std::string& title, const EditContext& who) {
    Goal g = changed_goal(plan, goal);
    g.title = title;
    edit(plan, edits::update(plan, g), who);
    return plan;
}

std::vector<Id> risk_ids(const Plan& plan) {
    std::vector<Id> out;
    for (const Risk& r : plan.risks) out.push_back(r.id);
    return out;
}

const Risk* find_risk(const Plan& plan, const Id& id) {
    for (const Risk& r : plan.risks)
        if (r.id == id) return &r;
    return nullptr;
}

Plan resolved(const merge::MergeResult& result, const Id& conflict, Choice choice, nlohmann::json value = nullptr) {
    merge::Resolution r = resolve(result, {Decision{conflict, choice, std::move(value)}});
    INFO((r.problems.empty() ? std::string() : r.problems.front().text()));
    REQUIRE(r.ok());
    return *r.plan;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] One side, both sides
//-----------------------------------------------------------------------------

TEST_CASE("merge: a change on one side applies") {
    const Plan base = base_plan();
    const Plan theirs = with_goal_title(base, "clinics", "Clinics in the north", kBeta);
    const auto result = merge_plans(base, base, theirs, kMerge);
    REQUIRE(result.ok());
    CHECK(result.clean());
    CHECK(result.plan.find_goal("clinics")->title == "Clinics in the north");
    // Taken whole from theirs, the goal keeps theirs' stamp: it was Beta's change at revision 1.
    CHECK(result.plan.find_goal("clinics")->stamp == Stamp{1, "beta"});
}

TEST_CASE("merge: the same change on both sides is one change, not a conflict") {
    const Plan base = base_plan();
    const Plan ours = with_goal_title(base, "clinics", "Clinic network", kAcme);
    const Plan theirs = with_goal_title(base, "clinics", "Clinic network", kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    CHECK(result.clean());
    CHECK(result.plan.find_goal("clinics")->title == "Clinic network");
}

TEST_CASE("merge: changes to different fields of one entity both apply") {
    const Plan base = base_plan();
    const Plan ours = with_goal_title(base, "clinics", "Clinic network", kAcme);
    Plan theirs = base;
    Goal g = changed_goal(theirs, "clinics");
    g.description = "Sign up 120 clinics";
    edit(theirs, edits::update(theirs, g), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    CHECK(result.clean());
    CHECK(result.plan.find_goal("clinics")->title == "Clinic network");
    CHECK(result.plan.find_goal("clinics")->description == "Sign up 120 clinics");
    // A combination of both sides is a new version: stamped by the merging partner, one revision
    // after the newer side (both sides are at revision 1).
    CHECK(result.plan.find_goal("clinics")->stamp == Stamp{2, "acme"});
}

//-----------------------------------------------------------------------------
// [SECTION] Edit against edit
//-----------------------------------------------------------------------------

TEST_CASE("merge: different changes to one field are a conflict showing base, ours and theirs") {
    const Plan base = base_plan();
    const Plan ours = with_goal_title(base, "clinics", "Clinics (north)", kAcme);
    const Plan theirs = with_goal_title(base, "clinics", "Clinics (everywhere)", kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    REQUIRE(result.ok());
    REQUIRE(result.conflicts.size() == 1);
    const Conflict& c = result.conflicts.front();
    CHECK(c.kind == ConflictKind::EditEdit);
    CHECK(c.section == "goals");
    CHECK(c.entity == "clinics");
    CHECK(c.field == "title");
    CHECK(c.base == "Clinics signed up");
    CHECK(c.ours == "Clinics (north)");
    CHECK(c.theirs == "Clinics (everywhere)");
    CHECK(c.ours_by == "acme");
    CHECK(c.theirs_by == "beta");
    CHECK(c.found == 3000);
    // Until decided, the plan holds ours and carries the open question.
    CHECK(result.plan.find_goal("clinics")->title == "Clinics (north)");
    REQUIRE(result.plan.conflicts.size() == 1);
    CHECK(result.plan.conflicts.front().id == c.id);
}

TEST_CASE("merge: an edit/edit conflict decided as theirs takes theirs' value") {
    const Plan base = base_plan();
    const auto result = merge_plans(base, with_goal_title(base, "clinics", "Clinics (north)", kAcme),
                                    with_goal_title(base, "clinics", "Clinics (everywhere)", kBeta), kMerge);
    const Plan plan = resolved(result, result.conflicts.at(0).id, Choice::Theirs);
    CHECK(plan.find_goal("clinics")->title == "Clinics (everywhere)");
    CHECK(plan.conflicts.empty());
    CHECK(plan.find_goal("clinics")->stamp == Stamp{2, "acme"});  // decided by Acme, in the merge
}

TEST_CASE("merge: an edit/edit conflict decided with an edited value takes that value") {
    const Plan base = base_plan();
    const auto result = merge_plans(base, with_goal_title(base, "clinics", "Clinics (north)", kAcme),
                                    with_goal_title(base, "clinics", "Clinics (everywhere)", kBeta), kMerge);
    const Plan plan = resolved(result, result.conflicts.at(0).id, Choice::Custom, "Clinics (north first)");
    CHECK(plan.find_goal("clinics")->title == "Clinics (north first)");
    CHECK(plan.conflicts.empty());
}

TEST_CASE("merge: an edited value that breaks a rule of the model is refused with the reason") {
    const Plan base = base_plan();
    const auto result = merge_plans(base, with_goal_title(base, "clinics", "Clinics (north)", kAcme),
                                    with_goal_title(base, "clinics", "Clinics (everywhere)", kBeta), kMerge);
    const merge::Resolution r = resolve(result, {Decision{result.conflicts.at(0).id, Choice::Custom, ""}});
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.problems.empty());  // a goal's title must not be empty
}

TEST_CASE("merge: ratings of one round by two partners never conflict") {
    const Plan base = base_plan();
    Plan ours = base, theirs = base;
    edit(ours, edits::set_rating(ours, "q1", "trust", "acme", 3, "Late invoices"), kAcme);
    edit(theirs, edits::set_rating(theirs, "q1", "trust", "beta", 2, "Missed calls"), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    CHECK(result.clean());
    const AssessmentRound& q1 = result.plan.rounds.at(0);
    CHECK(q1.find("trust", "acme")->score == 3);
    CHECK(q1.find("trust", "beta")->score == 2);
}

TEST_CASE("merge: owners added on both sides are all kept (a set, not one value)") {
    Plan base = base_plan();
    add_partner(base, "gamma", "Gamma");
    Plan ours = base, theirs = base;
    Goal o = changed_goal(ours, "launch");
    o.owners = {"acme"};
    edit(ours, edits::update(ours, o), kAcme);
    Goal t = changed_goal(theirs, "launch");
    t.owners = {"gamma"};
    edit(theirs, edits::update(theirs, t), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    CHECK(result.clean());
    // Theirs' addition goes after its neighbour in theirs' list; it has none, so it goes first.
    CHECK(result.plan.find_goal("launch")->owners == std::vector<Id>{"gamma", "acme"});
}

TEST_CASE("merge: a start and a due date that together would invert are one schedule conflict") {
    const Plan base = base_plan();  // launch: no start, due 2025-02-01
    Plan ours = base, theirs = base;
    Goal o = changed_goal(ours, "launch");
    o.start = day("2025-01-20");
    edit(ours, edits::update(ours, o), kAcme);
    Goal t = changed_goal(theirs, "launch");
    t.due = day("2025-01-15");
    edit(theirs, edits::update(theirs, t), kBeta);
    // Field by field, the start would be ours' 2025-01-20 and the due date theirs' 2025-01-15.
    const auto result = merge_plans(base, ours, theirs, kMerge);
    REQUIRE(result.ok());
    REQUIRE(result.conflicts.size() == 1);
    const Conflict& c = result.conflicts.front();
    CHECK(c.field == "schedule");
    CHECK(c.ours == nlohmann::json{{"start", "2025-01-20"}, {"due", "2025-02-01"}});
    CHECK(c.theirs == nlohmann::json{{"start", nullptr}, {"due", "2025-01-15"}});
    const Plan theirs_way = resolved(result, c.id, Choice::Theirs);
    CHECK_FALSE(theirs_way.find_goal("launch")->start.has_value());
    CHECK(theirs_way.find_goal("launch")->due == day("2025-01-15"));
}

//-----------------------------------------------------------------------------
// [SECTION] Removals
//-----------------------------------------------------------------------------

TEST_CASE("merge: a removal the other side did not challenge applies") {
    const Plan base = base_plan();
    Plan ours = base;
    edit(ours, edits::remove<Risk>(ours, "funding"), kAcme);
    const auto result = merge_plans(base, ours, with_goal_title(base, "launch", "Launch party", kBeta), kMerge);
    CHECK(result.clean());
    CHECK(risk_ids(result.plan) == std::vector<Id>{"supplier"});
    CHECK(result.plan.find_goal("launch")->title == "Launch party");
}

TEST_CASE("merge: ours removing what theirs changed is a delete/edit conflict, not a silent loss") {
    const Plan base = base_plan();
    Plan ours = base, theirs = base;
    edit(ours, edits::remove<Risk>(ours, "supplier"), kAcme);
    Risk r = changed_risk(theirs, "supplier");
    r.likelihood = 2;
    edit(theirs, edits::update(theirs, r), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    REQUIRE(result.conflicts.size() == 1);
    const Conflict& c = result.conflicts.front();
    CHECK(c.kind == ConflictKind::DeleteEdit);
    CHECK(c.section == "risks");
    CHECK(c.entity == "supplier");
    CHECK(c.entity_name == "Supplier fails");
    CHECK(c.field == "");  // the entity itself
    CHECK(c.ours.is_null());  // removed on ours
    CHECK_FALSE(c.theirs.is_null());
    CHECK(find_risk(result.plan, "supplier") == nullptr);  // provisionally ours: removed

    const Plan kept = resolved(result, c.id, Choice::Theirs);
    REQUIRE(find_risk(kept, "supplier") != nullptr);
    CHECK(find_risk(kept, "supplier")->likelihood == 2);
}

TEST_CASE("merge: ours changing what theirs removed is an edit/delete conflict") {
    const Plan base = base_plan();
    Plan ours = base, theirs = base;
    Risk r = changed_risk(ours, "supplier");
    r.contingency = "Second supplier";
    edit(ours, edits::update(ours, r), kAcme);
    edit(theirs, edits::remove<Risk>(theirs, "supplier"), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts.front().kind == ConflictKind::EditDelete);
    REQUIRE(find_risk(result.plan, "supplier") != nullptr);  // provisionally ours: kept, changed
    CHECK(find_risk(result.plan, "supplier")->contingency == "Second supplier");

    const Plan removed = resolved(result, result.conflicts.front().id, Choice::Theirs);
    CHECK(find_risk(removed, "supplier") == nullptr);
}

TEST_CASE("merge: removing a partner the other side started to use is a reference conflict") {
    Plan base = base_plan();
    add_partner(base, "gamma", "Gamma");
    Plan ours = base, theirs = base;
    edit(ours, edits::remove<Partner>(ours, "gamma"), kAcme);
    Goal t = changed_goal(theirs, "launch");
    t.owners = {"gamma"};
    edit(theirs, edits::update(theirs, t), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    REQUIRE(result.conflicts.size() == 1);
    const Conflict& c = result.conflicts.front();
    CHECK(c.kind == ConflictKind::Reference);
    CHECK(c.section == "partners");
    CHECK(c.entity == "gamma");
    // Provisionally ours: Gamma is gone, and so is the new owner entry.
    CHECK(result.plan.find_partner("gamma") == nullptr);
    CHECK(result.plan.find_goal("launch")->owners.empty());

    const Plan kept = resolved(result, c.id, Choice::Theirs);
    CHECK(kept.find_partner("gamma") != nullptr);
    CHECK(kept.find_goal("launch")->owners == std::vector<Id>{"gamma"});
}

TEST_CASE("merge: a removed goal takes its sub-goals; a sub-goal changed on the other side challenges it") {
    Plan base = base_plan();
    add_goal(base, "north", "clinics").title = "North";
    Plan ours = base;
    edit(ours, edits::remove<Goal>(ours, "clinics"), kAcme);  // and "north" with it
    const Plan theirs = with_goal_title(base, "north", "North region", kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts.front().entity == "clinics");
    // Ours removed it, theirs changed what cannot exist without it.
    CHECK(result.conflicts.front().kind == ConflictKind::DeleteEdit);

    const Plan kept = resolved(result, result.conflicts.front().id, Choice::Theirs);
    REQUIRE(kept.find_goal("north") != nullptr);
    CHECK(kept.find_goal("north")->parent == "clinics");
    CHECK(kept.find_goal("north")->title == "North region");
    const Plan removed = resolved(result, result.conflicts.front().id, Choice::Ours);
    CHECK(removed.find_goal("clinics") == nullptr);
    CHECK(removed.find_goal("north") == nullptr);
}

//-----------------------------------------------------------------------------
// [SECTION] Goal moves
//-----------------------------------------------------------------------------

TEST_CASE("merge: goal moves that together would loop are one conflict, and either way the tree stays a tree") {
    const Plan base = base_plan();
    Plan ours = base, theirs = base;
    edit(ours, edits::move_goal(ours, "launch", "clinics"), kAcme);
    edit(theirs, edits::move_goal(theirs, "clinics", "launch"), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    REQUIRE(result.ok());
    REQUIRE(result.conflicts.size() == 1);
    const Conflict& c = result.conflicts.front();
    CHECK(c.kind == ConflictKind::Cycle);
    CHECK(c.field == "parent");
    // Each side's value: the parents of the moved goals, {goal: parent}.
    CHECK(c.ours == nlohmann::json{{"clinics", "vision"}, {"launch", "clinics"}});
    CHECK(c.theirs == nlohmann::json{{"clinics", "launch"}, {"launch", "vision"}});

    CHECK(result.plan.find_goal("launch")->parent == "clinics");  // provisionally ours
    CHECK(result.plan.find_goal("clinics")->parent == "vision");
    const Plan theirs_way = resolved(result, c.id, Choice::Theirs);
    CHECK(theirs_way.find_goal("clinics")->parent == "launch");
    CHECK(theirs_way.find_goal("launch")->parent == "vision");
    CHECK(validate(theirs_way).empty());
}

TEST_CASE("merge: moves of different goals that do not loop both apply") {
    Plan base = base_plan();
    add_goal(base, "hire", "vision");
    Plan ours = base, theirs = base;
    edit(ours, edits::move_goal(ours, "launch", "clinics"), kAcme);
    edit(theirs, edits::move_goal(theirs, "hire", "launch"), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    CHECK(result.clean());
    CHECK(result.plan.find_goal("launch")->parent == "clinics");
    CHECK(result.plan.find_goal("hire")->parent == "launch");
}

//-----------------------------------------------------------------------------
// [SECTION] Approvals, bookkeeping, determinism
//-----------------------------------------------------------------------------

TEST_CASE("merge: approvals given on both copies all survive (a union by id)") {
    const Plan base = base_plan();
    Plan ours = base, theirs = base;
    Approval a;
    a.id = "ap-acme";
    a.partner = "acme";
    a.fingerprint = std::string(64, 'a');
    a.at = 2000;
    edit(ours, edits::add(ours, a), kAcme);
    Approval b = a;
    b.id = "ap-beta";
    b.partner = "beta";
    b.fingerprint = std::string(64, 'b');
    b.at = 1000;  // given before Acme's: the merged list is in the order they were given
    edit(theirs, edits::add(theirs, b), kBeta);
    const auto result = merge_plans(base, ours, theirs, kMerge);
    CHECK(result.clean());
    REQUIRE(result.plan.approvals.size() == 2);
    CHECK(result.plan.approvals[0].id == "ap-beta");
    CHECK(result.plan.approvals[1].id == "ap-acme");
}

TEST_CASE("merge: the merged plan is based on theirs' version") {
    const Plan base = base_plan();
    const Plan ours = with_goal_title(base, "clinics", "Clinic network", kAcme);
    const Plan theirs = with_goal_title(base, "launch", "Launch party", kBeta);
    merge::MergeContext context = kMerge;
    context.theirs_token.clear();  // computed from theirs
    const auto result = merge_plans(base, ours, theirs, context);
    CHECK(result.plan.based_on == merge::version_token(theirs));
    CHECK(result.plan.based_on.size() == 64);
}

TEST_CASE("merge: the same inputs give the same bytes") {
    const Plan base = base_plan();
    const Plan ours = with_goal_title(base, "clinics", "Clinics (north)", kAcme);
    const Plan theirs = with_goal_title(base, "clinics", "Clinics (everywhere)", kBeta);
    const auto first = merge_plans(base, ours, theirs, kMerge);
    const auto second = merge_plans(base, ours, theirs, kMerge);
    CHECK(io::export_plan(first.plan) == io::export_plan(second.plan));
}

TEST_CASE("merge: without a base, stamps tell which side changed an entity") {
    const Plan base = base_plan();
    const Plan theirs = with_goal_title(base, "clinics", "Clinics in the north", kBeta);
    const auto result = merge_plans(std::nullopt, base, theirs, kMerge);
    CHECK(result.two_way);
    CHECK(result.clean());
    CHECK(result.plan.find_goal("clinics")->title == "Clinics in the north");
}

TEST_CASE("merge: without a base, both sides changing a field is a conflict with no base value") {
    const Plan base = base_plan();
    const auto result = merge_plans(std::nullopt, with_goal_title(base, "clinics", "Clinics (north)", kAcme),
                                    with_goal_title(base, "clinics", "Clinics (everywhere)", kBeta), kMerge);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts.front().base.is_null());
    CHECK(result.conflicts.front().field == "title");
}

//-----------------------------------------------------------------------------
// [SECTION] For the review screen
//-----------------------------------------------------------------------------

TEST_CASE("merge: the summary lists what theirs brings in, section by section, by name") {
    const Plan base = base_plan();
    Plan theirs = with_goal_title(base, "launch", "Launch party", kBeta);
    Goal hire;
    hire.id = "hire";
    hire.title = "Hire a coordinator";
    hire.parent = "vision";
    edit(theirs, edits::add(theirs, hire), kBeta);
    edit(theirs, edits::remove<Risk>(theirs, "funding"), kBeta);
    const auto result = merge_plans(base, base, theirs, kMerge);
    REQUIRE(result.incoming.size() == 2);
    CHECK(result.incoming[0].section == "goals");
    CHECK(result.incoming[0].added == std::vector<std::string>{"Hire a coordinator"});
    CHECK(result.incoming[0].changed == std::vector<std::string>{"Launch party"});
    CHECK(result.incoming[0].removed.empty());
    CHECK(result.incoming[1].section == "risks");
    CHECK(result.incoming[1].removed == std::vector<std::string>{"Funding gap"});
}

TEST_CASE("merge: an open conflict travels in the file and is decided later, as one edit") {
    const Plan base = base_plan();
    const auto result = merge_plans(base, with_goal_title(base, "clinics", "Clinics (north)", kAcme),
                                    with_goal_title(base, "clinics", "Clinics (everywhere)", kBeta), kMerge);
    const io::ImportResult imported = io::import_plan(io::export_plan(result.plan));
    REQUIRE(imported.ok());
    Plan plan = *imported.plan;
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts.front().theirs == "Clinics (everywhere)");

    History history;
    REQUIRE(history.apply(plan, merge::decide(plan, plan.conflicts.front().id, Choice::Theirs), kAcme));
    CHECK(plan.find_goal("clinics")->title == "Clinics (everywhere)");
    CHECK(plan.conflicts.empty());
    REQUIRE(history.undo(plan, kAcme));  // one undo step brings the question back
    CHECK(plan.conflicts.size() == 1);
    CHECK(plan.find_goal("clinics")->title == "Clinics (north)");
}

TEST_CASE("merge: a removal left open is decided later on the plan, keeping the entity with theirs' change") {
    const Plan base = base_plan();
    Plan ours = base, theirs = base;
    edit(ours, edits::remove<Risk>(ours, "supplier"), kAcme);
    Risk r = changed_risk(theirs, "supplier");
    r.likelihood = 2;
    edit(theirs, edits::update(theirs, r), kBeta);
    Plan plan = merge_plans(base, ours, theirs, kMerge).plan;
    REQUIRE(plan.conflicts.size() == 1);
    REQUIRE(find_risk(plan, "supplier") == nullptr);

    History history;
    REQUIRE(history.apply(plan, merge::decide(plan, plan.conflicts.front().id, Choice::Theirs), kAcme));
    REQUIRE(find_risk(plan, "supplier") != nullptr);
    CHECK(find_risk(plan, "supplier")->likelihood == 2);
    CHECK(plan.conflicts.empty());
}
