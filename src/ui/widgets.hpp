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

// A full-width panel whose height follows its content, for forms and lists that scroll with the
// view; pair with end_section(). Unlike a child window it needs no height up front: the panel is
// drawn behind the content once the content is laid out, in the same frame. Inside, inputs sized
// -FLT_MIN stop at its padding.
void begin_section(const char* title = nullptr);
void end_section();

// A thin line across the rest of the width, inside a section's padding (ImGui's Separator runs to
// the window's edge, through the section's border).
void rule();

// Continues the line with the next item of `width` against the right edge of the content region
// (inside a section too, where SameLine's offsets would count from the section's group).
void align_right(float width);

// A child window that only lays out (no background of its own): columns of a view.
bool begin_pane(const char* id, ImVec2 size);
void end_pane();

// Keys. ImGui 1.86's IsKeyPressed() takes the backend's key code, not an ImGuiKey (passing
// ImGuiKey_Z silently tests some other key): key_pressed() translates named keys, and
// letter_pressed('F') reads letters, whose GLFW codes are their capitals' ASCII codes.
inline bool key_pressed(ImGuiKey key, bool repeat = true) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat); }
inline bool letter_pressed(char capital, bool repeat = false) { return ImGui::IsKeyPressed(capital, repeat); }

// ImGui::BeginCombo, named to the test hooks by `id` while closed (ImGui 1.86's combos report no
// label, so tests could not find them as a person finds them, by what they are for).
bool begin_combo(const char* id, const char* preview, ImGuiComboFlags flags = 0);

// Text in a muted colour.
void muted_text(const char* text);

// A button with an icon and a label, e.g. icon_button(ICON_ADD, "Add value").
bool icon_button(const char* icon, const char* label);

// A small square icon-only button with a tooltip (remove, move up...). `id` must be unique in scope.
bool small_icon_button(const char* icon, const char* id, const char* tooltip);

}  // namespace accord::ui
