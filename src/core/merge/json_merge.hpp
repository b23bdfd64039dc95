#pragma once
// Internal to core/merge: the field-by-field merge of one entity that both sides changed, on its
// plan-file JSON (entity_json.hpp). Generic: a field the schema does not describe is one value,
// an object merges field by field, so fields this version does not know merge too.
#include <string>
#include <string_view>
#include <vector>

#include "core/merge/merge.hpp"
#include "core/merge/schema.hpp"

namespace accord::merge::detail {

enum Side : int { kBase = 0, kOurs = 1, kTheirs = 2 };
inline Side opposite(Side side) { return side == kOurs ? kTheirs : kOurs; }

// A value on the three sides. `base` is nullptr when the base is unknown (a two-way merge, or an
// entity both sides added); it points at null when the base is known to lack the value. `ours`
// and `theirs` are never nullptr (null when absent).
struct Trio {
    const Doc* base;
    const Doc* ours;
    const Doc* theirs;
    const Doc* at(Side side) const { return side == kBase ? base : side == kOurs ? ours : theirs; }
};

// Which side a merged value comes from: equal on both, the one side that changed it, or both
// changed it differently (then `value` is ours, the provisional choice).
enum class Source { Same, Ours, Theirs, Conflict };
struct Outcome {
    const Doc* value;
    Source source;
};
Outcome scalar_outcome(const Trio& values);

// What the merge of one entity asks of the merge around it.
class EntityContext {
public:
    virtual ~EntityContext() = default;
    // A conflict at `path` inside the entity; the decision taken on it, if any.
    virtual const Decision* conflict(ConflictKind kind, const std::string& path, const Trio& values,
                                     std::string note) = 0;
    virtual bool removed_by(Side side, Target target, std::string_view id) const = 0;
    // `side` removed it, the other side's use of it won: `side`'s removal is undone, and so are
    // the traces of it (the id dropped from lists and references) that the removal left.
    virtual bool kept_despite(Side side, Target target, std::string_view id) const = 0;
    // A goal's parent decided elsewhere (goal moves that could loop); nullptr when not.
    virtual const std::string* forced_parent() const = 0;
};

// The merged entity (its stamp is the caller's), and whether a decision changed it.
Doc merge_entity_json(const Section& section, const Trio& entity, EntityContext& context, bool& decided);

// The value chosen by a decision (ours when there is none, or it is postponed). `values.ours` and
// `values.theirs` may be null (absent).
Doc chosen_value(const Decision* decision, const Trio& values);

// Keys of a keyed list's items, in list order: the key fields' values joined by "," ("d1,p2"), a
// repeated key gets "#2", "#3"... Paths name items by key: "ratings[d1,p2].score".
std::vector<std::string> item_keys(const Field& field, const Doc& list);

const Doc& null_doc();
std::string text_of(const Doc* value);  // a text value, or ""

}  // namespace accord::merge::detail
