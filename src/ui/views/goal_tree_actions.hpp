#pragma once
// What the goal tree's toolbar, canvas, inspector and keyboard share: the actions on goals (each
// queued as one undoable edit) and the words and colours of a goal's pace.
#include <string>

#include "core/model/plan.hpp"
#include "core/scoring/goals.hpp"
#include "imgui.h"

namespace accord::ui {

struct ViewContext;
struct GoalTreeState;

// Selection and what is on screen (never undone).
void select_goal(ViewContext& cx, const Id& goal);
void set_collapsed(GoalTreeState& state, const Id& goal, bool collapsed);
void expand_all(GoalTreeState& state);
void collapse_below_depth(ViewContext& cx, int depth);  // collapses every goal at `depth` with children
// Shows `goal`: its ancestors are expanded and the canvas pans to it on the next frame.
void reveal_goal(ViewContext& cx, const Id& goal);

// Edits. A new goal is selected, revealed, and its title input takes the keyboard.
void add_root_goal(ViewContext& cx);
void add_child_goal(ViewContext& cx, const Goal& parent);
void add_sibling_goal(ViewContext& cx, const Goal& goal);
void ask_remove_goal(ViewContext& cx, const Id& goal);  // asks first: the confirmation says how many go

// The kind a new child of a `parent` goal gets: the next level down the tree.
GoalKind child_kind(GoalKind parent);

// How a goal is doing, as the canvas and inspector show it: the pace, unless the partners marked
// the goal at risk while its dates see no problem (their judgement is shown, not hidden).
ImU32 pace_colour(const Goal& goal, const scoring::GoalProgress* progress);
const char* pace_word(const Goal& goal, const scoring::GoalProgress* progress);  // "" when nothing to say

// "42%"
std::string percent_text(double fraction);

}  // namespace accord::ui
