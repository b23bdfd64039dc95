#pragma once
// Communication health: days since the last check-in against the agreed cadence, and the actions
// left open past their due date. Formula: docs/scoring.md, "Communication".
#include <optional>
#include <string>
#include <vector>

#include "core/model/plan.hpp"
#include "core/scoring/figure.hpp"

namespace accord::scoring {

// The cadence part falls linearly from 100 (on time) to 0 when a check-in is this many cadences
// overdue; each open action past its due date then costs a few points, up to a cap.
inline constexpr int kZeroAfterCadences = 2;
inline constexpr int kOverdueActionPenalty = 5;
inline constexpr int kOverdueActionPenaltyCap = 25;

struct OverdueAction {
    Id checkin;
    size_t action = 0;  // position in the check-in's actions
    std::string text;
    Id owner;
    Date due;
    int days_late = 0;
};

struct CommunicationScores {
    int cadence_days = 14;
    // The latest check-in on or before today (later ones are planned, not held).
    std::optional<Date> last_checkin;
    // The day the clock runs from: the last check-in, else the plan's creation; unknown when the plan
    // has neither.
    std::optional<Date> since;
    std::optional<Date> next_due;  // since + cadence
    int days_since = 0;
    int days_overdue = 0;  // today - next_due, at least 0
    std::vector<OverdueAction> overdue_actions;  // not done, due before today; oldest due first
    // 0..100: 100 x max(0, 1 - days_overdue / (2 x cadence)), minus 5 per overdue action (at most
    // 25), at least 0. Unknown when there is no day to count from.
    Figure score;
};

CommunicationScores score_communication(const Plan& plan, Date today);

}  // namespace accord::scoring
