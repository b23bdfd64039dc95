#pragma once
// Risk exposure: likelihood x impact per risk, the 5 x 5 heat map of open risks, open high risks
// without a contingency, and a 0..100 risk score. Formulas: docs/scoring.md, "Risks".
#include <array>
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/scoring/figure.hpp"

namespace accord::scoring {

enum class RiskLevel { Low, Medium, High };

inline constexpr int kHighExposure = 15;   // likelihood x impact >= 15: high
inline constexpr int kMediumExposure = 8;  // 8..14: medium; below: low
// Points the risk score loses for each open risk (low risks cost nothing).
inline constexpr int kPenaltyHighWithoutContingency = 25;
inline constexpr int kPenaltyHighWithContingency = 10;
inline constexpr int kPenaltyMediumWithoutContingency = 5;

struct RiskExposure {
    Id risk;
    int exposure = 0;  // likelihood x impact, 1..25
    RiskLevel level = RiskLevel::Low;
    bool open = false;             // not closed: Open or Mitigating
    bool has_contingency = false;  // a contingency plan that is not blank
    int penalty = 0;               // points taken off the risk score (0 when closed)
};

struct HeatCell {
    int count = 0;
    std::vector<Id> risks;  // in plan order
};

struct RiskScores {
    std::vector<RiskExposure> risks;  // one per risk, in plan order
    // Open risks by [likelihood - 1][impact - 1].
    std::array<std::array<HeatCell, 5>, 5> heat{};
    std::vector<Id> high_without_contingency;  // open, exposure >= 15, no contingency; highest first
    int open = 0;
    // 0..100: 100 minus the penalties of the open risks, at least 0; unknown when no risk is
    // registered (an empty register is not evidence of safety, nor of danger).
    Figure score;
};

RiskScores score_risks(const Plan& plan);

RiskLevel level_of(int exposure);
const char* label(RiskLevel);  // "Low", "Medium", "High"

}  // namespace accord::scoring
