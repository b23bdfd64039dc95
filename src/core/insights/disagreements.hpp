#pragma once
// Disagreement as a first-class finding: for every round and dimension, scoring::score_alignment
// keeps the two partners furthest apart (scoring::Disagreement) and flags them at a difference of
// kDisagreementFrom (1.0) or more, even when the mean reads as a strength. This lists the flagged
// ones with names, so a view, the agenda and the report can show both comments side by side.
#include <optional>
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/scoring/alignment.hpp"

namespace accord::insights {

struct FlaggedDisagreement {
    Id round;
    Date date;
    Id dimension;
    std::string dimension_name;
    scoring::Disagreement pair;  // partners, scores and comments, the higher rating first
    double mean = 0;             // of every rating of the dimension in the round
    scoring::Band band = scoring::Band::Concern;
    bool hidden = false;         // the mean reads as a strength
    bool latest = false;         // in the latest round with ratings
};

// Every flagged disagreement, rounds in date order, dimensions in plan order.
std::vector<FlaggedDisagreement> flagged_disagreements(const Plan& plan, const scoring::AlignmentScores& alignment);

}  // namespace accord::insights
