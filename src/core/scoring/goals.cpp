// Goal progress and pace (docs/scoring.md, "Goals").
//
// Index of this file
// [SECTION] One goal's own progress: metric or status
// [SECTION] Roll-up of sub-goals
// [SECTION] Expected progress and pace
// [SECTION] The plan's figures
// [SECTION] score_goals, lookups, labels
#include "core/scoring/goals.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/scoring/goal_tree.hpp"
#include "core/scoring/wording.hpp"

namespace accord::scoring {
namespace {

using detail::GoalTree;
using detail::kNoGoal;
namespace w = wording;

// Sub-goals listed by name in a roll-up reason; the rest are counted ("and 4 more").
constexpr size_t kListedSubGoals = 6;
// Goals named in the schedule's reasons as the furthest behind.
constexpr size_t kListedLateGoals = 3;
// Slack for comparisons of computed fractions, so that exactly 10 points off counts as on track.
constexpr double kPaceEpsilon = 1e-9;

//-----------------------------------------------------------------------------
// [SECTION] One goal's own progress: metric or status
//-----------------------------------------------------------------------------

double clamp01(double v) { return std::min(1.0, std::max(0.0, v)); }

double metric_progress(const Metric& m, std::vector<std::string>& reasons) {
    if (!std::isfinite(m.baseline) || !std::isfinite(m.target) || !std::isfinite(m.current)) {
        reasons.push_back("the metric holds a number that is not finite: counted as 0%");
        return 0;
    }
    // " kWh" after a number, nothing without a unit.
    const std::string_view space = m.unit.empty() ? "" : " ";
    const std::string_view unit = m.unit;
    const std::string baseline = w::number(m.baseline), target = w::number(m.target), current = w::number(m.current);
    const bool increase = m.direction == Direction::Increase;
    if (m.target == m.baseline) {
        // Nothing to travel: the target is either reached (in the metric's direction) or not.
        const bool reached = increase ? m.current >= m.target : m.current <= m.target;
        reasons.push_back(w::concat("the target equals the baseline (", target, space, unit, "): 100% once it is ",
                                    increase ? "at or above " : "at or below ", target, "; it is ", current, space, unit,
                                    ", so ", reached ? "100%" : "0%"));
        return reached ? 1 : 0;
    }
    // The numbers win over the direction: baseline -> target is what the partners wrote down.
    if (increase != (m.target > m.baseline))
        reasons.push_back(w::concat("the metric is set to ", increase ? "increase" : "decrease", " but its target ", target,
                                    " is ", increase ? "below" : "above", " its baseline ", baseline,
                                    ": progress is measured from the baseline towards the target"));
    const double raw = (m.current - m.baseline) / (m.target - m.baseline);
    const std::string_view passed = raw > 1   ? ", counted as 100% (the target is passed)"
                                    : raw < 0 ? ", counted as 0% (worse than the baseline)"
                                              : "";
    reasons.push_back(w::concat("metric at ", current, space, unit, ": (", current, " - ", baseline, ") / (", target, " - ",
                                baseline, ") = ", w::percent(raw), " of the way from the baseline ", baseline,
                                " to the target ", target, passed));
    return clamp01(raw);
}

double status_progress(GoalStatus status) {
    switch (status) {
        case GoalStatus::NotStarted: return 0;
        case GoalStatus::InProgress: return kProgressInProgress;
        case GoalStatus::AtRisk: return kProgressAtRisk;
        case GoalStatus::Done: return 1;
        case GoalStatus::Dropped: return 0;
    }
    return 0;
}


//-----------------------------------------------------------------------------
// [SECTION] Roll-up of sub-goals
//-----------------------------------------------------------------------------

// The weighted mean of the counted members of `members` (positions in plan.goals), with a reason
// naming each of them. Returns nullopt when none is counted. All weights zero: the plain mean.
std::optional<double> roll_up(const Plan& plan, const std::vector<GoalProgress>& results,
                              const std::vector<size_t>& members, const char* noun_one, const char* noun_many,
                              std::vector<std::string>& reasons) {
    std::vector<size_t> counted;
    for (size_t m : members)
        if (results[m].counted) counted.push_back(m);
    const size_t dropped = members.size() - counted.size();
    if (counted.empty()) return std::nullopt;

    double weight_sum = 0;
    for (size_t m : counted) weight_sum += std::max(0.0, plan.goals[m].weight);
    const bool plain = !(weight_sum > 0);
    double sum = 0;
    std::string list;
    for (size_t k = 0; k < counted.size(); ++k) {
        const size_t m = counted[k];
        const double weight = plain ? 1.0 : std::max(0.0, plan.goals[m].weight);
        sum += weight * results[m].progress;
        if (k < kListedSubGoals) {
            w::append(list, k ? ", " : "", w::Quoted{plan.goals[m].title}, " ", w::percent(results[m].progress));
            if (!plain) w::append(list, " x ", w::number(weight));
        } else if (k == kListedSubGoals) {
            w::append(list, " and ", std::to_string(counted.size() - kListedSubGoals), " more");
        }
    }
    const double value = sum / (plain ? static_cast<double>(counted.size()) : weight_sum);
    const std::string counted_text = w::count(static_cast<long long>(counted.size()), noun_one, noun_many);
    if (counted.size() == 1)
        reasons.push_back(w::concat("from a single ", noun_one, ": ", w::Quoted{plan.goals[counted[0]].title}, " ",
                                    w::percent(value)));
    else if (plain)
        reasons.push_back(w::concat("every one of the ", counted_text, " has weight 0, so a plain average: ", list, " = ",
                                    w::percent(value)));
    else
        reasons.push_back(w::concat("weighted average of ", counted_text, " (progress x weight): ", list, " = ",
                                    w::percent(value)));
    if (dropped)
        reasons.push_back(w::concat(std::to_string(dropped), " dropped ", dropped == 1 ? noun_one : noun_many, " left out"));
    return value;
}

//-----------------------------------------------------------------------------
// [SECTION] Expected progress and pace
//-----------------------------------------------------------------------------

// The start a goal's expectation is measured from: its own, else the nearest ancestor's, else the
// plan's creation day. `from` is the goal that gave it, kNoGoal for the plan.
struct StartDate {
    std::optional<Date> date;
    size_t from = kNoGoal;
};

std::vector<StartDate> start_dates(const Plan& plan, const GoalTree& tree) {
    StartDate plan_start;
    if (plan.created > 0) plan_start.date = Date::from_unix_ms(plan.created);  // 0 = never set
    std::vector<StartDate> starts(plan.goals.size(), plan_start);
    auto own_or = [&](size_t i, const StartDate& inherited) {
        return plan.goals[i].start ? StartDate{plan.goals[i].start, i} : inherited;
    };
    for (size_t i : tree.top_down)  // parents first, so a parent's start is known before its children
        starts[i] = own_or(i, tree.parent[i] == kNoGoal ? plan_start : starts[tree.parent[i]]);
    for (size_t i = 0; i < plan.goals.size(); ++i)
        if (!tree.reachable[i]) starts[i] = own_or(i, plan_start);
    return starts;
}

void judge_pace(const Plan& plan, size_t i, const StartDate& start, Date today, GoalProgress& r) {
    const Goal& goal = plan.goals[i];
    if (goal.status == GoalStatus::Dropped) {
        r.pace = Pace::Dropped;
        return;
    }
    if (goal.status == GoalStatus::Done) {
        r.pace = Pace::Done;
        r.reasons.push_back("marked done");
        return;
    }
    if (!goal.due) {
        r.reasons.push_back("no due date: no progress is expected by a date");
        return;
    }
    const Date due = *goal.due;
    if (today > due && r.progress < 1) {
        r.pace = Pace::Overdue;
        r.expected = 1;
        r.days_overdue = today - due;
        r.reasons.push_back(w::concat("overdue by ", w::count(r.days_overdue, "day", "days"), ": due ", w::date(due),
                                      " and at ", w::percent(r.progress)));
        return;
    }
    if (!start.date) {
        r.reasons.push_back(
            w::concat("due ", w::date(due), " but there is no start date to measure the expected progress from"));
        return;
    }
    r.start = start.date;
    const Date from = *start.date;
    // One string, written in order: "expected 40% by today (<basis>), at 35%: <verdict>".
    std::string text;
    text.reserve(160);  // the longest basis with a long title still fits
    auto write_expected = [&](double expected) {
        r.expected = expected;
        w::append(text, "expected ", w::percent(expected), " by today (");
    };
    if (from >= due) {
        write_expected(today >= due ? 1 : 0);
        w::append(text, "due ", w::date(due), ", not after its start ", w::date(from));
    } else if (today < from) {
        write_expected(0);
        w::append(text, "starts ", w::date(from));
    } else {
        write_expected(clamp01(static_cast<double>(today - from) / (due - from)));
        w::append(text, "day ", std::to_string(std::min(today - from, due - from)), " of ", std::to_string(due - from),
                  ", from ", w::date(from), " to ", w::date(due));
    }
    if (start.from == kNoGoal)
        w::append(text, "; start taken from the plan's creation");
    else if (start.from != i)
        w::append(text, "; start taken from ", w::Quoted{plan.goals[start.from].title});
    w::append(text, "), at ", w::percent(r.progress), ": ");

    const double diff = r.progress - *r.expected;
    if (diff > kPaceTolerance + kPaceEpsilon) {
        r.pace = Pace::Ahead;
        w::append(text, "ahead by ", w::whole(diff * 100), " points");
    } else if (diff < -kPaceTolerance - kPaceEpsilon) {
        r.pace = Pace::Behind;
        w::append(text, "behind by ", w::whole(-diff * 100), " points");
    } else {
        r.pace = Pace::OnTrack;
        w::append(text, "on track (within ", w::whole(kPaceTolerance * 100), " points)");
    }
    r.reasons.push_back(std::move(text));
}

//-----------------------------------------------------------------------------
// [SECTION] The plan's figures
//-----------------------------------------------------------------------------

Figure plan_progress(const Plan& plan, const GoalTree& tree, const std::vector<GoalProgress>& results) {
    Figure f;
    if (plan.goals.empty()) {
        f.reasons.push_back("no goals yet");
        return f;
    }
    f.value = roll_up(plan, results, tree.roots, "top-level goal", "top-level goals", f.reasons);
    if (!f.value) f.reasons.insert(f.reasons.begin(), "every top-level goal is dropped");
    return f;
}

Figure schedule(const Plan& plan, GoalScores& s) {
    Figure f;
    struct Late {
        size_t goal;
        double shortfall;
    };
    std::vector<Late> late;
    double sum = 0;
    int measured = 0;
    for (size_t i = 0; i < s.goals.size(); ++i) {
        const GoalProgress& r = s.goals[i];
        double value;
        if (r.pace == Pace::Done && plan.goals[i].due)
            value = 1;
        else if (r.expected)
            value = 1 - std::max(0.0, *r.expected - r.progress);
        else
            continue;
        ++measured;
        sum += value;
        if (value < 1) late.push_back({i, 1 - value});
    }
    if (!measured) {
        f.reasons.push_back(plan.goals.empty() ? "no goals yet" : "no goal has a due date to measure against yet");
        return f;
    }
    f.value = 100 * sum / measured;
    f.reasons.push_back(w::concat(w::count(measured, "goal", "goals"),
                                  " with a due date (done ones count in full): 100 x mean of (1 - shortfall below the "
                                  "expected progress) = ",
                                  w::whole(*f.value)));
    std::string tally = w::concat(std::to_string(s.done), " done, ", std::to_string(s.ahead), " ahead, ",
                                  std::to_string(s.on_track), " on track, ", std::to_string(s.behind), " behind, ",
                                  std::to_string(s.overdue), " overdue");
    if (s.no_expectation) w::append(tally, "; ", std::to_string(s.no_expectation), " without an expectation");
    if (s.dropped) w::append(tally, "; ", std::to_string(s.dropped), " dropped");
    f.reasons.push_back(std::move(tally));
    std::stable_sort(late.begin(), late.end(), [](const Late& a, const Late& b) { return a.shortfall > b.shortfall; });
    for (size_t k = 0; k < late.size() && k < kListedLateGoals; ++k) {
        const GoalProgress& r = s.goals[late[k].goal];
        std::string text = w::concat(w::Quoted{plan.goals[late[k].goal].title}, " is ", w::whole(late[k].shortfall * 100),
                                     " points short of the expected ", w::percent(r.expected.value_or(1)));
        if (r.pace == Pace::Overdue) w::append(text, " (overdue by ", w::count(r.days_overdue, "day", "days"), ")");
        f.reasons.push_back(std::move(text));
    }
    return f;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] score_goals, lookups, labels
//-----------------------------------------------------------------------------

GoalScores score_goals(const Plan& plan, Date today) { return detail::score_goals(plan, detail::build_goal_tree(plan), today); }

GoalScores detail::score_goals(const Plan& plan, const GoalTree& tree, Date today) {
    const size_t n = plan.goals.size();
    GoalScores s;
    s.goals.resize(n);
    s.index.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        s.goals[i].goal = plan.goals[i].id;
        s.goals[i].reasons.reserve(3);  // progress, pace, and now and then one more
        s.goals[i].counted = plan.goals[i].status != GoalStatus::Dropped;
        s.index.emplace(plan.goals[i].id, i);
    }

