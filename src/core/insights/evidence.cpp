// Feelings against evidence (evidence.hpp; docs/insights.md, "Feelings against evidence").
//
// Index of this file
// [SECTION] Topics
// [SECTION] Evidence per topic
// [SECTION] Rating against evidence
// [SECTION] compare_evidence, labels
#include "core/insights/evidence.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/scoring/wording.hpp"
#include "core/text/fold.hpp"

namespace accord::insights {
namespace {

namespace w = scoring::wording;

//-----------------------------------------------------------------------------
// [SECTION] Topics
//-----------------------------------------------------------------------------

std::string trimmed(const std::string& text) {
    const char* space = " \t\r\n";
    const size_t first = text.find_first_not_of(space);
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

// What one topic's evidence found, before it meets the ratings.
struct TopicEvidence {
    EvidenceState state = EvidenceState::NoEvidence;
    int problems = 0;
    std::string evidence;
    std::vector<Finding> findings;
    std::vector<std::string> steps;      // what to do about the problems
    std::string clean_question;          // what to ask when a low rating meets clean evidence
};

// "1 activity has", "3 activities have"
std::string counted(long long n, const char* one, const char* many, const char* verb_one, const char* verb_many) {
    return w::count(n, one, many) + " " + (n == 1 ? verb_one : verb_many);
}

bool open_goal(const Goal& g) {
    return g.kind != GoalKind::VisionAnchor && g.status != GoalStatus::Done && g.status != GoalStatus::Dropped;
}

//-----------------------------------------------------------------------------
// [SECTION] Evidence per topic
//-----------------------------------------------------------------------------

// Problems: activities without exactly one Accountable or without a Responsible partner.
TopicEvidence role_matrix(const Plan& plan, const scoring::RoleScores& roles) {
    TopicEvidence e;
    e.clean_question = "ask what feels unclear: the role matrix gives every activity one Accountable and a "
                       "Responsible partner, so the cause may lie in work the matrix does not list";
    if (plan.activities.empty()) {
        e.state = EvidenceState::NothingToCheck;
        e.evidence = "the role matrix lists no activities yet";
        e.steps.push_back("List the partnership's main activities in the role matrix and give each an Accountable partner");
        return e;
    }
    int no_accountable = 0, several_accountable = 0, no_responsible = 0;
    for (size_t i = 0; i < plan.activities.size(); ++i) {
        const scoring::ActivityCheck& check = roles.activities[i];
        std::vector<std::string> gaps;
        if (check.accountable == 0) {
            ++no_accountable;
            gaps.push_back("no Accountable partner");
        } else if (check.accountable > 1) {
            ++several_accountable;
            gaps.push_back(std::to_string(check.accountable) + " Accountable partners");
        }
        if (check.responsible == 0) {
            ++no_responsible;
            gaps.push_back("no Responsible partner");
        }
        if (gaps.empty()) continue;
        std::string text = w::quoted(plan.activities[i].name) + ": ";
        for (size_t k = 0; k < gaps.size(); ++k) text += (k ? ", " : "") + gaps[k];
        e.findings.push_back({text, {{EntityKind::Activity, plan.activities[i].id}}});
    }
    const long long total = static_cast<long long>(plan.activities.size());
    e.problems = static_cast<int>(e.findings.size());
    if (e.problems == 0) {
        e.state = EvidenceState::Clean;
        e.evidence = "each of the " + w::count(total, "activity", "activities") +
                     " has exactly one Accountable and at least one Responsible partner";
        return e;
    }
    e.state = EvidenceState::Problems;
    e.evidence = std::to_string(e.problems) + " of " + w::count(total, "activity", "activities") +
                 (e.problems == 1 ? " lacks" : " lack") + " exactly one Accountable or a Responsible partner";
    if (no_accountable)
        e.steps.push_back(counted(no_accountable, "activity", "activities", "has", "have") +
                          " no Accountable partner: assign one in the role matrix");
    if (several_accountable)
        e.steps.push_back(counted(several_accountable, "activity", "activities", "has", "have") +
                          " more than one Accountable partner: agree which one keeps the A");
    if (no_responsible)
        e.steps.push_back(counted(no_responsible, "activity", "activities", "has", "have") +
                          " no Responsible partner: name who does the work in the role matrix");
    return e;
}

// Problems: check-ins missed in the look-back window, at least one while the next is overdue.
TopicEvidence checkin_regularity(const Plan& plan, const scoring::CommunicationScores& c, Date today) {
    TopicEvidence e;
    e.clean_question = "ask what is missing between check-ins: they are held as often as agreed, so the "
                       "cause may be what is said in them, or what happens between them";
    if (!c.since) {
        e.state = EvidenceState::NothingToCheck;
        e.evidence = "no check-in is logged and the plan has no creation date to count from";
        e.steps.push_back("Log the partners' check-ins under Check-ins");
        return e;
    }
    const Date created = Date::from_unix_ms(plan.created);
    const int window = std::max(0, std::min(kCheckInLookBackDays, today - created));
    const int expected = window / c.cadence_days;
    int held = 0;
    Id last_held;
    for (const CheckIn& checkin : plan.checkins)
        if (checkin.date > today.plus_days(-window) && checkin.date <= today) {
            ++held;
            last_held = checkin.id;
        }
    const int missed = std::max(0, expected - held);
    const std::vector<EntityRef> refs =
        last_held.empty() ? std::vector<EntityRef>{{EntityKind::Communication, ""}}
                          : std::vector<EntityRef>{{EntityKind::Communication, ""}, {EntityKind::CheckIn, last_held}};
    if (c.days_overdue > 0)
        e.findings.push_back({"the next check-in is " + w::count(c.days_overdue, "day", "days") + " overdue (due " +
                                  w::date(*c.next_due) + ", every " + w::count(c.cadence_days, "day", "days") + ")",
                              refs});
    const std::string in_window = "in the last " + w::count(window, "day", "days");
    if (missed > 0)
        e.findings.push_back({w::count(held, "check-in", "check-ins") + " held " + in_window + " where the cadence asks for " +
                                  std::to_string(expected),
                              refs});
    e.problems = std::max(missed, c.days_overdue > 0 ? 1 : 0);
    if (e.problems == 0) {
        e.state = EvidenceState::Clean;
        e.evidence = "check-ins are on time: " + w::count(held, "check-in", "check-ins") + " held " + in_window +
                     ", the next due " + w::date(*c.next_due);
        return e;
    }
    e.state = EvidenceState::Problems;
    e.evidence = e.findings.front().text;
    for (size_t k = 1; k < e.findings.size(); ++k) e.evidence += "; " + e.findings[k].text;
    if (c.days_overdue > 0)
        e.steps.push_back("The next check-in is " + w::count(c.days_overdue, "day", "days") +
                          " overdue: hold one and log it under Check-ins");
    if (missed > 0)
        e.steps.push_back(w::count(missed, "check-in was", "check-ins were") + " missed " + in_window +
                          ": keep the " + std::to_string(c.cadence_days) + "-day cadence, or agree a new one under Communication");
    return e;
}

// Problems: open goals without an owner or a due date, open key results without a metric.
TopicEvidence goal_definitions(const Plan& plan) {
    TopicEvidence e;
    e.clean_question = "ask where the goals part: every open goal has an owner and a due date and every key "
                       "result a metric, so the doubt may be about the goals themselves";
    std::vector<EntityRef> no_owner, no_metric, no_due;
    int open = 0;
    for (const Goal& g : plan.goals) {
        if (!open_goal(g)) continue;
        ++open;
        std::vector<std::string> gaps;
        if (g.owners.empty()) {
            no_owner.push_back({EntityKind::Goal, g.id});
            gaps.push_back("no owner");
        }
        if (g.kind == GoalKind::KeyResult && !g.metric) {
            no_metric.push_back({EntityKind::Goal, g.id});
            gaps.push_back("no metric");
        }
        if (!g.due) {
            no_due.push_back({EntityKind::Goal, g.id});
            gaps.push_back("no due date");
        }
        if (gaps.empty()) continue;
        std::string text = w::quoted(g.title) + ": ";
        for (size_t k = 0; k < gaps.size(); ++k) text += (k ? ", " : "") + gaps[k];
        e.findings.push_back({text, {{EntityKind::Goal, g.id}}});
    }
    if (open == 0) {
        e.state = EvidenceState::NothingToCheck;
        e.evidence = "the goal tree has no open goals below the vision yet";
        e.steps.push_back("Add the goals the partners share to the goal tree, each with an owner and a due date");
        return e;
    }
    e.problems = static_cast<int>(e.findings.size());
    if (e.problems == 0) {
        e.state = EvidenceState::Clean;
        e.evidence = "each of the " + w::count(open, "open goal", "open goals") +
                     " has an owner and a due date, and every key result a metric";
        return e;
    }
    e.state = EvidenceState::Problems;
    e.evidence = std::to_string(e.problems) + " of " + w::count(open, "open goal", "open goals") +
                 (e.problems == 1 ? " lacks" : " lack") + " an owner, a metric or a due date";
    const auto size = [](const std::vector<EntityRef>& v) { return static_cast<long long>(v.size()); };
    if (!no_owner.empty())
        e.steps.push_back(counted(size(no_owner), "open goal", "open goals", "has", "have") +
                          " no owner: name one in the goal tree");
    if (!no_metric.empty())
        e.steps.push_back(counted(size(no_metric), "key result", "key results", "has", "have") +
                          " no metric: give each a unit, a baseline and a target");
    if (!no_due.empty())
        e.steps.push_back(counted(size(no_due), "open goal", "open goals", "has", "have") + " no due date: agree one");
    return e;
}

// Problems: partners whose gain share trails their contribution share by kShortchangedFrom or more.
TopicEvidence value_balance(const Plan& plan, const scoring::BalanceScores& b) {
    TopicEvidence e;
    e.clean_question = "ask who feels short-changed: each partner's share of the gains matches its share of "
                       "the contributions, so something of value may be missing from the exchange";
    if (!b.score.known()) {
        e.state = EvidenceState::NothingToCheck;
        e.evidence = "the exchange of value does not yet record both contributions and gains";
        e.steps.push_back("Record what each partner puts in and gets out under Exchange of value");
        return e;
    }
    constexpr double kEpsilon = 1e-9;
    for (const scoring::PartnerBalance& p : b.partners) {
        if (p.contribution_share - p.gain_share < kShortchangedFrom - kEpsilon) continue;
        std::vector<EntityRef> refs{{EntityKind::Partner, p.partner}};
        for (const ValueItem& item : plan.exchange)
            if (item.partner == p.partner) refs.push_back({EntityKind::ValueItem, item.id});
        const std::string name = partner_name(plan, p.partner);
        e.findings.push_back({name + " puts in " + w::percent(p.contribution_share) + " of the contributions and gets " +
                                  w::percent(p.gain_share) + " of the gains",
                              refs});
        e.steps.push_back(name + " puts in " + w::percent(p.contribution_share) + " and gets " + w::percent(p.gain_share) +
                          ": agree what more it should gain, and record it under Exchange of value");
    }
    e.problems = static_cast<int>(e.findings.size());
    if (e.problems == 0) {
        e.state = EvidenceState::Clean;
        e.evidence = "every partner's share of the gains is within " + w::percent(kShortchangedFrom) +
                     " of its share of the contributions (balance " + w::whole(*b.score.value) + ")";
        return e;
    }
    e.state = EvidenceState::Problems;
    e.evidence = counted(e.problems, "partner", "partners", "gets", "get") + " a smaller share of the gains than " +
                 (e.problems == 1 ? "it puts" : "they put") + " in (balance " + w::whole(*b.score.value) + ")";
    return e;
}

// Problems: actions past their due date and overdue goals, one each.
TopicEvidence delivery(const Plan& plan, const scoring::PlanScores& scores) {
    TopicEvidence e;
    e.clean_question = "ask what the doubt is about: no action and no goal is overdue, so it may be about "
                       "time, people or money the plan does not show";
    int actions = 0, goals = 0;
    for (const scoring::OverdueAction& a : scores.communication.overdue_actions) {
        ++actions;
        e.findings.push_back({"action " + w::quoted(a.text) + " is " + w::count(a.days_late, "day", "days") +
                                  " past its due date" + (a.owner.empty() ? "" : " (" + partner_name(plan, a.owner) + ")"),
                              {{EntityKind::CheckIn, a.checkin}}});
    }
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const scoring::GoalProgress& g = scores.goals.goals[i];
        if (g.pace != scoring::Pace::Overdue) continue;
        ++goals;
        e.findings.push_back({"goal " + w::quoted(plan.goals[i].title) + " is " + w::count(g.days_overdue, "day", "days") +
                                  " overdue",
                              {{EntityKind::Goal, plan.goals[i].id}}});
    }
    e.problems = actions + goals;
    if (e.problems == 0) {
        e.state = EvidenceState::Clean;
        e.evidence = "no action and no goal is past its due date";
        return e;
    }
    e.state = EvidenceState::Problems;
    std::string parts;
    if (actions) parts = w::count(actions, "action", "actions");
    if (goals) parts += (parts.empty() ? "" : " and ") + w::count(goals, "goal", "goals");
    e.evidence = parts + (e.problems == 1 ? " is" : " are") + " past the due date";
    if (actions)
        e.steps.push_back(counted(actions, "action", "actions", "is", "are") + " past the due date: settle or re-date " +
                          (actions == 1 ? "it" : "them") + " at the check-in");
    if (goals)
        e.steps.push_back(counted(goals, "goal", "goals", "is", "are") + " overdue: finish, re-plan or drop " +
                          (goals == 1 ? "it" : "them") + " in the goal tree");
    return e;
}

// Problems: shared values not endorsed by every partner.
TopicEvidence endorsements(const Plan& plan) {
    TopicEvidence e;
    e.clean_question = "ask which values are lived differently: every partner endorses every written value, "
                       "so the difference may be in how they are practised";
    if (plan.values.empty()) {
        e.state = EvidenceState::NothingToCheck;
        e.evidence = "no shared values are written down yet";
        e.steps.push_back("Write down the values the partners share under Vision & values");
        return e;
    }
    for (const Value& v : plan.values) {
        std::vector<std::string> missing;
        for (const Partner& p : plan.partners)
            if (std::find(v.endorsed_by.begin(), v.endorsed_by.end(), p.id) == v.endorsed_by.end())
                missing.push_back(p.name);
        if (missing.empty()) continue;
        std::string names;
        for (size_t k = 0; k < missing.size(); ++k) names += (k ? ", " : "") + missing[k];
        e.findings.push_back({w::quoted(v.name) + " is not endorsed by " + names, {{EntityKind::Value, v.id}}});
    }
    const long long total = static_cast<long long>(plan.values.size());
    e.problems = static_cast<int>(e.findings.size());
    if (e.problems == 0) {
        e.state = EvidenceState::Clean;
        e.evidence = "every partner endorses each of the " + w::count(total, "shared value", "shared values");
        return e;
    }
    e.state = EvidenceState::Problems;
    e.evidence = std::to_string(e.problems) + " of " + w::count(total, "shared value", "shared values") +
                 (e.problems == 1 ? " is" : " are") + " not endorsed by every partner";
    e.steps.push_back(counted(e.problems, "value", "values", "lacks", "lack") + " an endorsement: ask the partners who have not endorsed " +
                      (e.problems == 1 ? "it" : "them") + " what they would change");
    return e;
}

// Problems: no escalation path (one), and each activity area without a decision rule.
TopicEvidence governance(const Plan& plan) {
    TopicEvidence e;
    e.clean_question = "ask how the last disagreement went: an escalation path and a decision rule for every "
                       "area are written down, so the trouble may be in using them";
    std::set<std::string> ruled;
    for (const DecisionRule& r : plan.decision_rules) ruled.insert(text::fold(trimmed(r.area)));
    std::map<std::string, std::vector<EntityRef>> unruled;  // folded area -> its activities
    std::map<std::string, std::string> area_name;
    for (const Activity& a : plan.activities) {
        const std::string area = trimmed(a.area);
        if (area.empty() || ruled.count(text::fold(area))) continue;
        const std::string key = text::fold(area);
        unruled[key].push_back({EntityKind::Activity, a.id});
        area_name.emplace(key, area);
    }
    if (plan.escalation.empty() && plan.decision_rules.empty() && plan.activities.empty()) {
        e.state = EvidenceState::NothingToCheck;
        e.evidence = "no escalation path, decision rules or activities are written down yet";
        e.steps.push_back("Agree an escalation path and a decision rule per activity area in the role matrix");
        return e;
    }
    if (plan.escalation.empty()) {
        e.findings.push_back({"no escalation path is written down", {}});
        e.steps.push_back("There is no escalation path: agree who settles a disagreement the leads cannot, and by when");
    }
    for (const auto& [key, refs] : unruled)
        e.findings.push_back({"activity area " + w::quoted(area_name[key]) + " has no decision rule", refs});
    if (!unruled.empty())
        e.steps.push_back(counted(static_cast<long long>(unruled.size()), "activity area", "activity areas", "has", "have") +
                          " no decision rule: agree how decisions there are made");
    e.problems = static_cast<int>(e.findings.size());
    if (e.problems == 0) {
        e.state = EvidenceState::Clean;
        e.evidence = "an escalation path of " + w::count(static_cast<long long>(plan.escalation.size()), "step", "steps") +
                     " and a decision rule for every activity area are written down";
        return e;
    }
    e.state = EvidenceState::Problems;
    e.evidence = e.findings.front().text;
    for (size_t k = 1; k < e.findings.size(); ++k) e.evidence += "; " + e.findings[k].text;
    return e;
}

TopicEvidence evidence_for(std::optional<DimensionTopic> topic, const Plan& plan, const scoring::PlanScores& scores) {
    if (topic) switch (*topic) {
            case DimensionTopic::RoleClarity: return role_matrix(plan, scores.roles);
            case DimensionTopic::Communication: return checkin_regularity(plan, scores.communication, scores.today);
            case DimensionTopic::SharedGoals: return goal_definitions(plan);
            case DimensionTopic::MutualBenefit: return value_balance(plan, scores.balance);
            case DimensionTopic::Commitment: return delivery(plan, scores);
            case DimensionTopic::Values: return endorsements(plan);
            case DimensionTopic::ConflictResolution: return governance(plan);
            case DimensionTopic::Trust:
            case DimensionTopic::Flexibility:
            case DimensionTopic::LongTermFocus: break;
        }
    TopicEvidence none;
    none.evidence = "the plan holds no evidence on this: only a conversation tells";
    return none;
}

//-----------------------------------------------------------------------------
// [SECTION] Rating against evidence
//-----------------------------------------------------------------------------

std::string rated(const DimensionEvidence& d) {
    const std::string mean = w::one_decimal(*d.mean);
    switch (d.band) {
        case scoring::Band::Strength: return "is rated a strength (" + mean + ")";
        case scoring::Band::Borderline: return "is rated borderline (" + mean + ")";
        case scoring::Band::Concern: return "is rated a concern (" + mean + ")";
    }
    return "";
}

void judge(DimensionEvidence& d, const TopicEvidence& e) {
    const std::string name = w::quoted(d.name);
    const bool checked = d.state == EvidenceState::Clean || d.state == EvidenceState::Problems;
    if (!d.mean) {
        d.match = Match::NotRated;
        d.headline = name + " was not rated in the latest round; " + e.evidence;
    } else if (!checked) {
        d.match = Match::Unchecked;
        d.headline = name + " " + rated(d) + "; " + e.evidence;
    } else if (d.band == scoring::Band::Borderline) {
        d.match = Match::Borderline;
        d.headline = name + " " + rated(d) + "; " + e.evidence;
    } else {
        const bool high = d.band == scoring::Band::Strength;
        const bool clean = d.state == EvidenceState::Clean;
        if (high && !clean) {
            d.match = Match::RatedHighButProblems;
            d.headline = name + " " + rated(d) + ", yet " + e.evidence;
        } else if (!high && clean) {
            d.match = Match::RatedLowButClean;
            d.headline = name + " " + rated(d) + ", yet " + e.evidence;
            d.next_steps.insert(d.next_steps.begin(), "The plan shows no problem here: " + e.clean_question);
        } else {
            d.match = Match::Consistent;
            d.headline = name + " " + rated(d) + ", and the plan agrees: " + e.evidence;
        }
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] compare_evidence, labels
//-----------------------------------------------------------------------------

std::optional<DimensionTopic> topic_of(const Dimension& dimension) {
    if (dimension.topic) return dimension.topic;
    const std::string name = text::fold(trimmed(dimension.name));
    for (DimensionTopic topic : kDimensionTopics)
        if (name == text::fold(label(topic))) return topic;
    return std::nullopt;
}

EvidenceReport compare_evidence(const Plan& plan, const scoring::PlanScores& scores) {
    EvidenceReport report;
    const scoring::RoundAlignment* latest = scores.alignment.latest_round();
    if (latest) report.round = latest->round;
    // Several dimensions may share a topic; each topic's evidence is gathered once.
    std::map<std::optional<DimensionTopic>, TopicEvidence> gathered;
    for (size_t i = 0; i < plan.dimensions.size(); ++i) {
        const Dimension& dimension = plan.dimensions[i];
        DimensionEvidence d;
        d.dimension = dimension.id;
        d.name = dimension.name;
        d.topic = topic_of(dimension);
        d.topic_from_name = !dimension.topic && d.topic;
        if (latest && latest->dimensions[i].mean) {
            d.mean = latest->dimensions[i].mean;
            d.band = latest->dimensions[i].band;
        }
        auto found = gathered.find(d.topic);
        if (found == gathered.end()) found = gathered.emplace(d.topic, evidence_for(d.topic, plan, scores)).first;
        const TopicEvidence& e = found->second;
        d.state = e.state;
        d.problems = e.problems;
        d.evidence = e.evidence;
        d.findings = e.findings;
        d.next_steps = e.steps;
        for (const Finding& f : d.findings)
            for (const EntityRef& ref : f.entities)
                if (std::find(d.entities.begin(), d.entities.end(), ref) == d.entities.end()) d.entities.push_back(ref);
        judge(d, e);
        if (d.mismatch()) report.mismatches.push_back(i);
        report.dimensions.push_back(std::move(d));
    }
    return report;
}

const char* label(EvidenceState state) {
    switch (state) {
        case EvidenceState::Clean: return "Clean";
        case EvidenceState::Problems: return "Problems";
        case EvidenceState::NothingToCheck: return "Nothing to check";
        case EvidenceState::NoEvidence: return "No evidence";
    }
    return "";
}

const char* label(Match match) {
    switch (match) {
        case Match::RatedHighButProblems: return "Rated high, the plan shows problems";
        case Match::RatedLowButClean: return "Rated low, the plan shows none";
        case Match::Consistent: return "Rating and plan agree";
        case Match::Borderline: return "Borderline rating";
        case Match::NotRated: return "Not rated";
        case Match::Unchecked: return "Nothing to compare";
    }
    return "";
}

}  // namespace accord::insights
