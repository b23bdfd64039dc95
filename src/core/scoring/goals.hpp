#pragma once
// Goal progress: how far each goal has come (0..1), how far its dates say it should be by today,
// and the plan's overall progress. Formulas, thresholds and examples: docs/scoring.md, "Goals".
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/plan.hpp"
#include "core/scoring/figure.hpp"

namespace accord::scoring {

// Where a goal's progress comes from.
enum class ProgressSource {
    Metric,    // (current - baseline) / (target - baseline), clamped to 0..1
    Status,    // a goal without metric and without counted sub-goals: its status
    SubGoals,  // a goal without metric: the weighted average of its sub-goals that are not dropped
};

// A goal's progress against the progress its dates ask for by today.
enum class Pace {
    NoExpectation,  // no due date, or no start to measure from and the due date still ahead
    Ahead,          // more than kPaceTolerance above the expected progress
    OnTrack,        // within kPaceTolerance of it, either way
    Behind,         // more than kPaceTolerance below it
    Overdue,        // past its due date and neither marked done nor at 100%
    Done,           // marked done
    Dropped,        // marked dropped: no expectation, left out of every roll-up
};

// Progress a leaf without metric gets from its status (Dropped goals are left out instead).
inline constexpr double kProgressInProgress = 0.5;
inline constexpr double kProgressAtRisk = 0.5;
// Within this distance of the expected progress (inclusive) a goal is on track.
inline constexpr double kPaceTolerance = 0.10;

struct GoalProgress {
    Id goal;
    double progress = 0;  // 0..1
    ProgressSource source = ProgressSource::Status;
    bool counted = true;            // false when dropped: left out of its parent's roll-up
    std::optional<double> expected;  // 0..1, what the dates ask for by today
    std::optional<Date> start;       // the start the expectation was measured from
    Pace pace = Pace::NoExpectation;
    int days_overdue = 0;  // > 0 only when pace == Overdue
    std::vector<std::string> reasons;
};

struct GoalScores {
    std::vector<GoalProgress> goals;              // one per goal, in plan order
    std::unordered_map<Id, size_t> index;         // goal id -> position in `goals`
    Figure progress;  // 0..1: the roots rolled up like sub-goals; unknown without goals
    // 0..100, the goals' part of the health index: each goal with a due date (dropped ones aside)
    // scores 1 - its shortfall below the expected progress (done = 1, overdue = its progress);
    // the figure is 100 x their mean. Unknown when no goal has an expectation.
    Figure schedule;
    int ahead = 0, on_track = 0, behind = 0, overdue = 0, done = 0, dropped = 0, no_expectation = 0;

    const GoalProgress* find(const Id& goal) const;
};

GoalScores score_goals(const Plan& plan, Date today);

const char* label(ProgressSource);  // "metric", "status", "sub-goals"
const char* label(Pace);            // "Ahead", "On track", ...

}  // namespace accord::scoring
