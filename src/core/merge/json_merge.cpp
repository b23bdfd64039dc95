// Index of this file
// [SECTION] Values
// [SECTION] Objects
// [SECTION] Sets
// [SECTION] Keyed lists
// [SECTION] Entry point
#include "core/merge/json_merge.hpp"

#include <unordered_map>

#include "core/merge/order.hpp"

namespace accord::merge::detail {

const Doc& null_doc() {
    static const Doc null_value = nullptr;
    return null_value;
}

std::string text_of(const Doc* value) { return value && value->is_string() ? value->get<std::string>() : std::string(); }

Outcome scalar_outcome(const Trio& v) {
    if (*v.ours == *v.theirs) return {v.ours, Source::Same};
    if (v.base) {
        if (*v.base == *v.ours) return {v.theirs, Source::Theirs};
        if (*v.base == *v.theirs) return {v.ours, Source::Ours};
    }
    return {v.ours, Source::Conflict};
}

Doc chosen_value(const Decision* decision, const Trio& values) {
    if (!decision) return *values.ours;
    switch (decision->choice) {
        case Choice::Theirs: return *values.theirs;
        case Choice::Custom: return Doc(decision->value);
        case Choice::Ours:
        case Choice::Postpone: break;
    }
    return *values.ours;
}

std::vector<std::string> item_keys(const Field& field, const Doc& list) {
    std::vector<std::string> keys;
    std::unordered_map<std::string, int> seen;
    for (const Doc& item : list) {
        std::string key;
        for (const char* part : field.key) {
            if (!key.empty()) key += ',';
            key += item.is_object() && item.contains(part) ? text_of(&item[part]) : std::string();
        }
        const int repeat = seen[key]++;
        keys.push_back(repeat == 0 ? key : key + "#" + std::to_string(repeat + 1));
    }
    return keys;
}

namespace {

class Merger {
public:
    Merger(const Section& section, EntityContext& context) : section_(section), context_(context) {}

    bool decided = false;

    //-----------------------------------------------------------------------------
    // [SECTION] Values
    //-----------------------------------------------------------------------------

    Doc settle(ConflictKind kind, const Trio& values, const std::string& path, std::string note) {
        const Decision* decision = context_.conflict(kind, path, values, std::move(note));
        if (decision && decision->choice != Choice::Postpone) decided = true;
        return chosen_value(decision, values);
    }

    Doc value(const Field* field, Trio v, const std::string& path) {
        // A removal undone (kept despite it) also undoes its trace here: the reference the
        // removing side cleared ("owner": "p" -> "") comes back when the other side kept it.
        if (field && field->target != Target::None && !field->required && v.base && v.base->is_string()) {
            const std::string& was = v.base->get_ref<const std::string&>();
            for (Side remover : {kOurs, kTheirs}) {
                const Doc* cleared = v.at(remover);
                const Doc* kept = v.at(opposite(remover));
                if (!was.empty() && cleared->is_string() && cleared->get_ref<const std::string&>().empty() &&
                    *kept == *v.base && context_.kept_despite(remover, field->target, was))
                    (remover == kOurs ? v.ours : v.theirs) = v.base;
            }
        }
        const Outcome outcome = scalar_outcome(v);
        if (outcome.source != Source::Conflict) return *outcome.value;
        return settle(ConflictKind::EditEdit, v, path, "both sides changed " + path);
    }

    //-----------------------------------------------------------------------------
    // [SECTION] Objects
    //-----------------------------------------------------------------------------

    static const Doc* member(const Doc* object, const std::string& key) {
        if (!object) return nullptr;
        if (!object->is_object()) return &null_doc();
        const auto it = object->find(key);
        return it == object->end() ? &null_doc() : &*it;
    }

    Doc field(const Field* f, const Trio& v, const std::string& path) {
        const bool objects = v.ours->is_object() && v.theirs->is_object() &&
                             (!v.base || v.base->is_object() || v.base->is_null());
        const bool lists = v.ours->is_array() && v.theirs->is_array();
        if (!f) return objects ? object(nullptr, v, path + ".", false) : value(nullptr, v, path);
        switch (f->kind) {
            case Kind::Set: return lists ? set(*f, v, path) : value(f, v, path);
            case Kind::Keyed: return lists ? keyed(*f, v, path) : value(f, v, path);
            case Kind::Record: return objects ? object(f->item, v, path + ".", false) : value(f, v, path);
            case Kind::Value:
            case Kind::Records: break;
        }
        return value(f, v, path);
    }

