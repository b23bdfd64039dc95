// The merge compares entities on the typed model (core/merge/equality.hpp) to stay fast; a field
// the comparison forgets would make a change on one side invisible, and the merge would lose it.
// So: every field of one entity per list of the sample plan is changed, one at a time, through the
// plan file's form, and the comparison must see each change.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "../io/fixtures.hpp"
#include "core/io/plan_file.hpp"
#include "core/merge/engine.hpp"
#include "core/merge/entity_json.hpp"
#include "core/merge/equality.hpp"

using namespace accord;
using namespace accord::merge::detail;

namespace {

// Values near `value`, of its shape: longer, empty, a digit changed, one item fewer...
std::vector<Doc> own_variants(const Doc& value) {
    switch (value.type()) {
        case Doc::value_t::string: {
            std::string text = value.get<std::string>();
            std::vector<Doc> out{text + "x", ""};
            if (!text.empty()) {
                std::string digit = text;
                for (char& c : digit)
                    if (c >= '0' && c <= '8') {
                        ++c;
                        break;
                    }
                out.push_back(digit);
            }
            return out;
        }
        case Doc::value_t::boolean: return {!value.get<bool>()};
        case Doc::value_t::number_integer:
        case Doc::value_t::number_unsigned: return {value.get<std::int64_t>() + 1, value.get<std::int64_t>() - 1};
        case Doc::value_t::number_float: return {value.get<double>() + 0.5, value.get<double>() / 2};
        case Doc::value_t::null: return {"2026-01-01", 1, "x", true};
        case Doc::value_t::array: {
            std::vector<Doc> out;
            if (!value.empty()) {
                Doc shorter = value;
                shorter.erase(shorter.size() - 1);
                out.push_back(shorter);
            }
            return out;
        }
        default: return {};
    }
}

// Other values of the same shape as `value`; the reader may refuse some (a date that is no date).
// `seen`: the values the field has elsewhere in the list (other tokens of a choice: "done", ...).
std::vector<Doc> variants(const Doc& value, const std::vector<Doc>& seen = {}) {
    std::vector<Doc> out = seen;
    for (Doc& v : own_variants(value)) out.push_back(std::move(v));
    return out;
}

// Each leaf of `doc` changed in turn (nested objects and list items included), plus an unknown field.
using Pool = std::map<std::string, std::vector<Doc>>;  // field -> values it has in the list

void mutations(const Doc& doc, std::vector<std::pair<std::string, Doc>>& out, const Pool& pool, bool top = true) {
    for (const auto& item : doc.items()) {
        const std::string key = item.key();
        if (top && (key == "id" || key == "stamp")) continue;
        const std::string& name = key;  // changes inside a field count for the field
        const auto known = pool.find(key);
        for (const Doc& variant : variants(item.value(), top && known != pool.end() ? known->second : std::vector<Doc>{})) {
            Doc changed = doc;
            changed[key] = variant;
            out.emplace_back(name, changed);
        }
        if (item.value().is_object()) {
            std::vector<std::pair<std::string, Doc>> inner;
            mutations(item.value(), inner, pool, false);
            for (auto& change : inner) {
                Doc changed = doc;
                changed[key] = change.second;
                out.emplace_back(name, changed);
            }
        }
        if (item.value().is_array() && !item.value().empty() && item.value()[0].is_object()) {
            std::vector<std::pair<std::string, Doc>> inner;
            mutations(item.value()[0], inner, pool, false);
            for (auto& change : inner) {
                Doc changed = doc;
                changed[key][0] = change.second;
                out.emplace_back(name, changed);
            }
        }
    }
    if (top) {
        Doc changed = doc;
        changed["zz_unknown_field"] = 1;
        out.emplace_back("zz_unknown_field", changed);
    }
}

template <class T>
void check_every_field_seen(const T& entity, const std::vector<T>& list) {
    const Doc original = to_doc(entity);
    Pool pool;
    for (const T& other : list) {
        const Doc doc = to_doc(other);
        for (const auto& item : doc.items())
            if (item.value().is_string()) pool[item.key()].push_back(item.value());
    }
    std::vector<std::pair<std::string, Doc>> changes;
    mutations(original, changes, pool);
    std::vector<std::string> seen;
    for (const auto& [field, doc] : changes) {
        std::vector<Problem> problems;
        const std::optional<T> read = from_doc<T>(doc, "", problems);
        if (!read || to_doc(*read) == original) continue;  // refused by the reader, or no change after all
        INFO(Collection<T>::key << ": " << doc.dump());
        CHECK_FALSE(same_content(entity, *read));
        seen.push_back(field);
    }
    // Every field of the entity could be changed (else this test proves nothing about it).
    for (const auto& item : original.items()) {
        if (item.key() == "id" || item.key() == "stamp") continue;
        INFO(Collection<T>::key << "." << item.key() << " was never changed by the test");
        CHECK(std::find(seen.begin(), seen.end(), item.key()) != seen.end());
    }
}

}  // namespace

TEST_CASE("merge: comparing entities sees a change to any field of the plan file", "[merge]") {
    const io::ImportResult imported = io::import_plan(test::read_source_file("assets/sample.accord.json"));
    REQUIRE(imported.ok());
    const Plan& plan = *imported.plan;
    for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        const auto& items = Collection<T>::of(plan);
        if (items.empty()) return;  // the sample has no open conflicts: the next case covers them
        // The entity with the longest plan-file form: the one with the most fields filled in.
        const T* fullest = &items.front();
        for (const T& e : items)
            if (to_doc(e).dump().size() > to_doc(*fullest).dump().size()) fullest = &e;
        check_every_field_seen(*fullest, items);
    });
}

TEST_CASE("merge: comparing open conflicts sees a change to any field", "[merge]") {
    Conflict c;
    c.id = "c1";
    c.kind = ConflictKind::Reference;
    c.section = "goals";
    c.entity = "g1";
    c.entity_name = "Goal one";
    c.field = "title";
    c.base = "a";
    c.ours = "b";
    c.theirs = "c";
    c.note = "both changed";
    c.ours_by = "p1";
    c.theirs_by = "p2";
    c.found = 1000;
    Conflict cycle = c;
    cycle.kind = ConflictKind::Cycle;  // another token for `kind`
    check_every_field_seen(c, {c, cycle});
}
