#pragma once
// Builders for the transactions the app makes: one function per user action, each returning a
// Transaction for History::apply (history.hpp). Builders read the plan and never change it; an edit
// that cannot be made (an unknown id, a move that would make a cycle) comes back with
// `refused` set, in plain words, and History::apply refuses it without touching the plan.
//
// Generic forms work for every collection (see core/model/collections.hpp):
//   add(plan, entity [, index])     a new entity; its id is the caller's (IdSource) and must be new
//   update(plan, entity [, key])    replaces the entity with the same id, in place
//   remove<T>(plan, id)             removes it, and everything that would be left pointing at it
//   move<T>(plan, id, index)        reorders it within its collection
// Removing cascades so that the plan stays valid, all in the same undo step:
//   a partner   -> their roles, ratings, contacts, value items and approvals go; they leave owner,
//                  attendee, endorsement and agreement lists; risks, actions and decision rules
//                  they owned or led lose the owner/lead;
//   a goal      -> its whole subtree goes; activities linked to a removed goal lose the link;
//   a dimension -> every rating of it, in every round, goes.
// Assessment rounds and check-ins stay in date order: add and update place them by date.
#include <optional>
#include <string>

#include "core/commands/history.hpp"

namespace accord::edits {

template <class T>
Transaction add(const Plan& plan, T entity, std::optional<size_t> index = std::nullopt);

template <class T>
Transaction update(const Plan& plan, T entity, std::string coalesce_key = {});

template <class T>
Transaction remove(const Plan& plan, const Id& id);

template <class T>
Transaction move(const Plan& plan, const Id& id, size_t new_index);

// Re-parents a goal (new_parent "" makes it a root), placing it at `index` among its new
// siblings (default: last). Refused when the goal would end up below itself.
Transaction move_goal(const Plan& plan, const Id& goal, const Id& new_parent,
                      std::optional<size_t> index = std::nullopt);

Transaction set_title(const Plan& plan, std::string title, std::string coalesce_key = {});
Transaction set_vision(const Plan& plan, Vision vision, std::string coalesce_key = {});
Transaction set_communication(const Plan& plan, Communication communication, std::string coalesce_key = {});

// A partner's role in an activity; Role::None clears it.
Transaction set_role(const Plan& plan, const Id& activity, const Id& partner, Role role);

// A partner's rating of a dimension in a round (1..5); score 0 clears the rating.
Transaction set_rating(const Plan& plan, const Id& round, const Id& dimension, const Id& partner, int score,
                       std::string comment, std::string coalesce_key = {});

// Several transactions as one undo step (e.g. "add a goal and link an activity to it").
Transaction combine(std::string label, std::vector<Transaction> parts);

}  // namespace accord::edits
