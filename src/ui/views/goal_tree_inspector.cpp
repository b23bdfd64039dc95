#include "ui/views/goal_tree_inspector.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "imgui_internal.h"  // ImRect
#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/glossary_text.hpp"
#include "ui/icons.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/views/goal_tree_actions.hpp"
#include "ui/widgets.hpp"

// Index of this file
// [SECTION] Small parts: labels, chips, reasons
// [SECTION] The goal's fields
// [SECTION] Metric and check-ins
// [SECTION] Figures: progress, pace, SMART
// [SECTION] Without a selection: the plan's goals
// [SECTION] draw_goal_inspector

namespace accord::ui {
namespace {

constexpr ImGuiTableFlags kPairFlags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoPadOuterX;

//-----------------------------------------------------------------------------
// [SECTION] Small parts: labels, chips, reasons
//-----------------------------------------------------------------------------

// A property's name above its input, small and muted.
void property_label(const char* text, const char* help = nullptr) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    if (help && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

// A rounded label filled with a soft version of its colour: "On track", "Objective".
void chip(const char* text, ImU32 colour) {
    const ImVec2 padding = em2(0.5f, 0.12f);
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 end(at.x + size.x + 2 * padding.x, at.y + size.y + 2 * padding.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec4 soft = ImGui::ColorConvertU32ToFloat4(colour);
    soft.w *= 0.14f;
    draw->AddRectFilled(at, end, ImGui::ColorConvertFloat4ToU32(soft), (end.y - at.y) * 0.5f);
    draw->AddText(ImVec2(at.x + padding.x, at.y + padding.y), colour, text);
    ImGui::Dummy(ImVec2(end.x - at.x, end.y - at.y));
}

// Reasons as a muted list, wrapped to the pane.
void reasons_list(const std::vector<std::string>& reasons) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    for (const std::string& reason : reasons) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", reason.c_str());
    }
    ImGui::PopStyleColor();
}

// Two properties side by side: their names on one row, their inputs on the next. A table keeps
// each input to its half (the field helpers fill the rest of the line), and rows keep the names
// level (a cell's first text would otherwise sit on the baseline of the frame beside it).
template <class A, class B>
void property_pair(const char* a, const char* help_a, A&& input_a, const char* b, const char* help_b, B&& input_b) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, em2(0.4f, 0.15f));
    if (ImGui::BeginTable(a, 2, kPairFlags)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        property_label(a, help_a);
        ImGui::TableNextColumn();
        property_label(b, help_b);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        input_a();
        ImGui::TableNextColumn();
        input_b();
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
}

// A number as typed: "12", "-3.5", "4,5" (a decimal comma is common across Europe).
bool parse_number(std::string text, double& out) {
    text.erase(0, text.find_first_not_of(' '));
    text.erase(text.find_last_not_of(' ') + 1);
    if (text.empty()) return false;
    if (text.find('.') == std::string::npos) std::replace(text.begin(), text.end(), ',', '.');
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return end && *end == '\0' && std::isfinite(out);
}

std::string number_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

//-----------------------------------------------------------------------------
// [SECTION] The goal's fields
//-----------------------------------------------------------------------------

// Goals that can be this goal's parent, in tree order with their depth: all but the goal itself
// and the goals below it (the core would refuse those: a goal cannot go below itself).
std::vector<std::pair<const Goal*, int>> parent_choices(const Plan& plan, const Goal& goal) {
    std::unordered_map<Id, std::vector<const Goal*>> children;
    std::vector<const Goal*> roots;
    for (const Goal& g : plan.goals) {
        if (g.parent.empty() || !plan.find_goal(g.parent)) roots.push_back(&g);
        else children[g.parent].push_back(&g);
    }
    std::vector<std::pair<const Goal*, int>> out;
    std::vector<std::pair<const Goal*, int>> stack;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it) stack.push_back({*it, 0});
    while (!stack.empty() && out.size() <= plan.goals.size()) {
        const auto [g, depth] = stack.back();
        stack.pop_back();
        if (g->id == goal.id) continue;  // skips the goal and everything below it
        out.push_back({g, depth});
        const auto& kids = children[g->id];
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, depth + 1});
    }
    return out;
}

