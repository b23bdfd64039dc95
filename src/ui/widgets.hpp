#pragma once
// Small drawing helpers shared by the views: sizes in em (font-size units), cards, badges.
#include "imgui.h"

namespace accord::ui {

// Design sizes are in em so the layout follows the font (and so the pixel ratio).
inline float em(float n) { return n * ImGui::GetFontSize(); }
inline ImVec2 em2(float x, float y) { return ImVec2(em(x), em(y)); }

// A rounded, padded panel with a title; pair with end_card().
bool begin_card(const char* id, const char* title, ImVec2 size = ImVec2(0, 0));
void end_card();

// Text in a muted colour.
void muted_text(const char* text);

}  // namespace accord::ui