    // Progress bottom-up: children before parents (reverse of the top-down order), then the
    // unreachable goals of an invalid plan, as leaves.
    auto own_progress = [&](size_t i, bool use_children) {
        const Goal& goal = plan.goals[i];
        GoalProgress& r = s.goals[i];
        if (goal.status == GoalStatus::Dropped) r.reasons.push_back("dropped: left out of its parent's progress");
        if (goal.metric) {
            r.source = ProgressSource::Metric;
            r.progress = metric_progress(*goal.metric, r.reasons);
            if (use_children && !tree.children[i].empty())
                r.reasons.push_back(w::concat(
                    "has its own metric, so its ",
                    w::count(static_cast<long long>(tree.children[i].size()), "sub-goal does", "sub-goals do"),
                    " not count towards it"));
            return;
        }
        // roll_up() adds its reasons only when it returns a value, so they can go straight in.
        if (use_children && !tree.children[i].empty()) {
            if (auto value = roll_up(plan, s.goals, tree.children[i], "sub-goal", "sub-goals", r.reasons)) {
                r.source = ProgressSource::SubGoals;
                r.progress = *value;
                return;
            }
            r.reasons.push_back(w::concat(
                "all of its ", w::count(static_cast<long long>(tree.children[i].size()), "sub-goal is", "sub-goals are"),
                " dropped, so its own status counts"));
        }
        r.source = ProgressSource::Status;
        r.progress = status_progress(goal.status);
        if (goal.status != GoalStatus::Dropped)
            r.reasons.push_back(
                w::concat("no metric: status '", label(goal.status), "' counts as ", w::percent(r.progress)));
    };
    for (auto it = tree.top_down.rbegin(); it != tree.top_down.rend(); ++it) own_progress(*it, true);
    for (size_t i = 0; i < n; ++i)
        if (!tree.reachable[i]) own_progress(i, false);

