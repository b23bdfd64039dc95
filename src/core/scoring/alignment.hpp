#pragma once
// Alignment: per round and dimension, the mean rating and how far the partners are apart; bands
// after the Wilder Collaboration Factors Inventory; the largest disagreement between two partners;
// an alignment index 0..100 and its change since the previous round. Formulas: docs/scoring.md,
// "Alignment".
#include <optional>
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/scoring/figure.hpp"

namespace accord::scoring {

enum class Band { Strength, Borderline, Concern };

inline constexpr double kStrengthFrom = 4.0;    // mean >= 4.0: a strength
inline constexpr double kBorderlineFrom = 3.0;  // 3.0 <= mean < 4.0: borderline; below: a concern
inline constexpr double kGapSpread = 1.5;       // spread (max - min) >= 1.5: a gap to talk about
inline constexpr double kDisagreementFrom = 1.0;  // two partners this far apart: a disagreement
// The index weighs the level of the ratings and the partners' agreement.
inline constexpr double kLevelWeight = 0.6;
inline constexpr double kAgreementWeight = 0.4;

// The two partners furthest apart on a dimension in a round (ties: the first in plan order).
struct Disagreement {
    Id high_partner, low_partner;
    int high_score = 0, low_score = 0;
    std::string high_comment, low_comment;
    int difference() const { return high_score - low_score; }
};

struct DimensionStats {
    Id dimension;
    int raters = 0;                // partners who rated it in this round
    std::optional<double> mean;    // unknown when nobody rated it
    int min = 0, max = 0;
    double spread = 0;             // max - min
    Band band = Band::Concern;     // meaningful only with a mean
    bool gap = false;              // spread >= kGapSpread
    std::optional<Disagreement> disagreement;  // when the largest difference >= kDisagreementFrom
    bool disagreement_hidden = false;  // a disagreement under a mean that reads as a strength
};

// One partner's ratings in a round, for the radar: one entry per plan dimension, in plan order.
struct PartnerRatings {
    Id partner;
    std::vector<std::optional<int>> scores;
    int rated = 0;
};

struct RoundAlignment {
    Id round;
    Date date;
    std::vector<DimensionStats> dimensions;  // one per plan dimension, in plan order
    std::vector<PartnerRatings> partners;    // one per plan partner, in plan order
    std::vector<Id> not_rated;               // partners without a single rating in this round
    // 0..100: 100 x (0.6 x level + 0.4 x agreement) over the rated dimensions, where
    // level = mean of (mean - 1) / 4 and agreement = mean of 1 - spread / 4 over the dimensions
    // rated by at least two partners (no such dimension: the level alone). Unknown without ratings.
    Figure index;
};

struct AlignmentScores {
    std::vector<RoundAlignment> rounds;  // ordered by date (the plan's order among equal dates)
    // The index of the latest round with ratings; its reasons include the change below.
    Figure index;
    std::optional<size_t> latest;    // position in `rounds` of the latest round with ratings
    std::optional<size_t> previous;  // the rated round before it
    std::optional<double> change;    // latest index - previous index, in whole points as both are shown

    const RoundAlignment* latest_round() const { return latest ? &rounds[*latest] : nullptr; }
};

AlignmentScores score_alignment(const Plan& plan);

Band band_of(double mean);
const char* label(Band);  // "Strength", "Borderline", "Concern"

}  // namespace accord::scoring
