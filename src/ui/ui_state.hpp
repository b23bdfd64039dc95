#pragma once
// What the UI remembers that is not the plan: the current view, the theme, selections, pan and
// zoom, notices. Never undone, never exported (STYLE.md: state flow). Each view keeps its own part
// in a struct declared in its header.
#include <string>

#include "core/model/ids.hpp"
#include "ui/views/alignment_view.hpp"
#include "ui/views/checkins_view.hpp"
#include "ui/views/dashboard_view.hpp"
#include "ui/views/exchange_view.hpp"
#include "ui/views/goal_tree_view.hpp"
#include "ui/views/partners_view.hpp"
#include "ui/views/risks_view.hpp"
#include "ui/views/role_matrix_view.hpp"
#include "ui/views/vision_view.hpp"

namespace accord::ui {

enum class View { Dashboard, Vision, Partners, Goals, Roles, Alignment, Risks, Checkins, Exchange };
constexpr int kViewCount = 9;
const char* view_name(View view);

// A short message under the title bar: what an edit did, or why it was refused.
struct Notice {
    std::string text;
    bool error = false;
    double shown_at_ms = 0;  // platform::now_ms() when it appeared; it fades after a few seconds
};

struct UiState {
    View view = View::Dashboard;
    bool dark = false;
    Id me;     // the partner using this device: the author of edits ("" until they say)
    Id focus;  // an entity another view asked the current one to show (a jump from the dashboard)
    Id rename;  // an entity just added: its name field takes the keyboard, text selected
    Notice notice;
    bool find_open = false;   // the find box (Ctrl+F)
    std::string find_query;
    bool renaming_plan = false;  // the title bar shows an input for the plan's title
    bool plan_title_focused = false;  // ...which has been given the keyboard once

    DashboardState dashboard;
    VisionState vision;
    PartnersState partners;
    GoalTreeState goal_tree;
    RoleMatrixState role_matrix;
    AlignmentState alignment;
    RisksState risks;
    CheckinsState checkins;
    ExchangeState exchange;
};

}  // namespace accord::ui
