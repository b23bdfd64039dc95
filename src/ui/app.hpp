#pragma once
// The app: the open plan with its history, the shell (title bar, navigation, menus, shortcuts,
// notices) and the views. State flow (STYLE.md): the plan is the single source of truth; each view
// is drawn from it with a ViewContext and queues edits; after the frame the history applies them
// (one undo step per user action) and the plan's revision moves on.
#include <string>

#include "core/commands/history.hpp"
#include "core/model/plan.hpp"
#include "core/scoring/scores.hpp"
#include "ui/ui_state.hpp"
#include "ui/view_context.hpp"

namespace accord::ui {

class App {
public:
    void setup();
    void draw();
    void after_frame();

    // Makes `plan` the open plan: a fresh history, fresh scores, no stale selection.
    void open(Plan plan);

private:
    void draw_title_bar();
    void draw_plan_title();
    void draw_plan_menu();
    void open_sample();
    void draw_find();
    void draw_notice();
    void draw_navigation();
    void draw_view();
    void handle_shortcuts();
    void apply(Edits::Request request);
    void refresh_scores();
    ViewContext context();
    EditContext edit_context() const;
    std::string test_state() const;

    Plan plan_;
    scoring::PlanScores scores_;
    std::int64_t scored_revision_ = -1;  // the plan revision and day scores_ were computed for
    Date scored_day_;
    History history_;
    IdSource ids_;
    UiState ui_;
    Edits edits_;
};

}  // namespace accord::ui
