// Presence: which entities the merged plan holds. An entity on both sides is merged; one that a
// side added is kept; one that a side removed meets what the other side did.
//
// A removal takes with it what cannot exist without the removed entity (a partner's contacts,
// value items and approvals, a goal's sub-goals), as removing it in the app does; together they
// are a removal group. The other side may challenge the group:
//  - it changed a member (the removed entity itself, or a sub-goal of it...);
//  - it added something that needs a member (a contact of the removed partner, a goal under the
//    removed goal);
//  - it started to use a member (a new owner, attendee, endorsement, rating, role, risk owner...).
// Unchallenged, the removal applies (and the cascade drops whatever still refers to it, as the
// removing side did). Challenged, it is one conflict: keep (the removal is undone, members and all,
// with the traces it left in lists and references) or remove (what needs it goes too).
//
// Index of this file
// [SECTION] What needs what
// [SECTION] Uses of removed entities
// [SECTION] Removal groups
// [SECTION] Presence
#include <algorithm>

#include "core/merge/engine.hpp"
#include "core/merge/entity_json.hpp"
#include "core/merge/equality.hpp"

namespace accord::merge::detail {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] What needs what
//-----------------------------------------------------------------------------

struct Requirement {
    Target target = Target::None;
    std::string_view id;
};

template <class T>
Requirement requirement(const T&) {
    return {};
}
Requirement requirement(const Contact& c) { return {Target::Partner, c.partner}; }
Requirement requirement(const ValueItem& v) { return {Target::Partner, v.partner}; }
Requirement requirement(const Approval& a) { return {Target::Partner, a.partner}; }
Requirement requirement(const Goal& g) { return {Target::Goal, g.parent}; }

template <class T>
constexpr Target target_of() {
    if constexpr (std::is_same_v<T, Partner>) return Target::Partner;
    if constexpr (std::is_same_v<T, Goal>) return Target::Goal;
    if constexpr (std::is_same_v<T, Dimension>) return Target::Dimension;
    return Target::None;
}

// Collection types are numbered in for_each_type's order.
template <class F>
void with_type(std::size_t index, F&& f) {
    std::size_t at = 0;
    for_each_type([&](auto tag) {
        if (at++ == index) f(tag);
    });
}

template <class Wanted>
std::size_t type_index() {
    std::size_t at = 0, found = 0;
    for_each_type([&](auto tag) {
        if (std::is_same_v<typename decltype(tag)::type, Wanted>) found = at;
        ++at;
    });
    return found;
}

std::size_t type_of(Target target) {
    switch (target) {
        case Target::Partner: return type_index<Partner>();
        case Target::Goal: return type_index<Goal>();
        case Target::Dimension: return type_index<Dimension>();
        case Target::None: break;
    }
    return 0;
}

struct Member {
    std::size_t type;
    std::string_view id;
};

//-----------------------------------------------------------------------------
// [SECTION] Uses of removed entities
//-----------------------------------------------------------------------------

enum class UseKind { Value, Set, Item, Records };

// A reference, on the side that kept an entity, to something the other side removed.
struct Use {
    Target target;
    std::string_view id;  // what it refers to
    std::size_t type;     // the referring entity
    std::string_view entity;
    std::string field;    // "owners", "roles[p1]"
    UseKind kind;
    bool is_new;          // not there in the base: this side started to use it
    bool requirement;     // the referring entity cannot exist without it
};

// Finds every reference in `user`'s plan to an entity `remover` removed.
class UseScan {
public:
    UseScan(const Engine& engine, Side user, Side remover) : engine_(engine), user_(user), remover_(remover) {}
    std::vector<Use> uses;

    void run() {
        for_each_type([&](auto tag) {
            using T = typename decltype(tag)::type;
            const Table<T>& t = engine_.table<T>();
            for (const T& e : Collection<T>::of(engine_.plan(user_))) {
                if (t.fate(e.id) == Fate::Gone) continue;  // itself removed: a member, not a user
                entity(e, t.get(kBase, e.id));
            }
        });
    }

private:
    bool removed(Target target, std::string_view id) const { return engine_.removed_by(remover_, target, id); }

    template <class T>
    void add(const T& e, std::string field, Target target, std::string_view id, UseKind kind, bool is_new,
             bool requirement = false) {
        uses.push_back({target, id, type_index<T>(), e.id, std::move(field), kind, is_new, requirement});
    }

