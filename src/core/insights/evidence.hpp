#pragma once
// Feelings against evidence: each alignment dimension of the latest rated round next to what the
// plan itself shows about the same thing, so partners see where a rating and the facts disagree
// (a low rating with clean evidence, or a high rating with poor evidence) and what to do next.
// The rules, thresholds and wording are in docs/insights.md, "Feelings against evidence".
//
// Which evidence a dimension gets is decided by its topic (Dimension::topic); a dimension without
// a topic takes the topic whose default name equals its name, case-folded and trimmed ("ROLE
// CLARITY " is role clarity). Evidence per topic:
//   role clarity       the role matrix: activities without exactly one Accountable, or without a
//                      Responsible partner
//   communication      check-in regularity: the next check-in overdue against the cadence, and
//                      check-ins missed in the last kCheckInLookBackDays days
//   shared goals       open goals (not vision anchors, not done or dropped) without an owner or a
//                      due date, and open key results without a metric
//   mutual benefit     the exchange of value: partners whose share of the gains trails their share
//                      of the contributions by kShortchangedFrom or more
//   commitment         actions past their due date and overdue goals
//   values             shared values not endorsed by every partner
//   conflict resolution  no escalation path, and activity areas without a decision rule
//   trust, flexibility, long-term focus, and dimensions of the partners' own: no evidence in the plan
#include <optional>
#include <string>
#include <vector>

#include "core/insights/entity_ref.hpp"
#include "core/model/plan.hpp"
#include "core/scoring/scores.hpp"

namespace accord::insights {

inline constexpr int kCheckInLookBackDays = 90;   // a quarter: the rhythm of reviews
inline constexpr double kShortchangedFrom = 0.10;  // gain share this far below contribution share

enum class EvidenceState {
    Clean,           // the evidence was checked and shows no problem
    Problems,        // it shows at least one problem
    NothingToCheck,  // the topic has evidence, but the plan holds none of it yet (no activities...)
    NoEvidence,      // the plan holds no evidence on this topic (trust, ...)
};

// The rating of the latest round against the evidence. Ratings read as high for a mean of 4.0 or
// more (a strength) and low below 3.0 (a concern), as in the alignment bands.
enum class Match {
    RatedHighButProblems,  // a strength, yet the evidence shows problems: a mismatch
    RatedLowButClean,      // a concern, yet the evidence is clean: a mismatch
    Consistent,            // high and clean, or low with problems
    Borderline,            // a mean of 3.0 to 3.9 agrees with anything
    NotRated,              // nobody rated the dimension in the latest round
    Unchecked,             // no evidence to compare with (NothingToCheck or NoEvidence)
};

// One concrete fact: "'Safety case': no Accountable partner, no Responsible partner".
struct Finding {
    std::string text;
    std::vector<EntityRef> entities;
};

struct DimensionEvidence {
    Id dimension;
    std::string name;                     // the dimension's name
    std::optional<DimensionTopic> topic;  // the topic used: its own, or the one its name matched
    bool topic_from_name = false;         // the dimension has no topic; its name matched one
    std::optional<double> mean;           // in the latest rated round; empty when not rated there
    scoring::Band band = scoring::Band::Concern;  // meaningful with a mean
    EvidenceState state = EvidenceState::NoEvidence;
    int problems = 0;                     // how many things the evidence found wrong (see each topic)
    std::string evidence;                 // what the evidence says, in one line
    std::vector<Finding> findings;        // the problems one by one, plan order
    Match match = Match::Unchecked;
    std::string headline;                 // the rating against the evidence, in one sentence
    std::vector<std::string> next_steps;  // concrete, in plain words; empty when nothing to do
    std::vector<EntityRef> entities;      // every entity the findings name, once, in their order

    bool mismatch() const { return match == Match::RatedHighButProblems || match == Match::RatedLowButClean; }
};

struct EvidenceReport {
    Id round;  // the latest round with ratings; "" when there is none
    std::vector<DimensionEvidence> dimensions;  // one per plan dimension, in plan order
    std::vector<size_t> mismatches;             // positions in `dimensions`, in plan order
};

// The topic a dimension stands for: its own, else by its name (see above); empty for a dimension
// of the partners' own.
std::optional<DimensionTopic> topic_of(const Dimension& dimension);

// `scores` must be score_plan(plan, today).
EvidenceReport compare_evidence(const Plan& plan, const scoring::PlanScores& scores);

const char* label(EvidenceState state);  // "Clean", "Problems", "Nothing to check", "No evidence"
const char* label(Match match);          // "Rated high, evidence shows problems", ...

}  // namespace accord::insights
