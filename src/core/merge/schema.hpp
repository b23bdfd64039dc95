#pragma once
// Internal to core/merge: what the merge needs to know about the plan file beyond its JSON shape.
// Everything not described here merges generically (a field is one value, an object merges field
// by field), which is what keeps unknown fields from a newer version merging too.
//
// Described here: which lists are collections of entities (matched by id), which fields are sets
// (owners, attendees: adds and removes from both sides), which lists hold keyed items (ratings by
// dimension and partner, roles by partner, readings by date), and which ids refer to another
// entity (so that removing it on one side and using it on the other is noticed).
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace accord::merge::detail {

using Doc = nlohmann::ordered_json;

// What an id field names. Only these three are ever removed with consequences elsewhere.
enum class Target { None, Partner, Goal, Dimension };

enum class Kind {
    Value,    // one value: equal, or taken from the side that changed it, or a conflict
    Set,      // a list of texts merged as a set: each side's adds and removes apply
    Keyed,    // a list of records without ids, matched by `key` fields, each merged like an entity
    Record,   // an object merged field by field (when both sides have one)
    Records,  // a list of records without a key (check-in actions): one value, references inside
};

struct Rule;

struct Field {
    const char* name;
    Kind kind = Kind::Value;
    Target target = Target::None;  // Value: the id it holds; Set: each id; Records: see `item`
    bool required = false;         // a Value reference the holder cannot exist without
    std::vector<const char*> key;  // Keyed: the fields that identify an item
    const Rule* item = nullptr;    // Keyed, Records, Record: the nested object's rule
};

struct Rule {
    std::vector<Field> fields;
    const Field* find(std::string_view name) const;
};

struct Section {
    const char* key;         // the plan file's field: "goals"
    const char* noun;        // for people: "goal"
    const char* name_field;  // what people call an entity by ("title"); nullptr for one-off parts
    bool collection;         // a list of entities with ids; false: one object (vision, communication)
    Target is;               // what references to this section's entities call it
    const Rule* rule;
};

// Every section of the plan file, in the file's order.
const std::vector<Section>& sections();
const Section* find_section(std::string_view key);  // nullptr for anything else
// The plan's own fields (id, title, created, unknown fields) as a section named "plan".
const Section& plan_section();

// The top-level fields that are not sections and that the merge sets itself.
bool is_bookkeeping_field(std::string_view key);  // format, version, revision, modified, based_on, stamp

}  // namespace accord::merge::detail
