#pragma once
// Internal to core/merge: after a merge (or a decision taken later), drop what refers to entities
// that are gone, as removing them in the app does (commands/edits.hpp): a removed partner leaves
// owner, attendee and endorsement lists, its roles, ratings, contacts, value items and approvals
// go, risks and actions it owned lose their owner; a removed goal's sub-goals go (unless
// `reparent` offers them a place) and activities linked to it lose the link; a removed
// dimension's ratings go.
#include <functional>
#include <vector>

#include "core/model/plan.hpp"

namespace accord::merge::detail {

// For a goal whose parent is gone: where it may go instead, in order of preference ("" = top
// level). Each is tried only if it is still there and would not put the goal below itself; when
// none fits the goal goes to the top level. An empty list: the goal goes, with its sub-goals.
using Reparent = std::function<std::vector<Id>(const Goal& orphan)>;

void drop_dangling(Plan& plan, const Reparent& reparent);

}  // namespace accord::merge::detail
