// Deciding an open conflict later, on the plan as it is now (it may have changed since the merge).
// The decision becomes one edit for History::apply, which checks the model's rules: a decision
// that no longer fits the plan is refused with the reason, never half applied.
//
// What a conflict's values mean (docs/merge.md, "Open conflicts in the file"):
//  - a field conflict: the value of `field` in the entity (a keyed item's path names the item);
//  - "schedule" of a goal: {"start", "due"} together;
//  - a cycle: {"<goal id>": "<parent id>", ...} for the goals whose moves looped;
//  - a removal (field ""): null for "removed", which removes the entity as the app does, with
//    what cannot exist without it; or for "kept" {"entities": {"<section>": [...]}, "uses": [...]}:
//    the entities to put back and the references to restore.
//
// Index of this file
// [SECTION] Paths in an entity's JSON
// [SECTION] Changes collected per entity
// [SECTION] decide()
#include <map>

#include "core/commands/edits.hpp"
#include "core/merge/engine.hpp"
#include "core/merge/entity_json.hpp"
#include "core/merge/merge.hpp"

namespace accord::merge {
namespace {

using detail::Doc;
using detail::Field;
using detail::Kind;
using detail::Rule;
using detail::Section;

//-----------------------------------------------------------------------------
// [SECTION] Paths in an entity's JSON
//-----------------------------------------------------------------------------

struct Step {
    std::string name;
    std::optional<std::string> key;  // "ratings[d,p]": the item with that key
};

// "metric.history[2026-01-05].value" -> metric, history[2026-01-05], value. Keys never hold '.'
// outside brackets' reach: ids and dates only.
std::vector<Step> parse_path(const std::string& path) {
    std::vector<Step> steps;
    std::string name;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '.') {
            if (!name.empty()) steps.push_back({std::move(name), std::nullopt});
            name.clear();
        } else if (c == '[') {
            const std::size_t close = path.find(']', i);
            if (close == std::string::npos) return {};
            steps.push_back({std::move(name), path.substr(i + 1, close - i - 1)});
            name.clear();
            i = close;
        } else {
            name += c;
        }
    }
    if (!name.empty()) steps.push_back({std::move(name), std::nullopt});
    return steps;
}

// Where `value` goes in `entity` at `path`: sets it (null removes a keyed item). False when the
// path does not lead anywhere in this entity any more.
bool set_at(Doc& entity, const Rule* rule, const std::string& path, const Doc& value) {
    const std::vector<Step> steps = parse_path(path);
    if (steps.empty()) return false;
    Doc* at = &entity;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& step = steps[i];
        const bool last = i + 1 == steps.size();
        if (!at->is_object()) return false;
        const Field* field = rule ? rule->find(step.name) : nullptr;
        if (!step.key) {
            if (last) {
                (*at)[step.name] = value;
                return true;
            }
            at = &(*at)[step.name];
            rule = field ? field->item : nullptr;
            continue;
        }
        if (!field || field->kind != Kind::Keyed) return false;
        Doc& list = (*at)[step.name];
        if (!list.is_array()) list = Doc::array();
        const std::vector<std::string> keys = detail::item_keys(*field, list);
        std::size_t found = keys.size();
        for (std::size_t k = 0; k < keys.size(); ++k)
            if (keys[k] == *step.key) found = k;
        if (last) {
            if (value.is_null()) {
                if (found < keys.size()) list.erase(found);
            } else if (found < keys.size()) {
                list[found] = value;
            } else {
                list.push_back(value);
            }
            return true;
        }
        if (found == keys.size()) return false;
        at = &list[found];
        rule = field->item;
    }
    return false;
}

