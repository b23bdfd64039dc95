#include "core/merge/equality.hpp"

namespace accord::merge::detail {
namespace {

bool same(const RoleAssignment& a, const RoleAssignment& b) {
    return a.partner == b.partner && a.role == b.role && same_extra(a.extra, b.extra);
}

bool same(const Rating& a, const Rating& b) {
    return a.dimension == b.dimension && a.partner == b.partner && a.score == b.score && a.comment == b.comment &&
           same_extra(a.extra, b.extra);
}

bool same(const Action& a, const Action& b) { return a == b; }

bool same(const Metric& a, const Metric& b) {
    return a.unit == b.unit && a.baseline == b.baseline && a.target == b.target && a.current == b.current &&
           a.direction == b.direction && a.history == b.history && same_extra(a.extra, b.extra);
}

bool same(const ScoreSnapshot& a, const ScoreSnapshot& b) {
    return a.health == b.health && a.goal_progress == b.goal_progress && a.alignment == b.alignment &&
           a.roles == b.roles && a.risk == b.risk && a.communication == b.communication && a.balance == b.balance;
}

template <class T>
bool same_list(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}

}  // namespace

bool same_content(const Partner& a, const Partner& b) {
    return a.id == b.id && a.name == b.name && a.organisation == b.organisation && a.email == b.email &&
           a.colour == b.colour && a.strengths == b.strengths && a.resources == b.resources &&
           a.limitations == b.limitations && a.expectations == b.expectations && a.values == b.values &&
           same_extra(a.extra, b.extra);
}

bool same_content(const Vision& a, const Vision& b) {
    return a.statement == b.statement && a.mission == b.mission && a.why == b.why && a.horizon == b.horizon &&
           same_extra(a.extra, b.extra);
}

bool same_content(const Value& a, const Value& b) {
    return a.id == b.id && a.name == b.name && a.meaning == b.meaning && a.endorsed_by == b.endorsed_by &&
           same_extra(a.extra, b.extra);
}

bool same_content(const GlossaryTerm& a, const GlossaryTerm& b) {
    return a.id == b.id && a.term == b.term && a.definition == b.definition && a.agreed_by == b.agreed_by &&
           a.disputed == b.disputed && same_extra(a.extra, b.extra);
}

bool same_content(const Goal& a, const Goal& b) {
    return a.id == b.id && a.parent == b.parent && a.kind == b.kind && a.title == b.title &&
           a.description == b.description && a.owners == b.owners && a.weight == b.weight && a.start == b.start &&
           a.due == b.due && a.status == b.status && a.confidence == b.confidence &&
           a.metric.has_value() == b.metric.has_value() && (!a.metric || same(*a.metric, *b.metric)) &&
           same_extra(a.extra, b.extra);
}

bool same_content(const Activity& a, const Activity& b) {
    return a.id == b.id && a.name == b.name && a.area == b.area && a.goal == b.goal && same_list(a.roles, b.roles) &&
           same_extra(a.extra, b.extra);
}

bool same_content(const DecisionRule& a, const DecisionRule& b) {
    return a.id == b.id && a.area == b.area && a.method == b.method && a.lead == b.lead && a.notes == b.notes &&
           same_extra(a.extra, b.extra);
}

bool same_content(const Contact& a, const Contact& b) {
    return a.id == b.id && a.partner == b.partner && a.name == b.name && a.role == b.role && a.email == b.email &&
           a.phone == b.phone && same_extra(a.extra, b.extra);
}

bool same_content(const EscalationStep& a, const EscalationStep& b) {
    return a.id == b.id && a.who == b.who && a.within_days == b.within_days && a.how == b.how &&
           same_extra(a.extra, b.extra);
}

bool same_content(const Dimension& a, const Dimension& b) {
    return a.id == b.id && a.name == b.name && a.description == b.description && a.topic == b.topic &&
           same_extra(a.extra, b.extra);
}

bool same_content(const AssessmentRound& a, const AssessmentRound& b) {
    return a.id == b.id && a.title == b.title && a.date == b.date && same_list(a.ratings, b.ratings) &&
           same_extra(a.extra, b.extra);
}

bool same_content(const Risk& a, const Risk& b) {
    return a.id == b.id && a.title == b.title && a.description == b.description && a.likelihood == b.likelihood &&
           a.impact == b.impact && a.owner == b.owner && a.trigger == b.trigger && a.contingency == b.contingency &&
           a.status == b.status && same_extra(a.extra, b.extra);
}

bool same_content(const Communication& a, const Communication& b) {
    return a.cadence_days == b.cadence_days && a.channels == b.channels && same_extra(a.extra, b.extra);
}

bool same_content(const CheckIn& a, const CheckIn& b) {
    return a.id == b.id && a.date == b.date && a.attendees == b.attendees && a.notes == b.notes &&
           a.decisions == b.decisions && same_list(a.actions, b.actions) && same_extra(a.extra, b.extra);
}

bool same_content(const ValueItem& a, const ValueItem& b) {
    return a.id == b.id && a.partner == b.partner && a.flow == b.flow && a.description == b.description &&
           a.amount == b.amount && same_extra(a.extra, b.extra);
}

bool same_content(const Review& a, const Review& b) {
    return a.id == b.id && a.date == b.date && a.title == b.title && a.notes == b.notes &&
           a.adjustments == b.adjustments && same(a.scores, b.scores) && same_extra(a.extra, b.extra);
}

bool same_content(const Approval& a, const Approval& b) {
    return a.id == b.id && a.partner == b.partner && a.at == b.at && a.fingerprint == b.fingerprint &&
           a.note == b.note && a.digests == b.digests && same_extra(a.extra, b.extra);
}

bool same_content(const Conflict& a, const Conflict& b) {
    return a.id == b.id && a.kind == b.kind && a.section == b.section && a.entity == b.entity &&
           a.entity_name == b.entity_name && a.field == b.field && a.base == b.base && a.ours == b.ours &&
           a.theirs == b.theirs && a.note == b.note && a.ours_by == b.ours_by && a.theirs_by == b.theirs_by &&
           a.found == b.found && same_extra(a.extra, b.extra);
}

bool same_header(const Plan& a, const Plan& b) {
    return a.id == b.id && a.title == b.title && a.created == b.created && same_extra(a.extra, b.extra);
}

}  // namespace accord::merge::detail
