#pragma once
// Alignment: the radar (one polygon per partner, the mean, disagreements marked), round compare, the
// rating form, the disagreement list, and the ratings against the plan's evidence.
#include <string>

#include "core/model/ids.hpp"

namespace accord::ui {

struct ViewContext;

enum class AlignmentTab { Rate, Rounds, Dimensions };

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct AlignmentState {
    Id round;                // the round shown and rated ("" or unknown: the latest round with ratings)
    Id partner;              // whose ratings the form edits ("" or unknown: me, else the first partner)
    bool compare = false;    // the previous rated round drawn under the current one
    AlignmentTab tab = AlignmentTab::Rate;  // the page of the right-hand panel
    Id confirm_remove_round;     // the round "Remove round?" asks about
    Id confirm_remove_dimension;  // the dimension "Remove dimension?" asks about
};

void draw_alignment_view(ViewContext& cx);

}  // namespace accord::ui
