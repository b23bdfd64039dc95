// The scores as JSON and as plain text (report.hpp).
//
// Index of this file
// [SECTION] Tokens and names
// [SECTION] JSON
// [SECTION] Text
#include "core/scoring/report.hpp"

#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/scoring/goal_tree.hpp"
#include "core/scoring/wording.hpp"

namespace accord::scoring {
namespace {

using nlohmann::json;
namespace w = wording;

//-----------------------------------------------------------------------------
// [SECTION] Tokens and names
//-----------------------------------------------------------------------------

const char* token(Pace pace) {
    switch (pace) {
        case Pace::NoExpectation: return "no_expectation";
        case Pace::Ahead: return "ahead";
        case Pace::OnTrack: return "on_track";
        case Pace::Behind: return "behind";
        case Pace::Overdue: return "overdue";
        case Pace::Done: return "done";
        case Pace::Dropped: return "dropped";
    }
    return "";
}

const char* token(ProgressSource source) {
    switch (source) {
        case ProgressSource::Metric: return "metric";
        case ProgressSource::Status: return "status";
        case ProgressSource::SubGoals: return "sub_goals";
    }
    return "";
}

const char* token(RoleProblem problem) {
    switch (problem) {
        case RoleProblem::NoOwner: return "no_owner";
        case RoleProblem::OnlyConsulted: return "only_consulted";
        case RoleProblem::NoAccountable: return "no_accountable";
        case RoleProblem::SeveralAccountable: return "several_accountable";
        case RoleProblem::NoResponsible: return "no_responsible";
    }
    return "";
}

const char* token(Band band) {
    switch (band) {
        case Band::Strength: return "strength";
        case Band::Borderline: return "borderline";
        case Band::Concern: return "concern";
    }
    return "";
}

const char* token(RiskLevel level) {
    switch (level) {
        case RiskLevel::Low: return "low";
        case RiskLevel::Medium: return "medium";
        case RiskLevel::High: return "high";
    }
    return "";
}

const char* token(HealthPart part) {
    switch (part) {
        case HealthPart::Goals: return "goals";
        case HealthPart::Alignment: return "alignment";
        case HealthPart::Roles: return "roles";
        case HealthPart::Risks: return "risks";
        case HealthPart::Communication: return "communication";
        case HealthPart::Balance: return "balance";
    }
    return "";
}

// Display names by id, built once per report (the plan's lists in lookups of constant time).
class Names {
public:
    explicit Names(const Plan& plan) {
        for (const auto& p : plan.partners) names_.emplace(p.id, p.name);
        for (const auto& g : plan.goals) names_.emplace(g.id, g.title);
        for (const auto& a : plan.activities) names_.emplace(a.id, a.name);
        for (const auto& d : plan.dimensions) names_.emplace(d.id, d.name);
        for (const auto& r : plan.risks) names_.emplace(r.id, r.title);
        for (const auto& r : plan.rounds) names_.emplace(r.id, r.title);
    }
    // Ids are UUIDs, unique across collections in practice; an unknown id names itself.
    const std::string& operator()(const Id& id) const {
        auto it = names_.find(id);
        return it == names_.end() ? id : it->second;
    }

private:
    std::unordered_map<std::string_view, std::string> names_;
};

json optional_number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json optional_date(const std::optional<Date>& date) { return date ? json(date->iso()) : json(nullptr); }

//-----------------------------------------------------------------------------
// [SECTION] JSON
//-----------------------------------------------------------------------------

json figure_json(const Figure& f) { return {{"value", optional_number(f.value)}, {"reasons", f.reasons}}; }

json criterion_json(const Criterion& c) { return {{"met", c.met}, {"reason", c.reason}}; }

json goals_json(const GoalScores& s, const Names& name) {
    json by_goal = json::array();
    for (const GoalProgress& g : s.goals)
        by_goal.push_back({{"id", g.goal},
                           {"title", name(g.goal)},
                           {"progress", g.progress},
                           {"source", token(g.source)},
                           {"counted", g.counted},
                           {"expected", optional_number(g.expected)},
                           {"start", optional_date(g.start)},
                           {"pace", token(g.pace)},
                           {"days_overdue", g.days_overdue},
                           {"reasons", g.reasons}});
    return {{"progress", figure_json(s.progress)},
            {"schedule", figure_json(s.schedule)},
            {"counts",
             {{"ahead", s.ahead},
              {"on_track", s.on_track},
              {"behind", s.behind},
              {"overdue", s.overdue},
              {"done", s.done},
              {"dropped", s.dropped},
              {"no_expectation", s.no_expectation}}},
            {"by_goal", std::move(by_goal)}};
}

json smart_json(const SmartScores& s, const Names& name) {
    json by_goal = json::array();
    for (const SmartCheck& c : s.goals)
        by_goal.push_back({{"id", c.goal},
                           {"title", name(c.goal)},
                           {"applies", c.applies},
                           {"score", c.score},
                           {"specific", criterion_json(c.specific)},
                           {"measurable", criterion_json(c.measurable)},
                           {"achievable", criterion_json(c.achievable)},
                           {"relevant", criterion_json(c.relevant)},
                           {"time_bound", criterion_json(c.time_bound)}});
    return {{"average", figure_json(s.average)},
            {"checked", s.checked},
            {"missing",
             {{"specific", s.missing_specific},
              {"measurable", s.missing_measurable},
              {"achievable", s.missing_achievable},
              {"relevant", s.missing_relevant},
              {"time_bound", s.missing_time_bound}}},
            {"by_goal", std::move(by_goal)}};
}

json roles_json(const RoleScores& s, const Names& name) {
    json activities = json::array();
    for (const ActivityCheck& a : s.activities) {
        json problems = json::array();
        for (RoleProblem p : a.problems) problems.push_back(token(p));
        activities.push_back({{"id", a.activity},
                              {"name", name(a.activity)},
                              {"responsible", a.responsible},
                              {"accountable", a.accountable},
                              {"consulted", a.consulted},
                              {"informed", a.informed},
                              {"problems", std::move(problems)},
                              {"reasons", a.reasons}});
    }
    json partners = json::array();
    for (const PartnerLoad& p : s.partners)
        partners.push_back({{"id", p.partner},
                            {"name", name(p.partner)},
                            {"responsible", p.responsible},
                            {"accountable", p.accountable},
                            {"consulted", p.consulted},
                            {"informed", p.informed},
                            {"load", p.load()},
                            {"overloaded", p.overloaded}});
    return {{"score", figure_json(s.score)},
            {"unclear", s.unclear},
            {"fair_share", s.fair_share},
            {"activities", std::move(activities)},
            {"partners", std::move(partners)}};
}

json round_json(const RoundAlignment& r, const Names& name) {
    json dimensions = json::array();
    for (const DimensionStats& d : r.dimensions) {
        json disagreement = nullptr;
        if (d.disagreement)
            disagreement = {{"high_partner", d.disagreement->high_partner},
                            {"high_score", d.disagreement->high_score},
                            {"high_comment", d.disagreement->high_comment},
                            {"low_partner", d.disagreement->low_partner},
                            {"low_score", d.disagreement->low_score},
                            {"low_comment", d.disagreement->low_comment},
                            {"difference", d.disagreement->difference()}};
        dimensions.push_back({{"id", d.dimension},
                              {"name", name(d.dimension)},
                              {"raters", d.raters},
                              {"mean", optional_number(d.mean)},
                              {"min", d.mean ? json(d.min) : json(nullptr)},
                              {"max", d.mean ? json(d.max) : json(nullptr)},
                              {"spread", d.spread},
                              {"band", d.mean ? json(token(d.band)) : json(nullptr)},
                              {"gap", d.gap},
                              {"disagreement", std::move(disagreement)},
                              {"disagreement_hidden", d.disagreement_hidden}});
    }
    json partners = json::array();
    for (const PartnerRatings& p : r.partners) {
        json scores = json::array();
        for (const auto& score : p.scores) scores.push_back(score ? json(*score) : json(nullptr));
        partners.push_back({{"id", p.partner}, {"name", name(p.partner)}, {"rated", p.rated}, {"scores", std::move(scores)}});
    }
    return {{"id", r.round},
            {"title", name(r.round)},
            {"date", r.date.iso()},
            {"index", figure_json(r.index)},
            {"not_rated", r.not_rated},
            {"dimensions", std::move(dimensions)},
            {"partners", std::move(partners)}};
}

json alignment_json(const AlignmentScores& s, const Names& name) {
    json rounds = json::array();
    for (const RoundAlignment& r : s.rounds) rounds.push_back(round_json(r, name));
    return {{"index", figure_json(s.index)},
            {"change", optional_number(s.change)},
            {"latest_round", s.latest ? json(s.rounds[*s.latest].round) : json(nullptr)},
            {"previous_round", s.previous ? json(s.rounds[*s.previous].round) : json(nullptr)},
            {"rounds", std::move(rounds)}};
}

json risks_json(const RiskScores& s, const Names& name) {
    json heat = json::array();  // rows: likelihood 1..5; columns: impact 1..5
    for (const auto& row : s.heat) {
        json cells = json::array();
        for (const HeatCell& cell : row) cells.push_back({{"count", cell.count}, {"risks", cell.risks}});
        heat.push_back(std::move(cells));
    }
    json risks = json::array();
    for (const RiskExposure& r : s.risks)
        risks.push_back({{"id", r.risk},
                         {"title", name(r.risk)},
                         {"exposure", r.exposure},
                         {"level", token(r.level)},
                         {"open", r.open},
                         {"has_contingency", r.has_contingency},
                         {"penalty", r.penalty}});
    return {{"score", figure_json(s.score)},
            {"open", s.open},
            {"heat_map", std::move(heat)},
            {"high_without_contingency", s.high_without_contingency},
            {"risks", std::move(risks)}};
}

json communication_json(const CommunicationScores& s) {
    json actions = json::array();
    for (const OverdueAction& a : s.overdue_actions)
        actions.push_back({{"checkin", a.checkin},
                           {"action", a.action},
                           {"text", a.text},
                           {"owner", a.owner},
                           {"due", a.due.iso()},
                           {"days_late", a.days_late}});
    return {{"score", figure_json(s.score)},
            {"cadence_days", s.cadence_days},
            {"last_checkin", optional_date(s.last_checkin)},
            {"since", optional_date(s.since)},
            {"next_due", optional_date(s.next_due)},
            {"days_since", s.days_since},
            {"days_overdue", s.days_overdue},
            {"overdue_actions", std::move(actions)}};
}

json balance_json(const BalanceScores& s, const Names& name) {
    json partners = json::array();
    for (const PartnerBalance& p : s.partners)
        partners.push_back({{"id", p.partner},
                            {"name", name(p.partner)},
                            {"contributes", p.contributes},
                            {"gains", p.gains},
                            {"contribution_share", p.contribution_share},
                            {"gain_share", p.gain_share}});
    return {{"score", figure_json(s.score)},
            {"contributed", s.contributed},
            {"gained", s.gained},
            {"partners", std::move(partners)}};
}

json health_json(const HealthIndex& h) {
    json parts = json::array();
    for (const HealthComponent& c : h.parts)
        parts.push_back({{"part", token(c.part)},
                         {"label", label(c.part)},
                         {"weight", c.weight},
                         {"score", optional_number(c.score)},
                         {"share", c.share}});
    return {{"index", figure_json(h.index)}, {"parts", std::move(parts)}};
}

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

void headline(std::string& out, const std::string& title, const Figure& f, const std::string& shown) {
    out += title + ": " + (f.value ? shown : "-") + "\n";
    for (const std::string& reason : f.reasons) out += "    " + reason + "\n";
}

std::string score_text(const Figure& f) { return f.value ? w::whole(*f.value) : "-"; }

// The goals in tree order (each parent followed by its sub-goals), indented by depth.
void goals_text(std::string& out, const PlanScores& s, const Plan& plan) {
    if (plan.goals.empty()) return;
    const detail::GoalTree tree = detail::build_goal_tree(plan);
    out += "\nGoals\n";
    std::vector<std::pair<size_t, int>> stack;  // (goal, depth), the next one on top
    for (auto it = tree.roots.rbegin(); it != tree.roots.rend(); ++it) stack.push_back({*it, 0});
    auto print = [&](size_t i, int depth) {
        const GoalProgress& g = s.goals.goals[i];
        const SmartCheck& c = s.smart.goals[i];
        std::string line = std::string(2 + 2 * static_cast<size_t>(depth), ' ') + w::quoted(plan.goals[i].title) + ": " +
                           w::percent(g.progress) + " (" + label(g.source) + "), " + label(g.pace);
        if (g.expected && g.pace != Pace::Overdue) line += ", expected " + w::percent(*g.expected);
        if (g.pace == Pace::Overdue) line += " by " + w::count(g.days_overdue, "day", "days");
        if (c.applies) {
            line += "; SMART " + std::to_string(c.score) + "/5";
            std::string missing;
            for (const auto& [letter, criterion] : {std::pair<const char*, const Criterion*>{"S", &c.specific},
                                                    {"M", &c.measurable}, {"A", &c.achievable},
                                                    {"R", &c.relevant}, {"T", &c.time_bound}})
                if (!criterion->met) missing += (missing.empty() ? "" : ", ") + std::string(letter);
            if (!missing.empty()) line += ", missing " + missing;
        }
        out += line + "\n";
    };
    while (!stack.empty()) {
        const auto [i, depth] = stack.back();
        stack.pop_back();
        print(i, depth);
        const auto& children = tree.children[i];
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, depth + 1});
    }
    for (size_t i = 0; i < plan.goals.size(); ++i)
        if (!tree.reachable[i]) print(i, 0);  // only in an invalid plan
}

