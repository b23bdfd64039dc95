#include "ui/views/dashboard_view.hpp"

#include <optional>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "core/insights/agreement.hpp"
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
// [SECTION] Rows, headers, empty states
// [SECTION] Getting started
// [SECTION] Health index
// [SECTION] Cards: goals, alignment, roles, risks, communication, balance
// [SECTION] Agreement: approvals and what changed since
// [SECTION] Grid

namespace accord::ui {
namespace {

namespace sc = scoring;

// A card lists the few items that need attention first; its view holds the rest.
constexpr size_t kRowsPerCard = 4;

//-----------------------------------------------------------------------------
// [SECTION] Rows, headers, empty states
//-----------------------------------------------------------------------------

// One item of a card's list, drawn by hand over a Selectable that jumps to the entity.
struct Row {
    std::string title;
    std::string detail;  // a second, muted line; empty: a one-line row
    ImU32 detail_colour = 0;  // 0: muted
    std::string figure;  // a badge on the right; empty: none
    ImU32 figure_colour = 0;
    ImU32 marker = 0;  // a dot before the title (a partner's colour); 0: none
    const std::vector<std::string>* reasons = nullptr;  // the tooltip
    // Two thin bars on the right instead of a badge (the exchange: puts in, gets out), 0..1.
    bool shares = false;
    float share_in = 0, share_out = 0;
};

// Draws the row; true when clicked. Tests find it by its hidden name "##<key>" (e.g. "##risk:<id>").
bool row(const std::string& key, const Row& r) {
    const float line = ImGui::GetTextLineHeight();
    const float pad = em(0.3f);
    const float height = (r.detail.empty() ? line : 2 * line + em(0.15f)) + 2 * pad;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(("##" + key).c_str(), false, 0, ImVec2(0, height));
    const bool hovered = ImGui::IsItemHovered();
    float right = ImGui::GetItemRectMax().x - pad;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = palette();

    if (!r.figure.empty()) {
        const ImVec2 size = charts::badge_size(r.figure);
        charts::draw_badge(draw, ImVec2(right - size.x, at.y + (height - size.y) * 0.5f), r.figure, r.figure_colour, false);
        right -= size.x + em(0.6f);
    } else if (r.shares) {
        const float width = em(5.5f), thickness = em(0.32f);
        const float left = right - width;
        const float top = at.y + height * 0.5f - thickness * 1.6f;
        for (int k = 0; k < 2; ++k) {
            const float y = top + k * thickness * 2.2f;
            const float share = std::clamp(k == 0 ? r.share_in : r.share_out, 0.0f, 1.0f);
            draw->AddRectFilled(ImVec2(left, y), ImVec2(right, y + thickness), p.grid, thickness * 0.5f);
            if (share > 0)
                draw->AddRectFilled(ImVec2(left, y), ImVec2(left + std::max(thickness, width * share), y + thickness),
                                    charts::faded(r.marker ? r.marker : p.accent, k == 0 ? 1.0f : 0.5f), thickness * 0.5f);
        }
        right = left - em(0.6f);
    }
    float x = at.x + pad;
    if (r.marker) {
        const float radius = line * 0.28f;
        draw->AddCircleFilled(ImVec2(x + radius, at.y + pad + line * 0.5f), radius, r.marker);
        x += 2 * radius + em(0.45f);
    }
    charts::fitted_text(ImVec2(x, at.y + pad), right, p.text, r.title);
    if (!r.detail.empty())
        charts::fitted_text(ImVec2(x, at.y + pad + line + em(0.15f)), right, r.detail_colour ? r.detail_colour : p.text_muted,
                            r.detail);
    if (hovered && r.reasons) charts::reasons_tooltip(*r.reasons);
    return clicked;
}

// A card's first line: icon and title, and its headline score on the right (reasons on hover).
void card_header(const char* icon, const char* title, const sc::Figure* figure) {
    ImGui::PushFont(fonts().bold);
    ImGui::Text("%s  %s", icon, title);
    ImGui::PopFont();
    if (!figure) return;
    const std::string text = figure->value ? charts::whole(*figure->value) : "–";
    align_right(charts::badge_size(text).x);
    charts::badge(text, charts::score_colour(figure->value));
    if (ImGui::IsItemHovered()) charts::reasons_tooltip(figure->reasons, "Score out of 100");
}

void summary(const std::string& text, ImU32 colour = 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour ? colour : palette().text_muted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// A small heading over a card's list.
void list_heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    ImGui::PopStyleColor();
}

// "Nothing to worry about" in a list: a check mark and a sentence.
void all_clear(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().good);
    ImGui::TextUnformatted(ICON_OK);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    summary(text);
}

// A card with nothing to show yet says what it needs, with a button to the view where it is done.
void empty_state(ViewContext& cx, const char* text, const char* action, View view) {
    summary(text);
    ImGui::Spacing();
    if (icon_button(ICON_CHEVRON_R, action)) cx.go(view);
}

void more_link(ViewContext& cx, size_t shown, size_t total, const char* what, View view) {
    if (total <= shown) return;
    const std::string label = "+" + charts::count(static_cast<long long>(total - shown), "more", "more") + " " + what;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(ImGui::CalcTextSize(label.c_str()).x, 0))) cx.go(view);
    ImGui::PopStyleColor();
}

