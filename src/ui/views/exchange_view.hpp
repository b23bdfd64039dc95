#pragma once
// Exchange: export (download, clipboard, share, email, report), import (file, drop) and the merge review.
#include <string>

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames (selection, scroll, open panels): never undone, never saved.
struct ExchangeState {
};

void draw_exchange_view(ViewContext& cx);

}  // namespace accord::ui
