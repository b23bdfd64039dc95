#pragma once
// Role matrix: activities x partners (click a cell to cycle R/A/C/I), problems highlighted in place, per-partner load, governance.
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct RoleMatrixState {
};

void draw_role_matrix_view(ViewContext& cx);

}  // namespace accord::ui
