#pragma once
// Partners: one profile per partner (organisation, contact, colour, strengths, resources, limitations, expectations, values).
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct PartnersState {
};

void draw_partners_view(ViewContext& cx);

}  // namespace accord::ui
