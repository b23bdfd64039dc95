#pragma once
// What every view is drawn with: the plan (read-only: the single source of truth), its scores, the
// UI's own state, and the queue of edits the view asks for. Views never change the plan; after the frame
// the app applies the queued transactions through the history (one undo step per user action).
//
//   void draw_goal_tree_view(ViewContext& cx);   // reads cx.plan, queues cx.edits.push(...)
#include <memory>
#include <string>
#include <vector>

#include "core/commands/edits.hpp"
#include "core/insights/insights.hpp"
#include "core/model/date.hpp"
#include "core/model/ids.hpp"
#include "core/scoring/scores.hpp"
#include "ui/ui_state.hpp"

namespace accord::ui {

// The frame's requests, applied in order after the frame by App::after_frame().
class Edits {
public:
    enum class Kind { Apply, Seal, Undo, Redo, Open, OpenEntry };
    struct Request {
        Kind kind;
        Transaction transaction;
        std::shared_ptr<Plan> plan;  // Open: the plan to open in place of this one
        std::string entry;           // OpenEntry: the library entry to open in place of this one
    };

    void push(Transaction transaction) { requests_.push_back({Kind::Apply, std::move(transaction), nullptr, {}}); }
    void seal() { requests_.push_back({Kind::Seal, {}, nullptr, {}}); }  // a text field was left: next edit is a new step
    void undo() { requests_.push_back({Kind::Undo, {}, nullptr, {}}); }
    void redo() { requests_.push_back({Kind::Redo, {}, nullptr, {}}); }
    // Another plan becomes the open one (a file received from a partner): not an edit of this plan,
    // so not an undo step; the plan open before stays in the library.
    void open(Plan plan) { requests_.push_back({Kind::Open, {}, std::make_shared<Plan>(std::move(plan)), {}}); }
    // A plan kept in the library becomes the open one (a partner's file is merged into it).
    void open_entry(std::string entry) { requests_.push_back({Kind::OpenEntry, {}, nullptr, std::move(entry)}); }

    std::vector<Request> take() { return std::move(requests_); }

private:
    std::vector<Request> requests_;
};

struct ViewContext {
    const Plan& plan;
    const scoring::PlanScores& scores;  // of this plan, as of today: computed once per revision
    const insights::Insights& insights;  // from the plan and those scores, computed with them
    UiState& ui;
    Edits& edits;
    IdSource& ids;
    Date today;

    // Shows another view, optionally asking it to select and reveal an entity.
    void go(View view, Id focus = {}) {
        ui.view = view;
        ui.focus = std::move(focus);
    }
    void notify(std::string text, bool error = false);
};

}  // namespace accord::ui
