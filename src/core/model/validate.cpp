#include "core/model/validate.hpp"

#include <array>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace accord {
namespace {

// Where a problem is, in the plan file's terms: "goals[3].owners[1]". Held as parts and spelled
// out only for a problem: every import, merge and edit validates a whole plan, and spelling out
// the path of every field of a valid 10,000-entity plan took three quarters of validate()'s time.
class Path {
public:
    explicit Path(std::string_view name) { add(name); }

    Path operator/(std::string_view name) const {  // goals[3] / "title" -> goals[3].title
        Path longer = *this;
        longer.add(name);
        return longer;
    }
    Path operator[](size_t index) const {  // goals[3]
        Path indexed = *this;
        indexed.parts_[indexed.size_ - 1].index = index;
        return indexed;
    }

    std::string text() const {
        std::string out;
        for (size_t k = 0; k < size_; ++k) {
            if (k) out += '.';
            out += parts_[k].name;
            if (parts_[k].index != kNoIndex) out += "[" + std::to_string(parts_[k].index) + "]";
        }
        return out;
    }

private:
    static constexpr size_t kNoIndex = static_cast<size_t>(-1);
    struct Part {
        std::string_view name;
        size_t index = kNoIndex;
    };
    void add(std::string_view name) { parts_[size_++] = {name, kNoIndex}; }

    std::array<Part, 4> parts_{};  // the deepest: approvals[i].digests.<part>.hash
    size_t size_ = 0;
};

// Tells whether a key was met before in one list (and remembers it). Owner, attendee and role
// lists hold a few partners: looking back over them costs less than filling a set, which only a
// long list (a crafted file) gets.
class Repeats {
public:
    explicit Repeats(size_t list_size) : short_list_(list_size <= kShortList) {}

    bool again(std::string_view key) {
        if (!short_list_) return !many_.insert(key).second;
        for (size_t k = 0; k < count_; ++k)
            if (few_[k] == key) return true;
        few_[count_++] = key;
        return false;
    }

private:
    static constexpr size_t kShortList = 16;
    bool short_list_;
    std::array<std::string_view, kShortList> few_;
    size_t count_ = 0;
    std::unordered_set<std::string_view> many_;
};

// Collects problems up to a limit.
class Checker {
public:
    Checker(const Plan& plan, size_t limit) : limit_(limit) {
        for (const auto& p : plan.partners) partners_.insert(p.id);
        goals_.reserve(plan.goals.size());
        for (size_t i = 0; i < plan.goals.size(); ++i) goals_.emplace(plan.goals[i].id, i);
        for (const auto& d : plan.dimensions) dimensions_.insert(d.id);
    }

    std::vector<Problem> take() { return std::move(problems_); }
    bool full() const { return problems_.size() >= limit_; }

    void fail(const Path& path, std::string message) {
        if (!full()) problems_.push_back({path.text(), std::move(message)});
    }

