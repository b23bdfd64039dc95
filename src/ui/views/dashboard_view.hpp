#pragma once
// Dashboard: the health index with its parts, goal progress, top gaps, role problems, top risks and the next check-in; every item jumps to its view.
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct DashboardState {
};

void draw_dashboard_view(ViewContext& cx);

}  // namespace accord::ui
