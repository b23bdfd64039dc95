// Reads a format-1 document into a Plan: every field type-checked, unknown fields kept.
// The field list here and in plan_writer.cpp is the schema; docs/plan-format.md describes it.
//
// Index of this file
// [SECTION] Partners and the shared vision
// [SECTION] Goal tree
// [SECTION] Roles and governance
// [SECTION] Alignment, risks, communication
// [SECTION] Exchange, reviews, approvals
// [SECTION] Plan
#include "core/io/plan_reader.hpp"

#include <algorithm>

#include "core/io/object_reader.hpp"

namespace accord::io {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Partners and the shared vision
//-----------------------------------------------------------------------------

Partner read_partner(ObjectReader& in) {
    Partner p;
    in.id("id", p.id);
    in.text("name", p.name);
    in.text("organisation", p.organisation);
    in.text("email", p.email);
    in.colour("colour", p.colour);
    in.text("strengths", p.strengths);
    in.text("resources", p.resources);
    in.text("limitations", p.limitations);
    in.text("expectations", p.expectations);
    in.texts("values", p.values);
    in.stamp(p.stamp);
    p.extra = in.unknown_fields();
    return p;
}

void read_vision(ObjectReader& in, Vision& v) {
    in.text("statement", v.statement);
    in.text("mission", v.mission);
    in.text("why", v.why);
    in.text("horizon", v.horizon);
    in.stamp(v.stamp);
    v.extra = in.unknown_fields();
}

Value read_value(ObjectReader& in) {
    Value v;
    in.id("id", v.id);
    in.text("name", v.name);
    in.text("meaning", v.meaning);
    in.references("endorsed_by", v.endorsed_by);
    in.stamp(v.stamp);
    v.extra = in.unknown_fields();
    return v;
}

GlossaryTerm read_term(ObjectReader& in) {
    GlossaryTerm t;
    in.id("id", t.id);
    in.text("term", t.term);
    in.text("definition", t.definition);
    in.references("agreed_by", t.agreed_by);
    in.flag("disputed", t.disputed);
    in.stamp(t.stamp);
    t.extra = in.unknown_fields();
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Goal tree
//-----------------------------------------------------------------------------

MetricReading read_reading(ObjectReader& in) {
    MetricReading r;
    in.date("date", r.date);
    in.number("value", r.value);
    in.text("note", r.note);
    r.extra = in.unknown_fields();
    return r;
}

void read_metric(ObjectReader& in, Metric& m) {
    in.text("unit", m.unit);
    in.number("baseline", m.baseline);
    in.number("target", m.target);
    in.number("current", m.current);
    in.choice("direction", m.direction);
    in.list("history", m.history, read_reading);
    // The model keeps readings in date order; a hand-edited file may not (equal dates keep theirs).
    std::stable_sort(m.history.begin(), m.history.end(),
                     [](const MetricReading& a, const MetricReading& b) { return a.date < b.date; });
    m.extra = in.unknown_fields();
}

Goal read_goal(ObjectReader& in) {
    Goal g;
    in.id("id", g.id);
    in.reference("parent", g.parent);
    in.choice("kind", g.kind);
    in.text("title", g.title);
    in.text("description", g.description);
    in.references("owners", g.owners);
    in.number("weight", g.weight);
    in.date("start", g.start);
    in.date("due", g.due);
    in.choice("status", g.status);
    in.number("confidence", g.confidence);
    Metric metric;
    if (in.object("metric", [&](ObjectReader& m) { read_metric(m, metric); })) g.metric = std::move(metric);
    in.stamp(g.stamp);
    g.extra = in.unknown_fields();
    return g;
}

//-----------------------------------------------------------------------------
// [SECTION] Roles and governance
//-----------------------------------------------------------------------------

RoleAssignment read_assignment(ObjectReader& in) {
    RoleAssignment a;
    in.reference("partner", a.partner);
    if (!in.field("role")) in.problems().add(in.path_of("role"), "is missing; an empty cell is left out of the list");
    in.choice("role", a.role);
    a.extra = in.unknown_fields();
    return a;
}

Activity read_activity(ObjectReader& in) {
    Activity a;
    in.id("id", a.id);
    in.text("name", a.name);
    in.text("area", a.area);
    in.reference("goal", a.goal);
    in.list("roles", a.roles, read_assignment);
    in.stamp(a.stamp);
    a.extra = in.unknown_fields();
    return a;
}

DecisionRule read_rule(ObjectReader& in) {
    DecisionRule r;
    in.id("id", r.id);
    in.text("area", r.area);
    in.choice("method", r.method);
    in.reference("lead", r.lead);
    in.text("notes", r.notes);
    in.stamp(r.stamp);
    r.extra = in.unknown_fields();
    return r;
}

Contact read_contact(ObjectReader& in) {
    Contact c;
    in.id("id", c.id);
    in.reference("partner", c.partner);
    in.text("name", c.name);
    in.text("role", c.role);
    in.text("email", c.email);
    in.text("phone", c.phone);
    in.stamp(c.stamp);
    c.extra = in.unknown_fields();
    return c;
}

EscalationStep read_step(ObjectReader& in) {
    EscalationStep s;
    in.id("id", s.id);
    in.text("who", s.who);
    in.whole("within_days", s.within_days);
    in.text("how", s.how);
    in.stamp(s.stamp);
    s.extra = in.unknown_fields();
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Alignment, risks, communication
//-----------------------------------------------------------------------------

Dimension read_dimension(ObjectReader& in) {
    Dimension d;
    in.id("id", d.id);
    in.text("name", d.name);
    in.text("description", d.description);
    DimensionTopic topic{};
    if (in.field("topic")) {
        in.choice("topic", topic);
        d.topic = topic;
    }
    in.stamp(d.stamp);
    d.extra = in.unknown_fields();
    return d;
}

Rating read_rating(ObjectReader& in) {
    Rating r;
    in.reference("dimension", r.dimension);
    in.reference("partner", r.partner);
    if (!in.field("score")) in.problems().add(in.path_of("score"), "is missing; a rating is a score from 1 to 5");
    in.whole("score", r.score);
    in.text("comment", r.comment);
    r.extra = in.unknown_fields();
    return r;
}

AssessmentRound read_round(ObjectReader& in) {
    AssessmentRound r;
    in.id("id", r.id);
    in.text("title", r.title);
    in.date("date", r.date);
    in.list("ratings", r.ratings, read_rating);
    in.stamp(r.stamp);
    r.extra = in.unknown_fields();
    return r;
}

Risk read_risk(ObjectReader& in) {
    Risk r;
    in.id("id", r.id);
    in.text("title", r.title);
    in.text("description", r.description);
    in.whole("likelihood", r.likelihood);
    in.whole("impact", r.impact);
    in.reference("owner", r.owner);
    in.text("trigger", r.trigger);
    in.text("contingency", r.contingency);
    in.choice("status", r.status);
    in.stamp(r.stamp);
    r.extra = in.unknown_fields();
    return r;
}

void read_communication(ObjectReader& in, Communication& c) {
    in.whole("cadence_days", c.cadence_days);
    in.texts("channels", c.channels);
    in.stamp(c.stamp);
    c.extra = in.unknown_fields();
}

Action read_action(ObjectReader& in) {
    Action a;
    in.text("text", a.text);
    in.reference("owner", a.owner);
    in.date("due", a.due);
    in.flag("done", a.done);
    a.extra = in.unknown_fields();
    return a;
}

CheckIn read_checkin(ObjectReader& in) {
    CheckIn c;
    in.id("id", c.id);
    in.date("date", c.date);
    in.references("attendees", c.attendees);
    in.text("notes", c.notes);
    in.texts("decisions", c.decisions);
    in.list("actions", c.actions, read_action);
    in.stamp(c.stamp);
    c.extra = in.unknown_fields();
    return c;
}

//-----------------------------------------------------------------------------
// [SECTION] Exchange, reviews, approvals
//-----------------------------------------------------------------------------

ValueItem read_value_item(ObjectReader& in) {
    ValueItem v;
    in.id("id", v.id);
    in.reference("partner", v.partner);
    in.choice("flow", v.flow);
    in.text("description", v.description);
    in.number("amount", v.amount);
    in.stamp(v.stamp);
    v.extra = in.unknown_fields();
    return v;
}

void read_scores(ObjectReader& in, ScoreSnapshot& s) {
    in.number("health", s.health);
    in.number("goal_progress", s.goal_progress);
    in.number("alignment", s.alignment);
    in.number("roles", s.roles);
    in.number("risk", s.risk);
    in.number("communication", s.communication);
    in.number("balance", s.balance);
    in.refuse_unknown_fields("the review scores",
                             "health, goal_progress, alignment, roles, risk, communication and balance");
}

Review read_review(ObjectReader& in) {
    Review r;
    in.id("id", r.id);
    in.date("date", r.date);
    in.text("title", r.title);
    in.text("notes", r.notes);
    in.text("adjustments", r.adjustments);
    in.object("scores", [&](ObjectReader& s) { read_scores(s, r.scores); });
    in.stamp(r.stamp);
    r.extra = in.unknown_fields();
    return r;
}

// {"goals/<id>": "<16 hex digits> <name>", ...}: the hash, then a space and the name, if any.
void read_digests(ObjectReader& in, std::map<std::string, ContentDigest>& out) {
    const nlohmann::json* parts = in.field("digests");
    if (!parts) return;
    if (!parts->is_object()) return in.wrong("digests", "an object of part digests", *parts);
    const std::string path = in.path_of("digests");
    for (const auto& [part, value] : parts->items()) {
        const std::string item_path = member_path(path, part);
        if (!value.is_string()) {
            in.problems().add(item_path, "expected a text: 16 hex digits, then a space and the name");
            continue;
        }
        const std::string& text = value.get_ref<const std::string&>();
        if (text.size() > kDigestHexDigits && text[kDigestHexDigits] != ' ') {
            in.problems().add(item_path, "expected 16 hex digits, then a space and the name");
            continue;
        }
        ContentDigest digest;
        digest.hash = text.substr(0, kDigestHexDigits);
        if (text.size() > kDigestHexDigits) digest.name = text.substr(kDigestHexDigits + 1);
        out.emplace(part, std::move(digest));
    }
}

Approval read_approval(ObjectReader& in) {
    Approval a;
    in.id("id", a.id);
    in.reference("partner", a.partner);
    if (!in.field("at")) in.problems().add(in.path_of("at"), "is missing; an approval records when it was given");
    in.instant("at", a.at);
    in.text("fingerprint", a.fingerprint);
    in.text("note", a.note);
    read_digests(in, a.digests);
    in.stamp(a.stamp);
    a.extra = in.unknown_fields();
    return a;
}

template <class T>
void sort_by_date(std::vector<T>& items) {
    std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.date < b.date; });
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Plan
//-----------------------------------------------------------------------------

Plan read_plan_v1(const nlohmann::json& document, ProblemList& problems) {
    Plan plan;
    ObjectReader in(document, "", problems);
    in.field("format");  // the envelope, checked before (migrations.cpp)
    in.field("version");
    in.id("id", plan.id);
    in.text("title", plan.title);
    in.instant("created", plan.created);
    in.instant("modified", plan.modified);
    in.whole("revision", plan.revision);
    if (plan.revision < 0) problems.add("revision", "must not be negative, got " + std::to_string(plan.revision));
    in.text("based_on", plan.based_on);
    in.stamp(plan.stamp);
    in.list("partners", plan.partners, read_partner);
    in.object("vision", [&](ObjectReader& v) { read_vision(v, plan.vision); });
    in.list("values", plan.values, read_value);
    in.list("glossary", plan.glossary, read_term);
    in.list("goals", plan.goals, read_goal);
    in.list("activities", plan.activities, read_activity);
    in.list("decision_rules", plan.decision_rules, read_rule);
    in.list("contacts", plan.contacts, read_contact);
    in.list("escalation", plan.escalation, read_step);
    in.list("dimensions", plan.dimensions, read_dimension);
    in.list("rounds", plan.rounds, read_round);
    in.list("risks", plan.risks, read_risk);
    in.object("communication", [&](ObjectReader& c) { read_communication(c, plan.communication); });
    in.list("checkins", plan.checkins, read_checkin);
    in.list("exchange", plan.exchange, read_value_item);
    in.list("reviews", plan.reviews, read_review);
    in.list("approvals", plan.approvals, read_approval);
    plan.extra = in.unknown_fields();
    // The model keeps rounds and check-ins in date order (scores compare "the previous round").
    sort_by_date(plan.rounds);
    sort_by_date(plan.checkins);
    return plan;
}

}  // namespace accord::io