    template <class T>
    void ids_unique(const std::vector<T>& items, const char* collection) {
        std::unordered_set<std::string_view> seen;
        seen.reserve(items.size());
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty())
                fail(Path(collection)[i] / "id", "is empty");
            else if (!seen.insert(items[i].id).second)
                fail(Path(collection)[i] / "id", "'" + items[i].id + "' is used by another entry");
        }
    }

    void not_empty(const Path& path, const std::string& text) {
        if (text.empty()) fail(path, "must not be empty");
    }

    void partner_ref(const Path& path, const Id& id, bool optional) {
        if (id.empty()) {
            if (!optional) fail(path, "must name a partner");
        } else if (!partners_.count(id)) {
            fail(path, "refers to partner '" + id + "' which does not exist");
        }
    }

    void partner_list(const Path& path, const std::vector<Id>& ids) {
        Repeats repeats(ids.size());
        for (size_t i = 0; i < ids.size(); ++i) {
            partner_ref(path[i], ids[i], false);
            if (!ids[i].empty() && repeats.again(ids[i])) fail(path[i], "lists partner '" + ids[i] + "' twice");
        }
    }

    void finite(const Path& path, double v) {
        if (!std::isfinite(v)) fail(path, "must be a finite number");
    }

    void at_least(const Path& path, double v, double min) {
        if (!std::isfinite(v))
            fail(path, "must be a finite number");
        else if (v < min)
            fail(path, "must be at least " + number(min) + ", got " + number(v));
    }

    void in_range(const Path& path, double v, double lo, double hi) {
        if (!std::isfinite(v))
            fail(path, "must be a finite number");
        else if (v < lo || v > hi)
            fail(path, "must be between " + number(lo) + " and " + number(hi) + ", got " + number(v));
    }

    bool partner_known(const Id& id) const { return partners_.count(id) > 0; }
    bool goal_known(const Id& id) const { return goals_.count(id) > 0; }
    bool dimension_known(const Id& id) const { return dimensions_.count(id) > 0; }
    // Each goal's position by id (the first one, should two share an id).
    const std::unordered_map<std::string_view, size_t>& goal_index() const { return goals_; }

    static std::string number(double v) {
        if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
        std::string s = std::to_string(v);
        while (!s.empty() && s.back() == '0') s.pop_back();
        return s;
    }

private:
    size_t limit_;
    std::vector<Problem> problems_;
    std::unordered_set<std::string_view> partners_, dimensions_;
    std::unordered_map<std::string_view, size_t> goals_;
};

void check_partners(const Plan& plan, Checker& c) {
    c.ids_unique(plan.partners, "partners");
    for (size_t i = 0; i < plan.partners.size(); ++i) {
        const auto& p = plan.partners[i];
        const Path path = Path("partners")[i];
        c.not_empty(path / "name", p.name);
        if (p.colour > 0xFFFFFF) c.fail(path / "colour", "must be a colour 0xRRGGBB");
    }
}

void check_vision(const Plan& plan, Checker& c) {
    c.ids_unique(plan.values, "values");
    for (size_t i = 0; i < plan.values.size(); ++i) {
        const Path path = Path("values")[i];
        c.not_empty(path / "name", plan.values[i].name);
        c.partner_list(path / "endorsed_by", plan.values[i].endorsed_by);
    }
    c.ids_unique(plan.glossary, "glossary");
    for (size_t i = 0; i < plan.glossary.size(); ++i) {
        const Path path = Path("glossary")[i];
        c.not_empty(path / "term", plan.glossary[i].term);
        c.partner_list(path / "agreed_by", plan.glossary[i].agreed_by);
    }
}

void check_goals(const Plan& plan, Checker& c) {
    c.ids_unique(plan.goals, "goals");
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const auto& g = plan.goals[i];
        const Path path = Path("goals")[i];
        c.not_empty(path / "title", g.title);
        if (!g.parent.empty()) {
            if (g.parent == g.id)
                c.fail(path / "parent", "a goal cannot be its own parent");
            else if (!c.goal_known(g.parent))
                c.fail(path / "parent", "refers to goal '" + g.parent + "' which does not exist");
        }
        c.partner_list(path / "owners", g.owners);
        c.at_least(path / "weight", g.weight, 0);
        c.in_range(path / "confidence", g.confidence, 0, 1);
        if (g.start && g.due && *g.start > *g.due)
            c.fail(path / "start", "is after the due date (" + g.start->iso() + " > " + g.due->iso() + ")");
        if (g.metric) {
            const Path m = path / "metric";
            c.finite(m / "baseline", g.metric->baseline);
            c.finite(m / "target", g.metric->target);
            c.finite(m / "current", g.metric->current);
            for (size_t k = 0; k < g.metric->history.size(); ++k)
                c.finite((m / "history")[k] / "value", g.metric->history[k].value);
        }
    }
    // Cycles: walk up from each goal not yet known to reach a root, marking the path; meeting the
    // path again is a cycle. Every goal is walked once in all, so a long chain stays linear.
    const auto& index = c.goal_index();
    enum class Mark : unsigned char { Unvisited, OnPath, Done };
    std::vector<Mark> mark(plan.goals.size(), Mark::Unvisited);
    std::vector<size_t> path;
    for (size_t start = 0; start < plan.goals.size() && !c.full(); ++start) {
        path.clear();
        size_t at = start;
        bool cycle = false;
        while (mark[at] == Mark::Unvisited) {
            mark[at] = Mark::OnPath;
            path.push_back(at);
            const Goal& g = plan.goals[at];
            auto parent = index.find(g.parent);
            if (g.parent.empty() || parent == index.end()) break;
            at = parent->second;
            cycle = mark[at] == Mark::OnPath;
        }
        const bool self_loop = plan.goals[at].parent == plan.goals[at].id;  // reported above in its own words
        if (cycle && !self_loop) c.fail(Path("goals")[at] / "parent", "makes a cycle in the goal tree");
        for (size_t walked : path) mark[walked] = Mark::Done;
    }
}

