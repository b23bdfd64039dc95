// Index of this file
// [SECTION] Ids derived from content
// [SECTION] Version 0 to 1
// [SECTION] The chain
// [SECTION] The envelope
#include "core/io/migrations.hpp"

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "core/io/object_reader.hpp"
#include "core/io/plan_file.hpp"
#include "core/model/plan.hpp"

namespace accord::io {
namespace {

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Ids derived from content
//-----------------------------------------------------------------------------

// Version 0 files had no ids. The upgrade derives them from what the entry says (its kind, its
// name, which occurrence of that name it is), so migrating the same file twice gives the same
// bytes, and two partners migrating their own copies of one old plan get matching ids to merge on.
// The hash only has to spread names over 122 bits; it is not a security boundary.
std::uint64_t mix(std::uint64_t x) {  // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t fnv1a(std::uint64_t hash, const std::string& text) {
    for (unsigned char c : text) hash = (hash ^ c) * 0x100000001B3ULL;
    return hash;
}

// A UUID of version 8 (RFC 9562: "custom", here name-based) so it never poses as a random one.
Id derived_id(const std::string& scope, const std::string& kind, const std::string& name, int occurrence) {
    // Length prefixes keep ("ab","c") and ("a","bc") apart.
    std::string key;
    for (const std::string* part : {&scope, &kind, &name}) key += std::to_string(part->size()) + ":" + *part + ";";
    key += std::to_string(occurrence);
    std::uint64_t hi = mix(fnv1a(0xCBF29CE484222325ULL, key));
    std::uint64_t lo = mix(fnv1a(0x84222325CBF29CE4ULL, key) ^ hi);
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000008000ULL;  // version 8
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // RFC 4122 variant
    static const char kHex[] = "0123456789abcdef";
    Id out;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20) out.push_back('-');
        const std::uint64_t word = i < 16 ? hi : lo;
        out.push_back(kHex[(word >> (60 - 4 * (i % 16))) & 0xF]);
    }
    return out;
}

// Hands out ids for one kind of entry, numbering repeated names.
class IdDeriver {
public:
    IdDeriver(std::string scope, std::string kind) : scope_(std::move(scope)), kind_(std::move(kind)) {}
    Id next(const std::string& name) { return derived_id(scope_, kind_, name, seen_[name]++); }

private:
    std::string scope_, kind_;
    std::map<std::string, int> seen_;
};

// Unknown fields of the old entry, carried over under names the new version does not use.
void carry_unknown(json& into, const ExtraFields& unknown) {
    for (const auto& [key, value] : unknown.items())
        if (!into.contains(key)) into[key] = value;
}

//-----------------------------------------------------------------------------
// [SECTION] Version 0 to 1
//-----------------------------------------------------------------------------

// Version 0, the prototype's file (docs/plan-format.md, "Version 0"):
//   {"accord": 0, "name", "created": "YYYY-MM-DD", "vision",
//    "partners": [{"name", "organisation", "email"}],
//    "goals": [{"title", "parent": goal index, "owner": partner index, "due", "done"}],
//    "risks": [{"title", "likelihood", "impact"}]}
struct GoalV0 {
    std::string title;
    std::optional<std::int64_t> parent, owner;
    std::optional<Date> due;
    bool done = false;
    ExtraFields unknown;
};

// An index into a list of `count` entries, as version 0 referred to goals and partners.
std::optional<std::int64_t> read_index(ObjectReader& in, const char* key, std::size_t count, const char* what) {
    constexpr std::int64_t kUnread = std::numeric_limits<std::int64_t>::min();
    std::int64_t index = kUnread;
    in.whole(key, index);  // a wrong type is reported there
    if (index == kUnread) return std::nullopt;
    if (index >= 0 && static_cast<std::size_t>(index) < count) return index;
    in.problems().add(in.path_of(key), "refers to " + std::string(what) + " " + std::to_string(index) +
                                           ", but the file has " + std::to_string(count) + " (counted from 0)");
    return std::nullopt;
}

