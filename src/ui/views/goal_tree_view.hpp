#pragma once
// Goal tree: the goals drawn as a tree on a canvas (pan, zoom, collapse, drag to re-parent or
// reorder) with an inspector beside it for the selected goal: every field, the metric and its
// check-ins, and how its figures (progress, pace, SMART) were made.
//
// The view is split in parts, all in ui/views/goal_tree_*:
//   goal_tree_view.cpp       the toolbar, the panes, keyboard, the removal confirmation
//   goal_tree_canvas.cpp     the drawn tree and its pointer input
//   goal_tree_inspector.cpp  the selected goal's form and figures
//   goal_tree_actions.cpp    what those parts share: adding, removing, revealing, colours
//   goal_tree_layout.cpp     where the cards go (pure, cached by plan revision)
#include <cstdint>
#include <set>
#include <string>

#include "core/model/ids.hpp"
#include "ui/views/goal_tree_layout.hpp"

namespace accord::ui {

struct ViewContext;

// What a press on the canvas started.
enum class GoalPress { None, Pan, Node, Toggle };

// What this view remembers between frames (selection, view, drag): never undone, never saved.
struct GoalTreeState {
    Id selected;
    std::set<Id> collapsed;             // goals whose subtrees are hidden
    std::uint64_t collapsed_version = 0;  // bumped with every change to `collapsed`
    GoalLayout layout;                  // cached: see GoalLayout's plan, revision, collapsed_version

    // The view: the world point (em) at the canvas's top-left corner, and the zoom (1 = cards
    // drawn at the UI's font size).
    float scroll_x = 0, scroll_y = 0;
    float zoom = 1;
    float origin_x = 0, origin_y = 0;  // the canvas's corner on screen (em) last frame
    bool origin_known = false;
    Id fitted_plan;       // the plan the view was last fitted to: another plan is fitted on sight
    bool fit_requested = false;
    float zoom_by = 1;    // a zoom asked for by the toolbar, about the canvas's centre
    Id reveal;            // a goal to pan into view once the canvas knows its size

    // A press on the canvas, and a card being dragged.
    GoalPress press = GoalPress::None;
    Id pressed;                   // the card (or badge) pressed
    bool dragging = false;        // the press moved far enough to be a drag
    float grab_x = 0, grab_y = 0;  // where the card was grabbed, relative to its corner (em)
    // A dropped card glides from where it was let go (em) to its place in the tree.
    Id snap_goal;
    float snap_x = 0, snap_y = 0;
    double snap_start = 0;
    Id menu_goal;  // the card the context menu is about ("" = the canvas)

    Id confirm_remove;  // a removal waiting for the user's yes
    Id editing_title;   // the inspector shows this goal's title as an input (else as a heading)

    // The check-in being typed in the inspector, for `reading_goal`.
    Id reading_goal;
    std::string reading_date, reading_value, reading_note;
};

void draw_goal_tree_view(ViewContext& cx);

}  // namespace accord::ui
