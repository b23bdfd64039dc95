// Communication health (docs/scoring.md, "Communication").
#include "core/scoring/communication.hpp"

#include <algorithm>

#include "core/scoring/wording.hpp"

namespace accord::scoring {
namespace {

namespace w = wording;

constexpr size_t kListedActions = 3;  // overdue actions named in the reasons

}  // namespace

CommunicationScores score_communication(const Plan& plan, Date today) {
    CommunicationScores s;
    s.cadence_days = std::max(1, plan.communication.cadence_days);  // >= 1 in a valid plan

    for (const CheckIn& checkin : plan.checkins) {
        if (checkin.date <= today && (!s.last_checkin || checkin.date > *s.last_checkin)) s.last_checkin = checkin.date;
        for (size_t k = 0; k < checkin.actions.size(); ++k) {
            const Action& action = checkin.actions[k];
            if (action.done || !action.due || !(*action.due < today)) continue;
            s.overdue_actions.push_back({checkin.id, k, action.text, action.owner, *action.due, today - *action.due});
        }
    }
    std::stable_sort(s.overdue_actions.begin(), s.overdue_actions.end(),
                     [](const OverdueAction& a, const OverdueAction& b) { return a.due < b.due; });

    std::string clock;
    if (s.last_checkin) {
        s.since = s.last_checkin;
        clock = "last check-in " + w::date(*s.last_checkin);
    } else if (plan.created > 0) {
        s.since = Date::from_unix_ms(plan.created);
        clock = "no check-in yet, so counted from the plan's creation on " + w::date(*s.since);
    } else {
        s.score.reasons.push_back("no check-in yet, and the plan has no creation date to count from");
        return s;
    }
    s.next_due = s.since->plus_days(s.cadence_days);
    s.days_since = std::max(0, today - *s.since);  // a creation day after today counts as today
    s.days_overdue = std::max(0, today - *s.next_due);

    const double window = static_cast<double>(kZeroAfterCadences) * s.cadence_days;
    const double cadence_part = 100 * std::max(0.0, 1 - s.days_overdue / window);
    const int overdue_count = static_cast<int>(s.overdue_actions.size());
    const int action_penalty = std::min(kOverdueActionPenaltyCap, kOverdueActionPenalty * overdue_count);
    s.score.value = std::max(0.0, cadence_part - action_penalty);

    std::string headline = "communication score " + w::whole(*s.score.value) + " = 100 x (1 - " +
                           std::to_string(s.days_overdue) + " days overdue / " + std::to_string(static_cast<int>(window)) +
                           ")";
    if (s.days_overdue >= window) headline += " (at least 0)";
    if (action_penalty) headline += " - " + std::to_string(action_penalty) + " for overdue actions";
    s.score.reasons.push_back(std::move(headline));

    std::string timing = clock + ", " + w::count(s.days_since, "day", "days") + " ago; a check-in every " +
                         w::count(s.cadence_days, "day", "days") + ", so the next ";
    if (s.days_overdue > 0)
        timing += "was due " + w::date(*s.next_due) + ": " + w::count(s.days_overdue, "day", "days") + " overdue";
    else if (*s.next_due == today)
        timing += "is due today";
    else
        timing += "is due " + w::date(*s.next_due) + ", in " + w::count(*s.next_due - today, "day", "days");
    s.score.reasons.push_back(std::move(timing));
    if (s.days_overdue > 0)
        s.score.reasons.push_back("the cadence part reaches 0 when a check-in is " + std::to_string(kZeroAfterCadences) +
                                  " cadences (" + std::to_string(static_cast<int>(window)) + " days) overdue");

    if (overdue_count) {
        s.score.reasons.push_back(w::count(overdue_count, "open action", "open actions") + " past " +
                                  (overdue_count == 1 ? "its" : "their") + " due date: -" +
                                  std::to_string(kOverdueActionPenalty) + " each, at most -" +
                                  std::to_string(kOverdueActionPenaltyCap));
        for (size_t k = 0; k < s.overdue_actions.size() && k < kListedActions; ++k) {
            const OverdueAction& a = s.overdue_actions[k];
            s.score.reasons.push_back(w::quoted(a.text) + (a.owner.empty() ? "" : " (" + w::partner_name(plan, a.owner) + ")") +
                                      ", due " + w::date(a.due) + ", " + w::count(a.days_late, "day", "days") + " late");
        }
    }
    return s;
}

}  // namespace accord::scoring