std::string short_name(const Plan& plan, const Id& partner) {
    const Partner* p = plan.find_partner(partner);
    return p ? charts::short_name(*p) : "nobody";
}

//-----------------------------------------------------------------------------
// [SECTION] Getting started
//-----------------------------------------------------------------------------

struct Step {
    const char* icon;
    const char* title;
    const char* why;
    const char* action;
    View view;
    bool done;
};

std::vector<Step> steps(const ViewContext& cx) {
    const Plan& plan = cx.plan;
    return {
        {ICON_PARTNERS, "Add the partners", "Who is in the partnership, what each brings and what each expects.",
         "Add partners", View::Partners, plan.partners.size() >= 2},
        {ICON_VISION, "Write the shared vision", "Where you are going together, and why.", "Write the vision",
         View::Vision, !plan.vision.statement.empty()},
        {ICON_GOALS, "Set goals", "Objectives and key results that roll up to the vision.", "Set goals", View::Goals,
         !plan.goals.empty()},
        {ICON_ROLES, "Agree who does what", "One Accountable and a Responsible partner for every activity.",
         "Share the roles", View::Roles, !plan.activities.empty()},
        {ICON_ALIGNMENT, "Rate your alignment", "Each partner rates the partnership; the gaps show what to talk about.",
         "Rate alignment", View::Alignment, cx.scores.alignment.latest.has_value()},
        {ICON_RISKS, "List what could go wrong", "Risks with their likelihood, impact and a plan B.", "Add risks",
         View::Risks, !plan.risks.empty()},
        {ICON_CHECKINS, "Hold the first check-in", "Meet on a steady rhythm and keep track of what you decided.",
         "Plan check-ins", View::Checkins, !plan.checkins.empty()},
    };
}

// One step: a numbered (or ticked) circle, the title and why, and a button that goes there.
void step_row(ViewContext& cx, const Step& step, int number) {
    ImGui::PushID(number);
    const Palette& p = palette();
    const float line = ImGui::GetTextLineHeight();
    const float circle = line * 1.7f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(at.x + circle * 0.5f, at.y + line + em(0.1f));
    if (step.done) {
        draw->AddCircleFilled(centre, circle * 0.5f, p.good);
        charts::centred_text(draw, ImGui::GetFont(), ImGui::GetFontSize(), centre, charts::text_on(p.good), ICON_CHECK);
    } else {
        draw->AddCircle(centre, circle * 0.5f - 1, p.accent, 32, 1.5f);
        charts::centred_text(draw, fonts().bold, ImGui::GetFontSize(), centre, p.accent, std::to_string(number).c_str());
    }
    ImGui::Dummy(ImVec2(circle, 2 * line + em(0.2f)));
    ImGui::SameLine(0, em(0.9f));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Text, step.done ? p.text_muted : p.text);
    ImGui::TextUnformatted(step.title);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    summary(step.why);
    ImGui::EndGroup();
    const std::string label = std::string(step.action);
    const float width = ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    align_right(width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + line * 0.5f);
    if (ImGui::Button(label.c_str())) cx.go(step.view);
    ImGui::PopID();
}

// The page a new plan opens on: what to do first, in order.
void draw_welcome(ViewContext& cx) {
    begin_section();
    ImGui::PushFont(fonts().title);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(ICON_HANDSHAKE);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted("Welcome: let's set up your partnership");
    ImGui::PopFont();
    summary("Accord keeps the partners' shared vision, goals, roles, risks and check-ins in one plan, on this "
            "device. Send the plan file to your partners from Exchange; their changes merge back in. "
            "These steps fill this dashboard, in about an hour together:");
    ImGui::Spacing();
    int number = 1;
    for (const Step& step : steps(cx)) {
        ImGui::Spacing();
        step_row(cx, step, number++);
    }
    ImGui::Spacing();
    summary(ICON_IDEA "  To look around first, open the sample plan from the Plan menu at the top.");
    end_section();
}

bool nothing_started(const ViewContext& cx) {
    for (const Step& step : steps(cx))
        if (step.done) return false;
    return true;
}

void draw_next_steps_card(ViewContext& cx) {
    card_header(ICON_IDEA, "Next steps", nullptr);
    summary("A few parts of the plan are still empty; the dashboard fills in as you add them.");
    for (const Step& step : steps(cx)) {
        if (step.done) continue;
        Row r;
        r.title = step.title;
        r.detail = step.why;
        if (row(std::string("step:") + step.action, r)) cx.go(step.view);
    }
}

