#pragma once
// Shared by the merge tests: a base plan and two copies edited apart, the way two partners edit
// theirs (through the app's commands, so stamps and cascades are real).
#include <catch2/catch.hpp>

#include <string>

#include "core/commands/edits.hpp"
#include "core/io/plan_file.hpp"
#include "core/merge/merge.hpp"
#include "../scoring/plan_builder.hpp"

namespace accord::test {

// Acme edits "ours", Beta edits "theirs"; Acme merges.
inline const EditContext kAcme{"acme", 1000};
inline const EditContext kBeta{"beta", 2000};
inline const merge::MergeContext kMerge{"acme", 3000, "theirs-token"};

// Applies an edit the way the app does; the test fails when the edit is refused.
inline void edit(Plan& plan, Transaction transaction, const EditContext& who) {
    History history;
    const Outcome outcome = history.apply(plan, std::move(transaction), who);
    INFO(outcome.message());
    REQUIRE(outcome.applied);
}

inline Goal changed_goal(const Plan& plan, const Id& id) { return *plan.find_goal(id); }

inline Risk changed_risk(const Plan& plan, const Id& id) {
    for (const Risk& r : plan.risks)
        if (r.id == id) return r;
    FAIL("no risk " << id);
    return {};
}

// What a plan says, without the bookkeeping a merge sets itself (revision, based_on, modified).
inline std::string content(const Plan& plan) {
    nlohmann::ordered_json doc = io::plan_to_json(plan);
    for (const char* key : {"revision", "based_on", "modified"}) doc.erase(key);
    return doc.dump(1);
}

inline const Conflict* conflict_on(const merge::MergeResult& result, const Id& entity, const std::string& field) {
    for (const Conflict& c : result.conflicts)
        if (c.entity == entity && c.field == field) return &c;
    return nullptr;
}

}  // namespace accord::test