void check_roles(const Plan& plan, Checker& c) {
    c.ids_unique(plan.activities, "activities");
    for (size_t i = 0; i < plan.activities.size(); ++i) {
        const auto& a = plan.activities[i];
        const Path path = Path("activities")[i];
        c.not_empty(path / "name", a.name);
        if (!a.goal.empty() && !c.goal_known(a.goal))
            c.fail(path / "goal", "refers to goal '" + a.goal + "' which does not exist");
        Repeats repeats(a.roles.size());
        for (size_t k = 0; k < a.roles.size(); ++k) {
            const Path item = (path / "roles")[k];
            c.partner_ref(item / "partner", a.roles[k].partner, false);
            if (a.roles[k].role == Role::None) c.fail(item / "role", "an empty role is not stored");
            if (repeats.again(a.roles[k].partner))
                c.fail(item / "partner", "partner '" + a.roles[k].partner + "' has two roles in this activity");
        }
    }
    c.ids_unique(plan.decision_rules, "decision_rules");
    for (size_t i = 0; i < plan.decision_rules.size(); ++i)
        c.partner_ref(Path("decision_rules")[i] / "lead", plan.decision_rules[i].lead, true);
    c.ids_unique(plan.contacts, "contacts");
    for (size_t i = 0; i < plan.contacts.size(); ++i)
        c.partner_ref(Path("contacts")[i] / "partner", plan.contacts[i].partner, false);
    c.ids_unique(plan.escalation, "escalation");
    for (size_t i = 0; i < plan.escalation.size(); ++i)
        c.at_least(Path("escalation")[i] / "within_days", plan.escalation[i].within_days, 0);
}

void check_alignment(const Plan& plan, Checker& c) {
    c.ids_unique(plan.dimensions, "dimensions");
    for (size_t i = 0; i < plan.dimensions.size(); ++i)
        c.not_empty(Path("dimensions")[i] / "name", plan.dimensions[i].name);
    c.ids_unique(plan.rounds, "rounds");
    for (size_t i = 0; i < plan.rounds.size(); ++i) {
        const auto& r = plan.rounds[i];
        std::unordered_set<std::string> seen;
        for (size_t k = 0; k < r.ratings.size(); ++k) {
            const auto& rating = r.ratings[k];
            const Path item = (Path("rounds")[i] / "ratings")[k];
            if (!c.dimension_known(rating.dimension))
                c.fail(item / "dimension", "refers to dimension '" + rating.dimension + "' which does not exist");
            c.partner_ref(item / "partner", rating.partner, false);
            c.in_range(item / "score", rating.score, 1, 5);
            if (!seen.insert(rating.dimension + "\n" + rating.partner).second)
                c.fail(item, "a second rating of the same dimension by the same partner");
        }
    }
}

