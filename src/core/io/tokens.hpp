#pragma once
// The plan file's words for the model's enums: readable lower-case tokens ("key_result",
// "accountable"), fixed forever within a format version. The UI has its own words (model/plan.hpp
// label()); these are for files only.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/model/plan.hpp"

namespace accord::io {

template <class E>
struct TokenTable;  // specialised below: `entries`, every enumerator once, in the model's order

template <>
struct TokenTable<GoalKind> {
    static constexpr std::pair<GoalKind, const char*> entries[] = {
        {GoalKind::VisionAnchor, "vision_anchor"},
        {GoalKind::Objective, "objective"},
        {GoalKind::KeyResult, "key_result"},
        {GoalKind::Initiative, "initiative"},
    };
};

template <>
struct TokenTable<GoalStatus> {
    static constexpr std::pair<GoalStatus, const char*> entries[] = {
        {GoalStatus::NotStarted, "not_started"}, {GoalStatus::InProgress, "in_progress"},
        {GoalStatus::AtRisk, "at_risk"},         {GoalStatus::Done, "done"},
        {GoalStatus::Dropped, "dropped"},
    };
};

template <>
struct TokenTable<Direction> {
    static constexpr std::pair<Direction, const char*> entries[] = {
        {Direction::Increase, "increase"},
        {Direction::Decrease, "decrease"},
    };
};

// Role::None has no token: an empty cell is not stored (see Activity::roles).
template <>
struct TokenTable<Role> {
    static constexpr std::pair<Role, const char*> entries[] = {
        {Role::Responsible, "responsible"},
        {Role::Accountable, "accountable"},
        {Role::Consulted, "consulted"},
        {Role::Informed, "informed"},
    };
};

template <>
struct TokenTable<DecisionMethod> {
    static constexpr std::pair<DecisionMethod, const char*> entries[] = {
        {DecisionMethod::Consensus, "consensus"},      {DecisionMethod::Majority, "majority"},
        {DecisionMethod::LeadDecides, "lead_decides"}, {DecisionMethod::Consult, "consult"},
        {DecisionMethod::Unanimous, "unanimous"},
    };
};

template <>
struct TokenTable<RiskStatus> {
    static constexpr std::pair<RiskStatus, const char*> entries[] = {
        {RiskStatus::Open, "open"},
        {RiskStatus::Mitigating, "mitigating"},
        {RiskStatus::Closed, "closed"},
    };
};

template <>
struct TokenTable<ValueFlow> {
    static constexpr std::pair<ValueFlow, const char*> entries[] = {
        {ValueFlow::Contributes, "contributes"},
        {ValueFlow::Gains, "gains"},
    };
};

template <>
struct TokenTable<DimensionTopic> {
    static constexpr std::pair<DimensionTopic, const char*> entries[] = {
        {DimensionTopic::SharedGoals, "shared_goals"},
        {DimensionTopic::Values, "values"},
        {DimensionTopic::Trust, "trust"},
        {DimensionTopic::Communication, "communication"},
        {DimensionTopic::RoleClarity, "role_clarity"},
        {DimensionTopic::Commitment, "commitment"},
        {DimensionTopic::Flexibility, "flexibility"},
        {DimensionTopic::ConflictResolution, "conflict_resolution"},
        {DimensionTopic::MutualBenefit, "mutual_benefit"},
        {DimensionTopic::LongTermFocus, "long_term_focus"},
    };
};

// The token for a value; "" for a value without one (Role::None).
template <class E>
const char* token(E value) {
    for (const auto& [candidate, text] : TokenTable<E>::entries)
        if (candidate == value) return text;
    return "";
}

template <class E>
std::optional<E> from_token(std::string_view text) {
    for (const auto& [candidate, token_text] : TokenTable<E>::entries)
        if (text == token_text) return candidate;
    return std::nullopt;
}

// `"open", "mitigating" or "closed"`, for messages and documentation.
template <class E>
std::string token_choices() {
    std::string out;
    const std::size_t n = std::size(TokenTable<E>::entries);
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) out += i + 1 == n ? " or " : ", ";
        out += std::string("\"") + TokenTable<E>::entries[i].second + "\"";
    }
    return out;
}

}  // namespace accord::io
