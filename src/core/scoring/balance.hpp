#pragma once
// The exchange of value: what each partner puts in and gets out, and how lopsided that is.
// Formula: docs/scoring.md, "Balance".
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/scoring/figure.hpp"

namespace accord::scoring {

struct PartnerBalance {
    Id partner;
    double contributes = 0, gains = 0;                // sums of the partner's value items
    double contribution_share = 0, gain_share = 0;    // 0..1 of all contributions / all gains
};

struct BalanceScores {
    std::vector<PartnerBalance> partners;  // one per partner, in plan order
    double contributed = 0, gained = 0;    // over all partners
    // 0..100: 100 x (1 - half the sum over partners of |gain share - contribution share|): 100 when
    // everyone gets out the share it puts in, 0 when one side gives everything and another gets it
    // all. Unknown with fewer than two partners, or when no contribution or no gain is recorded.
    Figure score;
};

BalanceScores score_balance(const Plan& plan);

}  // namespace accord::scoring
