#pragma once
// Vision: the shared vision statement, mission, the why and horizon; values with their endorsements;
// the glossary of common language.
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames: never undone, never saved.
struct VisionState {
};

void draw_vision_view(ViewContext& cx);

}  // namespace accord::ui
