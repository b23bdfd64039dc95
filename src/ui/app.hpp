#pragma once
// The app: the open plan with its history, the shell (title bar, navigation, menus, shortcuts,
// notices) and the views. State flow (STYLE.md): the plan is the single source of truth; each view
// is drawn from it with a ViewContext and queues edits; after the frame the history applies them
// (one undo step per user action) and the plan's revision moves on. A new revision is saved
// without a button (app_storage.cpp): the plan library keeps every plan on the device, and the
// library window (library_window.cpp) lists, opens, restores and deletes them.
#include <functional>
#include <optional>
#include <string>

#include "core/commands/history.hpp"
#include "core/library/autosave.hpp"
#include "core/library/library.hpp"
#include "core/model/plan.hpp"
#include "core/insights/insights.hpp"
#include "core/scoring/scores.hpp"
#include "platform/platform.hpp"
#include "ui/ui_state.hpp"
#include "ui/view_context.hpp"

namespace accord::ui {

class App {
public:
    void setup();
    void draw();
    void after_frame();

    // Makes `plan` (a new plan, the sample, an import) a plan of its own in the library and opens it:
    // a fresh history, fresh scores, no stale selection. The plan open until now is left as saved.
    void open(Plan plan);

private:
    // app.cpp: the shell
    void draw_title_bar();
    void draw_plan_title();
    void draw_plan_menu();
    void open_sample();
    void draw_find();
    void draw_notice();
    void draw_action_notice(bool beside_title = false);
    void draw_edit_notice();
    void draw_navigation();
    void draw_view();
    void receive_files();
    void draw_drop_hint();
    void handle_shortcuts();
    void apply(Edits::Request request);
    void refresh_scores();
    ViewContext context();
    EditContext edit_context() const;
    std::string test_state() const;

    // app_storage.cpp: the library on this device and saving without a button
    void open_library();
    bool open_entry(const std::string& id);
    std::optional<std::string> create_entry(const Plan& plan);
    bool open_new_entry(Plan& plan);
    void show_entry(const std::string& id, Plan plan, const std::string& me);
    std::vector<library::PlanInfo> entries_holding(const std::string& plan_id);
    void replace_plan(Plan plan);
    void note_changes();
    void schedule_save();
    void save_if_due();
    void write_plan();
    void flush();
    void page_hidden(bool leaving);
    void replay_last_moment_copy();
    void wrote_other(const library::Status& status);
    void keep_exchanged_files();
    void persisted(std::uint64_t ticket, platform::StorageProblem problem, const std::string& detail);
    void save_settings();
    void download_plan();
    void draw_save_state();
    void draw_storage_banner();
    nlohmann::json save_test_state() const;
    nlohmann::json storage_test_state() const;

    // library_window.cpp: the plans on this device, their versions, the trash
    void draw_library_window();
    void draw_library_plans();
    void draw_library_versions();
    void draw_library_trash();
    void draw_library_footer();
    void new_plan_entry();
    void rename_entry(const std::string& id, const std::string& title);
    void duplicate_entry(const std::string& id);
    void delete_entry(const std::string& id);
    void restore_version(const std::string& name);
    void restore_plan(Plan restored, const std::string& message);
    std::optional<Plan> read_entry(const std::string& id);

    Plan plan_;
    scoring::PlanScores scores_;
    insights::Insights insights_;
    std::int64_t scored_revision_ = -1;  // the plan revision and day scores_ were computed for
    Date scored_day_;
    History history_;
    IdSource ids_;
    UiState ui_;
    Edits edits_;

    // The library and the open plan's place in it.
    std::optional<library::Library> library_;
    library::Autosave autosave_;
    platform::StorageStatus storage_;
    std::string entry_;                 // the open plan's library id
    std::int64_t seen_revision_ = 0;    // the revision autosave has heard about
    std::string saved_me_;              // ui_.me as stored for this plan
    bool saved_dark_ = false;           // ui_.dark as stored in the settings
    int save_timer_ = 0;                // the pending call_after for the next write, 0 when none
    double save_timer_at_ = 0;
    std::uint64_t copy_ticket_ = 0;     // a last-moment copy is kept until this ticket is durable

    // A message that stays until dismissed: a plan recovered from an earlier version.
    std::string recovery_message_;
    // A notice with an action ("Moved to the trash. Undo"), shown long enough to change one's mind.
    static constexpr double kActionNoticeMs = 20000;
    struct ActionNotice {
        std::string text;
        std::string action;
        std::function<void()> run;
        double shown_at_ms = 0;
    };
    ActionNotice action_notice_;

    // The library window's own state.
    struct LibraryWindow {
        bool open = false;
        bool appearing = false;
        std::string renaming;       // the entry whose title is being edited
        std::string rename_text;
        bool rename_focus = false;  // the rename input takes the keyboard on its first frame
        std::string confirm_delete; // the entry the delete confirmation is for
        std::string confirm_restore;  // the version the restore confirmation is for
        int tab = 0;                  // the page shown: 0 plans, 1 versions, 2 trash
    };
    LibraryWindow library_window_;
};

}  // namespace accord::ui