void alignment_text(std::string& out, const PlanScores& s, const Plan& plan) {
    const RoundAlignment* r = s.alignment.latest_round();
    if (!r) return;
    out += "\nAlignment, " + r->date.iso() + "\n";
    for (size_t k = 0; k < r->dimensions.size(); ++k) {
        const DimensionStats& d = r->dimensions[k];
        std::string line = "  " + w::quoted(plan.dimensions[k].name) + ": ";
        if (!d.mean) {
            out += line + "not rated\n";
            continue;
        }
        line += "mean " + w::one_decimal(*d.mean) + " (" + label(d.band) + "), " + std::to_string(d.min) + " to " +
                std::to_string(d.max);
        if (d.gap) line += ", gap";
        if (d.disagreement)
            line += "; " + w::partner_name(plan, d.disagreement->high_partner) + " " +
                    std::to_string(d.disagreement->high_score) + " vs " + w::partner_name(plan, d.disagreement->low_partner) +
                    " " + std::to_string(d.disagreement->low_score);
        out += line + "\n";
    }
}

}  // namespace

nlohmann::json scores_to_json(const PlanScores& s, const Plan& plan) {
    const Names name(plan);
    return {{"format", "accord-scores"},
            {"version", 1},
            {"today", s.today.iso()},
            {"health", health_json(s.health)},
            {"goals", goals_json(s.goals, name)},
            {"smart", smart_json(s.smart, name)},
            {"roles", roles_json(s.roles, name)},
            {"alignment", alignment_json(s.alignment, name)},
            {"risks", risks_json(s.risks, name)},
            {"communication", communication_json(s.communication)},
            {"balance", balance_json(s.balance, name)}};
}