// Puts back a reference a removal took away, unless the place holds something else by now.
void restore_use(Doc& entity, const Rule* rule, const std::string& path, const Doc& value) {
    const std::string name = path.substr(0, path.find('['));
    const Field* field = rule ? rule->find(name) : nullptr;
    if (!entity.is_object()) return;
    Doc& current = entity[name];
    if (field && field->kind == Kind::Set) {
        if (!current.is_array()) current = Doc::array();
        if (std::find(current.begin(), current.end(), value) == current.end()) current.push_back(value);
    } else if (field && field->kind == Kind::Keyed) {
        set_at(entity, rule, path, value);
    } else if (field && field->kind == Kind::Records) {
        current = value;
    } else if (current.is_null() || (current.is_string() && current.get_ref<const std::string&>().empty())) {
        current = value;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Changes collected per entity
//-----------------------------------------------------------------------------

// Several parts of one decision may touch one entity (a kept partner back in two lists of the same
// goal): each entity's JSON is edited in place and becomes one op.
class Changes {
public:
    explicit Changes(const Plan& plan) : plan_(plan) {}

    // The JSON of an entity to edit; nullptr when the plan does not hold it.
    Doc* entity(const std::string& section, const std::string& id) {
        const auto key = std::make_pair(section, id);
        if (auto it = docs_.find(key); it != docs_.end()) return &it->second;
        Doc doc;
        bool found = false;
        detail::for_each_type([&](auto tag) {
            using T = typename decltype(tag)::type;
            if (section != Collection<T>::key) return;
            if (const T* e = find_in<T>(plan_, id)) {
                doc = detail::to_doc(*e);
                found = true;
            }
        });
        if (!found) return nullptr;
        return &(docs_[key] = std::move(doc));
    }

    void put(const std::string& section, const Doc& doc) {
        docs_[std::make_pair(section, doc.value("id", std::string()))] = doc;
    }

    // One edit per entity touched (an update, or an add for one put back), in a fixed order.
    std::vector<Transaction> edits(std::vector<Problem>& problems) const {
        std::vector<Transaction> out;
        for (const auto& entry : docs_) {  // no structured bindings: C++17 lambdas cannot capture them (clang refuses)
            const auto& key = entry.first;
            const auto& doc = entry.second;
            detail::for_each_type([&](auto tag) {
                using T = typename decltype(tag)::type;
                if (key.first != Collection<T>::key) return;
                auto read = detail::from_doc<T>(doc, key.first + "/" + key.second, problems);
                if (!read) return;
                out.push_back(find_in<T>(plan_, key.second) ? edits::update(plan_, std::move(*read))
                                                             : edits::add(plan_, std::move(*read)));
            });
        }
        return out;
    }

private:
    const Plan& plan_;
    std::map<std::pair<std::string, std::string>, Doc> docs_;
};

Transaction refused(std::string why) {
    Transaction t;
    t.label = "Decide conflict";
    t.refused.push_back({"", std::move(why)});
    return t;
}

// A field conflict of the vision, the communication or the plan's own fields.
Transaction decide_part(const Plan& plan, const Conflict& c, const Doc& value) {
    std::vector<Problem> problems;
    Transaction t;
    t.label = "Decide conflict";
    const Section& section = c.section == "plan" ? detail::plan_section() : *detail::find_section(c.section);
    if (c.section == "vision") {
        Doc doc = detail::to_doc(plan.vision);
        if (!set_at(doc, section.rule, c.field, value)) return refused("the vision has no field " + c.field);
        if (auto v = detail::vision_from_doc(doc, problems)) t.ops.push_back(Replace<Vision>{plan.vision, *v});
    } else if (c.section == "communication") {
        Doc doc = detail::to_doc(plan.communication);
        if (!set_at(doc, section.rule, c.field, value)) return refused("the communication has no field " + c.field);
        if (auto v = detail::communication_from_doc(doc, problems)) t.ops.push_back(Replace<Communication>{plan.communication, *v});
    } else {
        Doc doc = detail::to_doc(detail::Header{&plan});
        if (!set_at(doc, section.rule, c.field, value)) return refused("the plan has no field " + c.field);
        Plan read = plan;
        const bool read_back = detail::header_from_doc(doc, read, problems);
        if (read_back && (read.id != plan.id || read.created != plan.created || !same_extra(read.extra, plan.extra)))
            return refused("only the plan's title can be changed by a decision; " + c.field + " cannot");
        if (read_back)
            t.ops.push_back(Replace<PlanHeader>{PlanHeader{plan.title, plan.stamp, plan.based_on}, PlanHeader{read.title, plan.stamp, plan.based_on}});
    }
    if (!problems.empty()) t.refused = std::move(problems);
    return t;
}

Transaction remove_entity(const Plan& plan, const Conflict& c) {
    Transaction out = refused("the " + c.section + " entity '" + c.entity_name + "' is already gone");
    detail::for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        if (c.section == Collection<T>::key && find_in<T>(plan, c.entity)) out = edits::remove<T>(plan, c.entity);
    });
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] decide()
//-----------------------------------------------------------------------------

Transaction decide(const Plan& plan, const Id& conflict_id, Choice choice, const nlohmann::json& custom) {
    const Conflict* c = find_in<Conflict>(plan, conflict_id);
    if (!c) return refused("there is no open conflict '" + conflict_id + "'");
    if (choice == Choice::Postpone) return refused("postponing leaves the conflict open: there is nothing to change");
    const bool whole = c->field.empty() || c->kind == ConflictKind::Cycle;
    if (choice == Choice::Custom && whole)
        return refused("a removal or goal moves that loop are decided by choosing ours or theirs");

    Transaction decision;
    if (choice != Choice::Ours) {
        const Doc value = Doc(choice == Choice::Theirs ? c->theirs : custom);
        const Section* section = detail::find_section(c->section);
        if (!section || !section->collection) {
            decision = decide_part(plan, *c, value);
        } else if (whole && value.is_null()) {
            decision = remove_entity(plan, *c);
        } else {
            Changes changes(plan);
            if (c->kind == ConflictKind::Cycle) {
                for (const auto& [goal, parent] : value.items())
                    if (Doc* doc = changes.entity("goals", goal)) (*doc)["parent"] = parent;
            } else if (whole) {
                const Doc kept = value.value("entities", Doc::object());  // named: items() must not outlive it
                for (const auto& [key, entities] : kept.items())
                    for (const Doc& entity : entities) changes.put(key, entity);
                for (const Doc& use : value.value("uses", Doc::array())) {
                    const Section* holder = detail::find_section(use.value("section", std::string()));
                    Doc* doc = holder ? changes.entity(holder->key, use.value("entity", std::string())) : nullptr;
                    if (doc) restore_use(*doc, holder->rule, use.value("field", std::string()), use["value"]);
                }
            } else if (c->field == "schedule") {
                Doc* doc = changes.entity(c->section, c->entity);
                if (!doc) return refused("the goal '" + c->entity_name + "' is gone");
                for (const char* key : {"start", "due"}) (*doc)[key] = value.is_object() ? value.value(key, Doc()) : Doc();
            } else {
                Doc* doc = changes.entity(c->section, c->entity);
                if (!doc || !set_at(*doc, section->rule, c->field, value))
                    return refused("'" + c->entity_name + "' has no " + c->field + " any more");
            }
            std::vector<Problem> problems;
            decision = edits::combine("Decide conflict", changes.edits(problems));
            if (!problems.empty()) decision.refused = std::move(problems);
        }
        if (!decision.refused.empty()) return decision;
    }
    Transaction close = edits::remove<Conflict>(plan, conflict_id);
    Transaction out = edits::combine(choice == Choice::Ours ? "Keep ours" : choice == Choice::Theirs ? "Take theirs"
                                                                                                       : "Decide conflict",
                                     {std::move(decision), std::move(close)});
    return out;
}

}  // namespace accord::merge
