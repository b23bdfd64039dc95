#include "ui/app.hpp"

#include <nlohmann/json.hpp>

#include "core/io/plan_file.hpp"
#include "core/model/search.hpp"
#include "core/scoring/report.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "platform/platform.hpp"
#include "ui/charts.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/runner.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

// Index of this file
// [SECTION] Views
// [SECTION] Frame: shell, view, edits
// [SECTION] Title bar, notices, navigation
// [SECTION] Find
// [SECTION] Keyboard shortcuts
// [SECTION] State for the e2e tests

namespace accord::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Views
//-----------------------------------------------------------------------------

struct ViewEntry {
    View view;
    const char* icon;
    const char* name;
    void (*draw)(ViewContext&);
};

constexpr ViewEntry kViews[kViewCount] = {
    {View::Dashboard, ICON_DASHBOARD, "Dashboard", draw_dashboard_view},
    {View::Vision, ICON_VISION, "Vision", draw_vision_view},
    {View::Partners, ICON_PARTNERS, "Partners", draw_partners_view},
    {View::Goals, ICON_GOALS, "Goals", draw_goal_tree_view},
    {View::Roles, ICON_ROLES, "Roles", draw_role_matrix_view},
    {View::Alignment, ICON_ALIGNMENT, "Alignment", draw_alignment_view},
    {View::Risks, ICON_RISKS, "Risks", draw_risks_view},
    {View::Checkins, ICON_CHECKINS, "Check-ins & reviews", draw_checkins_view},
    {View::Exchange, ICON_EXCHANGE, "Exchange", draw_exchange_view},
};

constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

constexpr double kNoticeMs = 4000;

Date today() { return Date::from_unix_ms(platform::wall_clock_ms()); }

View view_of(HitKind kind) {
    switch (kind) {
        case HitKind::Partner: return View::Partners;
        case HitKind::Value:
        case HitKind::GlossaryTerm: return View::Vision;
        case HitKind::Goal: return View::Goals;
        case HitKind::Activity: return View::Roles;
        case HitKind::Dimension: return View::Alignment;
        case HitKind::Risk: return View::Risks;
        case HitKind::CheckIn:
        case HitKind::Review: return View::Checkins;
    }
    return View::Dashboard;
}

}  // namespace

const char* view_name(View view) { return kViews[static_cast<int>(view)].name; }

//-----------------------------------------------------------------------------
// [SECTION] Frame: shell, view, edits
//-----------------------------------------------------------------------------

void App::setup() {
    open_library();
    test_hooks::set_state_provider([this] { return test_state(); });
    test_hooks::set_save_state_provider([this] {
        return nlohmann::json{{"save", save_test_state()}, {"revision", plan_.revision}}.dump();
    });
    test_hooks::set_open_handler([this](const std::string& bytes) -> std::string {
        io::ImportResult result = io::import_plan(bytes);
        if (!result.ok()) return result.problems.empty() ? "not a plan" : result.problems.front().text();
        open(std::move(*result.plan));
        return "";
    });
}

// A plan from elsewhere (a new one, the sample, an import) becomes a plan of its own in the library
// and opens; the plan open until now stays as it was saved. Only when the library refuses it does
// the plan live in memory alone, and the title bar says it is not saved.
void App::open(Plan plan) {
    if (library_ && open_new_entry(plan)) return;
    entry_.clear();
    replace_plan(std::move(plan));
}

// Scores and insights are pure functions of the plan and the day: worked out again only when either
// changed.
void App::refresh_scores() {
    const Date day = today();
    if (plan_.revision == scored_revision_ && day == scored_day_) return;
    scores_ = scoring::score_plan(plan_, day);
    insights_ = insights::compute_insights(plan_, scores_);
    scored_revision_ = plan_.revision;
    scored_day_ = day;
}

ViewContext App::context() {
    refresh_scores();
    return ViewContext{plan_, scores_, insights_, ui_, edits_, ids_, scored_day_};
}

