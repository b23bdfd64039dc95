#pragma once
// The partnership model: one Plan is one partnership (see ../shared/DESIGN.md, "The model").
//
// Index of this file
// [SECTION] Common parts: stamps, unknown fields, enums
// [SECTION] Partners
// [SECTION] Shared vision, values, glossary
// [SECTION] Goal tree
// [SECTION] Roles and governance
// [SECTION] Alignment assessment
// [SECTION] Risks
// [SECTION] Communication
// [SECTION] Exchange of value
// [SECTION] Reviews
// [SECTION] Approvals
// [SECTION] Open conflicts
// [SECTION] Plan
//
// Plain data: no behaviour beyond lookups. Edits go through commands (core/commands), which keep
// the model valid and stamp every changed entity; scores are pure functions (core/scoring).
// Every entity carries `Stamp` (for merging field by field) and `extra` (fields this version does
// not know, kept so that a file from a newer minor version survives a round trip).
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/date.hpp"
#include "core/model/ids.hpp"

namespace accord {

//-----------------------------------------------------------------------------
// [SECTION] Common parts: stamps, unknown fields, enums
//-----------------------------------------------------------------------------

// Who changed an entity last, and when in the plan's own revision count. `rev` is the value of
// Plan::revision right after the change; `by` names the author (a partner id, or empty when unknown).
struct Stamp {
    std::int64_t rev = 0;
    std::string by;
    bool operator==(const Stamp& o) const { return rev == o.rev && by == o.by; }
    bool operator!=(const Stamp& o) const { return !(*this == o); }
};

// Unknown fields of an entity, as read from the file: a JSON object, or null when there are none
// (nearly always). Not an empty object: that is an allocation for every entity and every part of
// one, paid again by every copy of a plan (undo, merge, autosave).
using ExtraFields = nlohmann::json;

// Whether two entities carry the same unknown fields. None is none, held as null or as an empty
// object (code may still build one).
inline bool same_extra(const ExtraFields& a, const ExtraFields& b) { return (a.empty() && b.empty()) || a == b; }

//-----------------------------------------------------------------------------
// [SECTION] Partners
//-----------------------------------------------------------------------------

struct Partner {
    Id id;
    std::string name;
    std::string organisation;
    std::string email;
    std::uint32_t colour = 0x4C78A8;  // 0xRRGGBB, the partner's colour in every chart
    std::string strengths;
    std::string resources;
    std::string limitations;
    std::string expectations;
    std::vector<std::string> values;  // tags
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Shared vision, values, glossary
//-----------------------------------------------------------------------------

struct Vision {
    std::string statement;
    std::string mission;
    std::string why;
    std::string horizon;  // free text, e.g. "2030" or "five years"
    Stamp stamp;
    ExtraFields extra = nullptr;
};

struct Value {
    Id id;
    std::string name;
    std::string meaning;
    std::vector<Id> endorsed_by;  // partner ids
    Stamp stamp;
    ExtraFields extra = nullptr;
};

struct GlossaryTerm {
    Id id;
    std::string term;
    std::string definition;
    std::vector<Id> agreed_by;  // partner ids
    bool disputed = false;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Goal tree
//-----------------------------------------------------------------------------

enum class GoalKind { VisionAnchor, Objective, KeyResult, Initiative };
// Progress of a leaf without a metric comes from its status (see scoring/goals.hpp).
enum class GoalStatus { NotStarted, InProgress, AtRisk, Done, Dropped };
enum class Direction { Increase, Decrease };

struct MetricReading {  // one dated check-in value
    Date date;
    double value = 0;
    std::string note;
    ExtraFields extra = nullptr;
    bool operator==(const MetricReading& o) const {
        return date == o.date && value == o.value && note == o.note && same_extra(extra, o.extra);
    }
};

struct Metric {
    std::string unit;
    double baseline = 0;
    double target = 0;
    double current = 0;
    Direction direction = Direction::Increase;
    std::vector<MetricReading> history;  // sorted by date
    ExtraFields extra = nullptr;
};

struct Goal {
    Id id;
    Id parent;  // empty for a root
    GoalKind kind = GoalKind::Objective;
    std::string title;
    std::string description;
    std::vector<Id> owners;  // partner ids
    double weight = 1.0;     // share in the parent's roll-up, >= 0
    std::optional<Date> start;
    std::optional<Date> due;
    GoalStatus status = GoalStatus::NotStarted;
    double confidence = 0.5;  // 0..1
    std::optional<Metric> metric;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Roles and governance
//-----------------------------------------------------------------------------

enum class Role { None, Responsible, Accountable, Consulted, Informed };

struct RoleAssignment {
    Id partner;
    Role role = Role::None;
    ExtraFields extra = nullptr;
};

struct Activity {
    Id id;
    std::string name;
    std::string area;  // groups activities under a decision rule
    Id goal;           // optional link to a goal (empty = none)
    std::vector<RoleAssignment> roles;  // at most one entry per partner; Role::None is never stored
    Stamp stamp;
    ExtraFields extra = nullptr;

