#pragma once
// The parts of the Alignment view (alignment_view.cpp lays them out): the radar
// (alignment_radar.cpp), the rating form and the round and dimension lists (alignment_forms.cpp),
// feelings against evidence (alignment_evidence.cpp), and the small helpers they share. Internal
// to the view.
#include <string>

#include "core/scoring/alignment.hpp"
#include "imgui.h"

namespace accord::ui {

struct ViewContext;

// The round the view shows and rates, with the rated round before it for the comparison.
struct RoundChoice {
    const AssessmentRound* round = nullptr;
    const scoring::RoundAlignment* scored = nullptr;
    const AssessmentRound* previous_round = nullptr;  // the latest round with ratings before it
    const scoring::RoundAlignment* previous = nullptr;
};

// Draws the radar of `choice` in a canvas of the given height and the full available width,
// with its legend below; the previous round is drawn under it when `compare` is on.
void draw_radar(ViewContext& cx, const RoundChoice& choice, bool compare, float height);

// The pages of the right-hand panel.
void draw_rating_form(ViewContext& cx, const RoundChoice& choice);
void draw_round_list(ViewContext& cx);
void draw_dimension_list(ViewContext& cx);

// Each dimension's rating in the latest rated round against the plan's evidence, with the next
// steps and a button to each step's place.
void draw_evidence_list(ViewContext& cx, const RoundChoice& choice);

// Adds a round dated today, shows it and opens the Rounds page with its title ready to type.
void add_round(ViewContext& cx);

// Shared helpers.
ImU32 with_alpha(ImU32 colour, float alpha);
ImU32 band_colour(scoring::Band band);
void tinted_chip(const char* text, ImU32 colour);      // a rounded tag: the text on a pale wash of its colour
std::string display_date(Date date);                   // "15 Sep 2026"
std::string round_label(const AssessmentRound& round);  // "Autumn assessment · 15 Sep 2026"
std::string short_name(const Partner& partner);        // the first word of the name
std::string fit_text(const std::string& text, float width);  // cut with an ellipsis to fit
std::string one_decimal(double value);                 // 3.6666 -> "3.7"

}  // namespace accord::ui