void App::draw() {
    receive_files();
    handle_shortcuts();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    // The shell's parts touch: no padding, rounding or spacing between them.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::Begin("Accord", nullptr, kRootFlags);
    ImGui::PopStyleVar(4);
    draw_title_bar();
    draw_navigation();
    ImGui::SameLine(0, 0);
    draw_view();
    draw_find();
    draw_drop_hint();
    ImGui::End();
    draw_library_window();
}

// Files picked or dropped since the last frame: read (the open plan is untouched) and shown in
// Exchange, which says what they hold and offers to open or merge them.
void App::receive_files() {
    for (platform::ReceivedFile& file : platform::take_received_files()) {
        receive_plan_file(ui_.exchange, std::move(file.name), file.bytes, file.error);
        ui_.view = View::Exchange;
    }
}

// While a file is dragged over the page: the whole window is the drop target, and says so.
void App::draw_drop_hint() {
    if (!platform::files_dragged_over()) return;
    const Palette& p = palette();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 min(viewport->Pos.x + em(0.6f), viewport->Pos.y + em(0.6f));
    const ImVec2 max(viewport->Pos.x + viewport->Size.x - em(0.6f), viewport->Pos.y + viewport->Size.y - em(0.6f));
    draw->AddRectFilled(viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y),
                        (p.background & 0x00FFFFFF) | 0xD8000000);
    draw->AddRect(min, max, p.accent, em(0.8f), 0, std::max(2.0f, em(0.15f)));
    const char* text = ICON_OPEN "  Drop a plan file to open it";
    ImGui::PushFont(fonts().title);
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 at((min.x + max.x - size.x) * 0.5f, (min.y + max.y - size.y) * 0.5f);
    draw->AddText(at, p.accent, text);
    ImGui::PopFont();
    test_hooks::mark("Drop a plan file to open it", at, ImVec2(at.x + size.x, at.y + size.y));
}

void App::after_frame() {
    for (auto& request : edits_.take()) apply(std::move(request));
    note_changes();  // autosave hears of a new revision (app_storage.cpp)
}

EditContext App::edit_context() const { return {ui_.me, platform::wall_clock_ms()}; }

void App::apply(Edits::Request request) {
    Outcome outcome;
    switch (request.kind) {
        case Edits::Kind::Seal: history_.seal(); return;
        case Edits::Kind::Open:
            open(std::move(*request.plan));
            ui_.notice = {"Opened \"" + plan_.title + "\"", false, platform::now_ms()};
            platform::wake_after(kNoticeMs);
            return;
        case Edits::Kind::OpenEntry:
            if (request.entry != entry_ && open_entry(request.entry)) {  // else open_entry said why
                ui_.notice = {"Opened \"" + plan_.title + "\"", false, platform::now_ms()};
                platform::wake_after(kNoticeMs);
            }
            return;
        case Edits::Kind::Apply: outcome = history_.apply(plan_, std::move(request.transaction), edit_context()); break;
        case Edits::Kind::Undo:
            if (!history_.can_undo()) return;
            outcome = history_.undo(plan_, edit_context());
            if (outcome) ui_.notice = {"Undone: " + outcome.label, false, platform::now_ms()};
            break;
        case Edits::Kind::Redo:
            if (!history_.can_redo()) return;
            outcome = history_.redo(plan_, edit_context());
            if (outcome) ui_.notice = {"Redone: " + outcome.label, false, platform::now_ms()};
            break;
    }
    if (!outcome) ui_.notice = {outcome.message(), true, platform::now_ms()};
    platform::wake();
    if (!ui_.notice.text.empty()) platform::wake_after(kNoticeMs);
}

