// The library window: the plans kept on this device (open, rename, duplicate, delete), the open
// plan's earlier versions (restore), the trash (restore, delete forever), and where the plans are
// stored. Deleting asks first and can be undone from the notice; a restore keeps the plan as it
// was as a version first.
#include "core/commands/edits.hpp"
#include "core/io/plan_file.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/storage_words.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

// Index of this file
// [SECTION] Window
// [SECTION] Plans
// [SECTION] Versions
// [SECTION] Trash
// [SECTION] Where the plans are kept
// [SECTION] Library operations

namespace accord::ui {
namespace {

constexpr const char* kSamplePath = "/assets/sample.accord.json";
constexpr const char* kNewPlanTitle = "Untitled partnership";

library::Millis wall_now() { return platform::wall_clock_ms(); }
std::string in_quotes(const std::string& title) { return "\u201c" + (title.empty() ? std::string("Untitled plan") : title) + "\u201d"; }

const char* reason_words(const std::string& reason) {
    if (reason == library::kCheckpoint) return "While editing";
    if (reason == library::kBeforeImport) return "Before an import";
    if (reason == library::kBeforeRestore) return "Before a restore";
    return "Kept";
}

// Applies one edit to a plan that is not the open one (rename, duplicate), stamped like any edit.
bool edit_plan(Plan& plan, Transaction transaction, const std::string& me) {
    History history;
    return static_cast<bool>(history.apply(plan, std::move(transaction), EditContext{me, wall_now()}));
}

bool sample_available() {
    std::error_code error;
    return std::filesystem::is_regular_file(kSamplePath, error);
}

// A confirmation in a modal popup; true when confirmed.
bool confirm(const char* title, const std::string& text, const char* yes) {
    bool confirmed = false;
    ImGui::SetNextWindowSize(ImVec2(em(26), 0));
    if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize)) {
        ImGui::TextWrapped("%s", text.c_str());
        ImGui::Spacing();
        if (ImGui::Button(yes)) {
            confirmed = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    return confirmed;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Window
//-----------------------------------------------------------------------------

void App::draw_library_window() {
    LibraryWindow& w = library_window_;
    if (!w.open || !library_) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x * 0.5f, viewport->Pos.y + em(4)), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(std::min(em(48), viewport->Size.x - em(2)), std::min(em(32), viewport->Size.y - em(6))),
                             ImGuiCond_Appearing);
    if (w.appearing) {
        ImGui::SetNextWindowFocus();
        platform::request_storage_use();
        platform::request_protection();
        w.appearing = false;
    }
    if (!ImGui::Begin("Plans on this device###library", &w.open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    if (icon_button(ICON_NEW, "New plan")) new_plan_entry();
    if (sample_available()) {
        ImGui::SameLine();
        if (icon_button(ICON_BOOK, "Open sample")) open_sample();
    }
    ImGui::Spacing();
    const float footer = ImGui::GetTextLineHeightWithSpacing() * 2 + ImGui::GetStyle().ItemSpacing.y * 2 +
                         (action_notice_.text.empty() ? 0.0f : ImGui::GetFrameHeightWithSpacing());
    // Three pages, chosen like tabs. (Not an ImGui tab bar: 1.86 reports a tab's label before the
    // tab exists, so the e2e test hooks could not find tabs by their label.)
    const std::string trash = "Trash (" + std::to_string(library_->trash().size()) + ")";
    const char* const pages[] = {"Plans", "Versions", trash.c_str()};
    for (int page = 0; page < 3; ++page) {
        if (page > 0) ImGui::SameLine();
        const std::string label = std::string(pages[page]) + "##page" + std::to_string(page);
        if (ImGui::Selectable(label.c_str(), w.tab == page, 0, ImVec2(ImGui::CalcTextSize(pages[page]).x + em(1), 0)))
            w.tab = page;
    }
    ImGui::Separator();
    ImGui::BeginChild("##library-body", ImVec2(0, -footer));
    if (w.tab == 0) draw_library_plans();
    else if (w.tab == 1) draw_library_versions();
    else draw_library_trash();
    ImGui::EndChild();
    draw_action_notice();
    draw_library_footer();
    ImGui::End();
}

//-----------------------------------------------------------------------------
// [SECTION] Plans
//-----------------------------------------------------------------------------

void App::draw_library_plans() {
    LibraryWindow& w = library_window_;
    const auto plans = library_->plans();
    const float button = ImGui::GetFrameHeight();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##plans", 3, kFlags)) return;
    ImGui::TableSetupColumn("Plan", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Last change", ImGuiTableColumnFlags_WidthFixed, em(9));
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 3 * button + 2 * gap);
    ImGui::TableHeadersRow();
    std::string open_id;
    for (const library::PlanInfo& info : plans) {
        const bool is_open = info.id == entry_;
        const std::string title = is_open ? plan_.title : info.title.empty() ? std::string("Untitled plan") : info.title;
        ImGui::PushID(info.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (w.renaming == info.id) {
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (w.rename_focus) {  // the input takes the keyboard on the frame it first appears, and only then
                ImGui::SetKeyboardFocusHere();
                w.rename_focus = false;
            }
            const bool enter = ImGui::InputText("##rename-title", &w.rename_text, ImGuiInputTextFlags_EnterReturnsTrue);
            if (enter || ImGui::IsItemDeactivated()) {
                if (!ImGui::IsKeyPressed(ImGuiKey_Escape)) rename_entry(info.id, w.rename_text);
                w.renaming.clear();
            }
        } else {
            if (is_open) ImGui::PushFont(fonts().bold);
            const std::string label = title + "##open";
            if (ImGui::Selectable(label.c_str(), is_open) && !is_open) open_id = info.id;
            if (is_open) ImGui::PopFont();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip(is_open ? "Open now" : "Open this plan");
        }
        ImGui::TableNextColumn();
        muted_text(when_words(info.changed, wall_now()).c_str());
        ImGui::TableNextColumn();
        if (small_icon_button(ICON_EDIT, ("rename:" + title).c_str(), "Rename")) {
            w.renaming = info.id;
            w.rename_text = title;
            w.rename_focus = true;
        }
        ImGui::SameLine();
        if (small_icon_button(ICON_COPY, ("duplicate:" + title).c_str(), "Duplicate")) duplicate_entry(info.id);
        ImGui::SameLine();
        if (small_icon_button(ICON_DELETE, ("delete:" + title).c_str(), "Delete")) {
            w.confirm_delete = info.id;
            ImGui::OpenPopup("Delete this plan?");
        }
        if (w.confirm_delete == info.id &&
            confirm("Delete this plan?", in_quotes(title) + " goes to the trash, where it stays for 30 days. You can restore it from there.",
                    "Move to trash")) {
            delete_entry(info.id);
            w.confirm_delete.clear();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (!open_id.empty() && open_entry(open_id)) w.open = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Versions
//-----------------------------------------------------------------------------

void App::draw_library_versions() {
    LibraryWindow& w = library_window_;
    const auto versions = library_->versions(entry_);
    ImGui::PushTextWrapPos(0);
    muted_text(("Accord keeps a version of " + in_quotes(plan_.title) +
                " every few minutes of editing and before each import or restore; the newest 20 stay.")
                   .c_str());
    ImGui::PopTextWrapPos();
    if (versions.empty()) {
        ImGui::Spacing();
        muted_text("No earlier versions yet.");
        return;
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##versions", 4, kFlags)) return;
    ImGui::TableSetupColumn("Saved", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Why", ImGuiTableColumnFlags_WidthFixed, em(9));
    ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthFixed, em(5));
    ImGui::TableSetupColumn("##restore", ImGuiTableColumnFlags_WidthFixed, em(6));
    ImGui::TableHeadersRow();
    for (const library::VersionInfo& version : versions) {
        ImGui::PushID(version.name.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string saved = when_words(version.saved, wall_now());
        ImGui::TextUnformatted(saved.c_str());
        ImGui::TableNextColumn();
        muted_text(reason_words(version.reason));
        ImGui::TableNextColumn();
        muted_text(size_words(static_cast<double>(version.bytes)).c_str());
        ImGui::TableNextColumn();
        if (ImGui::SmallButton("Restore")) {
            w.confirm_restore = version.name;
            ImGui::OpenPopup("Restore this version?");
        }
        if (w.confirm_restore == version.name &&
            confirm("Restore this version?",
                    "The plan goes back to how it was " + saved +
                        ". The plan as it is now is kept as a version first, so you can go back to it.",
                    "Restore")) {
            restore_version(version.name);
            w.confirm_restore.clear();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

//-----------------------------------------------------------------------------
// [SECTION] Trash
//-----------------------------------------------------------------------------

void App::draw_library_trash() {
    LibraryWindow& w = library_window_;
    const auto trash = library_->trash();
    muted_text("Deleted plans stay here for 30 days, then they are removed.");
    if (trash.empty()) {
        ImGui::Spacing();
        muted_text("The trash is empty.");
        return;
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##trash", 3, kFlags)) return;
    ImGui::TableSetupColumn("Plan", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Deleted", ImGuiTableColumnFlags_WidthFixed, em(9));
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, em(13));
    ImGui::TableHeadersRow();
    for (const library::PlanInfo& info : trash) {
        const std::string title = info.title.empty() ? std::string("Untitled plan") : info.title;
        ImGui::PushID(info.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(title.c_str());
        ImGui::TableNextColumn();
        muted_text(when_words(*info.deleted, wall_now()).c_str());
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(("Restore##" + title).c_str())) {
            wrote_other(library_->restore_from_trash(info.id));
            ui_.notice = {in_quotes(title) + " is back in your plans.", false, platform::now_ms()};
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(("Delete forever##" + title).c_str())) {
            w.confirm_delete = info.id;
            ImGui::OpenPopup("Delete forever?");
        }
        if (w.confirm_delete == info.id &&
            confirm("Delete forever?", in_quotes(title) + " and its earlier versions are removed from this device. This cannot be undone.",
                    "Delete forever")) {
            wrote_other(library_->delete_forever(info.id));
            w.confirm_delete.clear();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

//-----------------------------------------------------------------------------
// [SECTION] Where the plans are kept
//-----------------------------------------------------------------------------

void App::draw_library_footer() {
    const Palette& p = palette();
    ImGui::Separator();
    std::string line;
    if (!storage_.durable) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        line = std::string(ICON_ERROR "  Not stored on this device: ") +
               (storage_.problem == platform::StorageProblem::InUseElsewhere ? "Accord is open in another tab or window."
                                                                             : "this browser does not allow it here.");
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
        line = ICON_LOCK "  Stored on this device";
        switch (platform::protection()) {
            case platform::Protection::Protected: line += " \u00b7 protected from automatic clean-up"; break;
            case platform::Protection::NotProtected:
                line += " \u00b7 the browser may clear it when space runs low: download copies of plans you cannot lose";
                break;
            case platform::Protection::Unsupported: line += " \u00b7 this browser cannot protect it from clean-up"; break;
            case platform::Protection::Unknown: break;
        }
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    const platform::StorageUse use = platform::storage_use();
    if (use.used >= 0 && use.quota > 0)
        muted_text(("Using " + size_words(use.used) + " of the " + size_words(use.quota) + " this browser allows").c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Library operations
//-----------------------------------------------------------------------------

// Another entry's plan, read from the library (nothing when it cannot be read).
std::optional<Plan> App::read_entry(const std::string& id) {
    Plan plan;
    const library::Opened opened = library_->open(
        id,
        [&](const std::string& bytes) {
            io::ImportResult result = io::import_plan(bytes);
            if (result.ok()) plan = std::move(*result.plan);
            return result.ok();
        },
        wall_now());
    if (opened.recovered_from) wrote_other({});
    if (!opened.ok()) return std::nullopt;
    return plan;
}

void App::new_plan_entry() {
    open(new_plan(kNewPlanTitle, ids_, wall_now()));
    library_window_.open = false;
}

// The sample partnership shipped with the app (assets/sample.accord.json, fetched beside the wasm),
// read through the one import path and kept as a plan of its own.
void App::open_sample() {
    const auto bytes = library::read_file(kSamplePath);
    io::ImportResult sample = bytes ? io::import_plan(*bytes) : io::ImportResult{};
    if (!sample.ok()) {
        ui_.notice = {"The sample plan could not be read: " +
                          (sample.problems.empty() ? std::string("no data") : sample.problems.front().text()),
                      true, platform::now_ms()};
        return;
    }
    open(std::move(*sample.plan));
    ui_.notice = {"Opened the sample plan", false, platform::now_ms()};
    library_window_.open = false;
}

// The open plan is renamed through its history (one undo step); another plan is read, renamed and
// saved back.
void App::rename_entry(const std::string& id, const std::string& title) {
    const auto first = title.find_first_not_of(" \t");
    if (first == std::string::npos) return;
    const std::string clean = title.substr(first, title.find_last_not_of(" \t") - first + 1);
    if (id == entry_) {
        if (clean != plan_.title) {
            edits_.push(edits::set_title(plan_, clean));
            edits_.seal();
        }
        return;
    }
    auto plan = read_entry(id);
    const auto info = library_->info(id);
    if (!plan || !info || clean == plan->title) return;
    if (!edit_plan(*plan, edits::set_title(*plan, clean), info->me)) return;
    wrote_other(library_->save(id, io::export_plan(*plan), plan->title, wall_now()));
}

void App::duplicate_entry(const std::string& id) {
    std::optional<Plan> plan = id == entry_ ? std::optional<Plan>(plan_) : read_entry(id);
    const auto info = library_->info(id);
    if (!plan || !info) {
        ui_.notice = {"This plan could not be read, so it was not duplicated.", true, platform::now_ms()};
        return;
    }
    // The copy keeps the plan's id: it is the same partnership, and files exchanged with partners
    // still merge into it. The library tells the two apart by their entries.
    const std::string title = plan->title + " (copy)";
    edit_plan(*plan, edits::set_title(*plan, title), info->me);
    if (auto copy = create_entry(*plan)) {
        wrote_other(library_->set_me(*copy, info->me));
        ui_.notice = {"Duplicated as " + in_quotes(title) + ".", false, platform::now_ms()};
    }
}

// To the trash, with an Undo in the notice. When the open plan goes, the most recent other plan
// opens (or a new one).
void App::delete_entry(const std::string& id) {
    const auto info = library_->info(id);
    if (!info) return;
    const library::Status status = library_->move_to_trash(id, wall_now());
    wrote_other(status);
    if (!status) return;
    const bool was_open = id == entry_;
    const std::string title = was_open ? plan_.title : info->title;
    if (was_open) {
        bool opened = false;
        for (const library::PlanInfo& other : library_->plans())
            if ((opened = open_entry(other.id))) break;
        if (!opened) new_plan_entry();
    }
    action_notice_ = {in_quotes(title) + " is in the trash.", "Undo",
                      [this, id, was_open] {
                          wrote_other(library_->restore_from_trash(id));
                          if (was_open) open_entry(id);
                      },
                      platform::now_ms()};
    platform::wake_after(kActionNoticeMs);
}

// Replaces the open plan with an earlier version.
void App::restore_version(const std::string& name) {
    std::optional<library::VersionInfo> chosen;
    for (const library::VersionInfo& version : library_->versions(entry_))
        if (version.name == name) chosen = version;
    const auto bytes = chosen ? library_->read_version(entry_, name) : std::nullopt;
    io::ImportResult version = bytes ? io::import_plan(*bytes) : io::ImportResult{};
    if (!version.ok()) {
        ui_.notice = {"This version could not be read, so the plan was left as it is.", true, platform::now_ms()};
        return;
    }
    restore_plan(std::move(*version.plan), "Restored the version saved " + when_words(chosen->saved, wall_now()) + ".");
    library_window_.open = false;
}

// The open plan becomes `restored`. The plan as it is now is written and kept as a version first,
// and the notice's Undo brings it back the same way.
void App::restore_plan(Plan restored, const std::string& message) {
    Plan before = plan_;
    write_plan();  // edits of the last moment included
    wrote_other(library_->checkpoint(entry_, library::kBeforeRestore));
    // Revisions only move forward: stamps of later edits must not repeat those of the plan replaced.
    restored.revision = std::max(restored.revision, plan_.revision) + 1;
    restored.modified = wall_now();
    replace_plan(std::move(restored));
    autosave_.changed(plan_.revision, platform::now_ms());
    write_plan();
    action_notice_ = {message, "Undo",
                      [this, before = std::move(before)] { restore_plan(before, "The plan is back as it was before."); },
                      platform::now_ms()};
    platform::wake_after(kActionNoticeMs);
}

}  // namespace accord::ui
