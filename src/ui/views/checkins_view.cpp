#include "ui/views/checkins_view.hpp"

#include <optional>
#include <algorithm>
#include <string>
#include <vector>

#include "core/insights/agenda.hpp"
#include "core/model/collections.hpp"
#include "core/scoring/scores.hpp"
#include "platform/platform.hpp"
#include "ui/charts.hpp"
#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/insight_links.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

// Index of this file
// [SECTION] Helpers
// [SECTION] Rhythm: cadence, channels, next due
// [SECTION] A check-in: summary line, decisions, actions, editor
// [SECTION] Log
// [SECTION] Reviews and the snapshot dialog
// [SECTION] The next check-in's agenda
// [SECTION] View

namespace accord::ui {
namespace {

namespace sc = scoring;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

// A section's first line drawn by hand: a bold title, and room on its right for a button.
void heading(const char* text) {
    ImGui::PushFont(fonts().bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void wrapped_muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

// Days late of the check-in's action at `index`, from the communication score; 0 when on time.
int days_late(const ViewContext& cx, const Id& checkin, size_t index) {
    for (const sc::OverdueAction& a : cx.scores.communication.overdue_actions)
        if (a.checkin == checkin && a.action == index) return a.days_late;
    return 0;
}

// A snapshot's seven figures as a flowing row of badges; a part with no data then reads "no data".
void snapshot_badges(const ScoreSnapshot& s) {
    struct Item {
        const char* name;
        std::optional<double> value;
        bool percent;
    };
    const Item items[] = {{"Health", s.health, false},     {"Goal progress", s.goal_progress, true},
                          {"Alignment", s.alignment, false}, {"Roles", s.roles, false},
                          {"Risks", s.risk, false},          {"Communication", s.communication, false},
                          {"Balance", s.balance, false}};
    bool first = true;
    for (const Item& item : items) {
        const std::string text = std::string(item.name) + " " +
                                 (item.value ? charts::whole(*item.value) + (item.percent ? "%" : "") : "no data");
        if (!first) {
            ImGui::SameLine(0, em(0.3f));
            if (ImGui::GetContentRegionAvail().x < charts::badge_size(text).x) ImGui::NewLine();
        }
        const ImU32 colour = !item.value ? palette().neutral : item.percent ? palette().accent : charts::score_colour(*item.value);
        charts::badge(text, colour, false);
        first = false;
    }
}

// A text input for one item of a list inside an entity (a decision, a channel): edits commit the
// whole entity under `key`, so a typing session stays one undo step.
template <class T>
void list_item_input(ViewContext& cx, const T& entity, std::vector<std::string> T::*member, size_t index,
                     const std::string& name, const char* hint, int& focus, const char* key) {
    if (focus == static_cast<int>(index)) {
        ImGui::SetKeyboardFocusHere();
        focus = -1;
    }
    std::string text = (entity.*member)[index];
    ImGui::SetNextItemWidth(-(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x));
    if (ImGui::InputTextWithHint(name.c_str(), hint, &text)) {
        T copy = entity;
        (copy.*member)[index] = text;
        commit(cx, std::move(copy), (std::string(key) + " " + std::to_string(index)).c_str());
    }
    seal_when_left(cx);
    ImGui::SameLine();
    if (small_icon_button(ICON_CLOSE, (name + "-remove").c_str(), "Remove")) {
        T copy = entity;
        (copy.*member).erase((copy.*member).begin() + static_cast<long>(index));
        commit(cx, std::move(copy), key);
        cx.edits.seal();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Rhythm: cadence, channels, next due
//-----------------------------------------------------------------------------

void draw_due_state(ViewContext& cx) {
    const sc::CommunicationScores& s = cx.scores.communication;
    const Palette& p = palette();
    if (!s.next_due) {
        wrapped_muted("No check-in yet: the first one starts the rhythm.");
        return;
    }
    ImGui::PushFont(fonts().bold);
    if (s.days_overdue > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        ImGui::TextWrapped(ICON_CLOCK "  A check-in is overdue by %s", charts::count(s.days_overdue, "day", "days").c_str());
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, p.good);
        ImGui::TextWrapped(ICON_CALENDAR "  Next check-in %s", charts::relative_day(*s.next_due, cx.today).c_str());
    }
    ImGui::PopStyleColor();
    ImGui::PopFont();
    wrapped_muted("Due " + charts::day(*s.next_due) + ". " +
                  (s.last_checkin ? "Last held " + charts::day(*s.last_checkin) + ", " + charts::relative_day(*s.last_checkin, cx.today) + "."
                                  : std::string("None held yet; counted from the plan's start.")));
    if (!s.overdue_actions.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        ImGui::TextWrapped(ICON_FLAG "  %s past due",
                           charts::count(static_cast<long long>(s.overdue_actions.size()), "action", "actions").c_str());
        ImGui::PopStyleColor();
    }
}

void draw_rhythm(ViewContext& cx) {
    CheckinsState& state = cx.ui.checkins;
    const Communication& comm = cx.plan.communication;
    const sc::Figure& score = cx.scores.communication.score;
    begin_section();
    heading("Rhythm");
    const std::string figure = score.value ? charts::whole(*score.value) : "–";
    align_right(charts::badge_size(figure).x);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y * 0.5f);
    charts::badge(figure, charts::score_colour(score.value));
    if (ImGui::IsItemHovered()) charts::reasons_tooltip(score.reasons, "Communication score out of 100");
    draw_due_state(cx);
    ImGui::Spacing();

    field_label("Every", "A check-in is due this many days after the last one");
    int days = comm.cadence_days;
    ImGui::SetNextItemWidth(em(7));
    if (ImGui::InputInt("##Cadence", &days, 0, 0)) {
        days = std::max(1, days);
        if (days != comm.cadence_days) {
            Communication copy = comm;
            copy.cadence_days = days;
            commit(cx, std::move(copy), "Cadence");
        }
    }
    seal_when_left(cx);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(days == 1 ? "day" : "days");

    field_label("Channels", "Where the partners talk: calls, a shared drive, a chat group");
    ImGui::BeginGroup();
    for (size_t k = 0; k < comm.channels.size(); ++k)
        list_item_input(cx, comm, &Communication::channels, k, "##channel-" + std::to_string(k), "e.g. Video call on Tuesdays",
                        state.focus_channel, "Channel");
    if (ImGui::SmallButton(ICON_ADD "  Add channel")) {
        Communication copy = comm;
        copy.channels.emplace_back();
        state.focus_channel = static_cast<int>(copy.channels.size()) - 1;
        commit(cx, std::move(copy), "Channels");
        cx.edits.seal();
    }
    ImGui::EndGroup();
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] A check-in: summary line, decisions, actions, editor
//-----------------------------------------------------------------------------

// A check-in that is not open: one clickable entry with its date, attendees, counts and notes.
void draw_checkin_summary(ViewContext& cx, const CheckIn& checkin) {
    const Palette& p = palette();
    begin_section();
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = 2 * line + em(0.2f);
    if (ImGui::Selectable(("##checkin:" + checkin.id).c_str(), false, 0, ImVec2(0, height))) cx.ui.checkins.open = checkin.id;
    const float right = ImGui::GetItemRectMax().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();

    const std::string date = charts::day(checkin.date);
    draw->AddText(fonts().bold, ImGui::GetFontSize(), at, p.text, date.c_str());
    float x = at.x + fonts().bold->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, date.c_str()).x + em(0.6f);
    const float radius = line * 0.28f;
    for (const Id& id : checkin.attendees)
        if (const Partner* partner = cx.plan.find_partner(id)) {
            draw->AddCircleFilled(ImVec2(x + radius, at.y + line * 0.5f), radius, rgb(partner->colour));
            x += 2 * radius + em(0.25f);
        }

    int open = 0, late = 0;
    for (size_t k = 0; k < checkin.actions.size(); ++k) {
        if (checkin.actions[k].done) continue;
        ++open;
        if (days_late(cx, checkin.id, k) > 0) ++late;
    }
    float badge_right = right;
    auto right_badge = [&](const std::string& text, ImU32 colour) {
        const ImVec2 size = charts::badge_size(text);
        charts::draw_badge(draw, ImVec2(badge_right - size.x, at.y), text, colour, false);
        badge_right -= size.x + em(0.3f);
    };
    if (late > 0) right_badge(charts::count(late, "overdue action", "overdue actions"), p.bad);
    else if (open > 0) right_badge(charts::count(open, "open action", "open actions"), p.ok);
    if (!checkin.decisions.empty())
        right_badge(charts::count(static_cast<long long>(checkin.decisions.size()), "decision", "decisions"), p.neutral);
    const std::string notes = checkin.notes.substr(0, checkin.notes.find('\n'));
    charts::fitted_text(ImVec2(at.x, at.y + line + em(0.2f)), right, p.text_muted, notes.empty() ? "No notes" : notes);
    end_section();
}

void draw_decisions(ViewContext& cx, const CheckIn& checkin) {
    CheckinsState& state = cx.ui.checkins;
    field_label("Decisions");
    ImGui::BeginGroup();
    for (size_t k = 0; k < checkin.decisions.size(); ++k)
        list_item_input(cx, checkin, &CheckIn::decisions, k, "##decision-" + std::to_string(k), "What was decided",
                        state.focus_decision, "Decision");
    if (ImGui::SmallButton(ICON_ADD "  Add decision")) {
        CheckIn copy = checkin;
        copy.decisions.emplace_back();
        state.focus_decision = static_cast<int>(copy.decisions.size()) - 1;
        commit(cx, std::move(copy), "Decisions");
        cx.edits.seal();
    }
    ImGui::EndGroup();
}

// One action's row: done, what, who, when, remove. Inputs are named "##action-<field>-<n>".
void draw_action(ViewContext& cx, const CheckIn& checkin, size_t k) {
    CheckinsState& state = cx.ui.checkins;
    const Palette& p = palette();
    const Action& action = checkin.actions[k];
    const std::string n = std::to_string(k);
    const int late = days_late(cx, checkin.id, k);
    auto changed = [&](auto&& edit, const std::string& field, bool seal) {
        CheckIn copy = checkin;
        edit(copy.actions[k]);
        commit(cx, std::move(copy), (field + " " + n).c_str());
        if (seal) cx.edits.seal();
    };
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    bool done = action.done;
    if (ImGui::Checkbox(("##action-done-" + n).c_str(), &done)) changed([&](Action& a) { a.done = done; }, "Action done", true);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(done ? "Done" : "Mark as done");

    ImGui::TableNextColumn();
    if (state.focus_action == static_cast<int>(k)) {
        ImGui::SetKeyboardFocusHere();
        state.focus_action = -1;
    }
    std::string text = action.text;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (action.done) ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    if (ImGui::InputTextWithHint(("##action-text-" + n).c_str(), "What needs doing", &text))
        changed([&](Action& a) { a.text = text; }, "Action", false);
    if (action.done) ImGui::PopStyleColor();
    seal_when_left(cx);

    ImGui::TableNextColumn();
    const Partner* owner = cx.plan.find_partner(action.owner);
    const std::string shown = owner ? charts::short_name(*owner) : "Nobody";
    ImGui::SetNextItemWidth(-FLT_MIN);
    // ImGui 1.86 does not name combo boxes to the test hooks: the owner box is marked by hand, with
    // the name it shows ("Wisła##action-owner-0").
    const ImVec2 box(ImGui::GetCursorScreenPos());
    test_hooks::mark(shown + "##action-owner-" + n, box, ImVec2(box.x + ImGui::CalcItemWidth(), box.y + ImGui::GetFrameHeight()));
    if (ImGui::BeginCombo(("##action-owner-" + n).c_str(), shown.c_str())) {
        if (ImGui::Selectable("Nobody", !owner) && owner) changed([](Action& a) { a.owner.clear(); }, "Action owner", true);
        for (const Partner& partner : cx.plan.partners) {
            ImGui::PushID(partner.id.c_str());
            if (ImGui::Selectable(partner.name.c_str(), partner.id == action.owner) && partner.id != action.owner)
                changed([&](Action& a) { a.owner = partner.id; }, "Action owner", true);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (owner && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", owner->name.c_str());

    ImGui::TableNextColumn();
    std::string due = action.due ? action.due->iso() : "";
    if (late > 0) {  // flagged: the icon, a tinted input, and the days late on hover
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        ImGui::TextUnformatted(ICON_FLAG);
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s late", charts::count(late, "day", "days").c_str());
        ImGui::SameLine(0, em(0.3f));
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (late > 0) {
        ImGui::PushStyleColor(ImGuiCol_FrameBg, charts::faded(p.bad, 0.18f));
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
    }
    // Half-typed dates are not committed; the input keeps the text until it is a date.
    if (ImGui::InputTextWithHint(("##action-due-" + n).c_str(), "YYYY-MM-DD", &due)) {
        std::optional<Date> parsed;
        if (parse_date_text(due, parsed) && parsed != action.due) changed([&](Action& a) { a.due = parsed; }, "Action due", false);
    }
    if (late > 0) ImGui::PopStyleColor(2);
    seal_when_left(cx);
    if (late > 0 && ImGui::IsItemHovered()) ImGui::SetTooltip("%s late", charts::count(late, "day", "days").c_str());

    ImGui::TableNextColumn();
    if (small_icon_button(ICON_CLOSE, ("action-remove-" + n).c_str(), "Remove this action")) {
        CheckIn copy = checkin;
        copy.actions.erase(copy.actions.begin() + static_cast<long>(k));
        commit(cx, std::move(copy), "Actions");
        cx.edits.seal();
    }
}

// The actions take the section's full width under their label: their words need the room.
void draw_actions(ViewContext& cx, const CheckIn& checkin) {
    CheckinsState& state = cx.ui.checkins;
    field_label("Actions");
    if (ImGui::SmallButton(ICON_ADD "  Add action")) {
        CheckIn copy = checkin;
        Action action;
        if (cx.plan.find_partner(cx.ui.me)) action.owner = cx.ui.me;
        action.due = checkin.date.plus_days(cx.plan.communication.cadence_days);  // by the next check-in
        copy.actions.push_back(std::move(action));
        state.focus_action = static_cast<int>(copy.actions.size()) - 1;
        commit(cx, std::move(copy), "Actions");
        cx.edits.seal();
    }
    if (checkin.actions.empty()) return;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, em2(0.3f, 0.2f));
    if (ImGui::BeginTable("##actions", 5, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("Done", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableSetupColumn("What needs doing", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Who", ImGuiTableColumnFlags_WidthFixed, em(7.5f));
        ImGui::TableSetupColumn("By", ImGuiTableColumnFlags_WidthFixed, em(8.2f));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        for (size_t k = 0; k < checkin.actions.size(); ++k) draw_action(cx, checkin, k);
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
}

void draw_remove_checkin(ViewContext& cx, const CheckIn& checkin) {
    CheckinsState& state = cx.ui.checkins;
    if (state.confirm_remove == checkin.id) {
        ImGui::OpenPopup("Remove check-in?");
        state.confirm_remove.clear();
    }
    ImGui::SetNextWindowSize(ImVec2(em(26), 0));
    if (ImGui::BeginPopupModal("Remove check-in?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("Remove the check-in of %s, with its notes, %s and %s?", charts::day(checkin.date).c_str(),
                           charts::count(static_cast<long long>(checkin.decisions.size()), "decision", "decisions").c_str(),
                           charts::count(static_cast<long long>(checkin.actions.size()), "action", "actions").c_str());
        wrapped_muted("You can undo it.");
        ImGui::Spacing();
        if (icon_button(ICON_DELETE, "Remove")) {
            cx.edits.push(edits::remove<CheckIn>(cx.plan, checkin.id));
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep") || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

// The open check-in: its date, attendees, notes, decisions and actions, all editable.
void draw_checkin(ViewContext& cx, const CheckIn& checkin) {
    begin_section();
    ImGui::PushID(checkin.id.c_str());
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(ICON_CALENDAR);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    // The date must stay a date: half-typed text is kept in the input, not committed.
    std::string date = checkin.date.iso();
    ImGui::SetNextItemWidth(em(7.5f));
    if (ImGui::InputTextWithHint("##Date", "YYYY-MM-DD", &date)) {
        const std::optional<Date> parsed = Date::parse(date);
        if (parsed && *parsed != checkin.date) {
            CheckIn copy = checkin;
            copy.date = *parsed;
            commit(cx, std::move(copy), "Date");
        }
    }
    seal_when_left(cx);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    muted_text(charts::relative_day(checkin.date, cx.today).c_str());
    // Which check-in is open, for the tests: "<date>##checkin-editor".
    test_hooks::mark(checkin.date.iso() + "##checkin-editor", top, ImGui::GetItemRectMax());
    align_right(ImGui::GetFrameHeight());
    if (small_icon_button(ICON_DELETE, "remove-checkin", "Remove this check-in")) cx.ui.checkins.confirm_remove = checkin.id;
    ImGui::Spacing();

    partners_field(cx, "Attendees", checkin, &CheckIn::attendees);
    text_field(cx, "Notes", checkin, &CheckIn::notes, nullptr, true);
    draw_decisions(cx, checkin);
    draw_actions(cx, checkin);
    draw_remove_checkin(cx, checkin);
    ImGui::PopID();
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Log
//-----------------------------------------------------------------------------

void add_checkin(ViewContext& cx) {
    CheckIn checkin;
    checkin.id = cx.ids.next();
    checkin.date = cx.today;
    for (const Partner& partner : cx.plan.partners) checkin.attendees.push_back(partner.id);
    cx.ui.checkins.open = checkin.id;
    cx.edits.push(edits::add(cx.plan, std::move(checkin)));
}

void draw_log(ViewContext& cx) {
    heading("Check-ins");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    muted_text(cx.plan.checkins.empty() ? "none yet" : "newest first");
    align_right(button_width(ICON_ADD "  Add check-in"));
    if (icon_button(ICON_ADD, "Add check-in")) add_checkin(cx);
    if (cx.plan.checkins.empty()) {
        begin_section();
        wrapped_muted("A check-in is a short, regular meeting of the partners: who came, what you talked about, "
                      "what you decided and who does what by when. Add the first one.");
        end_section();
        return;
    }
    for (auto it = cx.plan.checkins.rbegin(); it != cx.plan.checkins.rend(); ++it) {
        if (it->id == cx.ui.checkins.open) draw_checkin(cx, *it);
        else draw_checkin_summary(cx, *it);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Reviews and the snapshot dialog
//-----------------------------------------------------------------------------

std::string default_review_title(Date today) {
    return "Q" + std::to_string((today.month() - 1) / 3 + 1) + " " + std::to_string(today.year()) + " review";
}

void open_snapshot_dialog(ViewContext& cx) {
    CheckinsState& state = cx.ui.checkins;
    state.snapshot_requested = true;
    state.draft_title = default_review_title(cx.today);
    state.draft_notes.clear();
    state.draft_adjustments.clear();
}

// Records today's headline scores with a title and notes, as one step.
void draw_snapshot_dialog(ViewContext& cx) {
    CheckinsState& state = cx.ui.checkins;
    if (state.snapshot_requested) {
        ImGui::OpenPopup("Take a review snapshot");
        state.snapshot_requested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x * 0.5f, viewport->Pos.y + viewport->Size.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(34), 0));
    if (!ImGui::BeginPopupModal("Take a review snapshot", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    const ScoreSnapshot snapshot = sc::snapshot_of(cx.scores);
    wrapped_muted("Records today's headline scores (" + charts::day(cx.today) +
                  ") with what you concluded, so the next review can compare. The words can be edited later; the "
                  "scores stay as they were.");
    ImGui::Spacing();
    snapshot_badges(snapshot);
    ImGui::Spacing();
    field_label("Title");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##review-title", &state.draft_title);
    bool changed = false;
    field_label("Notes");
    long_text_editor("##review-notes", state.draft_notes, changed);
    field_label("Adjustments", "What the partners agreed to change");
    long_text_editor("##review-adjustments", state.draft_adjustments, changed);
    ImGui::Spacing();
    ImGui::BeginDisabled(state.draft_title.empty());
    if (icon_button(ICON_CHECK, "Record snapshot")) {
        Review review;
        review.id = cx.ids.next();
        review.date = cx.today;
        review.title = state.draft_title;
        review.notes = state.draft_notes;
        review.adjustments = state.draft_adjustments;
        review.scores = snapshot;
        cx.edits.push(edits::add(cx.plan, std::move(review)));
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_remove_review(ViewContext& cx, const Review& review) {
    CheckinsState& state = cx.ui.checkins;
    if (state.confirm_remove == review.id) {
        ImGui::OpenPopup("Remove review?");
        state.confirm_remove.clear();
    }
    ImGui::SetNextWindowSize(ImVec2(em(26), 0));
    if (ImGui::BeginPopupModal("Remove review?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("Remove \"%s\" and the scores it recorded?", review.title.c_str());
        wrapped_muted("You can undo it.");
        ImGui::Spacing();
        if (icon_button(ICON_DELETE, "Remove")) {
            cx.edits.push(edits::remove<Review>(cx.plan, review.id));
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep") || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void draw_review(ViewContext& cx, const Review& review) {
    ImGui::PushID(review.id.c_str());
    ImGui::Spacing();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + ImGui::GetContentRegionAvail().x, at.y), palette().panel_border);
    ImGui::Spacing();
    std::string title = review.title;
    ImGui::PushFont(fonts().bold);
    ImGui::SetNextItemWidth(-(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x));
    if (ImGui::InputTextWithHint("##review-title-edit", "Title", &title)) {
        Review copy = review;
        copy.title = title;
        commit(cx, std::move(copy), "Review title");
    }
    ImGui::PopFont();
    seal_when_left(cx);
    ImGui::SameLine();
    if (small_icon_button(ICON_DELETE, "remove-review", "Remove this review")) cx.ui.checkins.confirm_remove = review.id;
    muted_text((charts::day(review.date) + ", " + charts::relative_day(review.date, cx.today)).c_str());
    snapshot_badges(review.scores);
    ImGui::Spacing();
    muted_text("Notes");
    text_input(cx, "Review notes", review, &Review::notes, nullptr, true);
    muted_text("Adjustments agreed");
    text_input(cx, "Adjustments", review, &Review::adjustments, nullptr, true);
    draw_remove_review(cx, review);
    ImGui::PopID();
}

void draw_reviews(ViewContext& cx) {
    begin_section();
    heading("Reviews");
    align_right(button_width(ICON_CHART "  Take a review snapshot"));
    if (icon_button(ICON_CHART, "Take a review snapshot")) open_snapshot_dialog(cx);
    if (cx.plan.reviews.empty())
        wrapped_muted("At each quarterly review, take a snapshot of the headline scores with what you concluded and "
                      "the adjustments you agreed. The dashboard compares today with the last one.");
    std::vector<const Review*> newest_first;
    for (const Review& review : cx.plan.reviews) newest_first.push_back(&review);
    std::stable_sort(newest_first.begin(), newest_first.end(), [](const Review* a, const Review* b) { return a->date > b->date; });
    for (const Review* review : newest_first) draw_review(cx, *review);
    draw_snapshot_dialog(cx);
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] The next check-in's agenda
//-----------------------------------------------------------------------------

// Kinds of agenda items as headings; the agenda comes in this order already (agenda.hpp).
const char* agenda_heading(insights::AgendaKind kind) {
    switch (kind) {
        case insights::AgendaKind::MergeDecision: return ICON_EXCHANGE "  Merge decisions";
        case insights::AgendaKind::Disagreement: return ICON_ALIGNMENT "  Disagreements";
        case insights::AgendaKind::EvidenceMismatch: return ICON_CHART "  Ratings against the evidence";
        case insights::AgendaKind::Overdue: return ICON_CLOCK "  Overdue";
        case insights::AgendaKind::RiskWithoutContingency: return ICON_RISKS "  Risks without a contingency plan";
        case insights::AgendaKind::ApprovalOutdated: return ICON_HANDSHAKE "  Agreement";
    }
    return "";
}

// One item: its number, the title and the detail wrapped below, drawn over a Selectable that jumps
// to the place where it can be dealt with. Tests find it as "##agenda:<number>".
void agenda_item(ViewContext& cx, const insights::AgendaItem& item, size_t number) {
    const Palette& p = palette();
    const float pad = em(0.3f);
    const std::string digits = std::to_string(number) + ".";
    const float indent = ImGui::CalcTextSize("00.").x + em(0.4f);
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap = width - indent - 2 * pad;
    const ImVec2 title_size = ImGui::CalcTextSize(item.title.c_str(), nullptr, false, wrap);
    const ImVec2 detail_size =
        item.detail.empty() ? ImVec2(0, 0) : ImGui::CalcTextSize(item.detail.c_str(), nullptr, false, wrap);
    const float gap = item.detail.empty() ? 0.0f : em(0.15f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(("##agenda:" + std::to_string(number)).c_str(), false, 0,
                                           ImVec2(width, title_size.y + gap + detail_size.y + 2 * pad));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Go to %s", insights::label(item.section));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(ImVec2(at.x + pad, at.y + pad), p.text_muted, digits.c_str());
    const ImVec2 text_at(at.x + pad + indent, at.y + pad);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), text_at, p.text, item.title.c_str(), nullptr, wrap);
    if (!item.detail.empty())
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(text_at.x, text_at.y + title_size.y + gap), p.text_muted,
                      item.detail.c_str(), nullptr, wrap);
    if (clicked) cx.go(view_of(item.section), item.entities.empty() ? Id() : item.entities.front().id);
}

void draw_agenda(ViewContext& cx) {
    const insights::Agenda& agenda = cx.insights.agenda;
    begin_section();
    heading("Next check-in agenda");
    const char* copy = ICON_COPY "  Copy as text";
    align_right(button_width(copy));
    if (ImGui::Button(copy)) {
        platform::copy_to_clipboard(insights::agenda_to_text(agenda));
        cx.notify("Copied the agenda: paste it into the meeting invitation.");
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The agenda as plain text, numbered, for an email or a calendar invitation");
    if (agenda.items.empty()) {
        wrapped_muted("Nothing pressing: no disagreement, nothing overdue, every high risk has a plan B. A good "
                      "time to look ahead.");
        end_section();
        return;
    }
    wrapped_muted(charts::count(static_cast<long long>(agenda.items.size()), "item", "items") +
                  ", most important first, generated from the plan. Each opens where it is dealt with.");
    for (size_t i = 0; i < agenda.items.size(); ++i) {
        const insights::AgendaItem& item = agenda.items[i];
        if (i == 0 || agenda.items[i - 1].kind != item.kind) {
            ImGui::Spacing();
            ImGui::PushFont(fonts().bold);
            ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
            ImGui::TextUnformatted(agenda_heading(item.kind));
            ImGui::PopStyleColor();
            ImGui::PopFont();
        }
        ImGui::PushID(static_cast<int>(i));
        agenda_item(cx, item, i + 1);
        ImGui::PopID();
    }
    end_section();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void draw_checkins_view(ViewContext& cx) {
    CheckinsState& state = cx.ui.checkins;
    if (!cx.ui.focus.empty()) {
        if (find_in<CheckIn>(cx.plan, cx.ui.focus)) state.open = cx.ui.focus;
        if (find_in<CheckIn>(cx.plan, cx.ui.focus) || find_in<Review>(cx.plan, cx.ui.focus)) cx.ui.focus.clear();
    }
    if (!find_in<CheckIn>(cx.plan, state.open)) state.open = cx.plan.checkins.empty() ? Id() : cx.plan.checkins.back().id;

    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail < em(56)) {
        draw_rhythm(cx);
        draw_log(cx);
        draw_reviews(cx);
        draw_agenda(cx);
        return;
    }
    const float gap = em(0.7f);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(gap * 0.5f, 0));
    if (ImGui::BeginTable("##checkin-layout", 2, ImGuiTableFlags_NoPadOuterX)) {
        ImGui::TableSetupColumn("log", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("rhythm", ImGuiTableColumnFlags_WidthFixed, em(25));
        ImGui::TableNextColumn();
        draw_log(cx);
        ImGui::TableNextColumn();
        draw_rhythm(cx);
        draw_reviews(cx);
        draw_agenda(cx);
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
}

}  // namespace accord::ui