bool has_next_steps(const ViewContext& cx) {
    for (const Step& step : steps(cx))
        if (!step.done) return true;
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Health index
//-----------------------------------------------------------------------------

struct PartInfo {
    const sc::Figure* figure;
    View view;
    const char* view_label;
};

PartInfo part_info(const sc::PlanScores& s, sc::HealthPart part) {
    switch (part) {
        case sc::HealthPart::Goals: return {&s.goals.schedule, View::Goals, "Open goals"};
        case sc::HealthPart::Alignment: return {&s.alignment.index, View::Alignment, "Open alignment"};
        case sc::HealthPart::Roles: return {&s.roles.score, View::Roles, "Open roles"};
        case sc::HealthPart::Risks: return {&s.risks.score, View::Risks, "Open risks"};
        case sc::HealthPart::Communication: return {&s.communication.score, View::Checkins, "Open check-ins"};
        case sc::HealthPart::Balance: return {&s.balance.score, View::Partners, "Open partners"};
    }
    return {&s.health.index, View::Dashboard, ""};
}

// The big ring with the index in its middle. Tests read the number from the mark "<n>##health-index".
void draw_health_ring(const sc::HealthIndex& health, float box) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(at.x + box * 0.5f, at.y + box * 0.5f);
    const std::optional<double>& value = health.index.value;
    charts::ring(draw, centre, box * 0.43f, em(0.65f), value ? static_cast<float>(*value / 100) : 0.0f,
                 charts::score_colour(value));
    const std::string number = value ? charts::whole(*value) : "–";
    charts::centred_text(draw, fonts().title, em(2.6f), ImVec2(centre.x, centre.y - em(0.3f)), palette().text, number.c_str());
    charts::centred_text(draw, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(centre.x, centre.y + em(1.25f)),
                         palette().text_muted, value ? "of 100" : "no data yet");
    test_hooks::mark(number + "##health-index", at, ImVec2(at.x + box, at.y + box));
    ImGui::Dummy(ImVec2(box, box));
    if (ImGui::IsItemHovered()) charts::reasons_tooltip(health.index.reasons);
}

// The six parts: name, a bar of the score, the score and the weight. A click opens the part's
// reasons under it, with a button to its view.
void draw_health_parts(ViewContext& cx, float width) {
    DashboardState& state = cx.ui.dashboard;
    const Palette& p = palette();
    const float name_width = em(11.5f), score_width = em(2.4f), weight_width = em(6.2f);
    const float bar_width = std::max(em(3), width - name_width - score_width - weight_width - em(1.2f));
    for (const sc::HealthComponent& part : cx.scores.health.parts) {
        const int index = static_cast<int>(part.part);
        const PartInfo info = part_info(cx.scores, part.part);
        const bool open = state.expanded_part == index;
        ImGui::PushID(index);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float height = ImGui::GetFrameHeight();
        const std::string label = std::string(open ? ICON_CHEVRON_D : ICON_CHEVRON_R) + "  " + sc::label(part.part) + "##part";
        ImGui::PushStyleColor(ImGuiCol_Text, part.score ? p.text : p.text_muted);
        if (ImGui::Selectable(label.c_str(), open, 0, ImVec2(width, height))) state.expanded_part = open ? -1 : index;
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            std::string note = "Weight " + charts::whole(part.weight) + " of 100";
            if (part.score && std::abs(part.share * 100 - part.weight) > 0.5)
                note += ": counts " + charts::percent(part.share) + " while parts without data are left out";
            charts::reasons_tooltip(info.figure->reasons, note + ". Click for details.");
        }
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float middle = at.y + height * 0.5f;
        const float bar_x = at.x + name_width;
        if (part.score) {
            const float thickness = em(0.45f);
            const ImU32 colour = charts::score_colour(part.score);
            draw->AddRectFilled(ImVec2(bar_x, middle - thickness * 0.5f), ImVec2(bar_x + bar_width, middle + thickness * 0.5f),
                                p.grid, thickness * 0.5f);
            draw->AddRectFilled(ImVec2(bar_x, middle - thickness * 0.5f),
                                ImVec2(bar_x + std::max(thickness, bar_width * static_cast<float>(*part.score / 100)),
                                       middle + thickness * 0.5f),
                                colour, thickness * 0.5f);
            const std::string score = charts::whole(*part.score);
            const float score_x = bar_x + bar_width + score_width - ImGui::CalcTextSize(score.c_str()).x;
            ImGui::PushFont(fonts().bold);
            draw->AddText(ImVec2(score_x, middle - ImGui::GetTextLineHeight() * 0.5f), p.text, score.c_str());
            ImGui::PopFont();
        } else {
            draw->AddText(ImVec2(bar_x, middle - ImGui::GetTextLineHeight() * 0.5f), p.text_muted, "no data yet");
        }
        const std::string weight = "weight " + charts::whole(part.weight) + "%";
        draw->AddText(ImVec2(at.x + width - ImGui::CalcTextSize(weight.c_str()).x - em(0.3f), middle - ImGui::GetTextLineHeight() * 0.5f),
                      p.text_muted, weight.c_str());
        if (open) {
            ImGui::Indent(em(1.6f));
            ImGui::PushTextWrapPos(at.x + width - ImGui::GetWindowPos().x + ImGui::GetScrollX());
            for (const std::string& reason : info.figure->reasons) {
                ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
                ImGui::Bullet();
                ImGui::TextUnformatted(charts::sentence(reason).c_str());
                ImGui::PopStyleColor();
            }
            ImGui::PopTextWrapPos();
            if (ImGui::SmallButton((std::string(info.view_label) + "  " ICON_CHEVRON_R).c_str())) cx.go(info.view);
            ImGui::Unindent(em(1.6f));
            ImGui::Spacing();
        }
        ImGui::PopID();
    }
}