    template <class T>
    void value(const T& e, const T* base, const char* field, const Id T::*member, Target target, bool req = false) {
        const Id& id = e.*member;
        if (!id.empty() && removed(target, id)) add(e, field, target, id, UseKind::Value, !base || base->*member != id, req);
    }

    template <class T>
    void set(const T& e, const T* base, const char* field, const std::vector<Id> T::*member) {
        for (const Id& id : e.*member) {
            if (!removed(Target::Partner, id)) continue;
            const bool is_new = !base || std::find((base->*member).begin(), (base->*member).end(), id) == (base->*member).end();
            add(e, field, Target::Partner, id, UseKind::Set, is_new);
        }
    }

    template <class T>
    void entity(const T&, const T*) {}
    void entity(const Value& e, const Value* b) { set(e, b, "endorsed_by", &Value::endorsed_by); }
    void entity(const GlossaryTerm& e, const GlossaryTerm* b) { set(e, b, "agreed_by", &GlossaryTerm::agreed_by); }
    void entity(const Goal& e, const Goal* b) {
        value(e, b, "parent", &Goal::parent, Target::Goal, true);
        set(e, b, "owners", &Goal::owners);
    }
    void entity(const Activity& e, const Activity* b) {
        value(e, b, "goal", &Activity::goal, Target::Goal);
        for (const RoleAssignment& r : e.roles) {
            if (!removed(Target::Partner, r.partner)) continue;
            const auto was = b ? std::find_if(b->roles.begin(), b->roles.end(),
                                              [&](const RoleAssignment& x) { return x.partner == r.partner; })
                               : e.roles.end();
            const bool is_new = !b || was == b->roles.end() || was->role != r.role || !same_extra(was->extra, r.extra);
            add(e, "roles[" + r.partner + "]", Target::Partner, r.partner, UseKind::Item, is_new);
        }
    }
    void entity(const DecisionRule& e, const DecisionRule* b) { value(e, b, "lead", &DecisionRule::lead, Target::Partner); }
    void entity(const Contact& e, const Contact* b) { value(e, b, "partner", &Contact::partner, Target::Partner, true); }
    void entity(const AssessmentRound& e, const AssessmentRound* b) {
        for (const Rating& r : e.ratings) {
            const Rating* was = b ? b->find(r.dimension, r.partner) : nullptr;
            const bool is_new =
                !was || was->score != r.score || was->comment != r.comment || !same_extra(was->extra, r.extra);
            const std::string field = "ratings[" + r.dimension + "," + r.partner + "]";
            if (removed(Target::Dimension, r.dimension)) add(e, field, Target::Dimension, r.dimension, UseKind::Item, is_new);
            if (removed(Target::Partner, r.partner)) add(e, field, Target::Partner, r.partner, UseKind::Item, is_new);
        }
    }
    void entity(const Risk& e, const Risk* b) { value(e, b, "owner", &Risk::owner, Target::Partner); }
    void entity(const CheckIn& e, const CheckIn* b) {
        set(e, b, "attendees", &CheckIn::attendees);
        std::vector<std::string_view> owners;
        for (const Action& a : e.actions)
            if (!a.owner.empty() && removed(Target::Partner, a.owner) &&
                std::find(owners.begin(), owners.end(), a.owner) == owners.end())
                owners.push_back(a.owner);
        for (std::string_view owner : owners) add(e, "actions", Target::Partner, owner, UseKind::Records, !b || b->actions != e.actions);
    }
    void entity(const ValueItem& e, const ValueItem* b) { value(e, b, "partner", &ValueItem::partner, Target::Partner, true); }
    void entity(const Approval& e, const Approval* b) { value(e, b, "partner", &Approval::partner, Target::Partner, true); }

    const Engine& engine_;
    Side user_, remover_;
};

//-----------------------------------------------------------------------------
// [SECTION] Removal groups
//-----------------------------------------------------------------------------

struct Group {
    Member root;
    std::vector<Member> members;     // the root first
    std::vector<Member> dependents;  // the other side's additions that need a member
    std::vector<const Use*> uses;    // other references to members
    std::vector<std::string> claims; // what challenges the removal, for people
    bool root_changed = false;
    bool member_changed = false;     // the keeping side changed a member (the root or what needs it)
};

const char* side_name(Side side) { return side == kOurs ? "ours" : "theirs"; }