void parent_input(ViewContext& cx, const Goal& goal) {
    const Goal* parent = cx.plan.find_goal(goal.parent);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!begin_combo("##Parent", parent ? parent->title.c_str() : "None (top level)")) return;
    if (ImGui::Selectable("None (top level)", !parent) && parent)
        cx.edits.push(edits::move_goal(cx.plan, goal.id, ""));
    for (const auto& [choice, depth] : parent_choices(cx.plan, goal)) {
        ImGui::PushID(choice->id.c_str());
        ImGui::Indent(em(0.9f) * static_cast<float>(depth) + em(0.01f));
        if (ImGui::Selectable(choice->title.c_str(), choice == parent) && choice != parent)
            cx.edits.push(edits::move_goal(cx.plan, goal.id, choice->id));
        ImGui::Unindent(em(0.9f) * static_cast<float>(depth) + em(0.01f));
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void confidence_input(ViewContext& cx, const Goal& goal) {
    float percent = static_cast<float>(goal.confidence * 100);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::SliderFloat("##Confidence", &percent, 0, 100, "%.0f%%", ImGuiSliderFlags_AlwaysClamp)) {
        Goal copy = goal;
        copy.confidence = std::round(percent) / 100.0;
        if (copy.confidence != goal.confidence) commit(cx, std::move(copy), "Confidence");
    }
    seal_when_left(cx);
}

// The title as a heading that wraps; a click (or F2, Enter on the canvas, or a new goal) turns it
// into an input, which Enter or leaving it closes. ImGui 1.86's inputs cannot wrap a long title.
void title_editor(ViewContext& cx, const Goal& goal) {
    GoalTreeState& state = cx.ui.goal_tree;
    ImGui::PushFont(fonts().title);
    if (cx.ui.rename == goal.id) {  // take the keyboard, text selected, to retype it at once
        state.editing_title = goal.id;
        cx.ui.rename.clear();
        ImGui::SetKeyboardFocusHere();
        text_input(cx, "Title", goal, &Goal::title, "What the partners want to achieve");
    } else if (state.editing_title == goal.id) {
        text_input(cx, "Title", goal, &Goal::title, "What the partners want to achieve");
        if (ImGui::IsItemDeactivated()) state.editing_title.clear();
    } else {
        const float width = ImGui::GetContentRegionAvail().x;
        const ImVec2 padding = ImGui::GetStyle().FramePadding;
        const ImVec2 size = ImGui::CalcTextSize(goal.title.c_str(), nullptr, false, width - 2 * padding.x);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("##Title", ImVec2(width, size.y + 2 * padding.y))) cx.ui.rename = goal.id;
        test_hooks::mark("##Title", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());  // found like the input
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
            ImGui::GetWindowDrawList()->AddRectFilled(at, ImGui::GetItemRectMax(), ImGui::GetColorU32(ImGuiCol_FrameBg),
                                                      ImGui::GetStyle().FrameRounding);
        }
        const ImVec2 text_at(at.x + padding.x, at.y + padding.y);
        if (const auto* terms = terms_in(cx, {insights::EntityKind::Goal, goal.id}, insights::TextField::GoalTitle))
            draw_glossary_text(cx, ImGui::GetWindowDrawList(), text_at, width - 2 * padding.x, palette().text, goal.title, *terms);
        else
            ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), text_at, palette().text,
                                                goal.title.c_str(), nullptr, width - 2 * padding.x);
    }
    ImGui::PopFont();
}

void draw_header(ViewContext& cx, const Goal& goal) {
    const scoring::GoalProgress* progress = cx.scores.goals.find(goal.id);
    chip(label(goal.kind), palette().accent);
    const char* word = pace_word(goal, progress);
    if (*word) {
        ImGui::SameLine();
        chip(word, pace_colour(goal, progress));
    }
    align_right(ImGui::GetFrameHeight());
    if (small_icon_button(ICON_DELETE, "remove", "Remove this goal (and the goals under it)")) ask_remove_goal(cx, goal.id);
    ImGui::Spacing();
    title_editor(cx, goal);
}