void App::draw_view() {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, em2(1.4f, 1.1f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));  // the page colour shows through
    // One child window per view, so that each keeps its own scroll position: a jump from the
    // scrolled dashboard to a check-in must not open Check-ins scrolled past it.
    const std::string id = std::string("##view-") + view_name(ui_.view);
    ImGui::BeginChild(id.c_str(), ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleColor();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, em2(0.6f, 0.45f));
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(view_name(ui_.view));
    ImGui::PopFont();
    draw_notice();  // on the title's line, so that nothing below moves when it comes or goes
    draw_storage_banner();
    ImGui::Spacing();
    ViewContext cx = context();
    kViews[static_cast<int>(ui_.view)].draw(cx);
    ImGui::PopStyleVar();
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

//-----------------------------------------------------------------------------
// [SECTION] Title bar, notices, navigation
// [SECTION] Find
//-----------------------------------------------------------------------------

void App::draw_title_bar() {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.panel);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, em2(1.0f, 0.55f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, em2(0.4f, 0.4f));
    ImGui::BeginChild("##titlebar", ImVec2(0, em(3.0f)), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushFont(fonts().title);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted(ICON_HANDSHAKE);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    draw_plan_title();
    ImGui::PopFont();
    ImGui::SameLine();
    draw_plan_menu();
    ImGui::SameLine(0, em(1.0f));
    draw_save_state();

    const float button = ImGui::GetFrameHeight();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 5 * button - 4 * gap);
    if (ImGui::Button(ICON_OPEN "##library", ImVec2(button, button))) {
        library_window_.open = !library_window_.open;
        library_window_.appearing = library_window_.open;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Your plans on this device");
    ImGui::SameLine();
    if (ImGui::Button(ICON_FIND "##find", ImVec2(button, button))) ui_.find_open = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Find (Ctrl+F)");
    ImGui::SameLine();
    ImGui::BeginDisabled(!history_.can_undo());
    if (ImGui::Button(ICON_UNDO "##undo", ImVec2(button, button))) edits_.undo();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(history_.can_undo() ? "Undo %s (Ctrl+Z)" : "Nothing to undo", history_.undo_label().c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(!history_.can_redo());
    if (ImGui::Button(ICON_REDO "##redo", ImVec2(button, button))) edits_.redo();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(history_.can_redo() ? "Redo %s (Ctrl+Shift+Z)" : "Nothing to redo", history_.redo_label().c_str());
    ImGui::SameLine();
    if (ImGui::Button(ui_.dark ? ICON_LIGHT "##theme" : ICON_DARK "##theme", ImVec2(button, button))) {
        ui_.dark = !ui_.dark;
        set_theme(ui_.dark ? ThemeKind::Dark : ThemeKind::Light);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(ui_.dark ? "Light theme" : "Dark theme");
    const ImVec2 min = ImGui::GetWindowPos();
    const ImVec2 max(min.x + ImGui::GetWindowWidth(), min.y + ImGui::GetWindowHeight());
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), p.panel_border);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

// The plan's title; a click turns it into an input (Enter or leaving it keeps the new title).
void App::draw_plan_title() {
    if (!ui_.renaming_plan) {
        const std::string label = plan_.title + "##plan-title";
        if (ImGui::Selectable(label.c_str(), false, 0, ImGui::CalcTextSize(plan_.title.c_str())))
            ui_.renaming_plan = true;
        if (ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
            ImGui::SetTooltip("Rename the plan");
        }
        return;
    }
    std::string title = plan_.title;
    ImGui::SetNextItemWidth(em(24));
    // The input takes the keyboard on the frame it first appears, and only then.
    if (!ui_.plan_title_focused) {
        ImGui::SetKeyboardFocusHere();
        ui_.plan_title_focused = true;
    }
    if (ImGui::InputText("##plan-title", &title)) edits_.push(edits::set_title(plan_, title, "title@plan"));
    if (ImGui::IsItemDeactivated()) {
        edits_.seal();
        ui_.renaming_plan = ui_.plan_title_focused = false;
    }
}

// What can be done with plans as a whole. Every plan opened here is a plan of its own in the
// library; the one open until now stays as it was saved.
void App::draw_plan_menu() {
    if (ImGui::Button(ICON_MENU "  Plan")) ImGui::OpenPopup("plan-menu");
    if (!ImGui::BeginPopup("plan-menu")) return;
    if (ImGui::MenuItem(ICON_NEW "  New plan")) new_plan_entry();
    if (ImGui::MenuItem(ICON_BOOK "  Open sample plan")) open_sample();
    if (ImGui::MenuItem(ICON_OPEN "  Plans on this device\u2026")) {
        library_window_.open = library_window_.appearing = true;
        library_window_.tab = 0;
    }
    if (ImGui::MenuItem(ICON_DOWNLOAD "  Download plan file")) download_plan();
    ImGui::Separator();
    if (ImGui::MenuItem(ICON_FIND "  Find\u2026", "Ctrl+F")) ui_.find_open = true;
    ImGui::EndPopup();
}

// Beside the view's title: the last edit's result, or a notice with an action (Undo a deletion);
// they go after a few seconds. They share the title's line and never wrap (a long one is cut, whole
// in its tooltip): a notice that took a line of its own moved the whole view when it went, and a
// click aimed just before landed a row off.
void App::draw_notice() {
    if (!library_window_.open && !action_notice_.text.empty()) {
        draw_action_notice(true);
        return;
    }
    draw_edit_notice();
}

// A notice with an action ("... is in the trash. Undo"). While the library window is open it is
// drawn there, where the deletion was made (the window would cover it here), on a line of its own.
void App::draw_action_notice(bool beside_title) {
    if (action_notice_.text.empty()) return;
    if (platform::now_ms() - action_notice_.shown_at_ms > kActionNoticeMs) {
        action_notice_ = {};
        return;
    }
    // On the title's line, text and button sit on its baseline (the title's font is larger).
    const float drop = beside_title ? std::max(0.0f, ImGui::GetItemRectSize().y - ImGui::GetTextLineHeight()) : 0.0f;
    if (beside_title) {
        ImGui::SameLine(0, em(1.5f));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + drop);
    } else {
        ImGui::AlignTextToFramePadding();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::Text("%s %s", ICON_INFO, action_notice_.text.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(0, em(0.6f));
    if (beside_title) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + drop);
    const std::string label = action_notice_.action + "##notice";
    if (ImGui::SmallButton(label.c_str())) {
        auto run = std::move(action_notice_.run);
        action_notice_ = {};
        run();
    }
}

void App::draw_edit_notice() {
    Notice& notice = ui_.notice;
    if (notice.text.empty()) return;
    if (platform::now_ms() - notice.shown_at_ms > kNoticeMs) {
        notice.text.clear();
        return;
    }
    const Palette& p = palette();
    const float title_height = ImGui::GetItemRectSize().y;
    ImGui::SameLine(0, em(1.5f));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    const float max_x = at.x + ImGui::GetContentRegionAvail().x;
    const std::string text = std::string(notice.error ? ICON_ERROR : ICON_INFO) + " " + notice.text;
    const ImVec2 text_at(at.x, at.y + std::max(0.0f, title_height - line));  // on the title's baseline
    charts::fitted_text(text_at, max_x, notice.error ? p.bad : p.text_muted, text);
    ImGui::Dummy(ImVec2(std::max(0.0f, max_x - at.x), std::min(title_height, line)));
    test_hooks::mark(notice.text.c_str(), text_at, ImVec2(max_x, text_at.y + line));
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > max_x - at.x)
        ImGui::SetTooltip("%s", notice.text.c_str());
}

