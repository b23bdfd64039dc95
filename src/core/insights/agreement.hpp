#pragma once
// Agreement snapshots: partners approve a fingerprint of the plan's agreed content; the app tells
// which approvals still match the plan, each partner's latest approval, the last version every
// partner approved, and what changed since, entity by entity, on any partner's device (each
// approval carries a digest per part, so the old plan is not needed).
//
// The agreed content (docs/insights.md, "Agreement snapshots", lists it field by field) is the
// canonical plan document (io::plan_to_json) without
// - bookkeeping: format, version, created, modified, revision, based_on, every stamp;
// - what is about the content rather than part of it: approvals, open merge decisions (conflicts);
// - the records of what happened: assessment rounds (ratings), check-ins, reviews;
// - progress reports on goals: status, confidence, a metric's current value and its readings;
// - how the app draws a partner: its colour;
// with object keys sorted and empty values (text "", [], {}, null, false) left out, so a later
// version that adds a field, or knows a field this one keeps as unknown, gives the same
// fingerprint for the same content. The fingerprint is the SHA-256 of that document written as
// compact JSON (UTF-8, no spaces), in 64 lower-case hex digits.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/insights/entity_ref.hpp"
#include "core/model/ids.hpp"
#include "core/model/plan.hpp"

namespace accord::insights {

inline constexpr std::size_t kDigestNameMax = 80;    // code points of a name kept with a digest

// The agreed content as a JSON document (sorted keys, empty values left out).
nlohmann::json agreed_content(const Plan& plan);

// SHA-256 of agreed_content(plan), 64 lower-case hex digits.
std::string content_fingerprint(const Plan& plan);

// The content part by part, as an approval keeps it (Approval::digests): "plan" (the title, the
// plan's id and its unknown fields), "vision", "communication", one "<collection>/<id>" per
// entity of the agreed collections and one "<collection>" for the order of each non-empty one.
std::map<std::string, ContentDigest> content_digests(const Plan& plan);

// A partner's approval of the plan as it is now: a new id, the fingerprint and the digests. Add it
// with edits::add(plan, approval); approving does not change the fingerprint (approvals are not
// content), so the new approval is current.
Approval approve(const Plan& plan, const Id& partner, Instant at, std::string note, IdSource& ids);

enum class ChangeKind { Added, Changed, Removed, Reordered };

struct ContentChange {
    ChangeKind kind = ChangeKind::Changed;
    EntityRef entity;  // the entity; for Reordered the first entity kind of the collection, id ""
    std::string part;  // the digest's part name ("goals/3f2a...", "vision", "goals")
    std::string name;  // its name now, or when approved for a removed entity
};

// What changed between the digests of an approval and the plan now, in the plan's order (plan,
// partners, vision, values, glossary, goals, activities, decision rules, contacts, escalation,
// dimensions, risks, communication, exchange); removed entities after the others of their
// collection. A collection is Reordered when its order changed but no entity came or went. Parts
// this version does not know (from a newer one) are left out.
std::vector<ContentChange> changes_since(const std::map<std::string, ContentDigest>& approved, const Plan& plan);

struct ApprovalStatus {
    Id approval;
    Id partner;
    Instant at = 0;
    bool current = false;  // its fingerprint is the plan's fingerprint now; otherwise outdated
    bool has_digests = false;  // what changed since can be told
};

struct PartnerApproval {
    Id partner;
    std::optional<std::size_t> latest;  // position in AgreementState::approvals (the latest `at`)
    bool current = false;               // that approval is current
};

// A version every partner approved.
struct AgreedVersion {
    std::string fingerprint;
    Instant at = 0;               // when the last of the partners approved it
    std::vector<Id> approvals;    // each partner's earliest approval of it, plan order of partners
    bool current = false;         // it is the plan as it is now
};

struct AgreementState {
    std::string fingerprint;                 // of the plan now
    std::vector<ApprovalStatus> approvals;   // one per approval, in the plan's order
    std::vector<PartnerApproval> partners;   // one per partner, in plan order
    bool approved_by_all = false;            // every partner has approved the plan as it is now
    // The latest version every partner approved (the one whose last approval came latest); empty
    // when no version has been approved by all partners.
    std::optional<AgreedVersion> last_agreed;
    // What changed since last_agreed (empty when it is current, or there is none).
    std::vector<ContentChange> changes;
    bool changes_known = false;  // an approval of last_agreed carries digests to compare with
};

AgreementState agreement_state(const Plan& plan);

const char* label(ChangeKind kind);  // "Added", "Changed", "Removed", "Reordered"

}  // namespace accord::insights