void check_risks(const Plan& plan, Checker& c) {
    c.ids_unique(plan.risks, "risks");
    for (size_t i = 0; i < plan.risks.size(); ++i) {
        const auto& r = plan.risks[i];
        const Path path = Path("risks")[i];
        c.not_empty(path / "title", r.title);
        c.in_range(path / "likelihood", r.likelihood, 1, 5);
        c.in_range(path / "impact", r.impact, 1, 5);
        c.partner_ref(path / "owner", r.owner, true);
    }
}

void check_communication(const Plan& plan, Checker& c) {
    c.at_least(Path("communication") / "cadence_days", plan.communication.cadence_days, 1);
    c.ids_unique(plan.checkins, "checkins");
    for (size_t i = 0; i < plan.checkins.size(); ++i) {
        const auto& ci = plan.checkins[i];
        const Path path = Path("checkins")[i];
        c.partner_list(path / "attendees", ci.attendees);
        for (size_t k = 0; k < ci.actions.size(); ++k)
            c.partner_ref((path / "actions")[k] / "owner", ci.actions[k].owner, true);
    }
}

void check_exchange(const Plan& plan, Checker& c) {
    c.ids_unique(plan.exchange, "exchange");
    for (size_t i = 0; i < plan.exchange.size(); ++i) {
        const Path path = Path("exchange")[i];
        c.partner_ref(path / "partner", plan.exchange[i].partner, false);
        c.at_least(path / "amount", plan.exchange[i].amount, 0);
    }
    c.ids_unique(plan.reviews, "reviews");
}

void check_approvals(const Plan& plan, Checker& c) {
    c.ids_unique(plan.approvals, "approvals");
    for (size_t i = 0; i < plan.approvals.size(); ++i) {
        const auto& a = plan.approvals[i];
        const Path path = Path("approvals")[i];
        c.partner_ref(path / "partner", a.partner, false);
        const bool hex = a.fingerprint.size() == 64 &&
                         a.fingerprint.find_first_not_of("0123456789abcdef") == std::string::npos;
        if (!hex) c.fail(path / "fingerprint", "must be a SHA-256 digest in 64 lower-case hex digits");
        // Part names are not checked: a newer version may digest parts this one does not know,
        // and the comparison leaves those out (core/insights/agreement.cpp).
        for (const auto& [part, digest] : a.digests) {
            if (part.empty()) c.fail(path / "digests", "has a part without a name");
            const bool short_hex = digest.hash.size() == kDigestHexDigits &&
                                   digest.hash.find_first_not_of("0123456789abcdef") == std::string::npos;
            if (!short_hex) c.fail(path / "digests" / part / "hash", "must be 16 lower-case hex digits");
        }
    }
}

// Open conflicts name entities loosely on purpose: the entity may be renamed or removed after the
// merge, and the record still tells what the two sides had.
void check_conflicts(const Plan& plan, Checker& c) {
    c.ids_unique(plan.conflicts, "conflicts");
    for (size_t i = 0; i < plan.conflicts.size(); ++i)
        c.not_empty(Path("conflicts")[i] / "section", plan.conflicts[i].section);
}

}  // namespace

std::vector<Problem> validate(const Plan& plan, size_t limit) {
    Checker c(plan, limit);
    if (plan.id.empty()) c.fail(Path("id"), "is empty");
    check_partners(plan, c);
    check_vision(plan, c);
    check_goals(plan, c);
    check_roles(plan, c);
    check_alignment(plan, c);
    check_risks(plan, c);
    check_communication(plan, c);
    check_exchange(plan, c);
    check_approvals(plan, c);
    check_conflicts(plan, c);
    return c.take();
}

bool would_create_cycle(const Plan& plan, const Id& goal, const Id& new_parent) {
    // Walk up from the new parent: reaching `goal` means goal would become its own ancestor.
    Id walk = new_parent;
    for (size_t steps = 0; !walk.empty() && steps <= plan.goals.size(); ++steps) {
        if (walk == goal) return true;
        const Goal* g = plan.find_goal(walk);
        if (!g) return false;
        walk = g->parent;
    }
    return !walk.empty();  // a pre-existing loop above new_parent: refuse rather than extend it
}

}  // namespace accord
