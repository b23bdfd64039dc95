#include "core/insights/disagreements.hpp"

namespace accord::insights {

std::vector<FlaggedDisagreement> flagged_disagreements(const Plan& plan, const scoring::AlignmentScores& alignment) {
    std::vector<FlaggedDisagreement> out;
    for (std::size_t r = 0; r < alignment.rounds.size(); ++r) {
        const scoring::RoundAlignment& round = alignment.rounds[r];
        for (std::size_t d = 0; d < round.dimensions.size(); ++d) {
            const scoring::DimensionStats& stats = round.dimensions[d];
            if (!stats.disagreement) continue;
            out.push_back({round.round, round.date, stats.dimension, plan.dimensions[d].name, *stats.disagreement,
                           *stats.mean, stats.band, stats.disagreement_hidden, alignment.latest == r});
        }
    }
    return out;
}

}  // namespace accord::insights
