// The app's storage half: the plan library on this device (core/library), saving without a button,
// and saying in plain words when something cannot be saved.
//
// The flow of one edit: after the frame the history applies it and the revision moves on
// (App::after_frame) -> note_changes() tells Autosave -> a browser timer (never the frame loop,
// which a hidden tab does not run) calls save_if_due() -> write_plan() exports the plan and the
// library replaces the file atomically -> platform::persist(ticket) -> the sync's callback
// (persisted) lets the title bar say "Saved". A hidden or closing page writes at once (flush); a
// page being left also keeps a last-moment copy in localStorage, because the browser aborts the
// IndexedDB transactions of a page that unloads (page_hidden, replay_last_moment_copy).
#include <nlohmann/json.hpp>

#include "core/io/plan_file.hpp"
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/icons.hpp"
#include "ui/runner.hpp"
#include "ui/storage_words.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

// Index of this file
// [SECTION] Opening the library and its plans
// [SECTION] Saving without a button
// [SECTION] Save state in the title bar, the banner, downloads
// [SECTION] State for the e2e tests

namespace accord::ui {
namespace {

constexpr const char* kNewPlanTitle = "Untitled partnership";

library::Millis wall_now() { return platform::wall_clock_ms(); }

// The stored bytes as a plan, when they can be read (the library's "readable").
bool read_plan(const std::string& bytes, Plan& out) {
    io::ImportResult result = io::import_plan(bytes);
    if (!result.ok()) return false;
    out = std::move(*result.plan);
    return true;
}

std::string in_quotes(const std::string& title) { return "\u201c" + (title.empty() ? std::string("Untitled plan") : title) + "\u201d"; }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Opening the library and its plans
//-----------------------------------------------------------------------------

// At start: the library was loaded from IndexedDB before main() (library_accord.js). Reopens the
// plan open last, else the most recent readable one, else starts a new plan.
void App::open_library() {
    storage_ = platform::storage_status();
    library_.emplace(storage_.root);
    if (!storage_.durable) autosave_.set_unavailable(storage_problem_words(storage_.problem, storage_.detail));
    platform::on_persisted([this](std::uint64_t ticket, platform::StorageProblem problem, const std::string& detail) {
        persisted(ticket, problem, detail);
    });
    platform::on_page_hidden([this](bool leaving) { page_hidden(leaving); });
    ui_.exchange.stored = [this](const std::string& token) -> std::optional<std::string> {
        if (entry_.empty()) return std::nullopt;
        return library_->read_exchanged(entry_, token);
    };
    ui_.exchange.holding = [this](const std::string& plan_id) { return entries_holding(plan_id); };

    replay_last_moment_copy();
    if (library_->purge_trash(wall_now()) > 0) wrote_other({});
    const library::Settings settings = library_->settings();
    ui_.dark = saved_dark_ = settings.theme == "dark";
    set_theme(ui_.dark ? ThemeKind::Dark : ThemeKind::Light);

    std::vector<std::string> candidates;
    if (!settings.last_open.empty()) candidates.push_back(settings.last_open);
    for (const library::PlanInfo& info : library_->plans()) candidates.push_back(info.id);
    for (const std::string& id : candidates) {
        const auto info = library_->info(id);
        if (info && !info->deleted && open_entry(id)) return;
    }
    Plan fresh = new_plan(kNewPlanTitle, ids_, wall_now());
    if (open_new_entry(fresh)) return;
    replace_plan(std::move(fresh));  // the library refused even that: work in memory
}

// A plan not in the library yet (a first visit's new plan, the sample, an import) becomes an entry
// and opens as it is in memory, moved from `plan`; false (and `plan` untouched) when the library
// refuses it. Reading back the file just written, as open_entry does, cost a first visit's start
// ~50 ms (the reader's code is compiled on its first call in the browser) for the same plan.
bool App::open_new_entry(Plan& plan) {
    flush();  // the plan open until now, if any
    const auto id = create_entry(plan);
    if (!id) return false;
    show_entry(*id, std::move(plan), "");
    save_settings();  // remembered as the plan open last
    return true;
}

// An entry's plan becomes the one shown, with who I am in it.
void App::show_entry(const std::string& id, Plan plan, const std::string& me) {
    entry_ = id;
    replace_plan(std::move(plan));
    ui_.me = saved_me_ = me;
}

// Opens a library entry as the current plan. The plan open until now is written first. An entry
// whose current file cannot be read opens from its newest readable version, and the app says so.
bool App::open_entry(const std::string& id) {
    flush();
    const auto info = library_->info(id);
    if (!info) return false;
    Plan opened;
    const library::Opened result =
        library_->open(id, [&](const std::string& bytes) { return read_plan(bytes, opened); }, wall_now());
    if (!result.ok()) {
        ui_.notice = {in_quotes(info->title) + " could not be opened: its saved copy and every earlier version are damaged. "
                      "They are kept on this device.",
                      true, platform::now_ms()};
        return false;
    }
    if (result.recovered_from) {
        recovery_message_ = "The last saved copy of " + in_quotes(opened.title) +
                            " could not be read, so Accord opened the version saved " +
                            when_words(result.recovered_from->saved, wall_now()) +
                            ". Changes made after that are lost. The damaged copy is kept on this device.";
        wrote_other({});  // open() made the version current and put the damaged file aside
    }
    show_entry(id, std::move(opened), info->me);
    if (info->title != plan_.title) write_plan();  // an info file that lost the title gets it back
    save_settings();  // remembered as the plan open last
    return true;
}

// A new library entry for `plan` (not opened). Returns its id, or nothing when the library refused.
std::optional<std::string> App::create_entry(const Plan& plan) {
    library::PlanInfo info;
    info.id = ids_.next();
    info.title = plan.title;
    info.plan_id = plan.id;
    const library::Status status = library_->create(info, io::export_plan(plan), wall_now());
    wrote_other(status);
    if (!status) return std::nullopt;
    return info.id;
}

// The entries (not in the trash) that hold the plan with this id, other than the open one: where a
// partner's file of it is merged. Entries made before the library kept plan ids are read to see.
std::vector<library::PlanInfo> App::entries_holding(const std::string& plan_id) {
    std::vector<library::PlanInfo> out;
    if (!library_) return out;
    for (library::PlanInfo& info : library_->plans()) {
        if (info.id == entry_) continue;
        if (info.plan_id.empty()) {
            const std::optional<Plan> plan = read_entry(info.id);
            if (plan) info.plan_id = plan->id;
        }
        if (info.plan_id == plan_id) out.push_back(std::move(info));
    }
    return out;
}

// The plan shown from now on (another entry, a restored version): a fresh history, fresh scores,
// nothing pending.
void App::replace_plan(Plan plan) {
    plan_ = std::move(plan);
    history_.clear();
    (void)edits_.take();  // edits the views asked for this frame were for the plan just closed
    scored_revision_ = -1;
    seen_revision_ = plan_.revision;
    autosave_.reset(plan_.revision);
    ui_.focus.clear();
    ui_.exchange.review = {};  // a merge review was worked out against the plan open until now
    ui_.exchange.last_sent.clear();  // "Downloaded <file>" was said of that plan
    ui_.rename.clear();
    ui_.renaming_plan = false;
    platform::wake();
}

//-----------------------------------------------------------------------------
// [SECTION] Saving without a button
//-----------------------------------------------------------------------------

// After every frame: whatever changed that must be kept.
void App::note_changes() {
    if (!library_) return;
    if (plan_.revision != seen_revision_) {
        seen_revision_ = plan_.revision;
        autosave_.changed(plan_.revision, platform::now_ms());
        schedule_save();
        // Asked once, after a first real edit (Firefox asks the person, which only makes sense then).
        platform::request_protection();
    }
    if (ui_.me != saved_me_ && !entry_.empty()) {
        saved_me_ = ui_.me;
        wrote_other(library_->set_me(entry_, ui_.me));
    }
    if (ui_.dark != saved_dark_) {
        saved_dark_ = ui_.dark;
        save_settings();
    }
    keep_exchanged_files();
}

// Files sent or received in Exchange go into the library with their plan, once it is the open one
// (a received plan becomes an entry of its own only when the person opens it): a partner's reply,
// days and restarts later, then merges three-way against the version both had.
void App::keep_exchanged_files() {
    auto& unstored = ui_.exchange.unstored;
    if (unstored.empty() || entry_.empty()) return;
    for (auto it = unstored.begin(); it != unstored.end();) {
        const auto& [plan_id, token] = *it;
        const auto bytes = ui_.exchange.known_files.find(token);
        if (plan_id != plan_.id || bytes == ui_.exchange.known_files.end()) {
            ++it;
            continue;
        }
        wrote_other(library_->keep_exchanged(entry_, token, bytes->second, wall_now()));
        it = unstored.erase(it);
    }
}

// One browser timer, set for the next time Autosave says a write is due.
void App::schedule_save() {
    const auto at = autosave_.due_at();
    if (!at) return;
    if (save_timer_ != 0 && save_timer_at_ <= *at) return;  // an earlier timer comes first and looks again
    if (save_timer_ != 0) platform::cancel_call(save_timer_);
    save_timer_at_ = *at;
    save_timer_ = platform::call_after(std::max(0.0, *at - platform::now_ms()), [this] {
        save_timer_ = 0;
        save_if_due();
    });
}

void App::save_if_due() {
    if (autosave_.due(platform::now_ms())) write_plan();
    schedule_save();
}

void App::write_plan() {
    const double now = platform::now_ms();
    if (!library_ || entry_.empty()) {
        autosave_.write_failed("This plan could not be added to the plans on this device. Download a copy to keep it.", now);
        return;
    }
    const library::Status status = library_->save(entry_, io::export_plan(plan_), plan_.title, wall_now());
    if (!status) {
        autosave_.write_failed("Accord could not write the plan (" + status.error + "). It tries again in a few seconds.", now);
    } else {
        platform::persist(autosave_.wrote_plan(plan_.revision, now));
    }
    platform::wake();  // the title bar shows the new state
}

// The page is being hidden or left: what is pending is written and synced now, not after the
// debounce (a hidden tab's timers are slowed down, a closed one's never run).
void App::flush() {
    if (autosave_.pending()) write_plan();
}

// Hidden: write what is pending. Leaving: also keep a last-moment copy unless the newest write is
// already durable, because the sync just started may be aborted with the page.
void App::page_hidden(bool leaving) {
    flush();
    if (!leaving || !storage_.durable || entry_.empty()) return;
    if (autosave_.status().state == library::SaveState::Saved) return;
    const nlohmann::json copy{{"entry", entry_}, {"revision", plan_.revision}, {"plan", io::export_plan(plan_)}};
    if (platform::keep_last_moment_copy(copy.dump())) copy_ticket_ = autosave_.last_ticket();
}

// At start: a copy left by a page that went before IndexedDB had its last changes is written back
// when it is newer than what the library holds for that plan, and forgotten once that is durable.
void App::replay_last_moment_copy() {
    if (!storage_.durable) return;  // a second tab must not take it; memory has nowhere to put it
    const auto text = platform::last_moment_copy();
    if (!text) return;
    const auto copy = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
    const auto field = [&](const char* key) {
        return copy.is_object() && copy.contains(key) && copy[key].is_string() ? copy[key].get<std::string>() : std::string();
    };
    const std::string entry = field("entry"), bytes = field("plan");
    const auto info = library_->info(entry);
    Plan kept, stored;
    const bool newer =
        info && !info->deleted && read_plan(bytes, kept) &&
        (!library_->open(entry, [&](const std::string& b) { return read_plan(b, stored); }, wall_now()).ok() ||
         (stored.id == kept.id && stored.revision < kept.revision));
    if (!newer) {
        platform::forget_last_moment_copy();
        return;
    }
    const library::Status status = library_->save(entry, bytes, kept.title, wall_now());
    if (!status) return;  // kept for the next start
    copy_ticket_ = autosave_.wrote_other();
    platform::persist(copy_ticket_);
}

// Something other than the plan was written (settings, an entry's info, a deletion): persist it.
void App::wrote_other(const library::Status& status) {
    if (!status) {
        ui_.notice = {"The library could not be changed: " + status.error, true, platform::now_ms()};
        return;
    }
    platform::persist(autosave_.wrote_other());
}

void App::persisted(std::uint64_t ticket, platform::StorageProblem problem, const std::string& detail) {
    if (problem == platform::StorageProblem::None) {
        autosave_.synced(ticket, platform::now_ms());
        if (copy_ticket_ != 0 && ticket >= copy_ticket_) {
            platform::forget_last_moment_copy();
            copy_ticket_ = 0;
        }
    } else {
        autosave_.sync_failed(ticket, storage_problem_words(problem, detail), platform::now_ms());
        schedule_save();  // Autosave retries after a while
    }
}

void App::save_settings() {
    library::Settings settings;
    settings.theme = ui_.dark ? "dark" : "light";
    settings.last_open = entry_;
    // Only a change is written: opening the plan open last at start costs no write and no sync.
    const library::Settings stored = library_->settings();
    if (stored.theme == settings.theme && stored.last_open == settings.last_open) return;
    wrote_other(library_->save_settings(settings));
}

//-----------------------------------------------------------------------------
// [SECTION] Save state in the title bar, the banner, downloads
//-----------------------------------------------------------------------------

// Beside the plan's title: "Saved", "Saving…" or "Not saved" (the reason in a tooltip and in the
// banner under the title bar).
void App::draw_save_state() {
    const Palette& p = palette();
    const library::SaveStatus status = autosave_.status();
    const char* text = ICON_CHECK "  Saved";
    ImU32 colour = p.text_muted;
    const char* tooltip = "Every change is kept on this device.";
    if (status.state == library::SaveState::Saving) {
        text = ICON_REFRESH "  Saving\u2026";
        tooltip = "Keeping the latest changes on this device.";
    } else if (status.state == library::SaveState::NotSaved) {
        text = ICON_ERROR "  Not saved";
        colour = p.bad;
        tooltip = status.reason.c_str();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(26));
        ImGui::TextUnformatted(tooltip);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// Under the view's title while something is wrong: what happened, and a way to keep the work.
void App::draw_storage_banner() {
    const Palette& p = palette();
    const library::SaveStatus status = autosave_.status();
    if (status.state == library::SaveState::NotSaved) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        ImGui::TextWrapped("%s %s", ICON_ERROR, status.reason.c_str());
        ImGui::PopStyleColor();
        if (icon_button(ICON_DOWNLOAD, "Download plan file")) download_plan();
        ImGui::Spacing();
    }
    if (!recovery_message_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.warn);
        ImGui::TextWrapped("%s %s", ICON_HISTORY, recovery_message_.c_str());
        ImGui::PopStyleColor();
        if (ImGui::Button("OK##recovered")) recovery_message_.clear();
        ImGui::SameLine();
        if (ImGui::Button("See versions##recovered")) {
            library_window_.open = library_window_.appearing = true;
            library_window_.tab = 1;
        }
        ImGui::Spacing();
    }
}

// The open plan as a plan file in the browser's downloads: nothing is lost when storage fails.
void App::download_plan() { platform::download_file(plan_file_name(plan_.title), "application/json", io::export_plan(plan_)); }

//-----------------------------------------------------------------------------
// [SECTION] State for the e2e tests
//-----------------------------------------------------------------------------

// What the title bar's save state says, for tests that poll it: cheap, no file is read.
nlohmann::json App::save_test_state() const {
    const library::SaveStatus status = autosave_.status();
    const char* state = status.state == library::SaveState::Saved    ? "saved"
                        : status.state == library::SaveState::Saving ? "saving"
                                                                     : "not saved";
    return {{"state", state},
            {"reason", status.reason},
            {"durable_revision", autosave_.durable_revision()},
            {"durable_at_ms", autosave_.durable_at()}};
}

nlohmann::json App::storage_test_state() const {
    using nlohmann::json;
    static const char* const kProblems[] = {"none", "unavailable", "in use elsewhere", "quota", "failed"};
    static const char* const kProtection[] = {"unknown", "protected", "not protected", "unsupported"};
    json plans = json::array(), trash = json::array();
    std::size_t versions = 0;
    if (library_) {
        for (const auto& info : library_->plans()) plans.push_back(info.title);
        for (const auto& info : library_->trash()) trash.push_back(info.title);
        if (!entry_.empty()) versions = library_->versions(entry_).size();
    }
    return json{{"save", save_test_state()},
                {"storage", {{"durable", storage_.durable},
                             {"problem", kProblems[static_cast<int>(storage_.problem)]},
                             {"protection", kProtection[static_cast<int>(platform::protection())]},
                             {"recovered", recovery_message_}}},
                {"library", {{"open", entry_}, {"plans", plans}, {"trash", trash}, {"versions", versions}}}};
}

}  // namespace accord::ui
