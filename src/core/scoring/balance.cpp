// The exchange of value (docs/scoring.md, "Balance").
#include "core/scoring/balance.hpp"

#include <cmath>
#include <string_view>
#include <unordered_map>

#include "core/scoring/wording.hpp"

namespace accord::scoring {

namespace w = wording;

BalanceScores score_balance(const Plan& plan) {
    BalanceScores s;
    std::unordered_map<std::string_view, size_t> partner_at;
    for (size_t i = 0; i < plan.partners.size(); ++i) {
        partner_at.emplace(plan.partners[i].id, i);
        s.partners.push_back({plan.partners[i].id});
    }
    for (const ValueItem& item : plan.exchange) {
        auto found = partner_at.find(item.partner);
        if (found == partner_at.end() || !std::isfinite(item.amount) || item.amount < 0) continue;  // invalid plan only
        PartnerBalance& p = s.partners[found->second];
        if (item.flow == ValueFlow::Contributes) {
            p.contributes += item.amount;
            s.contributed += item.amount;
        } else {
            p.gains += item.amount;
            s.gained += item.amount;
        }
    }

    if (s.partners.size() < 2) {
        s.score.reasons.push_back("a balance needs at least two partners");
        return s;
    }
    if (!(s.contributed > 0) || !(s.gained > 0)) {
        s.score.reasons.push_back(!(s.contributed > 0) && !(s.gained > 0)
                                      ? "no contributions or gains recorded yet"
                                      : !(s.contributed > 0) ? "gains are recorded but no contributions to weigh them against"
                                                             : "contributions are recorded but no gains to weigh them against");
        return s;
    }

    double distance = 0;
    size_t most_lopsided = 0;
    for (size_t i = 0; i < s.partners.size(); ++i) {
        PartnerBalance& p = s.partners[i];
        p.contribution_share = p.contributes / s.contributed;
        p.gain_share = p.gains / s.gained;
        const double diff = std::fabs(p.gain_share - p.contribution_share);
        distance += diff;
        // Ties (two partners always tie) name the first in plan order, whatever the rounding says.
        if (diff > std::fabs(s.partners[most_lopsided].gain_share - s.partners[most_lopsided].contribution_share) + 1e-9)
            most_lopsided = i;
    }
    distance /= 2;
    s.score.value = 100 * (1 - distance);
    s.score.reasons.push_back("balance score " + w::whole(*s.score.value) + " = 100 x (1 - " + w::percent(distance) +
                              "), where " + w::percent(distance) +
                              " is half the sum of the gaps between each partner's share of the gains and its share of the contributions");
    for (const PartnerBalance& p : s.partners)
        s.score.reasons.push_back(w::partner_name(plan, p.partner) + " puts in " + w::percent(p.contribution_share) +
                                  " of the contributions (" + w::number(p.contributes) + ") and gets " +
                                  w::percent(p.gain_share) + " of the gains (" + w::number(p.gains) + ")");
    const PartnerBalance& worst = s.partners[most_lopsided];
    const double diff = worst.gain_share - worst.contribution_share;
    if (std::llround(std::fabs(diff) * 100) > 0)
        s.score.reasons.push_back("most lopsided: " + w::partner_name(plan, worst.partner) + " gets " +
                                  w::whole(std::fabs(diff) * 100) + " points " + (diff > 0 ? "more" : "less") +
                                  " of the gains than its share of the contributions");
    return s;
}

}  // namespace accord::scoring
