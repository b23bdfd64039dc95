// Merge properties over many generated plan pairs (docs/merge.md, "What is guaranteed"): a base
// plan from core/sample, two copies edited apart by random edits made through the app's commands
// (renames, removals, additions, goal moves, ratings, owners, approvals...), merged both ways.
// The seed is fixed, so a failure is reproducible: the pair's number is in the message.
//
// Index of this file
// [SECTION] Generated plans and edits
// [SECTION] Comparing plans
// [SECTION] No edit is lost
// [SECTION] The properties
#include "merge_helpers.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <set>

#include "core/sample/large_plan.hpp"

using namespace accord;
using namespace accord::test;
using merge::Choice;
using merge::Decision;
using Doc = nlohmann::ordered_json;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Generated plans and edits
//-----------------------------------------------------------------------------

constexpr int kPairs = 200;
constexpr std::uint64_t kSeed = 20261123;

// splitmix64: the same numbers on every platform.
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
};

Plan small_generated(std::uint64_t seed) {
    LargePlanSpec spec;
    spec.partners = 3;
    spec.goals = 16;
    spec.activities = 4;
    spec.dimensions = 3;
    spec.rounds = 2;
    spec.risks = 6;
    spec.checkins = 3;
    return generate_large_plan(spec, seed);
}

template <class T>
const T& pick(const std::vector<T>& items, Rng& rng) {
    return items[rng.below(items.size())];
}

// One random edit; refused edits (a move into its own subtree...) are simply skipped.
void random_edit(Plan& plan, Rng& rng, const EditContext& who, int serial) {
    if (plan.goals.empty() || plan.partners.empty()) return;  // a removal took them all
    History history;
    const std::string tag = who.author + "-" + std::to_string(serial);
    Transaction t;
    switch (rng.below(12)) {
        case 0: {  // rename a goal
            Goal g = pick(plan.goals, rng);
            g.title = "Goal " + tag;
            t = edits::update(plan, g);
            break;
        }
        case 1: {  // change a goal's confidence
            Goal g = pick(plan.goals, rng);
            g.confidence = static_cast<double>(rng.below(11)) / 10.0;
            t = edits::update(plan, g);
            break;
        }
        case 2: {  // change a risk
            if (plan.risks.empty()) return;
            Risk r = pick(plan.risks, rng);
            r.likelihood = 1 + static_cast<int>(rng.below(5));
            t = edits::update(plan, r);
            break;
        }
        case 3:  // remove a risk
            if (plan.risks.empty()) return;
            t = edits::remove<Risk>(plan, pick(plan.risks, rng).id);
            break;
        case 4: {  // add a goal below another
            Goal g;
            g.id = "goal-" + tag;
            g.title = "New " + tag;
            g.parent = pick(plan.goals, rng).id;
            t = edits::add(plan, g);
            break;
        }
        case 5:  // move a goal
            t = edits::move_goal(plan, pick(plan.goals, rng).id, pick(plan.goals, rng).id);
            break;
        case 6: {  // rate
            if (plan.rounds.empty() || plan.dimensions.empty()) return;
            const AssessmentRound& round = pick(plan.rounds, rng);
            const Id dimension = pick(plan.dimensions, rng).id;
            const Id partner = pick(plan.partners, rng).id;
            const Rating* was = round.find(dimension, partner);
            t = edits::set_rating(plan, round.id, dimension, partner, 1 + static_cast<int>(rng.below(5)),
                                  was ? was->comment : std::string());
            break;
        }
        case 7:  // remove a goal, with its sub-goals
            if (plan.goals.size() < 3) return;
            t = edits::remove<Goal>(plan, pick(plan.goals, rng).id);
            break;
        case 8: {  // add an owner
            Goal g = pick(plan.goals, rng);
            const Id partner = pick(plan.partners, rng).id;
            if (std::find(g.owners.begin(), g.owners.end(), partner) != g.owners.end()) return;
            g.owners.push_back(partner);
            t = edits::update(plan, g);
            break;
        }
        case 9: {  // approve
            Approval a;
            a.id = "approval-" + tag;
            a.partner = pick(plan.partners, rng).id;
            a.at = who.now + serial;
            a.fingerprint = std::string(64, "0123456789abcdef"[rng.below(16)]);
            t = edits::add(plan, a);
            break;
        }
        case 10: {  // the vision
            Vision v = plan.vision;
            v.statement = "Vision " + tag;
            t = edits::set_vision(plan, v);
            break;
        }
        default:  // remove a partner (rarely: it takes much with it)
            if (plan.partners.size() < 3 || rng.below(3) != 0) return;
            t = edits::remove<Partner>(plan, pick(plan.partners, rng).id);
            break;
    }
    history.apply(plan, std::move(t), who);
}

Plan edited(const Plan& base, Rng& rng, const EditContext& who) {
    Plan plan = base;
    const int count = 1 + static_cast<int>(rng.below(6));
    for (int i = 0; i < count; ++i) random_edit(plan, rng, who, i);
    return plan;
}

