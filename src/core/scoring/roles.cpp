// The role matrix check (docs/scoring.md, "Roles").
#include "core/scoring/roles.hpp"

#include <algorithm>
#include <string_view>

#include "core/scoring/wording.hpp"

namespace accord::scoring {
namespace {

namespace w = wording;

// Activities named in the score's reasons for each kind of problem; the rest are counted.
constexpr size_t kListedActivities = 3;

void check_activity(const Activity& activity, ActivityCheck& c) {
    for (const RoleAssignment& a : activity.roles) {
        switch (a.role) {
            case Role::Responsible: ++c.responsible; break;
            case Role::Accountable: ++c.accountable; break;
            case Role::Consulted: ++c.consulted; break;
            case Role::Informed: ++c.informed; break;
            case Role::None: break;
        }
    }
    auto flag = [&](RoleProblem problem, std::string reason) {
        c.problems.push_back(problem);
        c.reasons.push_back(std::move(reason));
    };
    if (c.responsible == 0 && c.accountable == 0) {
        flag(RoleProblem::NoOwner, activity.roles.empty() ? "nobody has a role in it"
                                                          : "nobody is Responsible or Accountable for it");
        if (c.consulted > 0 && c.informed == 0)
            flag(RoleProblem::OnlyConsulted, "everyone involved is only Consulted: nobody does or owns the work");
        return;
    }
    if (c.accountable == 0) flag(RoleProblem::NoAccountable, "nobody is Accountable for it");
    if (c.accountable > 1)
        flag(RoleProblem::SeveralAccountable,
             std::to_string(c.accountable) + " partners are Accountable; exactly one should be");
    if (c.responsible == 0) flag(RoleProblem::NoResponsible, "nobody is Responsible for doing it");
}

}  // namespace

RoleScores score_roles(const Plan& plan) {
    RoleScores s;
    std::unordered_map<std::string_view, size_t> partner_at;
    for (size_t i = 0; i < plan.partners.size(); ++i) {
        partner_at.emplace(plan.partners[i].id, i);
        s.partners.push_back({plan.partners[i].id});
    }

    s.activities.resize(plan.activities.size());
    s.index.reserve(plan.activities.size());
    int total_load = 0;
    for (size_t i = 0; i < plan.activities.size(); ++i) {
        const Activity& activity = plan.activities[i];
        ActivityCheck& c = s.activities[i];
        c.activity = activity.id;
        s.index.emplace(activity.id, i);
        check_activity(activity, c);
        if (!c.clear()) ++s.unclear;
        for (const RoleAssignment& a : activity.roles) {
            auto found = partner_at.find(a.partner);
            if (found == partner_at.end()) continue;  // only in an invalid plan
            PartnerLoad& load = s.partners[found->second];
            switch (a.role) {
                case Role::Responsible: ++load.responsible; ++total_load; break;
                case Role::Accountable: ++load.accountable; ++total_load; break;
                case Role::Consulted: ++load.consulted; break;
                case Role::Informed: ++load.informed; break;
                case Role::None: break;
            }
        }
    }

    if (plan.activities.empty()) {
        s.score.reasons.push_back("no activities in the role matrix yet");
        return s;
    }
    const int total = static_cast<int>(plan.activities.size());
    const int clear = total - s.unclear;
    s.score.value = 100.0 * clear / total;
    s.score.reasons.push_back(std::to_string(clear) + " of " + w::count(total, "activity", "activities") + " " +
                              w::has_have(clear) + " clear roles (one Accountable, at least one Responsible): 100 x " +
                              std::to_string(clear) + " / " + std::to_string(total) + " = " + w::whole(*s.score.value));

    // One line per kind of problem, naming the first few activities.
    struct Kind {
        RoleProblem problem;
        const char* one;
        const char* many;
    };
    const Kind kinds[] = {
        {RoleProblem::NoOwner, "has nobody Responsible or Accountable", "have nobody Responsible or Accountable"},
        {RoleProblem::OnlyConsulted, "has everyone only Consulted", "have everyone only Consulted"},
        {RoleProblem::NoAccountable, "has no Accountable partner", "have no Accountable partner"},
        {RoleProblem::SeveralAccountable, "has several Accountable partners", "have several Accountable partners"},
        {RoleProblem::NoResponsible, "has no Responsible partner", "have no Responsible partner"},
    };
    for (const Kind& kind : kinds) {
        int found = 0;
        std::string names;
        for (size_t i = 0; i < s.activities.size(); ++i) {
            const auto& problems = s.activities[i].problems;
            if (std::find(problems.begin(), problems.end(), kind.problem) == problems.end()) continue;
            if (found < static_cast<int>(kListedActivities))
                names += (found ? ", " : "") + w::quoted(plan.activities[i].name);
            ++found;
        }
        if (!found) continue;
        if (found > static_cast<int>(kListedActivities))
            names += " and " + std::to_string(found - static_cast<int>(kListedActivities)) + " more";
        s.score.reasons.push_back(std::to_string(found) + " of " + w::count(total, "activity", "activities") + " " +
                                  (found == 1 ? kind.one : kind.many) + ": " + names);
    }

    if (!s.partners.empty()) {
        s.fair_share = static_cast<double>(total_load) / static_cast<double>(s.partners.size());
        for (PartnerLoad& load : s.partners) {
            load.overloaded = load.load() >= kOverloadFactor * s.fair_share &&
                              load.load() - s.fair_share >= kOverloadMinExcess;
            if (load.overloaded)
                s.score.reasons.push_back(w::partner_name(plan, load.partner) + " carries " +
                                          std::to_string(load.load()) + " R/A roles against a fair share of " +
                                          w::one_decimal(s.fair_share) + ": overloaded");
        }
    }
    return s;
}

const ActivityCheck* RoleScores::find(const Id& activity) const {
    auto it = index.find(activity);
    return it == index.end() ? nullptr : &activities[it->second];
}

const char* label(RoleProblem problem) {
    switch (problem) {
        case RoleProblem::NoOwner: return "No owner";
        case RoleProblem::OnlyConsulted: return "Only consulted";
        case RoleProblem::NoAccountable: return "No Accountable";
        case RoleProblem::SeveralAccountable: return "Several Accountable";
        case RoleProblem::NoResponsible: return "No Responsible";
    }
    return "";
}

}  // namespace accord::scoring
