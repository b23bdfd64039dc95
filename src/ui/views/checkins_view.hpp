#pragma once
// Check-ins & reviews: the cadence and the next due date, the check-in log with decisions and actions, review snapshots.
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct CheckinsState {
};

void draw_checkins_view(ViewContext& cx);

}  // namespace accord::ui
