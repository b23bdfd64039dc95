// Agreement snapshots (agreement.hpp; docs/insights.md, "Agreement snapshots").
//
// Index of this file
// [SECTION] The agreed content
// [SECTION] Digests and approving
// [SECTION] What changed
// [SECTION] The state of agreement
#include "core/insights/agreement.hpp"

#include <algorithm>
#include <set>

#include "core/insights/sha256.hpp"
#include "core/io/plan_file.hpp"
#include "core/io/plan_writer.hpp"
#include "core/text/fold.hpp"

namespace accord::insights {
namespace {

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] The agreed content
//-----------------------------------------------------------------------------

// The agreed collections in the plan's order, with the field that names an entity.
struct CollectionPart {
    const char* key;
    EntityKind kind;
    const char* name_field;
};

constexpr CollectionPart kCollections[] = {
    {"partners", EntityKind::Partner, "name"},          {"values", EntityKind::Value, "name"},
    {"glossary", EntityKind::GlossaryTerm, "term"},     {"goals", EntityKind::Goal, "title"},
    {"activities", EntityKind::Activity, "name"},       {"decision_rules", EntityKind::DecisionRule, "area"},
    {"contacts", EntityKind::Contact, "name"},          {"escalation", EntityKind::EscalationStep, "who"},
    {"dimensions", EntityKind::Dimension, "name"},      {"risks", EntityKind::Risk, "title"},
    {"exchange", EntityKind::ValueItem, "description"},
};

// Top-level fields that are not content (the collections of records are listed here too).
constexpr const char* kNotContent[] = {"format",  "version", "created",  "modified", "revision", "based_on",
                                       "stamp",   "approvals", "conflicts", "rounds",  "checkins", "reviews"};

const CollectionPart* collection_named(const std::string& key) {
    for (const CollectionPart& c : kCollections)
        if (key == c.key) return &c;
    return nullptr;
}

// Leaves out "", [], {}, null and false from every object, innermost first; list entries stay
// (their position is content).
void prune(json& value) {
    if (value.is_array()) {
        for (json& item : value) prune(item);
        return;
    }
    if (!value.is_object()) return;
    for (auto it = value.begin(); it != value.end();) {
        prune(*it);
        const json& v = *it;
        const bool empty = v.is_null() || (v.is_boolean() && !v.get<bool>()) || (v.is_string() && v.get_ref<const std::string&>().empty()) ||
                           ((v.is_array() || v.is_object()) && v.empty());
        it = empty ? value.erase(it) : std::next(it);
    }
}

std::string short_hash(const json& value) {
    return sha256_hex(value.dump(-1, ' ', false, json::error_handler_t::replace)).substr(0, kDigestHexDigits);
}

std::string clipped(const std::string& name) {
    std::vector<char32_t> points = text::decode(name);
    if (points.size() <= kDigestNameMax) return name;
    points.resize(kDigestNameMax - 1);
    points.push_back(U'\u2026');
    return text::encode(points);
}

std::string name_in(const json& entity, const char* field) {
    const auto it = entity.find(field);
    return it != entity.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A digest part -> the entity it names; false for a part this version does not know.
bool entity_of(const std::string& part, EntityRef& ref) {
    if (part == "plan") return ref = {EntityKind::Plan, ""}, true;
    if (part == "vision") return ref = {EntityKind::Vision, ""}, true;
    if (part == "communication") return ref = {EntityKind::Communication, ""}, true;
    const std::size_t slash = part.find('/');
    const CollectionPart* c = collection_named(part.substr(0, slash));
    if (!c) return false;
    ref = {c->kind, slash == std::string::npos ? "" : part.substr(slash + 1)};
    return true;
}

template <class T>
json parts_of(const std::vector<T>& entities) {
    json out = json::array();
    for (const T& entity : entities) out.push_back(json(io::part_to_json(entity)));
    return out;
}

bool is_content_key(const std::string& key) {
    return std::none_of(std::begin(kNotContent), std::end(kNotContent), [&](const char* k) { return key == k; });
}

}  // namespace

// The plan's document without what is not content (plan_to_json, then kNotContent left out), built
// from the content parts alone: the records (rounds, check-ins, reviews, approvals) are most of a
// large plan and were written only to be erased, on every edit (the dashboard's agreement state).
// json sorts its keys, so the order parts are added in does not change a byte.
json agreed_content(const Plan& plan) {
    json doc = json::object();
    doc["id"] = plan.id;
    doc["title"] = plan.title;
    doc["partners"] = parts_of(plan.partners);
    doc["vision"] = json(io::part_to_json(plan.vision));
    doc["values"] = parts_of(plan.values);
    doc["glossary"] = parts_of(plan.glossary);
    doc["goals"] = parts_of(plan.goals);
    doc["activities"] = parts_of(plan.activities);
    doc["decision_rules"] = parts_of(plan.decision_rules);
    doc["contacts"] = parts_of(plan.contacts);
    doc["escalation"] = parts_of(plan.escalation);
    doc["dimensions"] = parts_of(plan.dimensions);
    doc["risks"] = parts_of(plan.risks);
    doc["communication"] = json(io::part_to_json(plan.communication));
    doc["exchange"] = parts_of(plan.exchange);
    // Unknown top-level fields, as the writer appends them (a field the schema uses wins).
    if (plan.extra.is_object())
        for (const auto& [key, value] : plan.extra.items())
            if (is_content_key(key) && !doc.contains(key)) doc[key] = value;
    for (const char* single : {"vision", "communication"})
        if (doc.contains(single)) doc[single].erase("stamp");
    for (const CollectionPart& c : kCollections)
        for (json& entity : doc[c.key]) entity.erase("stamp");
    for (json& partner : doc["partners"]) partner.erase("colour");
    for (json& goal : doc["goals"]) {
        goal.erase("status");
        goal.erase("confidence");
        if (goal["metric"].is_object()) {
            goal["metric"].erase("current");
            goal["metric"].erase("history");
        }
    }
    prune(doc);
    return doc;
}

std::string content_fingerprint(const Plan& plan) {
    return sha256_hex(agreed_content(plan).dump(-1, ' ', false, json::error_handler_t::replace));
}

//-----------------------------------------------------------------------------
// [SECTION] Digests and approving
//-----------------------------------------------------------------------------

std::map<std::string, ContentDigest> content_digests(const Plan& plan) {
    json doc = agreed_content(plan);
    std::map<std::string, ContentDigest> parts;
    for (const CollectionPart& c : kCollections) {
        auto found = doc.find(c.key);
        if (found == doc.end()) continue;
        json order = json::array();
        for (const json& entity : *found) {
            const std::string id = name_in(entity, "id");
            order.push_back(id);
            parts[std::string(c.key) + "/" + id] = {short_hash(entity), clipped(name_in(entity, c.name_field))};
        }
        parts[c.key] = {short_hash(order), ""};
        doc.erase(found);
    }
    for (const char* single : {"vision", "communication"}) {
        auto found = doc.find(single);
        if (found == doc.end()) continue;
        parts[single] = {short_hash(*found), ""};
        doc.erase(found);
    }
    parts["plan"] = {short_hash(doc), clipped(plan.title)};
    return parts;
}

Approval approve(const Plan& plan, const Id& partner, Instant at, std::string note, IdSource& ids) {
    Approval a;
    a.id = ids.next();
    a.partner = partner;
    a.at = at;
    a.fingerprint = content_fingerprint(plan);
    a.note = std::move(note);
    a.digests = content_digests(plan);
    return a;
}

//-----------------------------------------------------------------------------
// [SECTION] What changed
//-----------------------------------------------------------------------------

std::vector<ContentChange> changes_since(const std::map<std::string, ContentDigest>& approved, const Plan& plan) {
    const std::map<std::string, ContentDigest> now = content_digests(plan);
    std::vector<ContentChange> changes;
    const auto compare = [&](const std::string& part, const std::string& name_now) {
        EntityRef ref;
        if (!entity_of(part, ref)) return;
        const auto before = approved.find(part);
        const auto after = now.find(part);
        if (before == approved.end() && after != now.end())
            changes.push_back({ChangeKind::Added, ref, part, name_now});
        else if (before != approved.end() && after == now.end())
            changes.push_back({ChangeKind::Removed, ref, part, before->second.name});
        else if (before != approved.end() && before->second.hash != after->second.hash)
            changes.push_back({ChangeKind::Changed, ref, part, name_now});
    };

    compare("plan", plan.title);
    const auto collection = [&](const CollectionPart& c, const auto& entities, auto name) {
        const std::string prefix = std::string(c.key) + "/";
        const size_t first = changes.size();
        std::set<std::string> seen;
        for (const auto& entity : entities) {
            seen.insert(prefix + entity.id);
            compare(prefix + entity.id, name(entity));
        }
        for (auto it = approved.lower_bound(prefix); it != approved.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
            if (!seen.count(it->first)) compare(it->first, "");
        const auto order_before = approved.find(c.key);
        const auto order_now = now.find(c.key);
        const bool membership_same = changes.size() == first ||
                                     std::none_of(changes.begin() + static_cast<long>(first), changes.end(), [](const ContentChange& ch) {
                                         return ch.kind == ChangeKind::Added || ch.kind == ChangeKind::Removed;
                                     });
        if (membership_same && order_before != approved.end() && order_now != now.end() &&
            order_before->second.hash != order_now->second.hash)
            changes.push_back({ChangeKind::Reordered, {c.kind, ""}, c.key, ""});
    };
    collection(kCollections[0], plan.partners, [](const Partner& p) { return p.name; });
    compare("vision", "Vision");
    collection(kCollections[1], plan.values, [](const Value& v) { return v.name; });
    collection(kCollections[2], plan.glossary, [](const GlossaryTerm& t) { return t.term; });
    collection(kCollections[3], plan.goals, [](const Goal& g) { return g.title; });
    collection(kCollections[4], plan.activities, [](const Activity& a) { return a.name; });
    collection(kCollections[5], plan.decision_rules, [](const DecisionRule& r) { return r.area; });
    collection(kCollections[6], plan.contacts, [](const Contact& c) { return c.name; });
    collection(kCollections[7], plan.escalation, [](const EscalationStep& s) { return s.who; });
    collection(kCollections[8], plan.dimensions, [](const Dimension& d) { return d.name; });
    collection(kCollections[9], plan.risks, [](const Risk& r) { return r.title; });
    compare("communication", "Communication");
    collection(kCollections[10], plan.exchange, [](const ValueItem& v) { return v.description; });
    return changes;
}

//-----------------------------------------------------------------------------
// [SECTION] The state of agreement
//-----------------------------------------------------------------------------

AgreementState agreement_state(const Plan& plan) {
    AgreementState s;
    s.fingerprint = content_fingerprint(plan);
    for (const Approval& a : plan.approvals)
        s.approvals.push_back({a.id, a.partner, a.at, a.fingerprint == s.fingerprint, !a.digests.empty()});

    for (const Partner& p : plan.partners) {
        PartnerApproval pa{p.id, std::nullopt, false};
        for (std::size_t i = 0; i < plan.approvals.size(); ++i)
            if (plan.approvals[i].partner == p.id && (!pa.latest || plan.approvals[i].at >= plan.approvals[*pa.latest].at))
                pa.latest = i;
        pa.current = pa.latest && s.approvals[*pa.latest].current;
        s.partners.push_back(pa);
    }
    s.approved_by_all = !s.partners.empty() &&
                        std::all_of(s.partners.begin(), s.partners.end(), [](const PartnerApproval& p) { return p.current; });

    // A version is agreed once each partner has approved it; it counts from the moment the last
    // of them did (each partner's earliest approval of it).
    std::vector<std::string> versions;
    for (const Approval& a : plan.approvals)
        if (std::find(versions.begin(), versions.end(), a.fingerprint) == versions.end()) versions.push_back(a.fingerprint);
    for (const std::string& version : versions) {
        AgreedVersion v{version, 0, {}, version == s.fingerprint};
        bool everyone = !plan.partners.empty();
        for (const Partner& p : plan.partners) {
            const Approval* first = nullptr;
            for (const Approval& a : plan.approvals)
                if (a.partner == p.id && a.fingerprint == version && (!first || a.at < first->at)) first = &a;
            if (!first) {
                everyone = false;
                break;
            }
            v.approvals.push_back(first->id);
            v.at = std::max(v.at, first->at);
        }
        if (everyone && (!s.last_agreed || v.at > s.last_agreed->at || (v.at == s.last_agreed->at && v.current)))
            s.last_agreed = std::move(v);
    }

    if (!s.last_agreed || s.last_agreed->current) {
        s.changes_known = s.last_agreed.has_value();
        return s;
    }
    // Any approval of that version will do: they all describe the same content.
    for (const Approval& a : plan.approvals)
        if (a.fingerprint == s.last_agreed->fingerprint && !a.digests.empty()) {
            s.changes = changes_since(a.digests, plan);
            s.changes_known = true;
            break;
        }
    return s;
}

const char* label(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::Added: return "Added";
        case ChangeKind::Changed: return "Changed";
        case ChangeKind::Removed: return "Removed";
        case ChangeKind::Reordered: return "Reordered";
    }
    return "";
}

}  // namespace accord::insights
