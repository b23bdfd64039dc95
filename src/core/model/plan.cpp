#include "core/model/plan.hpp"

#include <algorithm>

namespace accord {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, const Id& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

Role Activity::role_of(const Id& partner) const {
    for (const auto& assignment : roles)
        if (assignment.partner == partner) return assignment.role;
    return Role::None;
}

const Rating* AssessmentRound::find(const Id& dimension, const Id& partner) const {
    for (const auto& rating : ratings)
        if (rating.dimension == dimension && rating.partner == partner) return &rating;
    return nullptr;
}

const Partner* Plan::find_partner(const Id& wanted) const { return find_by_id(partners, wanted); }
const Goal* Plan::find_goal(const Id& wanted) const { return find_by_id(goals, wanted); }
const Activity* Plan::find_activity(const Id& wanted) const { return find_by_id(activities, wanted); }
const Dimension* Plan::find_dimension(const Id& wanted) const { return find_by_id(dimensions, wanted); }

std::vector<const Goal*> Plan::children_of(const Id& parent) const {
    std::vector<const Goal*> out;
    for (const auto& goal : goals)
        if (goal.parent == parent) out.push_back(&goal);
    return out;
}

std::vector<std::string> default_dimension_names() {
    std::vector<std::string> names;
    for (DimensionTopic topic : kDimensionTopics) names.emplace_back(label(topic));
    return names;
}

Plan new_plan(std::string title, IdSource& ids, Instant now) {
    Plan plan;
    plan.id = ids.next();
    plan.title = std::move(title);
    plan.created = plan.modified = now;
    for (DimensionTopic topic : kDimensionTopics) {
        Dimension dimension;
        dimension.id = ids.next();
        dimension.name = label(topic);
        dimension.topic = topic;
        plan.dimensions.push_back(std::move(dimension));
    }
    return plan;
}

const char* label(GoalKind kind) {
    switch (kind) {
        case GoalKind::VisionAnchor: return "Vision anchor";
        case GoalKind::Objective: return "Objective";
        case GoalKind::KeyResult: return "Key result";
        case GoalKind::Initiative: return "Initiative";
    }
    return "";
}

const char* label(GoalStatus status) {
    switch (status) {
        case GoalStatus::NotStarted: return "Not started";
        case GoalStatus::InProgress: return "In progress";
        case GoalStatus::AtRisk: return "At risk";
        case GoalStatus::Done: return "Done";
        case GoalStatus::Dropped: return "Dropped";
    }
    return "";
}

const char* label(Direction direction) {
    return direction == Direction::Increase ? "Increase" : "Decrease";
}

const char* letter(Role role) {
    switch (role) {
        case Role::None: return "";
        case Role::Responsible: return "R";
        case Role::Accountable: return "A";
        case Role::Consulted: return "C";
        case Role::Informed: return "I";
    }
    return "";
}

const char* label(Role role) {
    switch (role) {
        case Role::None: return "None";
        case Role::Responsible: return "Responsible";
        case Role::Accountable: return "Accountable";
        case Role::Consulted: return "Consulted";
        case Role::Informed: return "Informed";
    }
    return "";
}

const char* label(DecisionMethod method) {
    switch (method) {
        case DecisionMethod::Consensus: return "Consensus";
        case DecisionMethod::Majority: return "Majority";
        case DecisionMethod::LeadDecides: return "Lead decides";
        case DecisionMethod::Consult: return "Lead decides after consulting";
        case DecisionMethod::Unanimous: return "Unanimous";
    }
    return "";
}

const char* label(RiskStatus status) {
    switch (status) {
        case RiskStatus::Open: return "Open";
        case RiskStatus::Mitigating: return "Mitigating";
        case RiskStatus::Closed: return "Closed";
    }
    return "";
}

const char* label(ValueFlow flow) { return flow == ValueFlow::Contributes ? "Contributes" : "Gains"; }

const char* label(DimensionTopic topic) {
    switch (topic) {
        case DimensionTopic::SharedGoals: return "Shared goals";
        case DimensionTopic::Values: return "Values";
        case DimensionTopic::Trust: return "Trust";
        case DimensionTopic::Communication: return "Communication";
        case DimensionTopic::RoleClarity: return "Role clarity";
        case DimensionTopic::Commitment: return "Commitment";
        case DimensionTopic::Flexibility: return "Flexibility";
        case DimensionTopic::ConflictResolution: return "Conflict resolution";
        case DimensionTopic::MutualBenefit: return "Mutual benefit";
        case DimensionTopic::LongTermFocus: return "Long-term focus";
    }
    return "";
}

}  // namespace accord
