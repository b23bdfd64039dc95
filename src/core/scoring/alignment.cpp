// Alignment (docs/scoring.md, "Alignment").
//
// Index of this file
// [SECTION] One dimension in one round
// [SECTION] One round: ratings grid, index
// [SECTION] score_alignment, bands
#include "core/scoring/alignment.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "core/scoring/wording.hpp"

namespace accord::scoring {
namespace {

namespace w = wording;

// Dimensions named in a reason (gaps, disagreements); the rest are counted.
constexpr size_t kListedDimensions = 4;
// Slack so that a mean of exactly 4.0 or 3.0 falls in the upper band.
constexpr double kEpsilon = 1e-9;

using IndexOf = std::unordered_map<std::string_view, size_t>;

template <class T>
IndexOf index_by_id(const std::vector<T>& items) {
    IndexOf at;
    at.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) at.emplace(items[i].id, i);
    return at;
}

std::string round_name(const AssessmentRound& round) {
    return round.title.empty() ? "the round of " + w::date(round.date) : w::quoted(round.title) + " (" + w::date(round.date) + ")";
}

// "'Trust', 'Values' and 2 more"
std::string listed(const Plan& plan, const std::vector<size_t>& dims) {
    std::string out;
    for (size_t k = 0; k < dims.size() && k < kListedDimensions; ++k)
        out += (k ? ", " : "") + w::quoted(plan.dimensions[dims[k]].name);
    if (dims.size() > kListedDimensions) out += " and " + std::to_string(dims.size() - kListedDimensions) + " more";
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] One dimension in one round
//-----------------------------------------------------------------------------

// `column` holds the dimension's rating by each partner (plan order), null when not rated.
DimensionStats dimension_stats(const Id& dimension, const std::vector<const Rating*>& column) {
    DimensionStats d;
    d.dimension = dimension;
    const Rating* high = nullptr;
    const Rating* low = nullptr;
    int sum = 0;
    for (const Rating* r : column) {
        if (!r) continue;
        ++d.raters;
        sum += r->score;
        if (!high || r->score > high->score) high = r;  // strict: ties keep the first partner
        if (!low || r->score < low->score) low = r;
    }
    if (!d.raters) return d;
    d.mean = static_cast<double>(sum) / d.raters;
    d.min = low->score;
    d.max = high->score;
    d.spread = d.max - d.min;
    d.band = band_of(*d.mean);
    d.gap = d.spread >= kGapSpread - kEpsilon;
    if (d.raters >= 2 && d.spread >= kDisagreementFrom - kEpsilon) {
        d.disagreement = Disagreement{high->partner, low->partner, high->score, low->score, high->comment, low->comment};
        d.disagreement_hidden = d.band == Band::Strength;
    }
    return d;
}

//-----------------------------------------------------------------------------
// [SECTION] One round: ratings grid, index
//-----------------------------------------------------------------------------

void explain_round(const Plan& plan, const AssessmentRound& round, RoundAlignment& r) {
    double level_sum = 0, spread_sum = 0;
    int rated = 0, compared = 0, strengths = 0, borderline = 0, concerns = 0;
    std::vector<size_t> gaps, unrated;
    for (size_t k = 0; k < r.dimensions.size(); ++k) {
        const DimensionStats& d = r.dimensions[k];
        if (!d.mean) {
            unrated.push_back(k);
            continue;
        }
        ++rated;
        level_sum += (*d.mean - 1) / 4;
        if (d.raters >= 2) {
            ++compared;
            spread_sum += d.spread;
        }
        if (d.gap) gaps.push_back(k);
        switch (d.band) {
            case Band::Strength: ++strengths; break;
            case Band::Borderline: ++borderline; break;
            case Band::Concern: ++concerns; break;
        }
    }
    Figure& f = r.index;
    if (!rated) {
        f.reasons.push_back("no ratings in " + round_name(round) + " yet");
        return;
    }
    const double level = level_sum / rated;
    const double mean_rating = 1 + 4 * level;
    std::string level_text = "level: mean rating " + w::number(mean_rating) + " of 5 over " +
                             w::count(rated, "dimension", "dimensions") + ", (" + w::number(mean_rating) +
                             " - 1) / 4 = " + w::percent(level);
    if (!compared) {
        f.value = 100 * level;
        f.reasons.push_back("alignment index " + w::whole(*f.value) + " = 100 x level, as no dimension was rated by two partners to compare");
        f.reasons.push_back(level_text);
    } else {
        const double mean_spread = spread_sum / compared;
        const double agreement = 1 - mean_spread / 4;
        f.value = 100 * (kLevelWeight * level + kAgreementWeight * agreement);
        f.reasons.push_back("alignment index " + w::whole(*f.value) + " = 100 x (" + w::number(kLevelWeight) + " x level " +
                            w::percent(level) + " + " + w::number(kAgreementWeight) + " x agreement " + w::percent(agreement) + ")");
        f.reasons.push_back(level_text);
        f.reasons.push_back("agreement: mean spread " + w::number(mean_spread) + " points over " +
                            w::count(compared, "dimension", "dimensions") + " rated by two or more partners, 1 - " +
                            w::number(mean_spread) + " / 4 = " + w::percent(agreement));
    }
    f.reasons.push_back(w::count(strengths, "strength", "strengths") + " (mean 4.0 or more), " + std::to_string(borderline) +
                        " borderline (3.0 to 3.9), " + w::count(concerns, "concern", "concerns") + " (below 3.0)");
    if (!gaps.empty())
        f.reasons.push_back(w::count(static_cast<long long>(gaps.size()), "gap", "gaps") + " (partners " +
                            w::one_decimal(kGapSpread) + " points or more apart): " + listed(plan, gaps));
    for (const DimensionStats& d : r.dimensions) {
        if (!d.disagreement_hidden) continue;
        const Disagreement& g = *d.disagreement;
        const size_t k = static_cast<size_t>(&d - r.dimensions.data());
        f.reasons.push_back(w::quoted(plan.dimensions[k].name) + " reads as a strength (mean " + w::one_decimal(*d.mean) +
                            ") but " + w::partner_name(plan, g.high_partner) + " rated " + std::to_string(g.high_score) +
                            " and " + w::partner_name(plan, g.low_partner) + " rated " + std::to_string(g.low_score));
    }
    if (!r.not_rated.empty()) {
        std::string names;
        for (size_t k = 0; k < r.not_rated.size(); ++k) names += (k ? ", " : "") + w::partner_name(plan, r.not_rated[k]);
        f.reasons.push_back(names + (r.not_rated.size() == 1 ? " has" : " have") + " not rated in this round");
    }
    if (!unrated.empty())
        f.reasons.push_back(w::count(static_cast<long long>(unrated.size()), "dimension", "dimensions") +
                            " not rated by anyone: " + listed(plan, unrated));
}

RoundAlignment score_round(const Plan& plan, const AssessmentRound& round, const IndexOf& dimension_at,
                           const IndexOf& partner_at) {
    const size_t dims = plan.dimensions.size(), partners = plan.partners.size();
    // grid[dimension][partner]: the rating, or null.
    std::vector<std::vector<const Rating*>> grid(dims, std::vector<const Rating*>(partners, nullptr));
    for (const Rating& rating : round.ratings) {
        auto d = dimension_at.find(rating.dimension);
        auto p = partner_at.find(rating.partner);
        if (d == dimension_at.end() || p == partner_at.end()) continue;  // only in an invalid plan
        grid[d->second][p->second] = &rating;
    }

    RoundAlignment r;
    r.round = round.id;
    r.date = round.date;
    r.partners.resize(partners);
    for (size_t p = 0; p < partners; ++p) {
        r.partners[p].partner = plan.partners[p].id;
        r.partners[p].scores.resize(dims);
        for (size_t d = 0; d < dims; ++d)
            if (grid[d][p]) {
                r.partners[p].scores[d] = grid[d][p]->score;
                ++r.partners[p].rated;
            }
        if (!r.partners[p].rated) r.not_rated.push_back(plan.partners[p].id);
    }
    r.dimensions.reserve(dims);
    for (size_t d = 0; d < dims; ++d) r.dimensions.push_back(dimension_stats(plan.dimensions[d].id, grid[d]));
    explain_round(plan, round, r);
    return r;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] score_alignment, bands
//-----------------------------------------------------------------------------

AlignmentScores score_alignment(const Plan& plan) {
    const IndexOf dimension_at = index_by_id(plan.dimensions);
    const IndexOf partner_at = index_by_id(plan.partners);

    // Rounds by date: the plan keeps them sorted, but a merge or a hand-edited file may not.
    std::vector<size_t> order(plan.rounds.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return plan.rounds[a].date < plan.rounds[b].date; });