// The headline figures now against the last review's, for the quarterly conversation.
void draw_since_review(ViewContext& cx) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Since the last review");
    ImGui::PopFont();
    if (cx.plan.reviews.empty()) {
        summary("No review yet. At a quarterly review, take a snapshot of these scores in Check-ins & reviews; "
                "the next one is compared with it here.");
        if (ImGui::SmallButton("Open reviews  " ICON_CHEVRON_R)) cx.go(View::Checkins);
        return;
    }
    const Review* last = &cx.plan.reviews.front();
    for (const Review& review : cx.plan.reviews)
        if (review.date >= last->date) last = &review;
    const std::string name = (last->title.empty() ? std::string("Review") : last->title) + ", " + charts::day(last->date);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    if (ImGui::Selectable((name + "##last-review").c_str(), false, 0, ImGui::CalcTextSize(name.c_str())))
        cx.go(View::Checkins, last->id);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the review");
    const ScoreSnapshot now = sc::snapshot_of(cx.scores);
    const ScoreSnapshot& then = last->scores;
    struct Line {
        const char* name;
        std::optional<double> then, now;  // empty: the part had no data
        bool percent;
    };
    const Line lines[] = {{"Health", then.health, now.health, false},
                          {"Goal progress", then.goal_progress, now.goal_progress, true},
                          {"Alignment", then.alignment, now.alignment, false},
                          {"Roles", then.roles, now.roles, false},
                          {"Risks", then.risk, now.risk, false},
                          {"Communication", then.communication, now.communication, false},
                          {"Balance", then.balance, now.balance, false}};
    const Palette& p = palette();
    const float value_x = em(8.2f), change_x = em(13.4f);
    for (const Line& line : lines) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
        ImGui::TextUnformatted(line.name);
        ImGui::PopStyleColor();
        ImGui::SameLine(value_x);  // from the group's left edge
        const std::string unit = line.percent ? "%" : "";
        const auto shown = [&](const std::optional<double>& v) { return v ? charts::whole(*v) + unit : std::string(u8"\u2013"); };
        ImGui::Text("%s %s %s", shown(line.then).c_str(), u8"\u2192", shown(line.now).c_str());
        ImGui::SameLine(change_x);
        if (!line.then || !line.now) {  // no change to speak of when either side had no data
            muted_text("");
            continue;
        }
        const double change = std::floor(*line.now + 0.5) - std::floor(*line.then + 0.5);
        const std::string text = change > 0 ? "+" + charts::whole(change) : charts::whole(change);
        ImGui::PushStyleColor(ImGuiCol_Text, change > 0 ? p.good : change < 0 ? p.bad : p.text_muted);
        ImGui::TextUnformatted(change == 0 ? "=" : text.c_str());
        ImGui::PopStyleColor();
    }
}

void draw_health(ViewContext& cx) {
    begin_section();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float box = em(8.5f), gap = em(1.6f);
    const float review_width = em(16.5f);
    const bool three_columns = avail >= box + em(30) + review_width + 2 * gap;
    const bool beside = avail >= box + em(24) + gap;
    draw_health_ring(cx.scores.health, box);
    if (beside) ImGui::SameLine(0, gap);
    const float parts_width = three_columns ? avail - box - review_width - 2 * gap : beside ? avail - box - gap : avail;
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted("Health index");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + parts_width);
    summary(cx.scores.health.index.value ? "A weighted blend of the six parts below. Click a part to see how it was made."
                                         : "No part has data yet: the index appears as the plan fills in.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    draw_health_parts(cx, parts_width);
    ImGui::EndGroup();
    if (three_columns) {
        ImGui::SameLine(0, gap);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x - gap * 0.5f, at.y), ImVec2(at.x - gap * 0.5f, at.y + box),
                                            palette().panel_border);
        ImGui::BeginGroup();
        draw_since_review(cx);
        ImGui::EndGroup();
    } else {
        ImGui::Spacing();
        draw_since_review(cx);
    }
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Cards: goals, alignment, roles, risks, communication, balance
//-----------------------------------------------------------------------------