    Role role_of(const Id& partner) const;
};

enum class DecisionMethod { Consensus, Majority, LeadDecides, Consult, Unanimous };

struct DecisionRule {
    Id id;
    std::string area;
    DecisionMethod method = DecisionMethod::Consensus;
    Id lead;  // partner who decides for LeadDecides (empty otherwise)
    std::string notes;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

struct Contact {  // a point of contact for a partner
    Id id;
    Id partner;
    std::string name;
    std::string role;  // e.g. "Operations lead"
    std::string email;
    std::string phone;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

struct EscalationStep {  // ordered: the first step is tried first
    Id id;
    std::string who;   // e.g. "Project leads", "Managing directors"
    int within_days = 7;
    std::string how;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Alignment assessment
//-----------------------------------------------------------------------------

// What a dimension is about, whatever partners call it: insights link a dimension to the plan's
// evidence by its topic (role clarity to the role matrix, ...), so that renaming "Role clarity" to
// "Clarity of roles" or translating it keeps the link. A dimension without a topic is matched by
// its name against the default names (core/insights/evidence.hpp).
enum class DimensionTopic {
    SharedGoals,
    Values,
    Trust,
    Communication,
    RoleClarity,
    Commitment,
    Flexibility,
    ConflictResolution,
    MutualBenefit,
    LongTermFocus,
};

// Every topic, in the order of the default dimensions.
inline constexpr DimensionTopic kDimensionTopics[] = {
    DimensionTopic::SharedGoals,        DimensionTopic::Values,        DimensionTopic::Trust,
    DimensionTopic::Communication,      DimensionTopic::RoleClarity,   DimensionTopic::Commitment,
    DimensionTopic::Flexibility,        DimensionTopic::ConflictResolution, DimensionTopic::MutualBenefit,
    DimensionTopic::LongTermFocus,
};

struct Dimension {
    Id id;
    std::string name;
    std::string description;
    std::optional<DimensionTopic> topic;  // none: a dimension of the partners' own
    Stamp stamp;
    ExtraFields extra = nullptr;
};

struct Rating {
    Id dimension;
    Id partner;
    int score = 3;  // 1..5
    std::string comment;
    ExtraFields extra = nullptr;
};

struct AssessmentRound {
    Id id;
    std::string title;
    Date date;
    std::vector<Rating> ratings;  // at most one per (dimension, partner)
    Stamp stamp;
    ExtraFields extra = nullptr;