    Doc object(const Rule* rule, const Trio& v, const std::string& prefix, bool top) {
        const Doc& ours = *v.ours;
        const Doc& theirs = *v.theirs;
        Doc out = Doc::object();
        const bool goal = top && std::string_view(section_.key) == "goals";
        Doc schedule;
        if (goal) schedule = dates(v);
        const std::string* parent = goal ? context_.forced_parent() : nullptr;

        auto merge_key = [&](const std::string& key) {
            if (top && key == "stamp") return;  // the caller's
            if (top && key == "id") {
                out[key] = ours[key];
                return;
            }
            if (!schedule.is_null() && (key == "start" || key == "due")) {
                out[key] = schedule[key];
                return;
            }
            if (parent && key == "parent") {
                out[key] = *parent;
                return;
            }
            const Trio fv{member(v.base, key), member(&ours, key), member(&theirs, key)};
            Doc merged = field(rule ? rule->find(key) : nullptr, fv, prefix + key);
            // A field one side does not have and that merges to nothing stays out.
            if (merged.is_null() && (!ours.contains(key) || !theirs.contains(key))) return;
            out[key] = std::move(merged);
        };
        for (const auto& item : ours.items()) merge_key(item.key());
        for (const auto& item : theirs.items())
            if (!ours.contains(item.key())) merge_key(item.key());
        return out;
    }

    // A goal's start and due date merge each on their own, unless some way of deciding them could
    // put the start after the due date: then they are one conflict, both dates from one side.
    // Returns null when they merge on their own.
    Doc dates(const Trio& v) {
        const Trio start{member(v.base, "start"), member(v.ours, "start"), member(v.theirs, "start")};
        const Trio due{member(v.base, "due"), member(v.ours, "due"), member(v.theirs, "due")};
        auto candidates = [](const Trio& t) {
            const Outcome o = scalar_outcome(t);
            return o.source == Source::Conflict ? std::vector<const Doc*>{t.ours, t.theirs} : std::vector<const Doc*>{o.value};
        };
        bool can_invert = false;
        for (const Doc* s : candidates(start))
            for (const Doc* d : candidates(due))
                if (s->is_string() && d->is_string() && s->get_ref<const std::string&>() > d->get_ref<const std::string&>())
                    can_invert = true;
        if (!can_invert) return nullptr;
        auto pair = [](const Trio& s, const Trio& d, Side side) {
            return Doc{{"start", *s.at(side)}, {"due", *d.at(side)}};
        };
        const Doc base = v.base ? pair(start, due, kBase) : Doc();
        const Doc ours = pair(start, due, kOurs), theirs = pair(start, due, kTheirs);
        Doc chosen = settle(ConflictKind::EditEdit, Trio{v.base ? &base : nullptr, &ours, &theirs}, "schedule",
                            "the two sides' dates together would start after the due date");
        if (!chosen.is_object()) chosen = Doc::object();
        for (const char* key : {"start", "due"})
            if (!chosen.contains(key)) chosen[key] = nullptr;
        return chosen;
    }

    //-----------------------------------------------------------------------------
    // [SECTION] Sets
    //-----------------------------------------------------------------------------

    struct Entries {
        std::vector<std::string> keys;
        std::unordered_map<std::string_view, const Doc*> of;
        Keys views() const { return Keys(keys.begin(), keys.end()); }
    };

    // Set elements are keyed by their text and which repeat of it they are, so a list that holds
    // a text twice (two identical decisions) keeps both.
    static Entries elements(const Doc* list) {
        Entries out;
        if (!list || !list->is_array()) return out;
        std::unordered_map<std::string, int> seen;
        for (const Doc& element : *list) {
            const std::string text = element.is_string() ? element.get<std::string>() : element.dump();
            out.keys.push_back(text + '\x1f' + std::to_string(seen[text]++));
        }
        for (std::size_t i = 0; i < out.keys.size(); ++i) out.of[out.keys[i]] = &(*list)[i];
        return out;
    }

