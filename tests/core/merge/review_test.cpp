// What the review screen and the agenda get from a merge: conflicts in words, and the resolved
// merge as one undoable edit (core/merge/merge.hpp, "For the review screen").
#include "merge_helpers.hpp"

#include "core/insights/agenda.hpp"
#include "core/insights/insights.hpp"
#include "core/scoring/scores.hpp"

using namespace accord;
using namespace accord::test;
using merge::Choice;

namespace {

Plan renamed(Plan plan, const Id& goal, const std::string& title, const EditContext& who) {
    Goal g = *plan.find_goal(goal);
    g.title = title;
    edit(plan, edits::update(plan, g), who);
    return plan;
}

merge::MergeResult title_conflict() {
    const Plan base = sample_plan();
    return merge::merge_plans(base, renamed(base, "clinics", "Clinics (north)", kAcme),
                              renamed(base, "clinics", "Clinics (everywhere)", kBeta), kMerge);
}

}  // namespace

TEST_CASE("review: a field conflict is shown with a label, the three values and who changed each") {
    const auto result = title_conflict();
    REQUIRE(result.conflicts.size() == 1);
    const merge::ConflictView v = merge::describe(result.plan, result.conflicts.front());
    CHECK(v.label == "The title of goal 'Clinics (north)'");  // named as in the merged plan, ours for now
    CHECK(v.kind_label == "Both changed");
    CHECK(v.base == "Clinics signed up");
    CHECK(v.ours == "Clinics (north)");
    CHECK(v.theirs == "Clinics (everywhere)");
    CHECK(v.ours_by == "Acme");
    CHECK(v.theirs_by == "Beta");
    CHECK(v.editable);
}

TEST_CASE("review: a removal conflict reads as keep or remove, and takes no edited value") {
    const Plan base = sample_plan();
    Plan ours = base, theirs = base;
    edit(ours, edits::remove<Risk>(ours, "supplier"), kAcme);
    Risk r = theirs.risks.at(0);
    r.likelihood = 2;
    edit(theirs, edits::update(theirs, r), kBeta);
    const auto result = merge::merge_plans(base, ours, theirs, kMerge);
    REQUIRE(result.conflicts.size() == 1);
    const merge::ConflictView v = merge::describe(result.plan, result.conflicts.front());
    CHECK(v.label == "Keep or remove risk 'Supplier fails'");
    CHECK(v.ours == "removed");
    CHECK(v.theirs == "kept");
    CHECK_FALSE(v.editable);
}

TEST_CASE("review: display values are the plan file's values in plain words") {
    CHECK(merge::display_value(nullptr) == "(none)");
    CHECK(merge::display_value("Clinics") == "Clinics");
    CHECK(merge::display_value(4) == "4");
    CHECK(merge::display_value(0.75) == "0.75");
    CHECK(merge::display_value(true) == "yes");
    CHECK(merge::display_value(nlohmann::json::array({"acme", "beta"})) == "acme, beta");
}

TEST_CASE("review: the resolved merge is one edit that turns ours into the merged plan, and one undo") {
    const Plan base = sample_plan();
    Plan ours = renamed(base, "clinics", "Clinics (north)", kAcme);
    edit(ours, edits::remove<Risk>(ours, "funding"), kAcme);
    Plan theirs = renamed(base, "clinics", "Clinics (everywhere)", kBeta);
    Goal hire;
    hire.id = "hire";
    hire.title = "Hire a coordinator";
    hire.parent = "vision";
    edit(theirs, edits::add(theirs, hire, 0), kBeta);  // first in the list: the rest move down
    const auto result = merge::merge_plans(base, ours, theirs, kMerge);
    const merge::Resolution resolution = merge::resolve(result, {{result.conflicts.at(0).id, Choice::Theirs, nullptr}});
    REQUIRE(resolution.ok());
    const Plan& merged = *resolution.plan;

    const Transaction t = merge::merge_transaction(ours, merged);
    CHECK(t.label == "Merge");
    Plan applied = ours;
    REQUIRE(apply_ops(applied, t.ops, true));
    CHECK(io::export_plan(applied) == io::export_plan([&] {
              Plan expected = merged;  // History's bookkeeping is not part of the edit
              expected.revision = ours.revision;
              expected.modified = ours.modified;
              return expected;
          }()));

    Plan open = ours;
    History history;
    REQUIRE(history.apply(open, merge::merge_transaction(ours, merged), kAcme));
    CHECK(open.find_goal("clinics")->title == "Clinics (everywhere)");
    CHECK(open.goals.front().id == "hire");
    // The merged copy is based on theirs (kMerge's token); undone, on what it was based on before.
    CHECK(open.based_on == "theirs-token");
    REQUIRE(history.undo(open, kAcme));
    CHECK(content(open) == content(ours));
    CHECK(open.based_on == ours.based_on);
}

TEST_CASE("review: merging an unchanged plan is an edit with nothing in it") {
    const Plan plan = sample_plan();
    CHECK(merge::merge_transaction(plan, plan).ops.empty());
}

TEST_CASE("agenda: merge decisions left open come first, with both values") {
    const auto result = title_conflict();
    const Plan& plan = result.plan;
    const auto scores = scoring::score_plan(plan, day("2025-03-10"));
    const insights::Agenda agenda = insights::compute_insights(plan, scores).agenda;
    REQUIRE_FALSE(agenda.items.empty());
    const insights::AgendaItem& item = agenda.items.front();
    CHECK(item.kind == insights::AgendaKind::MergeDecision);
    CHECK(item.section == insights::Section::Agreement);
    CHECK(item.title == "Decide: the title of goal 'Clinics (north)'");
    CHECK(item.detail ==
          "Both changed: ours 'Clinics (north)' (Acme), theirs 'Clinics (everywhere)' (Beta). Choose one, or agree on another.");
    REQUIRE(item.entities.size() == 1);
    CHECK(item.entities.front().id == "clinics");
}