json upgrade_v0_to_v1(const json& old, ProblemList& problems) {
    ObjectReader in(old, "", problems);
    in.field("accord");
    in.field("format");
    in.field("version");
    std::string name, statement;
    std::optional<Date> created;
    in.text("name", name);
    in.text("vision", statement);
    in.date("created", created);

    const Id plan_id = derived_id("", "plan", name, 0);
    const std::string when = format_instant(created ? created->days * 86400000LL : 0);
    json plan = {{"format", kFormatName}, {"version", 1},   {"id", plan_id},     {"title", name},
                 {"created", when},       {"modified", when}, {"revision", 0}, {"vision", {{"statement", statement}}}};

    IdDeriver partner_ids(plan_id, "partner");
    std::vector<json> partners;
    in.list("partners", partners, [&](ObjectReader& p) {
        std::string partner_name, organisation, email;
        p.text("name", partner_name);
        p.text("organisation", organisation);
        p.text("email", email);
        json out = {{"id", partner_ids.next(partner_name)},
                    {"name", partner_name},
                    {"organisation", organisation},
                    {"email", email}};
        carry_unknown(out, p.unknown_fields());
        return out;
    });

    // Goals refer to each other by index, forwards or backwards: read all, then link.
    const json* goal_list = old.contains("goals") ? &old["goals"] : nullptr;
    const std::size_t goal_count = goal_list && goal_list->is_array() ? goal_list->size() : 0;
    std::vector<GoalV0> goals;
    in.list("goals", goals, [&](ObjectReader& g) {
        GoalV0 goal;
        g.text("title", goal.title);
        goal.parent = read_index(g, "parent", goal_count, "goal");
        goal.owner = read_index(g, "owner", partners.size(), "partner");
        g.date("due", goal.due);
        g.flag("done", goal.done);
        goal.unknown = g.unknown_fields();
        return goal;
    });
    IdDeriver goal_ids(plan_id, "goal");
    std::vector<Id> ids;
    for (const auto& goal : goals) ids.push_back(goal_ids.next(goal.title));
    json goals_v1 = json::array();
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const GoalV0& goal = goals[i];
        // The index was checked against the file's goal list; a goal the list reader skipped (and
        // reported) leaves fewer ids than that, so check again before using it (found by fuzzing).
        const bool parent_read = goal.parent && static_cast<std::size_t>(*goal.parent) < ids.size();
        json out = {{"id", ids[i]},
                    {"parent", parent_read ? ids[static_cast<std::size_t>(*goal.parent)] : ""},
                    {"kind", goal.parent ? "initiative" : "objective"},
                    {"title", goal.title},
                    {"owners", goal.owner ? json::array({partners[static_cast<std::size_t>(*goal.owner)]["id"]})
                                          : json::array()},
                    {"due", goal.due ? json(goal.due->iso()) : json(nullptr)},
                    {"status", goal.done ? "done" : "not_started"}};
        carry_unknown(out, goal.unknown);
        goals_v1.push_back(std::move(out));
    }

    IdDeriver risk_ids(plan_id, "risk");
    std::vector<json> risks;
    in.list("risks", risks, [&](ObjectReader& r) {
        std::string title;
        int likelihood = 3, impact = 3;
        r.text("title", title);
        r.whole("likelihood", likelihood);
        r.whole("impact", impact);
        json out = {{"id", risk_ids.next(title)}, {"title", title}, {"likelihood", likelihood}, {"impact", impact}};
        carry_unknown(out, r.unknown_fields());
        return out;
    });

    // Version 1 plans start with the default alignment dimensions; give the upgraded plan them too.
    IdDeriver dimension_ids(plan_id, "dimension");
    json dimensions = json::array();
    for (DimensionTopic topic : kDimensionTopics)
        dimensions.push_back({{"id", dimension_ids.next(label(topic))}, {"name", label(topic)}, {"topic", token(topic)}});

    plan["partners"] = partners;
    plan["goals"] = std::move(goals_v1);
    plan["risks"] = risks;
    plan["dimensions"] = std::move(dimensions);
    carry_unknown(plan, in.unknown_fields());
    return plan;
}

//-----------------------------------------------------------------------------
// [SECTION] The chain
//-----------------------------------------------------------------------------

constexpr Migration kMigrations[] = {
    {0, upgrade_v0_to_v1},  // ids derived from content, links by id, default alignment dimensions
};

constexpr bool chain_is_complete() {
    int expected = 0;
    for (const Migration& step : kMigrations)
        if (step.from != expected++) return false;
    return expected == kFormatVersion;
}
static_assert(chain_is_complete(), "one migration per version, from 0 up to kFormatVersion");

}  // namespace

const Migration* migrations_begin() { return std::begin(kMigrations); }
const Migration* migrations_end() { return std::end(kMigrations); }

std::optional<json> migrate(json document, int version, ProblemList& problems) {
    for (const Migration& step : kMigrations) {
        if (step.from < version) continue;
        document = step.upgrade(document, problems);
        if (!problems.empty()) return std::nullopt;
    }
    return document;
}

//-----------------------------------------------------------------------------
// [SECTION] The envelope
//-----------------------------------------------------------------------------

std::optional<int> declared_version(const json& document, ProblemList& problems) {
    if (!document.is_object()) {
        problems.add("", "this is not an Accord plan file: expected a JSON object { … }, got " + describe(document));
        return std::nullopt;
    }
    const auto format = document.find("format");
    if (format == document.end()) {
        // Version 0 files carried only a marker; anything else is not ours.
        const auto marker = document.find("accord");
        if (marker != document.end() && marker->is_number_integer() && marker->get<std::int64_t>() == 0) return 0;
        problems.add("format", "is missing: this is not an Accord plan file (it should start with "
                               "{\"format\": \"accord-plan\", \"version\": " +
                                   std::to_string(kFormatVersion) + ", …)");
        return std::nullopt;
    }
    if (!format->is_string() || format->get_ref<const std::string&>() != kFormatName) {
        problems.add("format", "this is not an Accord plan file: expected \"accord-plan\", got " + describe(*format));
        return std::nullopt;
    }
    const auto version = document.find("version");
    if (version == document.end() || version->is_null()) {
        problems.add("version", "is missing; a plan file says which format version it uses");
        return std::nullopt;
    }
    if (!version->is_number_integer() || version->get<std::int64_t>() < 0 ||
        version->get<std::int64_t>() > 1'000'000) {
        problems.add("version", "expected a whole format version number, got " + describe(*version));
        return std::nullopt;
    }
    const int declared = static_cast<int>(version->get<std::int64_t>());
    if (declared > kFormatVersion) {
        problems.add("version", "this file was written by a newer Accord (plan format " + std::to_string(declared) +
                                    "); this version reads up to " + std::to_string(kFormatVersion) +
                                    ": update Accord to open it");
        return std::nullopt;
    }
    return declared;
}

}  // namespace accord::io