    Doc set(const Field& f, const Trio& v, const std::string& /*path*/) {
        const Entries base = elements(v.base), ours = elements(v.ours), theirs = elements(v.theirs);
        auto text = [](std::string_view key) { return key.substr(0, key.rfind('\x1f')); };
        auto present = [&](std::string_view key) {
            const bool in_ours = ours.of.count(key) > 0, in_theirs = theirs.of.count(key) > 0;
            if (in_ours && in_theirs) return true;
            if (!in_ours && !in_theirs) return false;
            const Side remover = in_ours ? kTheirs : kOurs;
            if (!v.base || !base.of.count(key)) return true;  // an addition
            return f.target != Target::None && context_.kept_despite(remover, f.target, text(key));
        };
        const Keys base_keys = base.views();
        const Keys order = merge_order(v.base ? &base_keys : nullptr, ours.views(), theirs.views(), present);
        Doc out = Doc::array();
        for (std::string_view key : order) {
            const auto it = ours.of.find(key);
            out.push_back(it != ours.of.end() ? *it->second : *theirs.of.at(key));
        }
        return out;
    }

    //-----------------------------------------------------------------------------
    // [SECTION] Keyed lists
    //-----------------------------------------------------------------------------

    static Entries items(const Field& f, const Doc* list) {
        Entries out;
        if (!list || !list->is_array()) return out;
        out.keys = item_keys(f, *list);
        for (std::size_t i = 0; i < out.keys.size(); ++i) out.of[out.keys[i]] = &(*list)[i];
        return out;
    }

    // An item one side removed and the other kept: does it hang on an entity the removing side
    // removed (a rating of a removed partner)? Then it shares that entity's fate (nothing else to
    // decide): 1 kept, 0 gone; -1 when it does not hang on one.
    int hangs_on_removal(const Field& f, const Doc& item, Side remover) const {
        bool hangs = false, kept = true;
        for (const Field& part : f.item->fields) {
            if (part.kind != Kind::Value || !part.required || part.target == Target::None) continue;
            const std::string id = item.contains(part.name) ? text_of(&item[part.name]) : std::string();
            if (!context_.removed_by(remover, part.target, id)) continue;
            hangs = true;
            kept = kept && context_.kept_despite(remover, part.target, id);
        }
        return hangs ? (kept ? 1 : 0) : -1;
    }

    Doc keyed(const Field& f, const Trio& v, const std::string& path) {
        const Entries base = items(f, v.base), ours = items(f, v.ours), theirs = items(f, v.theirs);
        std::unordered_map<std::string_view, Doc> merged;
        auto merge_item = [&](std::string_view key) {
            const auto in_base = base.of.find(key);
            const Doc* b = !v.base ? nullptr : in_base == base.of.end() ? &null_doc() : in_base->second;
            const auto o = ours.of.find(key), t = theirs.of.find(key);
            const std::string item_path = path + "[" + std::string(key) + "]";
            if (o != ours.of.end() && t != theirs.of.end()) {
                merged[key] = object(f.item, Trio{b, o->second, t->second}, item_path + ".", false);
                return;
            }
            const bool ours_has = o != ours.of.end();
            const Doc& item = ours_has ? *o->second : *t->second;
            if (!b || b->is_null()) {  // an addition (or no base to tell)
                merged[key] = item;
                return;
            }
            const Side remover = ours_has ? kTheirs : kOurs;
            const int fate = hangs_on_removal(f, item, remover);
            if (fate >= 0) {
                if (fate == 1) merged[key] = item;
                return;
            }
            if (item == *b) return;  // removed on one side, untouched on the other
            const Trio values{b, ours_has ? &item : &null_doc(), ours_has ? &null_doc() : &item};
            Doc chosen = settle(ours_has ? ConflictKind::EditDelete : ConflictKind::DeleteEdit, values, item_path,
                                ours_has ? "ours changed this entry, theirs removed it"
                                         : "ours removed this entry, theirs changed it");
            if (!chosen.is_null()) merged[key] = std::move(chosen);
        };
        for (const auto& key : ours.keys) merge_item(key);
        for (const auto& key : theirs.keys)
            if (!ours.of.count(key)) merge_item(key);

        const Keys base_keys = base.views();
        const Keys order = merge_order(v.base ? &base_keys : nullptr, ours.views(), theirs.views(),
                                       [&](std::string_view key) { return merged.count(key) > 0; });
        Doc out = Doc::array();
        for (std::string_view key : order) out.push_back(std::move(merged.at(key)));
        return out;
    }

private:
    const Section& section_;
    EntityContext& context_;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

Doc merge_entity_json(const Section& section, const Trio& entity, EntityContext& context, bool& decided) {
    Merger merger(section, context);
    Doc out = merger.object(section.rule, entity, "", true);
    decided = merger.decided;
    return out;
}

}  // namespace accord::merge::detail