//-----------------------------------------------------------------------------
// [SECTION] Comparing plans
//-----------------------------------------------------------------------------

// A plan's content with every list sorted: where both sides added entries at the same place, which
// comes first depends on which side is "ours" (docs/merge.md); nothing else may.
Doc sorted_lists(Doc doc) {
    if (doc.is_object()) {
        for (auto& item : doc.items()) item.value() = sorted_lists(item.value());
    } else if (doc.is_array()) {
        for (Doc& item : doc) item = sorted_lists(item);
        std::sort(doc.begin(), doc.end(), [](const Doc& a, const Doc& b) { return a.dump() < b.dump(); });
    }
    return doc;
}

std::string unordered_content(const Plan& plan) { return sorted_lists(Doc::parse(content(plan))).dump(1); }

// Where two plans' contents part (a few lines of each), for a readable failure.
std::string difference(const std::string& a, const std::string& b) {
    std::size_t at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
    const std::size_t from = a.rfind('\n', at > 300 ? at - 300 : 0);
    const std::size_t start = from == std::string::npos ? 0 : from;
    return "one:\n" + a.substr(start, 600) + "\nother:\n" + b.substr(start, 600);
}

std::vector<Decision> all(const merge::MergeResult& result, Choice choice) {
    std::vector<Decision> out;
    for (const Conflict& c : result.conflicts) out.push_back({c.id, choice, nullptr});
    return out;
}

Plan decided(const merge::MergeResult& result, Choice choice) {
    merge::Resolution r = merge::resolve(result, all(result, choice));
    INFO((r.problems.empty() ? std::string() : r.problems.front().text()));
    REQUIRE(r.ok());
    return *r.plan;
}

//-----------------------------------------------------------------------------
// [SECTION] No edit is lost
//-----------------------------------------------------------------------------

// Entities by section and id, as the plan file writes them, stamps left out.
using Index = std::map<std::string, std::map<std::string, Doc>>;

Index index_of(const Plan& plan) {
    Index out;
    Doc doc = io::plan_to_json(plan);
    for (auto& [key, value] : doc.items()) {
        if (value.is_array()) {
            for (Doc item : value) {
                if (!item.is_object() || !item.contains("id")) continue;
                item.erase("stamp");
                out[key][item["id"].get<std::string>()] = item;
            }
        } else if (key == "vision" || key == "communication") {
            value.erase("stamp");
            out[key][""] = value;
        }
    }
    out.erase("conflicts");
    return out;
}

// Does `merged` keep the change from `before` to `after`? Objects field by field, lists of
// texts as sets (each added text there, each removed one gone), other values whole.
bool keeps(const Doc& before, const Doc& after, const Doc& merged) {
    if (after.is_object() && (before.is_object() || before.is_null()) && merged.is_object()) {
        std::set<std::string> keys;
        for (const auto& item : after.items()) keys.insert(item.key());
        if (before.is_object())
            for (const auto& item : before.items()) keys.insert(item.key());
        for (const std::string& key : keys) {
            const Doc b = before.is_object() && before.contains(key) ? before[key] : Doc();
            const Doc a = after.contains(key) ? after[key] : Doc();
            if (a == b) continue;
            if (!keeps(b, a, merged.contains(key) ? merged[key] : Doc())) return false;
        }
        return true;
    }
    if (after.is_array() && (before.is_array() || before.is_null()) && merged.is_array()) {
        auto has = [](const Doc& list, const Doc& x) {
            return list.is_array() && std::find(list.begin(), list.end(), x) != list.end();
        };
        for (const Doc& x : after)
            if (!has(before, x) && !has(merged, x)) return false;
        if (before.is_array())
            for (const Doc& x : before)
                if (!has(after, x) && has(merged, x)) return false;
        return true;
    }
    return after == merged;
}

struct Stats {
    int pairs = 0, conflicts = 0, clean = 0, edits_checked = 0, covered_by_conflicts = 0, decided_later = 0;
};

