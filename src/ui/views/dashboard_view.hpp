#pragma once
// Dashboard: what partners look at before a quarterly review. The health index with its parts,
// then a grid of cards that reflows with the window: goal progress, alignment gaps, role problems,
// top risks, the state of communication and the balance of the exchange. Every item jumps to its
// view and reveals the entity. An empty plan gets a start page instead: the first steps, each a
// button to the view where it is done.
#include <vector>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames: never undone, never saved.
struct DashboardState {
    int expanded_part = -1;           // the health part (scoring::HealthPart) whose reasons are open; -1: none
    std::vector<float> card_heights;  // each card's height last frame, to balance the grid's columns
};

void draw_dashboard_view(ViewContext& cx);

}  // namespace accord::ui
