#include "ui/views/goal_tree_view.hpp"

#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {

void draw_goal_tree_view(ViewContext& cx) {
    (void)cx;
    muted_text("This view is being built.");
}

}  // namespace accord::ui