void draw_fields(ViewContext& cx, const Goal& goal) {
    begin_section();
    draw_header(cx, goal);
    ImGui::Spacing();
    property_label("Description", "What it means in practice, and how the partners will know it is reached");
    text_input(cx, "Description", goal, &Goal::description, nullptr, true,
               terms_in(cx, {insights::EntityKind::Goal, goal.id}, insights::TextField::GoalDescription));
    property_pair(
        "Kind", nullptr,
        [&] { enum_input(cx, "Kind", goal, &Goal::kind, {GoalKind::VisionAnchor, GoalKind::Objective, GoalKind::KeyResult, GoalKind::Initiative}); },
        "Status", nullptr,
        [&] {
            enum_input(cx, "Status", goal, &Goal::status,
                       {GoalStatus::NotStarted, GoalStatus::InProgress, GoalStatus::AtRisk, GoalStatus::Done, GoalStatus::Dropped});
        });
    property_pair(
        "Start", "From when progress is expected (else the start of the goal above)",
        [&] { date_input(cx, "Start", goal, &Goal::start); },
        "Due", "When it should be reached", [&] { date_input(cx, "Due", goal, &Goal::due); });
    property_pair(
        "Weight", "Its share in the progress of the goal above, against its siblings' weights",
        [&] { number_input(cx, "Weight", goal, &Goal::weight); },
        "Confidence", "How sure the owners are that it will be reached", [&] { confidence_input(cx, goal); });
    property_label("Owners", "The partners who see to it");
    partners_input(cx, "Owners", goal, &Goal::owners);
    property_label("Parent", "Where it sits in the tree (or drag its card onto another)");
    parent_input(cx, goal);
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Metric and check-ins
//-----------------------------------------------------------------------------

void metric_number(ViewContext& cx, const Goal& goal, const char* label, double Metric::*member) {
    double value = (*goal.metric).*member;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputDouble(input_id(label).c_str(), &value, 0, 0, "%g") && value != (*goal.metric).*member) {
        Goal copy = goal;
        (*copy.metric).*member = value;
        commit(cx, std::move(copy), label);
    }
    seal_when_left(cx);
}

void metric_fields(ViewContext& cx, const Goal& goal) {
    const Metric& metric = *goal.metric;
    property_pair(
        "Unit", "What is counted: kWh, households, %",
        [&] {
            std::string unit = metric.unit;
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (ImGui::InputTextWithHint("##Unit", "e.g. kWh", &unit)) {
                Goal copy = goal;
                copy.metric->unit = unit;
                commit(cx, std::move(copy), "Unit");
            }
            seal_when_left(cx);
        },
        "Direction", "Whether the number should go up or down",
        [&] {
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (!begin_combo("##Direction", label(metric.direction))) return;
            for (Direction direction : {Direction::Increase, Direction::Decrease}) {
                if (ImGui::Selectable(label(direction), direction == metric.direction) && direction != metric.direction) {
                    Goal copy = goal;
                    copy.metric->direction = direction;
                    commit(cx, std::move(copy), "Direction");
                    cx.edits.seal();
                }
            }
            ImGui::EndCombo();
        });
    property_pair(
        "Baseline", "Where it stood at the start", [&] { metric_number(cx, goal, "Baseline", &Metric::baseline); },
        "Target", nullptr, [&] { metric_number(cx, goal, "Target", &Metric::target); });
    property_pair(
        "Current", "The latest value (a new check-in sets it)", [&] { metric_number(cx, goal, "Current", &Metric::current); },
        "Progress", "How far the current value has come from the baseline to the target",
        [&] {
            const scoring::GoalProgress* progress = cx.scores.goals.find(goal.id);
            const float fraction = progress ? static_cast<float>(progress->progress) : 0.0f;
            ImGui::ProgressBar(fraction, ImVec2(-FLT_MIN, ImGui::GetFrameHeight()), percent_text(fraction).c_str());
        });
}

