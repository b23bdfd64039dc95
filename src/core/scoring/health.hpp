#pragma once
// The health index: a weighted blend of the part scores (each 0..100). Parts without data are left
// out and the weights of the others renormalised. Weights: docs/scoring.md, "Health index".
#include <optional>
#include <vector>

#include "core/scoring/figure.hpp"

namespace accord::scoring {

enum class HealthPart { Goals, Alignment, Roles, Risks, Communication, Balance };

// The parts' weights, in HealthPart order; they add up to 100.
inline constexpr double kHealthWeights[] = {25, 20, 15, 15, 15, 10};

// The part scores, 0..100; empty when the part has no data yet.
struct HealthInputs {
    std::optional<double> goals;  // GoalScores::schedule
    std::optional<double> alignment, roles, risks, communication, balance;
};

struct HealthComponent {
    HealthPart part = HealthPart::Goals;
    double weight = 0;             // as set above
    std::optional<double> score;   // 0..100; empty: left out
    double share = 0;              // 0..1, its weight after renormalising (0 when left out)
};

struct HealthIndex {
    std::vector<HealthComponent> parts;  // every part, in HealthPart order
    // 0..100: sum of weight x score over the parts with data, divided by the sum of their weights;
    // unknown when no part has data.
    Figure index;
};

HealthIndex blend_health(const HealthInputs& inputs);

const char* label(HealthPart);  // "Goals on schedule", "Alignment", ...

}  // namespace accord::scoring
