// Writes a Plan as the canonical format-1 document. Key order is the schema order below (the same
// as plan_reader.cpp and docs/plan-format.md); each entity's unknown fields follow its known ones,
// sorted by name. Optional values that are absent are written as null so every field is visible.
//
// Index of this file
// [SECTION] Common parts
// [SECTION] Entities, in the plan's order
// [SECTION] One part on its own
// [SECTION] Plan
#include "core/io/plan_writer.hpp"

#include <cstdio>

#include "core/io/plan_file.hpp"
#include "core/io/tokens.hpp"

namespace accord::io {
namespace {

using Doc = nlohmann::ordered_json;

//-----------------------------------------------------------------------------
// [SECTION] Common parts
//-----------------------------------------------------------------------------

// One member of an object being written. `value` is mutable so that object() can move it out of
// the initializer list, whose elements are otherwise const.
struct Member {
    const char* key;
    mutable Doc value;
};

// An object with these members, in this order. Doc's own initializer-list constructor appends them
// one by one to a vector it never reserves, and each time that vector grows it copies every member
// so far, nested lists and objects included (a member's key is const, so it cannot be moved): a
// fifth of the time an export took natively, and more in wasm, where each copy is calls to malloc.
Doc object(std::initializer_list<Member> members) {
    Doc out = Doc::object();
    auto& object = out.get_ref<Doc::object_t&>();
    object.reserve(members.size());
    for (const Member& member : members) object.emplace_back(member.key, std::move(member.value));
    return out;
}

Doc stamp(const Stamp& s) { return object({{"rev", s.rev}, {"by", s.by}}); }

Doc optional_date(const std::optional<Date>& d) { return d ? Doc(d->iso()) : Doc(nullptr); }

Doc colour(std::uint32_t rgb) {
    char text[8];
    std::snprintf(text, sizeof text, "#%06x", static_cast<unsigned>(rgb & 0xFFFFFF));
    return text;
}

Doc strings(const std::vector<std::string>& items) {
    Doc out = Doc::array();
    for (const auto& item : items) out.push_back(item);
    return out;
}

// A field name in `extra` that the schema also uses can only come from code, never from a file;
// the known field wins so that what is written reads back the same.
void append_unknown(Doc& object, const ExtraFields& extra) {
    if (!extra.is_object()) return;
    for (const auto& [key, value] : extra.items())
        if (!object.contains(key)) object[key] = Doc(value);
}

template <class T, class Write>
Doc list(const std::vector<T>& items, Write write) {
    Doc out = Doc::array();
    out.get_ref<Doc::array_t&>().reserve(items.size());
    for (const auto& item : items) out.push_back(write(item));
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Entities, in the plan's order
//-----------------------------------------------------------------------------

Doc partner(const Partner& p) {
    Doc o = object({{"id", p.id},
                    {"name", p.name},
                    {"organisation", p.organisation},
                    {"email", p.email},
                    {"colour", colour(p.colour)},
                    {"strengths", p.strengths},
                    {"resources", p.resources},
                    {"limitations", p.limitations},
                    {"expectations", p.expectations},
                    {"values", strings(p.values)},
                    {"stamp", stamp(p.stamp)}});
    append_unknown(o, p.extra);
    return o;
}

Doc vision(const Vision& v) {
    Doc o = object({{"statement", v.statement}, {"mission", v.mission}, {"why", v.why}, {"horizon", v.horizon},
                    {"stamp", stamp(v.stamp)}});
    append_unknown(o, v.extra);
    return o;
}

Doc shared_value(const Value& v) {
    Doc o = object({{"id", v.id}, {"name", v.name}, {"meaning", v.meaning}, {"endorsed_by", strings(v.endorsed_by)},
                    {"stamp", stamp(v.stamp)}});
    append_unknown(o, v.extra);
    return o;
}

Doc term(const GlossaryTerm& t) {
    Doc o = object({{"id", t.id},
                    {"term", t.term},
                    {"definition", t.definition},
                    {"agreed_by", strings(t.agreed_by)},
                    {"disputed", t.disputed},
                    {"stamp", stamp(t.stamp)}});
    append_unknown(o, t.extra);
    return o;
}

Doc reading(const MetricReading& r) {
    Doc o = object({{"date", r.date.iso()}, {"value", r.value}, {"note", r.note}});
    append_unknown(o, r.extra);
    return o;
}

Doc metric(const std::optional<Metric>& m) {
    if (!m) return nullptr;
    Doc o = object({{"unit", m->unit},
                    {"baseline", m->baseline},
                    {"target", m->target},
                    {"current", m->current},
                    {"direction", token(m->direction)},
                    {"history", list(m->history, reading)}});
    append_unknown(o, m->extra);
    return o;
}

Doc goal(const Goal& g) {
    Doc o = object({{"id", g.id},
                    {"parent", g.parent},
                    {"kind", token(g.kind)},
                    {"title", g.title},
                    {"description", g.description},
                    {"owners", strings(g.owners)},
                    {"weight", g.weight},
                    {"start", optional_date(g.start)},
                    {"due", optional_date(g.due)},
                    {"status", token(g.status)},
                    {"confidence", g.confidence},
                    {"metric", metric(g.metric)},
                    {"stamp", stamp(g.stamp)}});
    append_unknown(o, g.extra);
    return o;
}

Doc assignment(const RoleAssignment& a) {
    Doc o = object({{"partner", a.partner}, {"role", token(a.role)}});
    append_unknown(o, a.extra);
    return o;
}

Doc activity(const Activity& a) {
    Doc o = object({{"id", a.id},           {"name", a.name}, {"area", a.area}, {"goal", a.goal},
                    {"roles", list(a.roles, assignment)}, {"stamp", stamp(a.stamp)}});
    append_unknown(o, a.extra);
    return o;
}

Doc rule(const DecisionRule& r) {
    Doc o = object({{"id", r.id},     {"area", r.area},           {"method", token(r.method)},
                    {"lead", r.lead}, {"notes", r.notes},         {"stamp", stamp(r.stamp)}});
    append_unknown(o, r.extra);
    return o;
}

Doc contact(const Contact& c) {
    Doc o = object({{"id", c.id},       {"partner", c.partner}, {"name", c.name},          {"role", c.role},
                    {"email", c.email}, {"phone", c.phone},     {"stamp", stamp(c.stamp)}});
    append_unknown(o, c.extra);
    return o;
}

Doc step(const EscalationStep& s) {
    Doc o = object({{"id", s.id}, {"who", s.who}, {"within_days", s.within_days}, {"how", s.how},
                    {"stamp", stamp(s.stamp)}});
    append_unknown(o, s.extra);
    return o;
}

Doc dimension(const Dimension& d) {
    Doc o = object({{"id", d.id},
                    {"name", d.name},
                    {"description", d.description},
                    {"topic", d.topic ? Doc(token(*d.topic)) : Doc(nullptr)},
                    {"stamp", stamp(d.stamp)}});
    append_unknown(o, d.extra);
    return o;
}

Doc rating(const Rating& r) {
    Doc o = object({{"dimension", r.dimension}, {"partner", r.partner}, {"score", r.score}, {"comment", r.comment}});
    append_unknown(o, r.extra);
    return o;
}

Doc assessment_round(const AssessmentRound& r) {
    Doc o = object({{"id", r.id},
                    {"title", r.title},
                    {"date", r.date.iso()},
                    {"ratings", list(r.ratings, rating)},
                    {"stamp", stamp(r.stamp)}});
    append_unknown(o, r.extra);
    return o;
}

Doc risk(const Risk& r) {
    Doc o = object({{"id", r.id},
                    {"title", r.title},
                    {"description", r.description},
                    {"likelihood", r.likelihood},
                    {"impact", r.impact},
                    {"owner", r.owner},
                    {"trigger", r.trigger},
                    {"contingency", r.contingency},
                    {"status", token(r.status)},
                    {"stamp", stamp(r.stamp)}});
    append_unknown(o, r.extra);
    return o;
}

Doc communication(const Communication& c) {
    Doc o = object({{"cadence_days", c.cadence_days}, {"channels", strings(c.channels)}, {"stamp", stamp(c.stamp)}});
    append_unknown(o, c.extra);
    return o;
}

Doc action(const Action& a) {
    Doc o = object({{"text", a.text}, {"owner", a.owner}, {"due", optional_date(a.due)}, {"done", a.done}});
    append_unknown(o, a.extra);
    return o;
}

Doc checkin(const CheckIn& c) {
    Doc o = object({{"id", c.id},
                    {"date", c.date.iso()},
                    {"attendees", strings(c.attendees)},
                    {"notes", c.notes},
                    {"decisions", strings(c.decisions)},
                    {"actions", list(c.actions, action)},
                    {"stamp", stamp(c.stamp)}});
    append_unknown(o, c.extra);
    return o;
}

Doc value_item(const ValueItem& v) {
    Doc o = object({{"id", v.id},
                    {"partner", v.partner},
                    {"flow", token(v.flow)},
                    {"description", v.description},
                    {"amount", v.amount},
                    {"stamp", stamp(v.stamp)}});
    append_unknown(o, v.extra);
    return o;
}

// A figure with nothing to measure at the time is written as null.
Doc score(const std::optional<double>& value) { return value ? Doc(*value) : Doc(nullptr); }

Doc scores(const ScoreSnapshot& s) {
    return object({{"health", score(s.health)},     {"goal_progress", score(s.goal_progress)},
                   {"alignment", score(s.alignment)}, {"roles", score(s.roles)},
                   {"risk", score(s.risk)},           {"communication", score(s.communication)},
                   {"balance", score(s.balance)}});
}

Doc review(const Review& r) {
    Doc o = object({{"id", r.id},
                    {"date", r.date.iso()},
                    {"title", r.title},
                    {"notes", r.notes},
                    {"adjustments", r.adjustments},
                    {"scores", scores(r.scores)},
                    {"stamp", stamp(r.stamp)}});
    append_unknown(o, r.extra);
    return o;
}

// One line per part, "<16 hex digits> <name>" (the name and its space only when there is one),
// sorted by part name (the map's order) so the same approval always gives the same bytes.
Doc digests(const std::map<std::string, ContentDigest>& parts) {
    Doc out = Doc::object();
    for (const auto& [part, digest] : parts) out[part] = digest.name.empty() ? digest.hash : digest.hash + " " + digest.name;
    return out;
}

Doc approval(const Approval& a) {
    Doc o = object({{"id", a.id},
                    {"partner", a.partner},
                    {"at", format_instant(a.at)},
                    {"fingerprint", a.fingerprint},
                    {"note", a.note},
                    {"digests", digests(a.digests)},
                    {"stamp", stamp(a.stamp)}});
    append_unknown(o, a.extra);
    return o;
}

Doc conflict(const Conflict& c) {
    Doc o = object({{"id", c.id},
                    {"kind", token(c.kind)},
                    {"section", c.section},
                    {"entity", c.entity},
                    {"entity_name", c.entity_name},
                    {"field", c.field},
                    {"base", Doc(c.base)},
                    {"ours", Doc(c.ours)},
                    {"theirs", Doc(c.theirs)},
                    {"note", c.note},
                    {"ours_by", c.ours_by},
                    {"theirs_by", c.theirs_by},
                    {"found", format_instant(c.found)},
                    {"stamp", stamp(c.stamp)}});
    append_unknown(o, c.extra);
    return o;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] One part on its own
//-----------------------------------------------------------------------------

Doc part_to_json(const Partner& p) { return partner(p); }
Doc part_to_json(const Vision& v) { return vision(v); }
Doc part_to_json(const Value& v) { return shared_value(v); }
Doc part_to_json(const GlossaryTerm& t) { return term(t); }
Doc part_to_json(const Goal& g) { return goal(g); }
Doc part_to_json(const Activity& a) { return activity(a); }
Doc part_to_json(const DecisionRule& r) { return rule(r); }
Doc part_to_json(const Contact& c) { return contact(c); }
Doc part_to_json(const EscalationStep& s) { return step(s); }
Doc part_to_json(const Dimension& d) { return dimension(d); }
Doc part_to_json(const AssessmentRound& r) { return assessment_round(r); }
Doc part_to_json(const Risk& r) { return risk(r); }
Doc part_to_json(const Communication& c) { return communication(c); }
Doc part_to_json(const CheckIn& c) { return checkin(c); }
Doc part_to_json(const ValueItem& v) { return value_item(v); }
Doc part_to_json(const Review& r) { return review(r); }
Doc part_to_json(const Approval& a) { return approval(a); }
Doc part_to_json(const Conflict& c) { return conflict(c); }

//-----------------------------------------------------------------------------
// [SECTION] Plan
//-----------------------------------------------------------------------------

nlohmann::ordered_json plan_to_json(const Plan& plan) {
    Doc o = object({{"format", kFormatName},
                    {"version", kFormatVersion},
                    {"id", plan.id},
                    {"title", plan.title},
                    {"created", format_instant(plan.created)},
                    {"modified", format_instant(plan.modified)},
                    {"revision", plan.revision},
                    {"based_on", plan.based_on},
                    {"stamp", stamp(plan.stamp)},
                    {"partners", list(plan.partners, partner)},
                    {"vision", vision(plan.vision)},
                    {"values", list(plan.values, shared_value)},
                    {"glossary", list(plan.glossary, term)},
                    {"goals", list(plan.goals, goal)},
                    {"activities", list(plan.activities, activity)},
                    {"decision_rules", list(plan.decision_rules, rule)},
                    {"contacts", list(plan.contacts, contact)},
                    {"escalation", list(plan.escalation, step)},
                    {"dimensions", list(plan.dimensions, dimension)},
                    {"rounds", list(plan.rounds, assessment_round)},
                    {"risks", list(plan.risks, risk)},
                    {"communication", communication(plan.communication)},
                    {"checkins", list(plan.checkins, checkin)},
                    {"exchange", list(plan.exchange, value_item)},
                    {"reviews", list(plan.reviews, review)},
                    {"approvals", list(plan.approvals, approval)}});
    // Written only when a merge left decisions open, so that the files of every plan without
    // one (nearly all) keep their bytes.
    if (!plan.conflicts.empty()) o["conflicts"] = list(plan.conflicts, conflict);
    append_unknown(o, plan.extra);
    return o;
}

std::string export_plan(const Plan& plan) {
    return plan_to_json(plan).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace accord::io
