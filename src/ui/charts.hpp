#pragma once
// Small drawings for figures, shared by the views: rings, bars, badges, and the colours and words
// that go with scores, risk levels and goal pace. They draw what the core computed; the thresholds
// that decide a band live in the core (scoring/*.hpp), except score_colour()'s, which only choose
// a colour for a 0..100 score and decide nothing else.
//
//   charts::ring(draw, centre, em(3), em(0.5f), 0.64f, charts::score_colour(64));
//   charts::badge("High", palette().bad);
//
// Index of this file
// [SECTION] Colours
// [SECTION] Drawings
// [SECTION] Words
#include <optional>
#include <string>
#include <vector>

#include "core/model/date.hpp"
#include "core/model/plan.hpp"
#include "core/scoring/goals.hpp"
#include "core/scoring/risks.hpp"
#include "imgui.h"

namespace accord::ui::charts {

//-----------------------------------------------------------------------------
// [SECTION] Colours
//-----------------------------------------------------------------------------

// A 0..100 score: good from 75, warn from 50, bad below; neutral when unknown.
ImU32 score_colour(std::optional<double> score);
ImU32 level_colour(scoring::RiskLevel level);
ImU32 pace_colour(scoring::Pace pace);
// The colour with its alpha multiplied by `alpha` (tints for backgrounds).
ImU32 faded(ImU32 colour, float alpha);
// Black or white, whichever reads better on `background`.
ImU32 text_on(ImU32 background);

//-----------------------------------------------------------------------------
// [SECTION] Drawings
//-----------------------------------------------------------------------------

// A ring from twelve o'clock, clockwise, over `fraction` (0..1) of a faint full track.
void ring(ImDrawList* draw, ImVec2 centre, float radius, float thickness, float fraction, ImU32 colour);

// A horizontal bar of `size` filled to `fraction`; `marker` (0..1) draws a tick, e.g. the
// progress expected by today. Laid out as an item.
void bar(float fraction, ImU32 colour, ImVec2 size, std::optional<float> marker = std::nullopt);

// A rounded pill with a short text: laid out as an item on the current line, or drawn at a point
// (returning its size) inside rows drawn by hand.
void badge(const std::string& text, ImU32 colour, bool filled = true);
ImVec2 badge_size(const std::string& text);
ImVec2 draw_badge(ImDrawList* draw, ImVec2 at, const std::string& text, ImU32 colour, bool filled = true);

// Text centred on a point, in `font` at `size` pixels.
void centred_text(ImDrawList* draw, ImFont* font, float size, ImVec2 centre, ImU32 colour, const char* text);

// One line of text from `at`, cut with an ellipsis before `max_x` (for rows drawn by hand).
void fitted_text(ImVec2 at, float max_x, ImU32 colour, const std::string& text);

//-----------------------------------------------------------------------------
// [SECTION] Words
//-----------------------------------------------------------------------------

// A tooltip listing a figure's reasons, one per line, wrapped; `note` (optional) comes last.
void reasons_tooltip(const std::vector<std::string>& reasons, const std::string& note = {});

std::string whole(double value);           // 63.5 -> "64" (half up, like the reasons' text)
std::string one_decimal(double value);     // 3.25 -> "3.3"
std::string percent(double fraction);      // 0.365 -> "37%"
std::string day(Date date);                // "10 Nov 2026"
std::string relative_day(Date date, Date today);  // "today", "in 3 days", "12 days ago"
std::string count(long long n, const char* one, const char* many);  // "1 risk", "3 risks"
// The core's reasons are sentence fragments ("2 of 9 activities..."); shown alone, they start with
// a capital.
std::string sentence(std::string reason);
// A partner's name up to the first space ("Wisła" for "Wisła Grid Sp. z o.o."), for tight places.
std::string short_name(const Partner& partner);

}  // namespace accord::ui::charts
