// Index of this file
// [SECTION] A portable random source
// [SECTION] Words
// [SECTION] Sections of the plan
// [SECTION] The plan
#include "core/sample/large_plan.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace accord {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] A portable random source
//-----------------------------------------------------------------------------

// splitmix64: tiny, fast, and its sequence is fixed by its definition, so a seed gives the same
// plan natively and in wasm (std::uniform_int_distribution differs between libstdc++ and libc++).
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }  // [0, 1)
    bool chance(double p) { return unit() < p; }
    // Rounded to two decimals so files stay readable and numbers print short.
    double amount(double lo, double hi) { return static_cast<double>(static_cast<long long>((lo + unit() * (hi - lo)) * 100)) / 100; }

    template <class T>
    const T& pick(const std::vector<T>& items) { return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))]; }

    // `count` distinct indices below `n`, in increasing order.
    std::vector<int> distinct(int n, int count) {
        std::vector<int> all(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) all[static_cast<std::size_t>(i)] = i;
        for (int i = 0; i < std::min(count, n); ++i) std::swap(all[static_cast<std::size_t>(i)], all[static_cast<std::size_t>(i + below(n - i))]);
        all.resize(static_cast<std::size_t>(std::min(count, n)));
        std::sort(all.begin(), all.end());
        return all;
    }

private:
    std::uint64_t state_;
};

//-----------------------------------------------------------------------------
// [SECTION] Words
//-----------------------------------------------------------------------------

// Names with letters beyond ASCII on purpose: every view and the file must carry them.
const std::vector<std::string> kOrganisations = {
    "Nordlicht Energie GmbH", "Wisła Grid Sp. z o.o.",  "Tartu Ülikool",          "Økologisk Kraft A/S",
    "Énergie Citoyenne SCIC", "Žilina Smart City s.r.o.", "Ørsted Lab",           "Município de Évora",
    "Kraków Tech Hub",        "Ströme & Netze AG",       "Cooperativa Solare Sàrl", "Helsingin Yhteisöenergia",
};
const std::vector<std::string> kAreas = {"Technology", "Finance", "Operations", "Community", "Regulation"};
const std::vector<std::string> kVerbs = {"Design", "Procure", "Install", "Test",    "Report on", "Review",
                                         "Negotiate", "Monitor", "Train staff for", "Publish"};
const std::vector<std::string> kThings = {"the battery system", "grid connection", "the tariff model",
                                          "member onboarding", "safety checks",    "the data platform",
                                          "funding claims",     "the site lease",   "community events",
                                          "the load forecast"};
const std::vector<std::string> kUnits = {"kWh", "%", "members", "EUR", "days", "sites", "MW"};
const std::vector<std::string> kRiskWords = {"Supplier delay", "Permit refusal", "Cost overrun", "Key staff leaves",
                                             "Grid fee change", "Cell degradation", "Low member uptake", "Data breach"};

std::string numbered(const std::string& text, int n) { return text + " " + std::to_string(n); }

Date plan_day(int offset) { return Date::from_ymd(2026, 1, 5)->plus_days(offset); }

// Texts made of several random picks. Each pick is its own statement: the operands of `+` are
// evaluated in an unspecified order (g++ and clang pick differently), which made the native and
// the wasm plan differ for the same seed.
std::string verb_thing(Random& random) {
    std::string verb = random.pick(kVerbs);
    return verb + " " + random.pick(kThings);
}

std::string why_it_matters(Random& random) {
    std::string thing = random.pick(kThings);
    return "Why it matters: " + thing + " is on the critical path for " + random.pick(kAreas) + ".";
}

std::string went_through(Random& random) {
    std::string first = random.pick(kThings);
    return "Went through " + first + " and " + random.pick(kThings) + ".";
}

Stamp stamp_of(Random& random, const Plan& plan, std::int64_t revision) {
    return Stamp{1 + random.below(static_cast<int>(revision)), random.pick(plan.partners).id};
}