// The JSON of one of `side`'s entities, by type and id.
Doc entity_doc(const Engine& engine, Side side, const Member& m) {
    Doc out;
    with_type(m.type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        out = to_doc(*engine.table<T>().get(side, m.id));
    });
    return out;
}

const Section& section_at(std::size_t type) {
    const Section* out = nullptr;
    with_type(type, [&](auto tag) { out = &section_of<typename decltype(tag)::type>(); });
    return *out;
}

// What deciding "keep" restores, for a decision taken later on the plan (merge.hpp decide()):
// the members and dependents as the keeping side has them, and the references to put back.
Doc keep_bundle(const Engine& engine, Side keeper, const Group& group) {
    Doc entities = Doc::object();
    for (const auto* list : {&group.members, &group.dependents})
        for (const Member& m : *list) entities[section_at(m.type).key].push_back(entity_doc(engine, keeper, m));
    Doc uses = Doc::array();
    for (const Use* use : group.uses) {
        Doc value = std::string(use->id);
        if (use->kind == UseKind::Item || use->kind == UseKind::Records) {
            const Doc holder = entity_doc(engine, keeper, {use->type, use->entity});
            const std::string list = use->field.substr(0, use->field.find('['));
            if (use->kind == UseKind::Records) {
                value = holder[list];
            } else {
                const Section& section = section_at(use->type);
                const Field& field = *section.rule->find(list);
                const auto keys = item_keys(field, holder[list]);
                const std::string key = use->field.substr(list.size() + 1, use->field.size() - list.size() - 2);
                for (std::size_t i = 0; i < keys.size(); ++i)
                    if (keys[i] == key) value = holder[list][i];
            }
        }
        uses.push_back(Doc{{"section", section_at(use->type).key},
                           {"entity", std::string(use->entity)},
                           {"field", use->field},
                           {"value", std::move(value)}});
    }
    return Doc{{"entities", std::move(entities)}, {"uses", std::move(uses)}};
}

