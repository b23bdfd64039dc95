#pragma once
// Every insight names the entities it is about and the section that shows them
// (core/insights/entity_ref.hpp); these take the user there.
#include "core/insights/entity_ref.hpp"
#include "ui/ui_state.hpp"

namespace accord::ui {

struct ViewContext;

// The view that shows a section. Approvals and merge decisions live on the dashboard.
View view_of(insights::Section section);

// Shows the entity's view and asks it to reveal the entity (an entity that exists once, or one
// that was removed, opens its view only).
void go_to(ViewContext& cx, const insights::EntityRef& entity);

}  // namespace accord::ui
