#pragma once
// The goal tree's inspector: the selected goal's every field, its metric with the dated check-ins
// (a chart, the list, a new reading), and how its figures were made (progress and its source,
// expected progress and pace, the SMART letters with the reason for each missing one). Without a
// selection, the plan's goal figures.

namespace accord::ui {

struct ViewContext;

// Fills the current pane with the inspector of the selected goal.
void draw_goal_inspector(ViewContext& cx);

}  // namespace accord::ui
