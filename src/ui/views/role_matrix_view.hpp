#pragma once
// Role matrix: activities x partners (click a cell to cycle R/A/C/I), problems highlighted in place, per-partner load, governance.
#include <string>

#include "core/model/ids.hpp"

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct RoleMatrixState {
    Id selected;         // the activity shown in the inspector
    Id cursor_activity;  // the cell the keyboard acts on (set by the last click on a cell)
    Id cursor_partner;
    bool keyboard = false;  // the matrix has the keyboard: arrows move the cursor, R/A/C/I set it
    Id menu_activity;       // the cell whose right-click menu is open
    Id menu_partner;
    Id confirm_remove;      // an activity waiting for "Remove activity?" to be answered
};

void draw_role_matrix_view(ViewContext& cx);

}  // namespace accord::ui