// Every entity one side changed, added or removed is, in the merged plan, as that side left it
// (field by field), or a conflict speaks of it: the entity itself, a goal above it, or an entity
// its record names (a removed partner it refers to).
void check_nothing_lost(const Plan& base, const Plan& side, const merge::MergeResult& result, Stats& stats) {
    const Index b = index_of(base), s = index_of(side), m = index_of(result.plan);
    std::set<std::string> conflicted;
    for (const Conflict& c : result.conflicts) conflicted.insert(c.entity);
    std::map<std::string, std::string> parent_in_base, parent_in_side;
    for (const Goal& g : base.goals) parent_in_base[g.id] = g.parent;
    for (const Goal& g : side.goals) parent_in_side[g.id] = g.parent;
    auto covered = [&](const std::string& section, const std::string& id, const Doc& before, const Doc& after) {
        if (conflicted.count(id)) return true;
        if (section == "goals")
            for (const auto* parents : {&parent_in_base, &parent_in_side})
                for (std::string at = id, steps; parents->count(at) && steps.size() < 100; steps += '.') {
                    at = parents->at(at);
                    if (conflicted.count(at)) return true;
                }
        const std::string text = before.dump() + after.dump();
        // A goal it refers to (an activity's goal) is in a conflict, or under one.
        for (const auto* parents : {&parent_in_base, &parent_in_side})
            for (const auto& [goal, parent] : *parents) {
                if (text.find('"' + goal + '"') == std::string::npos) continue;
                for (std::string at = goal, steps; !at.empty() && steps.size() < 100; steps += '.') {
                    if (conflicted.count(at)) return true;
                    if (!parents->count(at)) break;
                    at = parents->at(at);
                }
            }
        for (const std::string& other : conflicted)
            if (!other.empty() && text.find('"' + other + '"') != std::string::npos) return true;
        return false;
    };
    std::set<std::string> sections;
    for (const auto& [key, _] : b) sections.insert(key);
    for (const auto& [key, _] : s) sections.insert(key);
    for (const std::string& section : sections) {
        std::set<std::string> ids;
        auto collect = [&](const Index& index) {
            if (const auto it = index.find(section); it != index.end())
                for (const auto& [id, _] : it->second) ids.insert(id);
        };
        collect(b);
        collect(s);
        auto get = [&](const Index& index, const std::string& id) {
            const auto it = index.find(section);
            if (it == index.end()) return Doc();
            const auto e = it->second.find(id);
            return e == it->second.end() ? Doc() : e->second;
        };
        for (const std::string& id : ids) {
            const Doc before = get(b, id), after = get(s, id), merged = get(m, id);
            if (before == after) continue;
            ++stats.edits_checked;
            if (covered(section, id, before, after)) {
                ++stats.covered_by_conflicts;
                continue;
            }
            INFO(section << "/" << id << "\nbase:   " << before.dump() << "\nside:   " << after.dump()
                         << "\nmerged: " << merged.dump());
            if (after.is_null())
                CHECK(merged.is_null());
            else
                CHECK((!merged.is_null() && keeps(before, after, merged)));
        }
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The properties
//-----------------------------------------------------------------------------

TEST_CASE("merge properties hold over generated plan pairs", "[merge][properties]") {
    Stats stats;
    Rng rng{kSeed};
    for (int pair = 0; pair < kPairs; ++pair) {
        INFO("pair " << pair);
        const Plan base = small_generated(kSeed + static_cast<std::uint64_t>(pair % 7));
        const Plan ours = edited(base, rng, kAcme);
        const Plan theirs = edited(base, rng, kBeta);
        ++stats.pairs;

        // merge(A, A) = A
        const auto same = merge::merge_plans(base, ours, ours, kMerge);
        REQUIRE(same.ok());
        CHECK(same.clean());
        CHECK(content(same.plan) == content(ours));

        // A side that changed nothing gives the other side.
        const auto only_theirs = merge::merge_plans(base, base, theirs, kMerge);
        REQUIRE(only_theirs.ok());
        CHECK(only_theirs.clean());
        CHECK(content(only_theirs.plan) == content(theirs));
        const auto only_ours = merge::merge_plans(base, ours, base, kMerge);
        CHECK(content(only_ours.plan) == content(ours));

        // Both ways round, decided the same way, give the same plan (up to the order of entries
        // both sides added at the same place).
        const auto forward = merge::merge_plans(base, ours, theirs, kMerge);
        const auto backward = merge::merge_plans(base, theirs, ours, kMerge);
        REQUIRE(forward.ok());
        REQUIRE(backward.ok());
        REQUIRE(forward.conflicts.size() == backward.conflicts.size());
        stats.conflicts += static_cast<int>(forward.conflicts.size());
        if (forward.clean()) ++stats.clean;
        for (const Choice choice : {Choice::Ours, Choice::Theirs}) {
            const std::string one = unordered_content(decided(forward, choice));
            const std::string other =
                unordered_content(decided(backward, choice == Choice::Ours ? Choice::Theirs : Choice::Ours));
            INFO(difference(one, other));
            CHECK(one == other);
        }

        // Left open, each conflict can be decided later on the plan, as one edit (theirs, here).
        Plan open = forward.plan;
        while (!open.conflicts.empty()) {
            History history;
            const Outcome outcome =
                history.apply(open, merge::decide(open, open.conflicts.front().id, Choice::Theirs), kAcme);
            INFO(outcome.message());
            REQUIRE(outcome.applied);
            ++stats.decided_later;
        }

        // No edit from either side is lost: applied, or reported as a conflict.
        check_nothing_lost(base, ours, forward, stats);
        check_nothing_lost(base, theirs, forward, stats);
    }
    // The figures (run with -s to see them): the generator must make conflicts to be worth it.
    CHECK(stats.pairs == kPairs);
    CHECK(stats.conflicts > kPairs / 10);
    CHECK(stats.clean > kPairs / 10);
    CHECK(stats.edits_checked > stats.covered_by_conflicts);
    CHECK(stats.covered_by_conflicts > 0);
    CHECK(stats.decided_later == stats.conflicts);
}