void App::draw_navigation() {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.panel);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, em2(0.5f, 0.6f));
    ImGui::BeginChild("##navigation", ImVec2(em(13.0f), 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    for (const ViewEntry& entry : kViews) {
        const bool current = ui_.view == entry.view;
        ImGui::PushID(static_cast<int>(entry.view));
        ImGui::PushStyleColor(ImGuiCol_Text, current ? p.accent : p.text);
        char label[96];
        std::snprintf(label, sizeof label, "%s  %s", entry.icon, entry.name);
        if (ImGui::Selectable(label, current, 0, ImVec2(0, em(2.0f)))) ui_.view = entry.view;
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    const ImVec2 min = ImGui::GetWindowPos();
    const float right = min.x + ImGui::GetWindowWidth() - 1;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(right, min.y), ImVec2(right, min.y + ImGui::GetWindowHeight()), p.panel_border);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

//-----------------------------------------------------------------------------
// [SECTION] Find
//-----------------------------------------------------------------------------

// A box over the view: type, see what matches across the plan, Enter or click to go there.
void App::draw_find() {
    if (ui_.find_open) {
        ImGui::OpenPopup("Find");
        ui_.find_open = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x * 0.5f, viewport->Pos.y + em(4)), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(em(34), 0));
    if (!ImGui::BeginPopup("Find")) return;
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputTextWithHint("##find-query", ICON_FIND "  Find goals, partners, risks…", &ui_.find_query,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    const auto hits = search(plan_, ui_.find_query, 12);
    const SearchHit* chosen = enter && !hits.empty() ? &hits.front() : nullptr;
    for (const SearchHit& hit : hits) {
        ImGui::PushID(hit.id.c_str());
        std::string line = hit.title + "##hit";
        if (ImGui::Selectable(line.c_str())) chosen = &hit;
        ImGui::SameLine();
        ImGui::TextDisabled("%s%s%s", label(hit.kind), hit.field == "name" ? "" : " · ",
                            hit.field == "name" ? "" : hit.field.c_str());
        ImGui::PopID();
    }
    if (hits.empty() && !ui_.find_query.empty()) muted_text("Nothing matches.");
    if (chosen) {
        ui_.view = view_of(chosen->kind);
        ui_.focus = chosen->id;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard shortcuts
//-----------------------------------------------------------------------------

// Ctrl on Linux and Windows, Cmd on macOS (ImGui maps both to KeyCtrl/KeySuper).
void App::handle_shortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    const bool command = io.KeyCtrl || io.KeySuper;
    // A focused text field keeps Ctrl+Z for its own typing (ImGui's text undo).
    if (!command || io.WantTextInput) return;
    if (letter_pressed('F')) {
        ui_.find_open = true;
    } else if (letter_pressed('Z')) {
        if (io.KeyShift) edits_.redo();
        else edits_.undo();
    } else if (letter_pressed('Y')) {
        edits_.redo();
    } else if (ImGui::IsKeyPressed('S', false)) {
        flush();  // nothing to press, but a habit deserves an answer
        ui_.notice = {"Accord keeps every change on this device as you go; there is nothing to save.", false, platform::now_ms()};
    }
}

//-----------------------------------------------------------------------------
// [SECTION] State for the e2e tests
//-----------------------------------------------------------------------------

// The plan and its scores as the file and the CLI write them, so tests check real values.
std::string App::test_state() const {
    nlohmann::json state{{"view", view_name(ui_.view)},
                         {"plan", nlohmann::json::parse(io::export_plan(plan_))},
                         {"scores", scoring::scores_to_json(scores_, plan_)},
                         {"me", ui_.me},
                         {"theme", ui_.dark ? "dark" : "light"},
                         {"font", ImGui::GetIO().FontDefault ? ImGui::GetIO().FontDefault->GetDebugName() : ""},
                         {"title", plan_.title},
                         {"revision", plan_.revision},
                         {"undo", history_.undo_label()},
                         {"redo", history_.redo_label()},
                         {"notice", ui_.notice.text},
                         {"action_notice", action_notice_.text},
                         {"partners", nlohmann::json::array()}};
    for (const Partner& partner : plan_.partners) state["partners"].push_back(partner.name);
    state.update(storage_test_state());  // save state, storage, library (app_storage.cpp)
    return state.dump();
}

}  // namespace accord::ui