std::string scores_to_text(const PlanScores& s, const Plan& plan) {
    std::string out = "Scores for " + w::quoted(plan.title) + " on " + s.today.iso() + "\n\n";
    headline(out, "Health index", s.health.index, score_text(s.health.index));
    out += "\n";
    headline(out, "Goal progress", s.goals.progress, s.goals.progress.value ? w::percent(*s.goals.progress.value) : "-");
    headline(out, "Goals on schedule", s.goals.schedule, score_text(s.goals.schedule));
    headline(out, "SMART check", s.smart.average,
             s.smart.average.value ? w::one_decimal(*s.smart.average.value) + " of 5" : "-");
    headline(out, "Roles", s.roles.score, score_text(s.roles.score));
    std::string alignment = score_text(s.alignment.index);
    if (s.alignment.change) alignment += " (" + w::signed_whole(*s.alignment.change) + " since the previous round)";
    headline(out, "Alignment", s.alignment.index, alignment);
    headline(out, "Risks", s.risks.score, score_text(s.risks.score));
    headline(out, "Communication", s.communication.score, score_text(s.communication.score));
    headline(out, "Balance", s.balance.score, score_text(s.balance.score));
    goals_text(out, s, plan);
    alignment_text(out, s, plan);
    return out;
}

}  // namespace accord::scoring
