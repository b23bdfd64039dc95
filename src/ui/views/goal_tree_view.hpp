#pragma once
// Goal tree: the goals drawn as a tree on a canvas (pan, zoom, collapse, drag to re-parent) with an inspector for the selected goal.
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct GoalTreeState {
};

void draw_goal_tree_view(ViewContext& cx);

}  // namespace accord::ui
