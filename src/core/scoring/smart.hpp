#pragma once
// The SMART check: five yes/no questions per goal, each "no" with the reason in plain words.
// Definitions: docs/scoring.md, "SMART check".
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/plan.hpp"
#include "core/scoring/figure.hpp"

namespace accord::scoring {

// Specific: the trimmed description has at least this many words and characters (code points)
// and is not just the title again.
inline constexpr int kSpecificMinWords = 5;
inline constexpr int kSpecificMinChars = 25;
// Achievable: at least one owner and a confidence of at least this much.
inline constexpr double kAchievableMinConfidence = 0.5;

struct Criterion {
    bool met = false;
    std::string reason;  // what is missing, in plain words; empty when met
};

struct SmartCheck {
    Id goal;
    // False for vision anchors: they state the direction, the goals under them are the ones meant
    // to be SMART. Their letters are still checked (for display) but they are left out of the plan's
    // figure and counts.
    bool applies = true;
    Criterion specific, measurable, achievable, relevant, time_bound;
    int score = 0;  // letters met, 0..5
};

struct SmartScores {
    std::vector<SmartCheck> goals;         // one per goal, in plan order
    std::unordered_map<Id, size_t> index;  // goal id -> position in `goals`
    // 0..5: the mean score of the goals it applies to (not vision anchors, not dropped); unknown
    // when there are none. Reasons count each missing letter ("4 of 9 goals have no due date").
    Figure average;
    int checked = 0;  // goals in the average
    int missing_specific = 0, missing_measurable = 0, missing_achievable = 0, missing_relevant = 0,
        missing_time_bound = 0;

    const SmartCheck* find(const Id& goal) const;
};

SmartScores check_smart(const Plan& plan);

}  // namespace accord::scoring