    AlignmentScores s;
    s.rounds.reserve(order.size());
    for (size_t i : order) {
        s.rounds.push_back(score_round(plan, plan.rounds[i], dimension_at, partner_at));
        if (s.rounds.back().index.known()) {
            s.previous = s.latest;
            s.latest = s.rounds.size() - 1;
        }
    }

    if (!s.latest) {
        s.index.reasons.push_back(plan.rounds.empty() ? "no assessment rounds yet" : "no ratings yet");
        return s;
    }
    const RoundAlignment& latest = s.rounds[*s.latest];
    const AssessmentRound& latest_round = plan.rounds[order[*s.latest]];
    s.index = latest.index;
    s.index.reasons.insert(s.index.reasons.begin() + 1, "from " + round_name(latest_round) + ", the latest round with ratings");
    if (s.previous) {
        const RoundAlignment& before = s.rounds[*s.previous];
        // The change between the figures as shown (73 -> 72 is "down 1 point"), not between the
        // unrounded ones, which could read "unchanged" beside two different numbers.
        s.change = static_cast<double>(std::llround(*latest.index.value) - std::llround(*before.index.value));
        const long long points = std::llround(std::abs(*s.change));
        const std::string movement = points == 0 ? "unchanged"
                                                 : (*s.change > 0 ? "up " : "down ") + w::count(points, "point", "points");
        s.index.reasons.insert(s.index.reasons.begin() + 2,
                               movement + " since " + round_name(plan.rounds[order[*s.previous]]) + ": " +
                                   w::whole(*before.index.value) + " -> " + w::whole(*latest.index.value));
    }
    if (*s.latest + 1 < s.rounds.size())
        s.index.reasons.push_back(round_name(plan.rounds[order.back()]) + " has no ratings yet");
    return s;
}

Band band_of(double mean) {
    if (mean >= kStrengthFrom - kEpsilon) return Band::Strength;
    if (mean >= kBorderlineFrom - kEpsilon) return Band::Borderline;
    return Band::Concern;
}

const char* label(Band band) {
    switch (band) {
        case Band::Strength: return "Strength";
        case Band::Borderline: return "Borderline";
        case Band::Concern: return "Concern";
    }
    return "";
}

}  // namespace accord::scoring
