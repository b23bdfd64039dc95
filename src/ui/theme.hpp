#pragma once
// Light and dark themes: ImGui's colours plus the app's own semantic palette (status, bands,
// heat map), so that views never hard-code a colour. Sizes are in CSS pixels at scale 1; the
// runner scales the style once by the pixel ratio.
#include "imgui.h"

namespace accord::ui {

enum class ThemeKind { Light, Dark };

struct Palette {
    ImU32 background;      // behind every panel
    ImU32 panel;           // cards, canvases
    ImU32 panel_border;
    ImU32 text;
    ImU32 text_muted;
    ImU32 accent;          // selection, links, primary buttons
    ImU32 good;            // done, strength, ahead
    ImU32 ok;              // on track
    ImU32 warn;            // borderline, at risk
    ImU32 bad;             // behind, concern, conflicts
    ImU32 neutral;         // not started, no data
    ImU32 grid;            // chart grid lines
    ImU32 highlight;       // hover in canvases
};

void apply_theme(ThemeKind kind, float scale);  // sets ImGui's style (scaled) and the palette
ThemeKind current_theme();
const Palette& palette();

// Partner colours come from the plan as 0xRRGGBB.
ImU32 rgb(unsigned colour, float alpha = 1.0f);
ImVec4 rgb_vec(unsigned colour, float alpha = 1.0f);

}  // namespace accord::ui