// The check-ins as a line against the baseline and the target (dashed), newest point largest.
void history_chart(const Metric& metric) {
    const auto& history = metric.history;
    if (history.empty()) return;
    const Palette& p = palette();
    const float width = ImGui::GetContentRegionAvail().x, height = em(5.5f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImRect plot(ImVec2(at.x + em(0.4f), at.y + em(0.6f)), ImVec2(at.x + width - em(3.2f), at.y + height - em(0.6f)));

    double low = std::min(metric.baseline, metric.target), high = std::max(metric.baseline, metric.target);
    for (const auto& reading : history) {
        low = std::min(low, reading.value);
        high = std::max(high, reading.value);
    }
    if (high - low < 1e-9) high = low + 1;
    const int first = history.front().date.days, last = history.back().date.days;
    const float span = static_cast<float>(std::max(1, last - first));
    auto x_of = [&](const MetricReading& r) {
        return history.size() == 1 ? plot.GetCenter().x
                                   : plot.Min.x + plot.GetWidth() * static_cast<float>(r.date.days - first) / span;
    };
    auto y_of = [&](double v) { return plot.Max.y - plot.GetHeight() * static_cast<float>((v - low) / (high - low)); };

    const float thin = std::max(1.0f, em(0.07f));
    auto dashed = [&](double value, ImU32 colour, const char* name) {
        const float y = y_of(value);
        for (float x = plot.Min.x; x < plot.Max.x; x += em(0.6f))
            draw->AddLine(ImVec2(x, y), ImVec2(std::min(x + em(0.3f), plot.Max.x), y), colour, thin);
        const std::string text = std::string(name) + " " + number_text(value);
        ImFont* font = ImGui::GetFont();
        const float pixels = em(0.7f);
        draw->AddText(font, pixels, ImVec2(plot.Max.x + em(0.3f), y - pixels * 0.5f), colour, text.c_str());
    };
    dashed(metric.baseline, p.text_muted, "from");
    dashed(metric.target, p.good, "to");

    std::vector<ImVec2> points;
    for (const auto& reading : history) points.push_back(ImVec2(x_of(reading), y_of(reading.value)));
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), p.accent, 0, std::max(1.5f, em(0.13f)));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    size_t nearest = history.size();
    float nearest_distance = em(0.8f);
    for (size_t i = 0; i < points.size(); ++i) {
        const bool newest = i + 1 == points.size();
        draw->AddCircleFilled(points[i], em(newest ? 0.3f : 0.2f), p.accent);
        draw->AddCircleFilled(points[i], em(newest ? 0.15f : 0.09f), p.panel);
        const float distance = std::hypot(points[i].x - mouse.x, points[i].y - mouse.y);
        if (distance < nearest_distance) {
            nearest_distance = distance;
            nearest = i;
        }
    }
    if (nearest < history.size() && ImGui::IsWindowHovered()) {
        const MetricReading& r = history[nearest];
        ImGui::SetTooltip("%s: %s %s%s%s", r.date.iso().c_str(), number_text(r.value).c_str(), metric.unit.c_str(),
                          r.note.empty() ? "" : "\n", r.note.c_str());
    }
}

// Adds a reading in date order; the metric's current value is then the newest reading's.
Goal with_reading(const Goal& goal, MetricReading reading) {
    Goal copy = goal;
    auto& history = copy.metric->history;
    auto at = std::upper_bound(history.begin(), history.end(), reading.date,
                               [](Date d, const MetricReading& r) { return d < r.date; });
    history.insert(at, std::move(reading));
    copy.metric->current = history.back().value;
    return copy;
}

// Removes a reading; when it was the newest and the current value came from it, the current value
// goes back to the reading before.
Goal without_reading(const Goal& goal, size_t index) {
    Goal copy = goal;
    auto& history = copy.metric->history;
    const bool newest = index + 1 == history.size();
    const bool current_from_it = history[index].value == copy.metric->current;
    history.erase(history.begin() + static_cast<long>(index));
    if (newest && current_from_it && !history.empty()) copy.metric->current = history.back().value;
    return copy;
}

