#pragma once
// The model's invariants, checked in one place. Commands refuse an edit that would break one, the
// importer refuses a file that breaks one, and merge checks its result with them: all three report
// the same problem in the same words.
#include <string>
#include <vector>

#include "core/model/plan.hpp"

namespace accord {

// One broken invariant. `path` points at the offending field in the plan file's own terms
// (JSON field names are the model's member names), e.g. "goals[3].parent"; `message` says what is
// wrong in plain words, e.g. "refers to goal 'f3a…' which does not exist".
struct Problem {
    std::string path;
    std::string message;
    std::string text() const { return path.empty() ? message : path + ": " + message; }
};

// Every invariant of a plan:
//  - ids: non-empty and unique within their collection;
//  - names: partner name, goal title, activity name, dimension name, risk title, value name and
//    glossary term are not empty;
//  - references: partner ids (owners, roles, ratings, contacts, attendees, endorsements, leads,
//    risk owners, value items), goal parents, activity goal links and rating dimensions exist;
//  - goal tree: no cycles, no goal is its own parent;
//  - ranges: weights >= 0, confidence 0..1, ratings 1..5, likelihood and impact 1..5, cadence >= 1,
//    escalation days >= 0, amounts >= 0, colours 0xRRGGBB; every number finite;
//  - uniqueness: one role per partner per activity and no Role::None stored, one rating per
//    (dimension, partner) per round, no partner listed twice in an owner/attendee/endorsement list;
//  - order: a goal's start is not after its due date;
//  - approvals: name an existing partner and carry a SHA-256 fingerprint (64 lower-case hex digits);
//  - open conflicts: name their section (the entity they name may be gone: that is not a problem).
// Returns an empty vector for a valid plan. At most `limit` problems are reported.
std::vector<Problem> validate(const Plan& plan, size_t limit = 100);

// True when making `new_parent` the parent of goal `goal` would create a cycle (including
// new_parent == goal). An empty new_parent (a root) never does.
bool would_create_cycle(const Plan& plan, const Id& goal, const Id& new_parent);

}  // namespace accord
