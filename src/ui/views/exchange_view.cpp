#include "ui/views/exchange_view.hpp"

#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {

void draw_exchange_view(ViewContext& cx) {
    (void)cx;
    muted_text("This view is being built.");
}

}  // namespace accord::ui
