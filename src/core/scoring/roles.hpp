#pragma once
// The role matrix check: one Accountable and at least one Responsible partner per activity, the
// load each partner carries, and a 0..100 role score. Definitions: docs/scoring.md, "Roles".
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/plan.hpp"
#include "core/scoring/figure.hpp"

namespace accord::scoring {

enum class RoleProblem {
    NoOwner,             // nobody is Responsible or Accountable (the only problem then reported,
                         // besides OnlyConsulted)
    OnlyConsulted,       // roles are given, and every one of them is Consulted
    NoAccountable,       // someone is Responsible, nobody Accountable
    SeveralAccountable,  // more than one Accountable partner
    NoResponsible,       // someone is Accountable, nobody Responsible
};

// A partner is overloaded when its load (R + A) is at least this factor times the fair share
// (all R and A roles divided by the number of partners) and at least kOverloadMinExcess above it.
inline constexpr double kOverloadFactor = 1.5;
inline constexpr double kOverloadMinExcess = 2.0;

struct ActivityCheck {
    Id activity;
    int responsible = 0, accountable = 0, consulted = 0, informed = 0;
    std::vector<RoleProblem> problems;  // empty when the roles are clear
    std::vector<std::string> reasons;   // one per problem, in plain words

    bool clear() const { return problems.empty(); }
};

struct PartnerLoad {
    Id partner;
    int responsible = 0, accountable = 0, consulted = 0, informed = 0;
    bool overloaded = false;

    int load() const { return responsible + accountable; }
};

struct RoleScores {
    std::vector<ActivityCheck> activities;  // one per activity, in plan order
    std::unordered_map<Id, size_t> index;   // activity id -> position in `activities`
    std::vector<PartnerLoad> partners;      // one per partner, in plan order
    double fair_share = 0;                  // R + A roles per partner if spread evenly
    int unclear = 0;                        // activities with at least one problem
    // 0..100: 100 x activities with clear roles / activities; unknown without activities.
    // Overload is reported in the reasons, not in the score.
    Figure score;

    const ActivityCheck* find(const Id& activity) const;
};

RoleScores score_roles(const Plan& plan);

const char* label(RoleProblem);  // "No owner", ...

}  // namespace accord::scoring
