#pragma once
// The goal tree drawn on a canvas, in ImGui's canvas recipe: one InvisibleButton takes the pointer,
// an ImDrawList draws inside the canvas's clip rectangle, a scroll offset and a zoom place the
// world (em units, goal_tree_layout.hpp) on screen, right-click opens a menu.
//
//   press a card        select it; drag it onto another card to re-parent it (onto a card's
//                       leading/trailing edge: place it before/after that card among its siblings)
//   press the badge     collapse or expand the subtree (a collapsed card shows how many it hides)
//   drag empty canvas   pan; wheel pans, Ctrl+wheel zooms towards the pointer, two fingers pan and pinch
//   keys                arrows move the selection, Delete removes, F2/Enter edits the title,
//                       + / - zoom, F fits the tree to the canvas, Escape cancels a drag
#include "imgui.h"

namespace accord::ui {

struct ViewContext;

// Draws the canvas at the cursor, `size` in pixels, and handles its input.
void draw_goal_canvas(ViewContext& cx, ImVec2 size);

}  // namespace accord::ui