std::string claims_text(const std::vector<std::string>& claims) {
    std::string out;
    const std::size_t shown = std::min<std::size_t>(claims.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) out += (i ? ", " : "") + claims[i];
    if (claims.size() > shown) out += ", and " + std::to_string(claims.size() - shown) + " more";
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Presence
//-----------------------------------------------------------------------------

bool Engine::removed_by(Side side, Target target, std::string_view id) const {
    return target != Target::None && removed_[side][static_cast<int>(target)].count(id) > 0;
}

bool Engine::kept_despite(Side side, Target target, std::string_view id) const {
    return target != Target::None && kept_[side][static_cast<int>(target)].count(id) > 0;
}

bool Engine::any_kept_despite() const {
    for (const auto& side : kept_)
        for (const auto& ids : side)
            if (!ids.empty()) return true;
    return false;
}

void Engine::decide_presence() {
    std::array<std::vector<Member>, 3> removals;  // by the side that removed them
    std::size_t type = 0;
    for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        Table<T>& t = table<T>();
        for (Side side : {kOurs, kTheirs}) {
            for (std::string_view id : t.order[side]) {
                auto& [on, fate] = t.rows.at(id);
                if (fate) continue;
                const Side other = opposite(side);
                if (on[other]) {
                    fate = Fate::Merged;
                } else if (!two_way() && on[kBase]) {
                    fate = Fate::Gone;
                    removals[other].push_back({type, id});
                    if (target_of<T>() != Target::None) removed_[other][static_cast<int>(target_of<T>())].insert(id);
                } else {
                    fate = side == kOurs ? Fate::OursOnly : Fate::TheirsOnly;
                }
            }
        }
        ++type;
    });

    for (Side remover : {kOurs, kTheirs}) {
        const Side keeper = opposite(remover);
        std::vector<Group> groups;
        std::vector<std::unordered_map<std::string_view, std::size_t>> group_of(type);
        // Each removal joins the group of what it cannot exist without, when that went too.
        for (const Member& removal : removals[remover]) {
            std::vector<Member> chain;
            Member at = removal;
            std::size_t group = 0;
            for (;;) {
                if (const auto it = group_of[at.type].find(at.id); it != group_of[at.type].end()) {
                    group = it->second;
                    break;
                }
                chain.push_back(at);
                Requirement needs;
                with_type(at.type, [&](auto tag) {
                    using T = typename decltype(tag)::type;
                    needs = requirement(*table<T>().get(keeper, at.id));
                });
                if (!needs.id.empty() && removed_by(remover, needs.target, needs.id)) {
                    at = {type_of(needs.target), needs.id};
                    continue;
                }
                group = groups.size();
                groups.push_back(Group{at, {}, {}, {}, {}, false, false});
                break;
            }
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                group_of[it->type].emplace(it->id, group);
                groups[group].members.push_back(*it);
            }
        }
        if (groups.empty()) continue;

        for (Group& g : groups) {
            for (const Member& m : g.members) {
                bool changed = false;
                with_type(m.type, [&](auto tag) {
                    using T = typename decltype(tag)::type;
                    changed = !same_content(*table<T>().get(keeper, m.id), *table<T>().get(kBase, m.id));
                });
                if (!changed) continue;
                if (m.id == g.root.id && m.type == g.root.type) g.root_changed = true;
                g.member_changed = true;
                g.claims.push_back(describe(section_at(m.type), m.id) + " (changed)");
            }
        }
        UseScan scan(*this, keeper, remover);
        scan.run();
        for (const Use& use : scan.uses) {
            const auto it = group_of[type_of(use.target)].find(use.id);
            if (it == group_of[type_of(use.target)].end()) continue;
            Group& g = groups[it->second];
            bool added = false;
            with_type(use.type, [&](auto tag) {
                using T = typename decltype(tag)::type;
                added = !table<T>().get(remover, use.entity) && !table<T>().get(kBase, use.entity);
            });
            if (use.requirement && added) {
                g.dependents.push_back({use.type, use.entity});
                g.claims.push_back(describe(section_at(use.type), use.entity) + " (added)");
                continue;
            }
            g.uses.push_back(&use);
            if (use.is_new) g.claims.push_back(describe(section_at(use.type), use.entity) + " (" + use.field + ")");
        }
        // Goals the keeping side added below an added goal that needs a member go with it.
        for (Group& g : groups) {
            for (std::size_t i = 0; i < g.dependents.size(); ++i) {
                if (g.dependents[i].type != type_index<Goal>()) continue;
                for (const Goal& child : plan(keeper).goals)
                    if (child.parent == g.dependents[i].id && !table<Goal>().get(remover, child.id) &&
                        !table<Goal>().get(kBase, child.id))
                        g.dependents.push_back({type_index<Goal>(), child.id});
            }
        }

        for (Group& g : groups) {
            const Section& section = section_at(g.root.type);
            // Deciding an open conflict on one copy removes it there; that always travels.
            if (g.claims.empty() || std::string_view(section.key) == "conflicts") continue;
            const Doc base = entity_doc(*this, kBase, g.root);
            const Doc keep = keep_bundle(*this, keeper, g);
            const Doc& none = null_doc();
            const Trio values{&base, keeper == kOurs ? &keep : &none, keeper == kTheirs ? &keep : &none};
            const std::size_t with = g.members.size() - 1;
            std::string note = std::string(side_name(remover)) + " removed " + describe(section, g.root.id) +
                               (with ? " and " + std::to_string(with) + " entries that cannot exist without it" : "") +
                               "; " + side_name(keeper) + (g.root_changed ? " changed it" : " still needs it") + ": " +
                               claims_text(g.claims);
            // Changed (the entity or what cannot exist without it) against removed; otherwise the
            // keeping side only started to use it.
            const ConflictKind kind = !g.member_changed      ? ConflictKind::Reference
                                      : remover == kOurs     ? ConflictKind::DeleteEdit
                                                             : ConflictKind::EditDelete;
            const Decision* decision = conflict(kind, section, g.root.id, "", values, std::move(note));
            bool keep_it = keeper == kOurs;
            if (decision) {
                if (decision->choice == Choice::Custom) refuse(*decision, "a removal is decided by keeping or removing: choose ours or theirs");
                if (decision->choice == Choice::Ours || decision->choice == Choice::Theirs) {
                    keep_it = (decision->choice == Choice::Ours) == (keeper == kOurs);
                    for (const Member& m : g.members) touch(section_at(m.type), m.id);
                }
            }
            if (!keep_it) continue;
            for (const Member& m : g.members) {
                with_type(m.type, [&](auto tag) {
                    using T = typename decltype(tag)::type;
                    table<T>().rows.at(m.id).fate = keeper == kOurs ? Fate::OursOnly : Fate::TheirsOnly;
                    if (target_of<T>() != Target::None) kept_[remover][static_cast<int>(target_of<T>())].insert(m.id);
                });
            }
        }
    }
}

}  // namespace accord::merge::detail