    const Rating* find(const Id& dimension, const Id& partner) const;
};

//-----------------------------------------------------------------------------
// [SECTION] Risks
//-----------------------------------------------------------------------------

enum class RiskStatus { Open, Mitigating, Closed };

struct Risk {
    Id id;
    std::string title;
    std::string description;
    int likelihood = 3;  // 1..5
    int impact = 3;      // 1..5
    Id owner;            // partner id, may be empty
    std::string trigger;
    std::string contingency;
    RiskStatus status = RiskStatus::Open;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Communication
//-----------------------------------------------------------------------------

struct Action {
    std::string text;
    Id owner;  // partner id, may be empty
    std::optional<Date> due;
    bool done = false;
    ExtraFields extra = nullptr;
    bool operator==(const Action& o) const {
        return text == o.text && owner == o.owner && due == o.due && done == o.done && same_extra(extra, o.extra);
    }
};

struct CheckIn {
    Id id;
    Date date;
    std::vector<Id> attendees;  // partner ids
    std::string notes;
    std::vector<std::string> decisions;
    std::vector<Action> actions;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

struct Communication {
    int cadence_days = 14;  // a check-in is due this many days after the last one
    std::vector<std::string> channels;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Exchange of value
//-----------------------------------------------------------------------------

enum class ValueFlow { Contributes, Gains };

struct ValueItem {
    Id id;
    Id partner;
    ValueFlow flow = ValueFlow::Contributes;
    std::string description;
    double amount = 1;  // relative worth on the plan's own scale (e.g. 1..5, or money); >= 0
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Reviews
//-----------------------------------------------------------------------------

// The headline figures at the time of a review, each 0..100; empty where there was nothing to
// measure yet (no ratings, no risks...), which is not the same as a score of 0.
struct ScoreSnapshot {
    std::optional<double> health;
    std::optional<double> goal_progress;
    std::optional<double> alignment;
    std::optional<double> roles;
    std::optional<double> risk;
    std::optional<double> communication;
    std::optional<double> balance;
};

struct Review {
    Id id;
    Date date;
    std::string title;
    std::string notes;
    std::string adjustments;  // what the partners agreed to change
    ScoreSnapshot scores;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Approvals
//-----------------------------------------------------------------------------

// The length of a part digest's hash: 64 bits, enough to tell a change apart.
inline constexpr std::size_t kDigestHexDigits = 16;

// One part of the approved content, as it stood: a short hash of its canonical content and its
// name then, so that what changed since can be told on any device without the old plan.
struct ContentDigest {
    std::string hash;  // 16 lower-case hex digits: the start of the SHA-256 of the part's content
    std::string name;  // the entity's name or title when approved ("" for the plan-level parts)
    bool operator==(const ContentDigest& o) const { return hash == o.hash && name == o.name; }
    bool operator!=(const ContentDigest& o) const { return !(*this == o); }
};

// A partner's approval of the plan as it stood: the fingerprint is the SHA-256 (hex) of the plan's
// canonical content (core/insights/agreement.hpp), so the app can tell which approvals still match
// the plan and what changed since the last version every partner approved. Kept when outdated,
// never deleted.
struct Approval {
    Id id;
    Id partner;
    Instant at = 0;
    std::string fingerprint;  // 64 lower-case hex digits
    std::string note;
    // The content part by part: "vision", "communication", "plan" (title and plan-level fields),
    // "<collection>" (the order of its entities) and "<collection>/<id>" (one entity), with
    // collections named as in the file ("goals/3f2a..."). Empty for an approval from a file that
    // has none: such an approval still tells current from outdated, but not what changed.
    std::map<std::string, ContentDigest> digests;
    Stamp stamp;
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Open conflicts
//-----------------------------------------------------------------------------

// How two copies of the plan disagreed (docs/merge.md shows an example of each).
enum class ConflictKind {
    EditEdit,    // both sides changed the same field differently
    DeleteEdit,  // ours removed the entity, theirs changed it (or something that needs it)
    EditDelete,  // ours changed it (or something that needs it), theirs removed it
    Reference,   // one side removed it, the other side started using it (a new owner, rating, child goal...)
    Cycle,       // the goal moves of the two sides together would put a goal below itself
};

// A decision a merge left open (core/merge). The plan holds the provisional outcome, "ours" at the
// time of the merge; this record keeps what each side had, so the partners can decide later on
// either copy. It travels in the file and later merges match it by id like any entity, so a
// decision taken on one copy reaches the other.
struct Conflict {
    Id id;  // derived from section, entity and field: the same question always has the same id
    ConflictKind kind = ConflictKind::EditEdit;
    std::string section;      // the plan file's list ("goals"), or "plan", "vision", "communication"
    Id entity;                // the entity's id; "" for the plan, vision and communication
    std::string entity_name;  // its name at the merge, for people (it may be renamed or gone since)
    std::string field;        // path in the entity: "title", "metric.target", "ratings[d,p].score"; "" = the whole entity
    nlohmann::json base = nullptr, ours = nullptr, theirs = nullptr;  // each side's value; null = absent (docs/merge.md)
    std::string note;         // what happened, in plain words
    Id ours_by, theirs_by;    // who made each side's change, from the stamps ("" when unknown)
    Instant found = 0;        // when the merge found it
    Stamp stamp;              // `by`: who merged and left it open
    ExtraFields extra = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Plan
//-----------------------------------------------------------------------------

struct Plan {
    Id id;
    std::string title;
    Instant created = 0;
    Instant modified = 0;
    std::int64_t revision = 0;  // increases by one with every applied change
    std::string based_on;       // the version this copy was last merged with / imported from (merge)

    std::vector<Partner> partners;
    Vision vision;
    std::vector<Value> values;
    std::vector<GlossaryTerm> glossary;
    std::vector<Goal> goals;  // a forest, ordered: siblings keep their relative order
    std::vector<Activity> activities;
    std::vector<DecisionRule> decision_rules;
    std::vector<Contact> contacts;
    std::vector<EscalationStep> escalation;
    std::vector<Dimension> dimensions;
    std::vector<AssessmentRound> rounds;  // sorted by date
    std::vector<Risk> risks;
    Communication communication;
    std::vector<CheckIn> checkins;  // sorted by date
    std::vector<ValueItem> exchange;
    std::vector<Review> reviews;
    std::vector<Approval> approvals;  // in the order they were given
    std::vector<Conflict> conflicts;  // open decisions left by merges (core/merge), oldest first
    Stamp stamp;  // title and plan-level fields
    ExtraFields extra = nullptr;

    const Partner* find_partner(const Id& id) const;
    const Goal* find_goal(const Id& id) const;
    const Activity* find_activity(const Id& id) const;
    const Dimension* find_dimension(const Id& id) const;
    std::vector<const Goal*> children_of(const Id& parent) const;  // in plan order; "" = roots
};

// The default alignment dimensions (DESIGN.md), in display order: the labels of kDimensionTopics.
std::vector<std::string> default_dimension_names();

// A new, empty partnership: fresh ids, the default alignment dimensions (each with its topic),
// created now.
Plan new_plan(std::string title, IdSource& ids, Instant now);

// Words for people (reports, CLI, UI). The file format has its own tokens (core/io).
const char* label(GoalKind);
const char* label(GoalStatus);
const char* label(Direction);
const char* letter(Role);  // "R", "A", "C", "I", "" for None
const char* label(Role);   // "Responsible", ...
const char* label(DecisionMethod);
const char* label(RiskStatus);
const char* label(ValueFlow);
const char* label(ConflictKind);  // "Both changed", ...
const char* label(DimensionTopic);  // the default dimension's name: "Role clarity", ...

}  // namespace accord