    const std::vector<StartDate> starts = start_dates(plan, tree);
    for (size_t i = 0; i < n; ++i) {
        judge_pace(plan, i, starts[i], today, s.goals[i]);
        switch (s.goals[i].pace) {
            case Pace::NoExpectation: ++s.no_expectation; break;
            case Pace::Ahead: ++s.ahead; break;
            case Pace::OnTrack: ++s.on_track; break;
            case Pace::Behind: ++s.behind; break;
            case Pace::Overdue: ++s.overdue; break;
            case Pace::Done: ++s.done; break;
            case Pace::Dropped: ++s.dropped; break;
        }
    }

    s.progress = plan_progress(plan, tree, s.goals);
    s.schedule = schedule(plan, s);
    return s;
}

const GoalProgress* GoalScores::find(const Id& goal) const {
    auto it = index.find(goal);
    return it == index.end() ? nullptr : &goals[it->second];
}

const char* label(ProgressSource source) {
    switch (source) {
        case ProgressSource::Metric: return "metric";
        case ProgressSource::Status: return "status";
        case ProgressSource::SubGoals: return "sub-goals";
    }
    return "";
}

const char* label(Pace pace) {
    switch (pace) {
        case Pace::NoExpectation: return "No expectation";
        case Pace::Ahead: return "Ahead";
        case Pace::OnTrack: return "On track";
        case Pace::Behind: return "Behind";
        case Pace::Overdue: return "Overdue";
        case Pace::Done: return "Done";
        case Pace::Dropped: return "Dropped";
    }
    return "";
}

}  // namespace accord::scoring