void draw_goals_card(ViewContext& cx) {
    const sc::GoalScores& g = cx.scores.goals;
    card_header(ICON_GOALS, "Goals", &g.schedule);
    if (cx.plan.goals.empty()) {
        empty_state(cx, "No goals yet. Goals roll up to the vision and show how far the partnership has come.", "Set goals",
                    View::Goals);
        return;
    }
    const Palette& p = palette();
    const float box = em(4.4f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 centre(at.x + box * 0.5f, at.y + box * 0.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float progress = static_cast<float>(g.progress.value.value_or(0));
    const std::string shown = g.progress.value ? charts::percent(progress) : "–";
    charts::ring(draw, centre, box * 0.42f, em(0.42f), progress, p.accent);
    charts::centred_text(draw, fonts().bold, ImGui::GetFontSize(), centre, p.text, shown.c_str());
    // Tests read the figure drawn in the ring: "<n>%##goal-progress".
    test_hooks::mark(shown + "##goal-progress", at, ImVec2(at.x + box, at.y + box));
    ImGui::Dummy(ImVec2(box, box));
    if (ImGui::IsItemHovered()) charts::reasons_tooltip(g.progress.reasons, "Overall progress of the top-level goals");
    ImGui::SameLine(0, em(0.9f));
    ImGui::BeginGroup();
    ImGui::TextUnformatted("Overall progress");
    summary(charts::count(static_cast<long long>(cx.plan.goals.size()), "goal", "goals") + ", " + std::to_string(g.done) +
            " done");
    struct Tally {
        int n;
        const char* what;
        ImU32 colour;
    };
    const Tally tallies[] = {{g.ahead, "ahead", p.good},
                             {g.on_track, "on track", p.ok},
                             {g.behind, "behind", p.warn},
                             {g.overdue, "overdue", p.bad}};
    bool first = true;
    for (const Tally& t : tallies) {
        const std::string text = std::to_string(t.n) + " " + t.what;
        const float width = charts::badge_size(text).x;
        if (!first) {
            ImGui::SameLine(0, em(0.35f));
            if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
        }
        charts::badge(text, t.n ? t.colour : p.neutral, false);
        first = false;
    }
    ImGui::EndGroup();

    std::vector<size_t> late;
    for (size_t i = 0; i < g.goals.size(); ++i)
        if (g.goals[i].pace == sc::Pace::Behind || g.goals[i].pace == sc::Pace::Overdue) late.push_back(i);
    // Overdue first (longest first), then the largest shortfall below the expected progress.
    auto shortfall = [&](size_t i) { return g.goals[i].expected.value_or(0) - g.goals[i].progress; };
    std::stable_sort(late.begin(), late.end(), [&](size_t a, size_t b) {
        const sc::GoalProgress &x = g.goals[a], &y = g.goals[b];
        if ((x.pace == sc::Pace::Overdue) != (y.pace == sc::Pace::Overdue)) return x.pace == sc::Pace::Overdue;
        if (x.pace == sc::Pace::Overdue) return x.days_overdue > y.days_overdue;
        return shortfall(a) > shortfall(b);
    });
    list_heading("Most behind");
    if (late.empty()) all_clear("No goal is behind its schedule.");
    for (size_t k = 0; k < std::min(late.size(), kRowsPerCard); ++k) {
        const sc::GoalProgress& gp = g.goals[late[k]];
        const Goal& goal = cx.plan.goals[late[k]];
        Row r;
        r.title = goal.title;
        if (gp.pace == sc::Pace::Overdue)
            r.detail = "Overdue by " + charts::count(gp.days_overdue, "day", "days") + ", " + charts::percent(gp.progress) + " done";
        else
            r.detail = charts::percent(gp.progress) + " done, " + charts::percent(gp.expected.value_or(0)) + " expected by today";
        r.figure = sc::label(gp.pace);
        r.figure_colour = charts::pace_colour(gp.pace);
        r.reasons = &gp.reasons;
        if (row("goal:" + goal.id, r)) cx.go(View::Goals, goal.id);
    }
    more_link(cx, kRowsPerCard, late.size(), "behind", View::Goals);
}

void draw_alignment_card(ViewContext& cx) {
    const sc::AlignmentScores& a = cx.scores.alignment;
    card_header(ICON_ALIGNMENT, "Alignment", &a.index);
    const sc::RoundAlignment* round = a.latest_round();
    if (!round) {
        empty_state(cx, "No ratings yet. Each partner rates the partnership on a few dimensions; the gaps show what to talk about.",
                    "Rate alignment", View::Alignment);
        return;
    }
    std::string line;
    for (const AssessmentRound& r : cx.plan.rounds)
        if (r.id == round->round) line = r.title.empty() ? "Latest round" : r.title;
    line += ", " + charts::day(round->date);
    if (a.change) {
        const std::string change = charts::whole(*a.change);
        line += change == "0" ? std::string(" · unchanged since the round before")
                                                : std::string(" · ") + (*a.change > 0 ? "+" : "") + change + " since the round before";
    }
    summary(line);

    std::vector<const sc::DimensionStats*> talk;
    for (const sc::DimensionStats& d : round->dimensions)
        if (d.gap || d.disagreement) talk.push_back(&d);
    std::stable_sort(talk.begin(), talk.end(), [](const auto* x, const auto* y) { return x->spread > y->spread; });
    list_heading("Gaps and disagreements");
    if (talk.empty()) all_clear("The partners see every dimension alike.");
    for (size_t k = 0; k < std::min(talk.size(), kRowsPerCard); ++k) {
        const sc::DimensionStats& d = *talk[k];
        const Dimension* dimension = cx.plan.find_dimension(d.dimension);
        Row r;
        r.title = dimension ? dimension->name : d.dimension;
        if (d.disagreement)
            r.detail = short_name(cx.plan, d.disagreement->high_partner) + " " + std::to_string(d.disagreement->high_score) +
                       " vs " + short_name(cx.plan, d.disagreement->low_partner) + " " +
                       std::to_string(d.disagreement->low_score);
        if (d.mean) r.detail += (r.detail.empty() ? "Mean " : ", mean ") + charts::one_decimal(*d.mean);
        if (d.disagreement_hidden) r.detail += ", hidden by the mean";
        r.figure = d.gap ? "Gap of " + std::to_string(d.max - d.min) : std::to_string(d.max - d.min) + " apart";
        r.figure_colour = d.gap ? palette().bad : palette().warn;
        if (row("dimension:" + d.dimension, r)) cx.go(View::Alignment, d.dimension);
    }
    more_link(cx, kRowsPerCard, talk.size(), "to talk about", View::Alignment);
}

void draw_roles_card(ViewContext& cx) {
    const sc::RoleScores& s = cx.scores.roles;
    card_header(ICON_ROLES, "Roles", &s.score);
    if (cx.plan.activities.empty()) {
        empty_state(cx, "No activities yet. Say who is Responsible and who Accountable for each piece of work.",
                    "Share the roles", View::Roles);
        return;
    }
    summary(s.unclear == 0 ? "Every activity has one Accountable partner and someone Responsible."
                           : std::to_string(s.unclear) + " of " +
                                 charts::count(static_cast<long long>(s.activities.size()), "activity needs", "activities need") +
                                 " clearer roles.");
    size_t shown = 0, problems = 0;
    for (size_t i = 0; i < s.activities.size(); ++i) {
        const sc::ActivityCheck& check = s.activities[i];
        if (check.clear()) continue;
        ++problems;
        if (shown == kRowsPerCard) continue;
        ++shown;
        Row r;
        r.title = cx.plan.activities[i].name;
        r.detail = check.reasons.empty() ? "" : charts::sentence(check.reasons.front());
        r.figure = sc::label(check.problems.front());
        r.figure_colour = palette().bad;
        r.reasons = &check.reasons;
        if (row("activity:" + check.activity, r)) cx.go(View::Roles, check.activity);
    }
    more_link(cx, shown, problems, "unclear", View::Roles);
    for (const sc::PartnerLoad& load : s.partners) {
        if (!load.overloaded) continue;
        const Partner* partner = cx.plan.find_partner(load.partner);
        Row r;
        r.title = partner ? partner->name : load.partner;
        r.marker = partner ? rgb(partner->colour) : 0;
        r.detail = "Carries " + charts::count(load.load(), "R or A role", "R and A roles") + "; a fair share is " +
                   charts::whole(s.fair_share);
        r.figure = "Overloaded";
        r.figure_colour = palette().warn;
        if (row("load:" + load.partner, r)) cx.go(View::Roles, load.partner);
    }
}

void draw_risks_card(ViewContext& cx) {
    const sc::RiskScores& s = cx.scores.risks;
    card_header(ICON_RISKS, "Risks", &s.score);
    if (cx.plan.risks.empty()) {
        empty_state(cx, "No risks registered. Name what could go wrong, how likely it is, and what you would do then.",
                    "Add risks", View::Risks);
        return;
    }
    const size_t bare = s.high_without_contingency.size();
    summary(charts::count(s.open, "open risk", "open risks") +
                (bare ? ", " + charts::count(static_cast<long long>(bare), "high one", "high ones") + " without a contingency plan"
                      : ", each high one with a contingency plan"),
            bare ? palette().bad : 0);
    std::vector<size_t> open;
    for (size_t i = 0; i < s.risks.size(); ++i)
        if (s.risks[i].open) open.push_back(i);
    std::stable_sort(open.begin(), open.end(), [&](size_t a, size_t b) { return s.risks[a].exposure > s.risks[b].exposure; });
    list_heading("Highest exposure");
    if (open.empty()) all_clear("Every registered risk is closed.");
    for (size_t k = 0; k < std::min(open.size(), kRowsPerCard); ++k) {
        const sc::RiskExposure& e = s.risks[open[k]];
        const Risk& risk = cx.plan.risks[open[k]];
        const bool flagged = std::find(s.high_without_contingency.begin(), s.high_without_contingency.end(), risk.id) !=
                             s.high_without_contingency.end();
        Row r;
        r.title = risk.title;
        r.detail = (flagged ? std::string(ICON_FLAG "  No contingency plan, likelihood ") : std::string("Likelihood ")) +
                   std::to_string(risk.likelihood) + u8" \u00d7 impact " + std::to_string(risk.impact) +
                   (risk.owner.empty() ? "" : ", " + short_name(cx.plan, risk.owner));
        r.detail_colour = flagged ? palette().bad : 0;
        r.figure = std::to_string(e.exposure) + " " + sc::label(e.level);
        r.figure_colour = charts::level_colour(e.level);
        if (row("risk:" + risk.id, r)) cx.go(View::Risks, risk.id);
    }
    more_link(cx, kRowsPerCard, open.size(), "open", View::Risks);
}

void draw_communication_card(ViewContext& cx) {
    const sc::CommunicationScores& c = cx.scores.communication;
    card_header(ICON_CHECKINS, "Communication", &c.score);
    const Palette& p = palette();
    if (c.next_due) {
        ImGui::PushFont(fonts().bold);
        if (c.days_overdue > 0) {
            ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
            ImGui::Text(ICON_CLOCK "  Check-in overdue by %s", charts::count(c.days_overdue, "day", "days").c_str());
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, p.good);
            ImGui::Text(ICON_CALENDAR "  Next check-in %s", charts::relative_day(*c.next_due, cx.today).c_str());
        }
        ImGui::PopStyleColor();
        ImGui::PopFont();
        summary("Due " + charts::day(*c.next_due) + ", every " + charts::count(c.cadence_days, "day", "days"));
    }
    summary(c.last_checkin ? "Last check-in " + charts::day(*c.last_checkin) + " (" + charts::relative_day(*c.last_checkin, cx.today) + ")"
                           : "No check-in held yet");
    list_heading("Overdue actions");
    if (c.overdue_actions.empty()) all_clear("No action is past its due date.");
    for (size_t k = 0; k < std::min(c.overdue_actions.size(), kRowsPerCard); ++k) {
        const sc::OverdueAction& a = c.overdue_actions[k];
        const Partner* owner = cx.plan.find_partner(a.owner);
        Row r;
        r.title = a.text.empty() ? "(an action without words)" : a.text;
        r.marker = owner ? rgb(owner->colour) : 0;
        r.detail = (owner ? owner->name + ", due " : std::string("No owner, due ")) + charts::day(a.due);
        r.figure = charts::count(a.days_late, "day", "days") + " late";
        r.figure_colour = p.bad;
        if (row("action:" + a.checkin + ":" + std::to_string(a.action), r)) cx.go(View::Checkins, a.checkin);
    }
    more_link(cx, kRowsPerCard, c.overdue_actions.size(), "overdue", View::Checkins);
    ImGui::Spacing();
    if (icon_button(ICON_ADD, "Record a check-in")) cx.go(View::Checkins);
}

void draw_balance_card(ViewContext& cx) {
    const sc::BalanceScores& b = cx.scores.balance;
    card_header(ICON_BALANCE, "Balance of the exchange", &b.score);
    if (!b.score.known()) {
        summary(b.score.reasons.empty() ? std::string() : charts::sentence(b.score.reasons.front()) + ".");
        return;
    }
    summary("What each partner puts in, against what it gets out (upper bar: puts in, lower: gets).");
    for (const sc::PartnerBalance& pb : b.partners) {
        const Partner* partner = cx.plan.find_partner(pb.partner);
        Row r;
        r.title = partner ? partner->name : pb.partner;
        r.marker = partner ? rgb(partner->colour) : 0;
        r.detail = "Puts in " + charts::percent(pb.contribution_share) + ", gets " + charts::percent(pb.gain_share);
        r.shares = true;
        r.share_in = static_cast<float>(pb.contribution_share);
        r.share_out = static_cast<float>(pb.gain_share);
        r.reasons = &b.score.reasons;
        if (row("balance:" + pb.partner, r)) cx.go(View::Partners, pb.partner);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Agreement: approvals and what changed since
//-----------------------------------------------------------------------------

// A partner approves the plan as it is now (docs/insights.md, "Agreement snapshots"): one undo step.
void approve_as(ViewContext& cx, const Id& partner) {
    Approval approval = insights::approve(cx.plan, partner, platform::wall_clock_ms(), "", cx.ids);
    cx.edits.push(edits::add(cx.plan, std::move(approval)));
    cx.notify("Approved this version of the plan as " + insights::partner_name(cx.plan, partner));
}

// The approve button; when the device does not know who is using it yet, it asks first (and
// remembers, as "This is me" in Partners does).
void draw_approve(ViewContext& cx) {
    const insights::AgreementState& a = cx.insights.agreement;
    for (const insights::PartnerApproval& pa : a.partners) {
        if (pa.partner != cx.ui.me || !pa.current) continue;
        all_clear("You approved this version.");
        return;
    }
    if (icon_button(ICON_CHECK, "Approve this version")) {
        if (cx.plan.find_partner(cx.ui.me))
            approve_as(cx, cx.ui.me);
        else
            ImGui::OpenPopup("Who is approving?");
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Records your approval of the plan as it is now, with its fingerprint.\n"
                          "Any later change to what was agreed shows the approval as outdated.");
    ImGui::SetNextWindowSize(ImVec2(em(22), 0));
    if (ImGui::BeginPopup("Who is approving?")) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("Which partner are you? This device remembers it and signs your edits with it.");
        ImGui::PopStyleColor();
        ImGui::Spacing();
        for (const Partner& partner : cx.plan.partners) {
            ImGui::PushID(partner.id.c_str());
            const ImVec2 at = ImGui::GetCursorScreenPos();
            if (ImGui::Selectable(("##me:" + partner.name).c_str(), false, 0, ImVec2(0, ImGui::GetTextLineHeight()))) {
                cx.ui.me = partner.id;
                approve_as(cx, partner.id);
            }
            ImGui::SetCursorScreenPos(at);
            partner_chip(cx.plan, partner.id);
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
}

// "Added" in green, "Removed" in red...: the change's word as a badge colour.
ImU32 change_colour(insights::ChangeKind kind) {
    switch (kind) {
        case insights::ChangeKind::Added: return palette().good;
        case insights::ChangeKind::Changed: return palette().warn;
        case insights::ChangeKind::Removed: return palette().bad;
        case insights::ChangeKind::Reordered: return palette().neutral;
    }
    return palette().neutral;
}

void draw_changes(ViewContext& cx) {
    const insights::AgreementState& a = cx.insights.agreement;
    if (!a.last_agreed || a.last_agreed->current) return;
    list_heading(("Changed since " + charts::day(Date::from_unix_ms(a.last_agreed->at))).c_str());
    if (!a.changes_known) {
        summary("Those approvals came without details, so what changed cannot be listed.");
        return;
    }
    if (a.changes.empty()) summary("Only how the plan is written changed, not what it says.");
    bool& all = cx.ui.dashboard.all_changes;
    const size_t shown = all ? a.changes.size() : std::min(a.changes.size(), kRowsPerCard);
    for (size_t k = 0; k < shown; ++k) {
        const insights::ContentChange& c = a.changes[k];
        Row r;
        if (c.kind == insights::ChangeKind::Reordered) {
            std::string collection = c.part;
            std::replace(collection.begin(), collection.end(), '_', ' ');
            r.title = "The order of the " + collection;
        } else {
            r.title = c.name.empty() ? std::string("(no name)") : c.name;
            std::string kind = insights::label(c.entity.kind);
            kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
            r.detail = kind;
        }
        r.figure = insights::label(c.kind);
        r.figure_colour = change_colour(c.kind);
        if (row("change:" + c.part, r)) go_to(cx, c.entity);
    }
    if (a.changes.size() > kRowsPerCard) {
        const std::string label = all ? std::string("Show fewer") : "Show all " + std::to_string(a.changes.size()) + " changes";
        ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
        if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(ImGui::CalcTextSize(label.c_str()).x, 0))) all = !all;
        ImGui::PopStyleColor();
    }
}

void draw_agreement_card(ViewContext& cx) {
    const insights::AgreementState& a = cx.insights.agreement;
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(ICON_HANDSHAKE "  Agreement");
    ImGui::PopFont();
    const bool agreed = a.approved_by_all;
    const std::string state = agreed ? "Agreed" : a.last_agreed ? "Changed" : "Not agreed yet";
    align_right(charts::badge_size(state).x);
    charts::badge(state, agreed ? palette().good : a.last_agreed ? palette().warn : palette().neutral);
    if (agreed)
        summary("Every partner approved the plan as it is now.");
    else if (a.last_agreed)
        summary("The plan changed since every partner approved it on " +
                charts::day(Date::from_unix_ms(a.last_agreed->at)) + ". Talk it through, then approve again.");
    else
        summary("No version yet that every partner approved. When you agree on the plan, each partner approves it here.");

    list_heading("Approvals");
    for (const insights::PartnerApproval& pa : a.partners) {
        const Partner* partner = cx.plan.find_partner(pa.partner);
        if (!partner) continue;
        Row r;
        r.title = partner->name + (pa.partner == cx.ui.me ? " (you)" : "");
        r.marker = rgb(partner->colour);
        std::string status = "none";
        if (pa.latest) {
            const insights::ApprovalStatus& latest = a.approvals[*pa.latest];
            r.detail = "Approved " + charts::day(Date::from_unix_ms(latest.at)) +
                       (pa.current ? ", this version" : ", an earlier version");
            r.figure = pa.current ? "Current" : "Outdated";
            r.figure_colour = pa.current ? palette().good : palette().warn;
            status = pa.current ? "current" : "outdated";
        } else {
            r.detail = "Has not approved the plan yet";
        }
        // The status is part of the row's name so that tests can read it.
        if (row("approval:" + pa.partner + ":" + status, r)) cx.go(View::Partners, pa.partner);
    }
    ImGui::Spacing();
    draw_approve(cx);
    draw_changes(cx);
}

//-----------------------------------------------------------------------------
// [SECTION] Grid
//-----------------------------------------------------------------------------

struct Card {
    const char* id;
    void (*draw)(ViewContext&);
};

// Cards flow into as many columns as fit (at least ~24 em each). Each goes to the column that is
// shortest so far, by the heights the cards took last frame, so the columns end close together.
void draw_grid(ViewContext& cx, const std::vector<Card>& cards) {
    DashboardState& state = cx.ui.dashboard;
    state.card_heights.resize(cards.size(), em(12));
    const float gap = em(0.7f);
    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = std::clamp(static_cast<int>((avail + gap) / (em(24) + gap)), 1, 3);
    std::vector<std::vector<size_t>> by_column(static_cast<size_t>(columns));
    std::vector<float> height(static_cast<size_t>(columns), 0.0f);
    for (size_t i = 0; i < cards.size(); ++i) {
        const size_t c = static_cast<size_t>(std::min_element(height.begin(), height.end()) - height.begin());
        by_column[c].push_back(i);
        height[c] += state.card_heights[i];
    }
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(gap * 0.5f, 0));
    if (ImGui::BeginTable("##cards", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoPadOuterX)) {
        for (const auto& column : by_column) {
            ImGui::TableNextColumn();
            for (size_t i : column) {
                const float top = ImGui::GetCursorScreenPos().y;
                begin_section();
                cards[i].draw(cx);
                end_section();
                state.card_heights[i] = ImGui::GetCursorScreenPos().y - top;
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
}

}  // namespace

void draw_dashboard_view(ViewContext& cx) {
    if (nothing_started(cx)) {
        draw_welcome(cx);
        return;
    }
    draw_health(cx);
    std::vector<Card> cards;
    if (has_next_steps(cx)) cards.push_back({"next-steps", draw_next_steps_card});
    cards.insert(cards.end(), {{"goals", draw_goals_card},
                               {"alignment", draw_alignment_card},
                               {"roles", draw_roles_card},
                               {"risks", draw_risks_card},
                               {"communication", draw_communication_card},
                               {"balance", draw_balance_card},
                               {"agreement", draw_agreement_card}});
    draw_grid(cx, cards);
}

}  // namespace accord::ui