std::vector<Id> some_partners(Random& random, const Plan& plan, int lo, int hi) {
    std::vector<Id> out;
    const int n = static_cast<int>(plan.partners.size());
    for (int index : random.distinct(n, std::min(n, random.between(lo, hi)))) out.push_back(plan.partners[static_cast<std::size_t>(index)].id);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Sections of the plan
//-----------------------------------------------------------------------------

void add_goals(Plan& plan, int count, Random& random, IdSource& ids, std::int64_t revision) {
    // Shape of a real tree: one anchor; about one objective per twelve goals; 40 % key results
    // under objectives; the rest initiatives under key results or objectives.
    const int objectives = std::max(1, count / 12);
    const int key_results = std::max(0, std::min(count - 1 - objectives, count * 2 / 5));
    std::vector<std::size_t> objective_at, key_result_at;
    for (int i = 0; i < count; ++i) {
        Goal g;
        g.id = ids.next();
        if (i == 0) {
            g.kind = GoalKind::VisionAnchor;
            g.title = "A community that owns its energy";
        } else if (i <= objectives) {
            g.kind = GoalKind::Objective;
            g.parent = plan.goals[0].id;
            g.title = numbered("Objective", i) + ": " + verb_thing(random);
        } else if (i <= objectives + key_results) {
            g.kind = GoalKind::KeyResult;
            g.parent = plan.goals[objective_at[static_cast<std::size_t>(random.below(static_cast<int>(objective_at.size())))]].id;
            g.title = numbered("Key result", i) + ": " + random.pick(kThings) + " reaches its target";
        } else {
            g.kind = GoalKind::Initiative;
            const auto& pool = key_result_at.empty() || random.chance(0.2) ? objective_at : key_result_at;
            g.parent = plan.goals[pool[static_cast<std::size_t>(random.below(static_cast<int>(pool.size())))]].id;
            g.title = numbered("Initiative", i) + ": " + verb_thing(random);
        }
        if (i > 0 && g.kind == GoalKind::Objective) objective_at.push_back(plan.goals.size());
        if (g.kind == GoalKind::KeyResult) key_result_at.push_back(plan.goals.size());
        g.description = random.chance(0.8) ? why_it_matters(random) : "";
        if (random.chance(0.95)) g.owners = some_partners(random, plan, 1, 2);
        g.weight = static_cast<double>(random.between(1, 3));
        const int start = random.below(300);
        g.start = plan_day(start);
        g.due = plan_day(start + random.between(30, 400));
        const GoalStatus statuses[] = {GoalStatus::NotStarted, GoalStatus::InProgress, GoalStatus::InProgress,
                                       GoalStatus::AtRisk, GoalStatus::Done, GoalStatus::Dropped};
        g.status = i == 0 ? GoalStatus::InProgress : statuses[random.below(6)];
        g.confidence = random.amount(0.2, 0.95);
        if (g.kind == GoalKind::KeyResult) {
            Metric m;
            m.unit = random.pick(kUnits);
            m.direction = random.chance(0.2) ? Direction::Decrease : Direction::Increase;
            if (m.direction == Direction::Increase) {
                m.baseline = random.amount(0, 100);
                m.target = m.baseline + random.amount(10, 500);
            } else {  // e.g. outage hours or cost per kWh: down, but never to or below zero
                m.baseline = random.amount(50, 150);
                m.target = m.baseline - random.amount(10, 45);
            }
            double value = m.baseline;
            const int readings = random.between(3, 8);
            for (int k = 0; k < readings; ++k) {
                value += (m.target - m.baseline) * random.amount(0, 0.25);
                m.history.push_back({plan_day(start + 30 * k), static_cast<double>(static_cast<long long>(value * 100)) / 100,
                                     random.chance(0.3) ? "measured at the monthly check-in" : ""});
            }
            m.current = m.history.back().value;
            g.metric = std::move(m);
        }
        g.stamp = stamp_of(random, plan, revision);
        plan.goals.push_back(std::move(g));
    }
}

void add_roles(Plan& plan, const LargePlanSpec& spec, Random& random, IdSource& ids, std::int64_t revision) {
    for (const std::string& area : kAreas) {
        DecisionRule rule;
        rule.id = ids.next();
        rule.area = area;
        rule.method = random.chance(0.5) ? DecisionMethod::Consensus : DecisionMethod::LeadDecides;
        if (rule.method == DecisionMethod::LeadDecides) rule.lead = random.pick(plan.partners).id;
        rule.notes = "Decisions on " + area + " are recorded in the check-in notes.";
        rule.stamp = stamp_of(random, plan, revision);
        plan.decision_rules.push_back(std::move(rule));
    }
    for (int i = 0; i < spec.activities; ++i) {
        Activity a;
        a.id = ids.next();
        a.name = verb_thing(random) + " (" + std::to_string(i + 1) + ")";
        a.area = random.pick(kAreas);
        if (random.chance(0.6)) a.goal = random.pick(plan.goals).id;
        // Mostly well formed (one A, an R or two), with the odd real-world slip left in.
        const int accountable = random.chance(0.9) ? random.below(static_cast<int>(plan.partners.size())) : -1;
        for (std::size_t p = 0; p < plan.partners.size(); ++p) {
            Role role;
            if (static_cast<int>(p) == accountable) {
                role = Role::Accountable;
            } else {
                const Role others[] = {Role::Responsible, Role::Consulted, Role::Informed, Role::None};
                role = others[random.below(4)];
            }
            if (role != Role::None) a.roles.push_back({plan.partners[p].id, role});
        }
        a.stamp = stamp_of(random, plan, revision);
        plan.activities.push_back(std::move(a));
    }
    for (const Partner& partner : plan.partners) {
        Contact c;
        c.id = ids.next();
        c.partner = partner.id;
        c.name = "Contact at " + partner.name;
        c.role = "Partnership lead";
        c.email = "lead@" + std::to_string(&partner - plan.partners.data() + 1) + ".example.org";
        c.stamp = stamp_of(random, plan, revision);
        plan.contacts.push_back(std::move(c));
    }
    const char* steps[] = {"Project leads", "Managing directors", "Steering board"};
    for (int i = 0; i < 3; ++i)
        plan.escalation.push_back({ids.next(), steps[i], 7 * (i + 1), "Call within the time given, then write it up",
                                   stamp_of(random, plan, revision)});
}

void add_alignment(Plan& plan, const LargePlanSpec& spec, Random& random, IdSource& ids, std::int64_t revision) {
    const auto names = default_dimension_names();
    for (int i = 0; i < spec.dimensions; ++i) {
        Dimension d;
        d.id = ids.next();
        d.name = i < static_cast<int>(names.size()) ? names[static_cast<std::size_t>(i)] : numbered("Dimension", i + 1);
        d.stamp = stamp_of(random, plan, revision);
        plan.dimensions.push_back(std::move(d));
    }
    for (int r = 0; r < spec.rounds; ++r) {
        AssessmentRound round;
        round.id = ids.next();
        round.title = numbered("Assessment round", r + 1);
        round.date = plan_day(45 * r);
        for (const Dimension& d : plan.dimensions)
            for (const Partner& p : plan.partners)
                round.ratings.push_back({d.id, p.id, random.between(1, 5),
                                         random.chance(0.15) ? "We should talk about this at the next check-in." : ""});
        round.stamp = stamp_of(random, plan, revision);
        plan.rounds.push_back(std::move(round));
    }
}

void add_risks_and_log(Plan& plan, const LargePlanSpec& spec, Random& random, IdSource& ids, std::int64_t revision) {
    for (int i = 0; i < spec.risks; ++i) {
        Risk r;
        r.id = ids.next();
        r.title = random.pick(kRiskWords) + " (" + std::to_string(i + 1) + ")";
        r.description = "Could hit " + random.pick(kThings) + ".";
        r.likelihood = random.between(1, 5);
        r.impact = random.between(1, 5);
        if (random.chance(0.8)) r.owner = random.pick(plan.partners).id;
        r.trigger = "Seen in the monthly report";
        if (random.chance(0.7)) r.contingency = "Fall back to the second supplier and re-plan the milestone.";
        const RiskStatus statuses[] = {RiskStatus::Open, RiskStatus::Mitigating, RiskStatus::Closed};
        r.status = statuses[random.below(3)];
        r.stamp = stamp_of(random, plan, revision);
        plan.risks.push_back(std::move(r));
    }
    plan.communication.channels = {"Video call", "Shared drive", "Email list"};
    for (int i = 0; i < spec.checkins; ++i) {
        CheckIn c;
        c.id = ids.next();
        c.date = plan_day(i * 3 / 2);
        c.attendees = some_partners(random, plan, 2, static_cast<int>(plan.partners.size()));
        c.notes = went_through(random);
        if (random.chance(0.5)) c.decisions.push_back("Agreed to " + verb_thing(random));
        const int actions = random.below(3);
        for (int k = 0; k < actions; ++k)
            c.actions.push_back({verb_thing(random), random.pick(plan.partners).id,
                                 c.date.plus_days(14), random.chance(0.6)});
        c.stamp = stamp_of(random, plan, revision);
        plan.checkins.push_back(std::move(c));
    }
}

void add_vision_and_exchange(Plan& plan, Random& random, IdSource& ids, std::int64_t revision) {
    plan.vision = {"Every household in the district shares in clean, affordable, locally stored power.",
                   "Build and run community batteries together, and share what we learn.",
                   "Alone none of us can finance, operate and study a grid-scale pilot.", "2030",
                   stamp_of(random, plan, revision)};
    const char* values[] = {"Openness", "Reliability", "Fairness", "Curiosity", "Care for the grid"};
    for (const char* name : values)
        plan.values.push_back({ids.next(), name, std::string(name) + " in everything we publish and decide.",
                               some_partners(random, plan, 1, static_cast<int>(plan.partners.size())),
                               stamp_of(random, plan, revision)});
    const char* terms[] = {"Community battery", "Peak shaving", "Member", "Flexibility", "Pilot", "Grid fee"};
    for (const char* term : terms)
        plan.glossary.push_back({ids.next(), term, std::string("What we mean by ") + term + ".",
                                 some_partners(random, plan, 1, static_cast<int>(plan.partners.size())),
                                 random.chance(0.2), stamp_of(random, plan, revision)});
    for (const Partner& partner : plan.partners)
        for (ValueFlow flow : {ValueFlow::Contributes, ValueFlow::Contributes, ValueFlow::Gains, ValueFlow::Gains})
            plan.exchange.push_back({ids.next(), partner.id, flow, random.pick(kThings), random.amount(1, 5),
                                     stamp_of(random, plan, revision)});
}

// One review after every second round, looking back on both.
void add_reviews(Plan& plan, Random& random, IdSource& ids, std::int64_t revision) {
    for (std::size_t i = 0; i + 1 < plan.rounds.size(); i += 2) {
        Review review;
        review.id = ids.next();
        review.date = plan.rounds[i + 1].date.plus_days(7);
        review.title = numbered("Review", static_cast<int>(i / 2 + 1));
        review.notes = "Looked at the dashboard together.";
        review.adjustments = "Re-planned two initiatives.";
        review.scores = {random.amount(40, 90), random.amount(0, 1),  random.amount(40, 90), random.amount(40, 90),
                         random.amount(40, 90), random.amount(40, 90), random.amount(40, 90)};
        review.stamp = stamp_of(random, plan, revision);
        plan.reviews.push_back(std::move(review));
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The plan
//-----------------------------------------------------------------------------

LargePlanSpec LargePlanSpec::benchmark() {
    LargePlanSpec spec;
    spec.partners = 8;
    spec.goals = 2400;
    spec.activities = 600;
    spec.dimensions = 10;
    spec.rounds = 12;
    spec.risks = 4000;
    spec.checkins = 2400;
    return spec;
}

Plan generate_large_plan(const LargePlanSpec& spec_in, std::uint64_t seed) {
    LargePlanSpec spec = spec_in;
    spec.partners = std::max(1, spec.partners);
    spec.goals = std::max(1, spec.goals);
    for (int* count : {&spec.activities, &spec.dimensions, &spec.rounds, &spec.risks, &spec.checkins})
        *count = std::max(0, *count);

    Random random(seed);
    IdSource ids(seed);
    Plan plan;
    plan.id = ids.next();
    plan.title = "Community storage network (generated, seed " + std::to_string(seed) + ")";
    plan.created = static_cast<Instant>(plan_day(0).days) * 86400000LL + 9 * 3600000LL;
    plan.modified = static_cast<Instant>(plan_day(320).days) * 86400000LL + 17 * 3600000LL;
    plan.revision = 1 + spec.goals + spec.activities + spec.risks + spec.checkins;

    for (int i = 0; i < spec.partners; ++i) {
        Partner p;
        p.id = ids.next();
        const std::string& organisation = kOrganisations[static_cast<std::size_t>(i) % kOrganisations.size()];
        p.name = i < static_cast<int>(kOrganisations.size()) ? organisation : numbered(organisation, i / static_cast<int>(kOrganisations.size()) + 1);
        p.organisation = organisation;
        p.email = "partners@" + std::to_string(i + 1) + ".example.org";
        p.colour = static_cast<std::uint32_t>(random.next() & 0xFFFFFF);
        p.strengths = "Knows " + random.pick(kThings);
        p.values = {"openness", "reliability"};
        plan.partners.push_back(std::move(p));
    }
    for (Partner& p : plan.partners) p.stamp = stamp_of(random, plan, plan.revision);
    plan.stamp = stamp_of(random, plan, plan.revision);

    add_vision_and_exchange(plan, random, ids, plan.revision);
    add_goals(plan, spec.goals, random, ids, plan.revision);
    add_roles(plan, spec, random, ids, plan.revision);
    add_alignment(plan, spec, random, ids, plan.revision);
    add_risks_and_log(plan, spec, random, ids, plan.revision);
    add_reviews(plan, random, ids, plan.revision);
    return plan;
}

}  // namespace accord
