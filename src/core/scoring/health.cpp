// The health index (docs/scoring.md, "Health index").
#include "core/scoring/health.hpp"

#include <iterator>
#include <string>

#include "core/scoring/wording.hpp"

namespace accord::scoring {

namespace w = wording;

static_assert(std::size(kHealthWeights) == static_cast<size_t>(HealthPart::Balance) + 1, "one weight per part");

HealthIndex blend_health(const HealthInputs& inputs) {
    const std::optional<double> scores[] = {inputs.goals, inputs.alignment,
                                            inputs.roles, inputs.risks, inputs.communication, inputs.balance};
    HealthIndex h;
    double weight_sum = 0, weighted = 0;
    for (size_t k = 0; k < std::size(kHealthWeights); ++k) {
        HealthComponent c{static_cast<HealthPart>(k), kHealthWeights[k], scores[k]};
        if (c.score) {
            weight_sum += c.weight;
            weighted += c.weight * *c.score;
        }
        h.parts.push_back(c);
    }
    if (!(weight_sum > 0)) {
        h.index.reasons.push_back("no part has data yet: add goals with due dates, roles, ratings, risks, check-ins or the exchange of value");
        return h;
    }
    h.index.value = weighted / weight_sum;

    std::string terms, left_out;
    for (HealthComponent& c : h.parts) {
        if (!c.score) {
            left_out += (left_out.empty() ? "" : ", ") + std::string(label(c.part)) + " (weight " + w::number(c.weight) + ")";
            continue;
        }
        c.share = c.weight / weight_sum;
        terms += (terms.empty() ? "" : " + ") + w::number(c.weight) + " x " + w::whole(*c.score);
    }
    h.index.reasons.push_back("health index " + w::whole(*h.index.value) + " = (" + terms + ") / " + w::number(weight_sum));
    if (!left_out.empty())
        h.index.reasons.push_back("left out for lack of data: " + left_out + "; the other weights are renormalised to add up to 100%");
    for (const HealthComponent& c : h.parts)
        if (c.score)
            h.index.reasons.push_back(std::string(label(c.part)) + ": " + w::whole(*c.score) + ", weight " + w::number(c.weight) +
                                      " (" + w::percent(c.share) + " of the index)");
    return h;
}

const char* label(HealthPart part) {
    switch (part) {
        case HealthPart::Goals: return "Goals on schedule";
        case HealthPart::Alignment: return "Alignment";
        case HealthPart::Roles: return "Roles";
        case HealthPart::Risks: return "Risks";
        case HealthPart::Communication: return "Communication";
        case HealthPart::Balance: return "Balance";
    }
    return "";
}

}  // namespace accord::scoring
