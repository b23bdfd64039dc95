// Risk exposure (docs/scoring.md, "Risks").
#include "core/scoring/risks.hpp"

#include <algorithm>

#include "core/scoring/wording.hpp"

namespace accord::scoring {
namespace {

namespace w = wording;

// Penalised risks named in the reasons; the rest are summed up.
constexpr size_t kListedRisks = 5;

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

int penalty_of(const RiskExposure& r) {
    if (!r.open) return 0;
    switch (r.level) {
        case RiskLevel::High: return r.has_contingency ? kPenaltyHighWithContingency : kPenaltyHighWithoutContingency;
        case RiskLevel::Medium: return r.has_contingency ? 0 : kPenaltyMediumWithoutContingency;
        case RiskLevel::Low: return 0;
    }
    return 0;
}

}  // namespace

RiskScores score_risks(const Plan& plan) {
    RiskScores s;
    s.risks.reserve(plan.risks.size());
    std::vector<size_t> penalised;
    for (size_t i = 0; i < plan.risks.size(); ++i) {
        const Risk& risk = plan.risks[i];
        // Clamped so that an out-of-range value (an invalid plan) still lands on the map.
        const int likelihood = std::clamp(risk.likelihood, 1, 5), impact = std::clamp(risk.impact, 1, 5);
        RiskExposure r;
        r.risk = risk.id;
        r.exposure = likelihood * impact;
        r.level = level_of(r.exposure);
        r.open = risk.status != RiskStatus::Closed;
        r.has_contingency = !blank(risk.contingency);
        r.penalty = penalty_of(r);
        if (r.open) {
            ++s.open;
            HeatCell& cell = s.heat[likelihood - 1][impact - 1];
            ++cell.count;
            cell.risks.push_back(risk.id);
        }
        if (r.penalty) penalised.push_back(i);
        s.risks.push_back(std::move(r));
    }

    // Highest exposure first; equal exposures keep the plan's order.
    auto by_exposure = [&](size_t a, size_t b) { return s.risks[a].exposure > s.risks[b].exposure; };
    std::stable_sort(penalised.begin(), penalised.end(), by_exposure);
    std::vector<size_t> order(plan.risks.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), by_exposure);
    for (size_t i : order)
        if (s.risks[i].open && s.risks[i].level == RiskLevel::High && !s.risks[i].has_contingency)
            s.high_without_contingency.push_back(s.risks[i].risk);

    if (plan.risks.empty()) {
        s.score.reasons.push_back("no risks registered yet");
        return s;
    }
    int total_penalty = 0;
    for (size_t i : penalised) total_penalty += s.risks[i].penalty;
    s.score.value = std::max(0, 100 - total_penalty);
    std::string sum = "100";
    for (size_t k = 0; k < penalised.size() && k < kListedRisks; ++k) sum += " - " + std::to_string(s.risks[penalised[k]].penalty);
    if (penalised.size() > kListedRisks) {
        int rest = 0;
        for (size_t k = kListedRisks; k < penalised.size(); ++k) rest += s.risks[penalised[k]].penalty;
        sum += " - " + std::to_string(rest);
    }
    s.score.reasons.push_back("risk score " + sum + (total_penalty > 100 ? " (at least 0)" : "") + " = " +
                              w::whole(*s.score.value));
    s.score.reasons.push_back(w::count(s.open, "open risk", "open risks") + ", " +
                              std::to_string(plan.risks.size() - static_cast<size_t>(s.open)) + " closed");
    for (size_t k = 0; k < penalised.size() && k < kListedRisks; ++k) {
        const RiskExposure& r = s.risks[penalised[k]];
        s.score.reasons.push_back("-" + std::to_string(r.penalty) + ": " + w::quoted(plan.risks[penalised[k]].title) + ", " +
                                  label(r.level) + " (" + std::to_string(r.exposure) + "), " +
                                  (r.has_contingency ? "with a contingency" : "no contingency"));
    }
    if (penalised.size() > kListedRisks)
        s.score.reasons.push_back("-" + std::to_string(total_penalty) + " in all, from " +
                                  w::count(static_cast<long long>(penalised.size()), "risk", "risks"));
    if (!s.high_without_contingency.empty())
        s.score.reasons.push_back(w::count(static_cast<long long>(s.high_without_contingency.size()), "open high risk", "open high risks") +
                                  " (" + std::to_string(kHighExposure) + " or more) " +
                                  w::has_have(static_cast<long long>(s.high_without_contingency.size())) + " no contingency plan");
    return s;
}

RiskLevel level_of(int exposure) {
    if (exposure >= kHighExposure) return RiskLevel::High;
    if (exposure >= kMediumExposure) return RiskLevel::Medium;
    return RiskLevel::Low;
}

const char* label(RiskLevel level) {
    switch (level) {
        case RiskLevel::Low: return "Low";
        case RiskLevel::Medium: return "Medium";
        case RiskLevel::High: return "High";
    }
    return "";
}

}  // namespace accord::scoring
