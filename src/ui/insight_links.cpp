#include "ui/insight_links.hpp"

#include "ui/view_context.hpp"

namespace accord::ui {

View view_of(insights::Section section) {
    using insights::Section;
    switch (section) {
        case Section::Dashboard: return View::Dashboard;
        case Section::Vision: return View::Vision;
        case Section::Partners: return View::Partners;
        case Section::Goals: return View::Goals;
        case Section::Roles: return View::Roles;
        case Section::Alignment: return View::Alignment;
        case Section::Risks: return View::Risks;
        case Section::CheckIns: return View::Checkins;
        case Section::Exchange: return View::Exchange;
        case Section::Agreement: return View::Dashboard;
    }
    return View::Dashboard;
}

void go_to(ViewContext& cx, const insights::EntityRef& entity) {
    const bool exists = !entity.id.empty() && !insights::name_of(cx.plan, entity).empty();
    cx.go(view_of(insights::section_of(entity.kind)), exists ? entity.id : Id());
}

}  // namespace accord::ui