void history_list(ViewContext& cx, const Goal& goal) {
    const auto& history = goal.metric->history;
    if (history.empty()) {
        muted_text("No check-ins yet. Add the first reading below.");
        return;
    }
    history_chart(*goal.metric);
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit |
                                      ImGuiTableFlags_NoPadOuterX;
    if (!ImGui::BeginTable("##history", 4, flags)) return;
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
    ImGui::TableHeadersRow();
    for (size_t i = history.size(); i-- > 0;) {  // newest first
        const MetricReading& reading = history[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(reading.date.iso().c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(number_text(reading.value).c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("%s", reading.note.c_str());
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        if (small_icon_button(ICON_DELETE, "remove-reading", "Remove this reading")) {
            Transaction t = edits::update(cx.plan, without_reading(goal, i));
            t.label = "Remove check-in";
            cx.edits.push(std::move(t));
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void new_reading(ViewContext& cx, const Goal& goal) {
    GoalTreeState& state = cx.ui.goal_tree;
    if (state.reading_goal != goal.id) {  // a fresh draft for each goal, dated today
        state.reading_goal = goal.id;
        state.reading_date = cx.today.iso();
        state.reading_value.clear();
        state.reading_note.clear();
    }
    property_label("New check-in");
    bool submit = false;
    if (ImGui::BeginTable("##reading", 2, kPairFlags)) {
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint("##Reading date", "YYYY-MM-DD", &state.reading_date);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint("##Reading value", goal.metric->unit.empty() ? "Value" : goal.metric->unit.c_str(),
                                 &state.reading_value);
        ImGui::EndTable();
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    submit |= ImGui::InputTextWithHint("##Reading note", "Note (optional): what moved it", &state.reading_note,
                                       ImGuiInputTextFlags_EnterReturnsTrue);
    std::optional<Date> date = Date::parse(state.reading_date);
    double value = 0;
    const bool has_value = parse_number(state.reading_value, value);
    ImGui::BeginDisabled(!date || !has_value);
    submit |= icon_button(ICON_ADD, "Add reading");
    ImGui::EndDisabled();
    if (!state.reading_value.empty() && !has_value) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().bad), "The value must be a number");
    } else if (!date) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().bad), "The date must read YYYY-MM-DD");
    }
    if (!submit || !date || !has_value) return;
    MetricReading reading;
    reading.date = *date;
    reading.value = value;
    reading.note = state.reading_note;
    Transaction t = edits::update(cx.plan, with_reading(goal, std::move(reading)));
    t.label = "Add check-in";
    cx.edits.push(std::move(t));
    state.reading_value.clear();
    state.reading_note.clear();
}

void draw_metric(ViewContext& cx, const Goal& goal) {
    begin_section();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Metric");
    ImGui::PopFont();
    if (!goal.metric) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("Without a metric, progress comes from the status or from the goals below. A metric makes the goal measurable.");
        ImGui::PopStyleColor();
        if (icon_button(ICON_CHART, "Add a metric")) {
            Goal copy = goal;
            copy.metric = Metric{};
            copy.metric->target = 100;
            Transaction t = edits::update(cx.plan, std::move(copy));
            t.label = "Add metric";
            cx.edits.push(std::move(t));
        }
        end_section();
        return;
    }
    align_right(ImGui::GetFrameHeight());  // on the title's line
    if (small_icon_button(ICON_DELETE, "remove-metric", "Remove the metric and its check-ins")) {
        Goal copy = goal;
        copy.metric.reset();
        Transaction t = edits::update(cx.plan, std::move(copy));
        t.label = "Remove metric";
        cx.edits.push(std::move(t));
    }
    metric_fields(cx, goal);
    ImGui::Spacing();
    history_list(cx, goal);
    ImGui::Spacing();
    new_reading(cx, goal);
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Figures: progress, pace, SMART
//-----------------------------------------------------------------------------

void big_figure(const std::string& value, const char* caption) {
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    muted_text(caption);
}

void draw_figures(ViewContext& cx, const Goal& goal) {
    const scoring::GoalProgress* progress = cx.scores.goals.find(goal.id);
    begin_section("Progress");
    if (progress) {
        const std::string caption = std::string("done, from ") + scoring::label(progress->source);
        big_figure(percent_text(progress->progress), caption.c_str());
        if (progress->expected) big_figure(percent_text(*progress->expected), "expected by today");
        const char* word = pace_word(goal, progress);
        if (*word) chip(word, pace_colour(goal, progress));
        reasons_list(progress->reasons);
    }
    end_section();

    const scoring::SmartCheck* smart = cx.scores.smart.find(goal.id);
    if (!smart) return;
    const std::string title = "SMART " + std::to_string(smart->score) + "/5";
    begin_section(title.c_str());
    if (!smart->applies)
        muted_text("Not counted for a vision anchor: the goals under it are the ones meant to be SMART.");
    const struct { const char* name; const scoring::Criterion& c; } letters[] = {
        {"Specific", smart->specific}, {"Measurable", smart->measurable}, {"Achievable", smart->achievable},
        {"Relevant", smart->relevant}, {"Time-bound", smart->time_bound}};
    const Palette& p = palette();
    for (const auto& letter : letters) {
        ImGui::PushStyleColor(ImGuiCol_Text, letter.c.met ? p.good : p.bad);
        ImGui::TextUnformatted(letter.c.met ? ICON_OK : ICON_ERROR);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(letter.name);
        ImGui::PopFont();
        if (!letter.c.met) {
            ImGui::Indent(em(1.6f));
            ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
            ImGui::TextWrapped("%s", letter.c.reason.c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent(em(1.6f));
        }
    }
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Without a selection: the plan's goals
//-----------------------------------------------------------------------------

void draw_plan_figures(ViewContext& cx) {
    const scoring::GoalScores& goals = cx.scores.goals;
    begin_section("All goals");
    if (cx.plan.goals.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("Start with a vision anchor: the outcome the partnership exists for. Objectives, key results and initiatives go under it.");
        ImGui::PopStyleColor();
        if (icon_button(ICON_ADD, "Add the first goal")) add_root_goal(cx);
        end_section();
        return;
    }
    muted_text("Select a goal to edit it.");
    ImGui::Spacing();
    big_figure(goals.progress.known() ? percent_text(*goals.progress.value) : std::string("–"), "overall progress");
    reasons_list(goals.progress.reasons);
    ImGui::Spacing();
    const Palette& p = palette();
    const struct { const char* name; int count; ImU32 colour; } counts[] = {
        {"Ahead", goals.ahead, p.good}, {"On track", goals.on_track, p.ok}, {"Behind", goals.behind, p.warn},
        {"Overdue", goals.overdue, p.bad}, {"Done", goals.done, p.good}, {"No due date", goals.no_expectation, p.neutral}};
    for (const auto& c : counts) {
        if (c.count == 0) continue;
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(c.colour), ICON_DOT);
        ImGui::SameLine();
        ImGui::Text("%d %s", c.count, c.name);
    }
    end_section();
    begin_section("SMART");
    const scoring::Figure& smart = cx.scores.smart.average;
    char value[16] = "–";
    if (smart.known()) std::snprintf(value, sizeof value, "%.1f/5", *smart.value);
    big_figure(value, "on average");
    reasons_list(smart.reasons);
    end_section();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] draw_goal_inspector
//-----------------------------------------------------------------------------

void draw_goal_inspector(ViewContext& cx) {
    GoalTreeState& state = cx.ui.goal_tree;
    if (state.editing_title != state.selected) state.editing_title.clear();
    const Goal* goal = cx.plan.find_goal(state.selected);
    if (!goal) {
        draw_plan_figures(cx);
        return;
    }
    ImGui::PushID(goal->id.c_str());
    draw_fields(cx, *goal);
    draw_metric(cx, *goal);
    draw_figures(cx, *goal);
    ImGui::PopID();
}

}  // namespace accord::ui
