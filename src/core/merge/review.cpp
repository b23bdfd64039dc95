// What the merge review screen shows (merge.hpp, "For the review screen"): conflicts in words and
// display strings, and the merged plan as one undoable edit of the plan the user has open.
//
// Index of this file
// [SECTION] Values for people
// [SECTION] Conflicts for people
// [SECTION] The merge as one edit
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "core/merge/engine.hpp"
#include "core/merge/equality.hpp"
#include "core/merge/merge.hpp"

namespace accord::merge {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Values for people
//-----------------------------------------------------------------------------

std::string number_text(double value) {
    if (std::floor(value) == value && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

// A goal's or partner's name for an id inside a value, or the id when the plan does not know it.
std::string name_for(const Plan& plan, const std::string& id) {
    if (const Goal* g = plan.find_goal(id)) return g->title;
    if (const Partner* p = plan.find_partner(id)) return p->name;
    if (const Dimension* d = plan.find_dimension(id)) return d->name;
    return id;
}

}  // namespace

std::string display_value(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null: return "(none)";
        case nlohmann::json::value_t::boolean: return value.get<bool>() ? "yes" : "no";
        case nlohmann::json::value_t::string: return value.get<std::string>();
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float: return number_text(value.get<double>());
        case nlohmann::json::value_t::array: {
            if (value.empty()) return "(none)";
            std::string out;
            for (const auto& item : value) out += (out.empty() ? "" : ", ") + display_value(item);
            return out;
        }
        default: break;
    }
    // An object: its fields in order, "name: value", without the bookkeeping.
    std::string out;
    for (const auto& [key, item] : value.items()) {
        if (key == "stamp" || key == "id") continue;
        out += (out.empty() ? "" : "; ") + key + ": " + display_value(item);
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Conflicts for people
//-----------------------------------------------------------------------------

namespace {

// One side's value of a conflict, in the words of its kind.
std::string side_text(const Plan& plan, const Conflict& c, const nlohmann::json& value) {
    if (c.kind == ConflictKind::Cycle) {
        if (!value.is_object()) return "(none)";
        std::string out;
        for (const auto& [goal, parent] : value.items()) {
            const std::string where = parent.is_string() && !parent.get<std::string>().empty()
                                          ? "under '" + name_for(plan, parent.get<std::string>()) + "'"
                                          : std::string("at the top");
            out += (out.empty() ? "" : "; ") + ("'" + name_for(plan, goal) + "' " + where);
        }
        return out;
    }
    if (c.field.empty()) return value.is_null() ? "removed" : "kept";
    // References read better as names: an owner, a lead, a parent.
    if (value.is_string() && (c.field == "parent" || c.field == "owner" || c.field == "lead" || c.field == "goal"))
        return value.get<std::string>().empty() ? "(none)" : name_for(plan, value.get<std::string>());
    if (c.field == "schedule" && value.is_object())
        return "start " + display_value(value.value("start", nlohmann::json())) + ", due " +
               display_value(value.value("due", nlohmann::json()));
    return display_value(value);
}

}  // namespace

ConflictView describe(const Plan& plan, const Conflict& c) {
    ConflictView v;
    v.id = c.id;
    v.kind = c.kind;
    v.kind_label = label(c.kind);
    v.section = c.section;
    const detail::Section* section = detail::find_section(c.section);
    v.noun = section ? section->noun : c.section == "plan" ? "plan" : c.section;
    v.entity = c.entity;
    v.entity_name = c.entity_name;
    v.field = c.field;
    const std::string what = section && section->collection ? v.noun + " '" + c.entity_name + "'" : "the " + v.noun;
    if (c.kind == ConflictKind::Cycle)
        v.label = "Where the goals go (" + what + " and others)";
    else if (c.field.empty())
        v.label = "Keep or remove " + what;
    else
        v.label = "The " + c.field + " of " + what;
    v.base = c.base.is_null() && c.kind != ConflictKind::Cycle && !c.field.empty() ? "(unknown or none)"
                                                                                     : side_text(plan, c, c.base);
    v.ours = side_text(plan, c, c.ours);
    v.theirs = side_text(plan, c, c.theirs);
    v.ours_by = c.ours_by.empty() ? "" : name_for(plan, c.ours_by);
    v.theirs_by = c.theirs_by.empty() ? "" : name_for(plan, c.theirs_by);
    v.note = c.note;
    v.editable = !c.field.empty() && c.kind != ConflictKind::Cycle;
    return v;
}

//-----------------------------------------------------------------------------
// [SECTION] The merge as one edit
//-----------------------------------------------------------------------------

namespace {

template <class T>
bool same_entity(const T& a, const T& b) {
    return detail::same_content(a, b) && a.stamp == b.stamp;
}

// The ops that turn `before`'s list into `after`'s: removals from the back, then each position
// in turn, an entity put in place (added, changed, or moved there). Applied in order, each op's
// index is right for the list as the earlier ops left it, so undo (the ops backwards) is exact.
template <class T>
void list_ops(const std::vector<T>& before, const std::vector<T>& after, std::vector<Op>& ops) {
    std::unordered_map<std::string_view, const T*> wanted;
    for (const T& e : after) wanted.emplace(e.id, &e);
    std::vector<const T*> now;
    for (const T& e : before) now.push_back(&e);
    for (std::size_t i = now.size(); i-- > 0;) {
        if (wanted.count(now[i]->id)) continue;
        ops.push_back(Put<T>{Placed<T>{*now[i], i}, std::nullopt});
        now.erase(now.begin() + static_cast<long>(i));
    }
    for (std::size_t i = 0; i < after.size(); ++i) {
        const T& target = after[i];
        std::size_t at = i;
        while (at < now.size() && now[at]->id != target.id) ++at;
        if (at == i && at < now.size() && same_entity(*now[at], target)) continue;
        if (at < now.size()) {
            ops.push_back(Put<T>{Placed<T>{*now[at], at}, Placed<T>{target, i}});
            now.erase(now.begin() + static_cast<long>(at));
        } else {
            ops.push_back(Put<T>{std::nullopt, Placed<T>{target, i}});
        }
        now.insert(now.begin() + static_cast<long>(i), &target);
    }
}

}  // namespace

Transaction merge_transaction(const Plan& before, const Plan& after) {
    Transaction t;
    t.label = "Merge";
    if (before.title != after.title || before.stamp != after.stamp || before.based_on != after.based_on)
        t.ops.push_back(Replace<PlanHeader>{PlanHeader{before.title, before.stamp, before.based_on},
                                            PlanHeader{after.title, after.stamp, after.based_on}});
    if (!detail::same_content(before.vision, after.vision) || before.vision.stamp != after.vision.stamp)
        t.ops.push_back(Replace<Vision>{before.vision, after.vision});
    if (!detail::same_content(before.communication, after.communication) ||
        before.communication.stamp != after.communication.stamp)
        t.ops.push_back(Replace<Communication>{before.communication, after.communication});
    detail::for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        list_ops(Collection<T>::of(before), Collection<T>::of(after), t.ops);
    });
    return t;
}

}  // namespace accord::merge
