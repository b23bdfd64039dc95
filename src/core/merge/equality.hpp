#pragma once
// Internal to core/merge: does an entity say the same thing on two sides? Every field but the
// stamp is compared, unknown fields (`extra`) included. Comparing the typed model is what keeps
// a merge of two 10,000-entity plans fast: only entities both sides changed go through JSON.
//
// A field added to the model must be added here too; tests/core/merge/equality_test.cpp changes
// every field of the plan file one at a time and fails when a change goes unseen.
#include "core/model/plan.hpp"

namespace accord::merge::detail {

bool same_content(const Partner&, const Partner&);
bool same_content(const Vision&, const Vision&);
bool same_content(const Value&, const Value&);
bool same_content(const GlossaryTerm&, const GlossaryTerm&);
bool same_content(const Goal&, const Goal&);
bool same_content(const Activity&, const Activity&);
bool same_content(const DecisionRule&, const DecisionRule&);
bool same_content(const Contact&, const Contact&);
bool same_content(const EscalationStep&, const EscalationStep&);
bool same_content(const Dimension&, const Dimension&);
bool same_content(const AssessmentRound&, const AssessmentRound&);
bool same_content(const Risk&, const Risk&);
bool same_content(const Communication&, const Communication&);
bool same_content(const CheckIn&, const CheckIn&);
bool same_content(const ValueItem&, const ValueItem&);
bool same_content(const Review&, const Review&);
bool same_content(const Approval&, const Approval&);
bool same_content(const Conflict&, const Conflict&);

// The plan's own fields (id, title, created, unknown fields): what Plan::stamp covers.
bool same_header(const Plan&, const Plan&);

}  // namespace accord::merge::detail
