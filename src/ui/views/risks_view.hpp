#pragma once
// Risks: the 5 x 5 heat map of open risks (likelihood x impact, coloured by exposure band; click a
// cell to filter the register), the register sorted by exposure, and the selected risk's editor.
// Open high risks without a contingency plan are flagged with the reason.
#include "core/model/ids.hpp"

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames: never undone, never saved.
struct RisksState {
    Id selected;             // the risk in the editor
    int filter_likelihood = 0;  // the heat map cell the register is narrowed to; 0: no filter
    int filter_impact = 0;
    Id confirm_remove;       // a removal waiting for the user's yes
};

void draw_risks_view(ViewContext& cx);

}  // namespace accord::ui
