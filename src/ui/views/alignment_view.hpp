#pragma once
// Alignment: the radar (one polygon per partner, the mean, gaps marked), round compare, the rating form and the gap list.
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct AlignmentState {
};

void draw_alignment_view(ViewContext& cx);

}  // namespace accord::ui
