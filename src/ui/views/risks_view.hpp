#pragma once
// Risks: the heat map (likelihood x impact) and the risk register.
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct RisksState {
};

void draw_risks_view(ViewContext& cx);

}  // namespace accord::ui
