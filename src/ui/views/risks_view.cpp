#include "ui/views/risks_view.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/model/collections.hpp"
#include "core/scoring/scores.hpp"
#include "ui/charts.hpp"
#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

// Index of this file
// [SECTION] Helpers
// [SECTION] Heat map
// [SECTION] Flags: high risks without a contingency
// [SECTION] Register
// [SECTION] Editor
// [SECTION] View

namespace accord::ui {
namespace {

namespace sc = scoring;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

// Words for the 1..5 scales, shown next to the number so partners rate alike.
constexpr const char* kLikelihoodWords[] = {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"};
constexpr const char* kImpactWords[] = {"Negligible", "Minor", "Moderate", "Major", "Severe"};

bool is_flagged(const ViewContext& cx, const Id& risk) {
    const auto& flagged = cx.scores.risks.high_without_contingency;
    return std::find(flagged.begin(), flagged.end(), risk) != flagged.end();
}

std::string flag_reason(const sc::RiskExposure& e) {
    return "High exposure (" + std::to_string(e.exposure) +
           ") and still open, with no contingency plan: agree what you will do if it happens.";
}

const sc::RiskExposure* exposure_of(const ViewContext& cx, const Id& risk) {
    for (const sc::RiskExposure& e : cx.scores.risks.risks)
        if (e.risk == risk) return &e;
    return nullptr;
}

void add_risk(ViewContext& cx) {
    RisksState& state = cx.ui.risks;
    Risk risk;
    risk.id = cx.ids.next();
    risk.title = "New risk";
    if (cx.plan.find_partner(cx.ui.me)) risk.owner = cx.ui.me;
    state.selected = risk.id;
    state.filter_likelihood = state.filter_impact = 0;  // the new risk must be in sight
    cx.ui.rename = risk.id;
    cx.edits.push(edits::add(cx.plan, std::move(risk)));
}

//-----------------------------------------------------------------------------
// [SECTION] Heat map
//-----------------------------------------------------------------------------

// Likelihood upwards, impact to the right, open risks counted in their cells. A click on a cell
// narrows the register to it; a second click lifts the filter. Each cell is marked for the tests
// as "<count>##heat-<likelihood>-<impact>".
void draw_heat_map(ViewContext& cx) {
    RisksState& state = cx.ui.risks;
    const Palette& p = palette();
    const float line = ImGui::GetTextLineHeight();
    const float axis = em(1.6f);  // room for the likelihood numbers on the left
    const float avail = ImGui::GetContentRegionAvail().x;
    const float side = std::min(avail - axis, em(18));
    const float cell = side / 5;
    const float gap = std::max(1.0f, em(0.15f));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float top = line + em(0.3f);  // the "Likelihood" title above the grid
    const ImVec2 grid(at.x + axis, at.y + top);
    const ImVec2 size(axis + side, top + side + 2 * line + em(0.4f));

    ImGui::InvisibleButton("##heat-map", size);
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hover_l = 0, hover_i = 0;
    if (hovered && mouse.x >= grid.x && mouse.x < grid.x + side && mouse.y >= grid.y && mouse.y < grid.y + side) {
        hover_i = 1 + static_cast<int>((mouse.x - grid.x) / cell);
        hover_l = 5 - static_cast<int>((mouse.y - grid.y) / cell);
    }
    if (ImGui::IsItemClicked() && hover_l > 0) {
        const bool same = state.filter_likelihood == hover_l && state.filter_impact == hover_i;
        state.filter_likelihood = same ? 0 : hover_l;
        state.filter_impact = same ? 0 : hover_i;
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(at, ImVec2(at.x + size.x, at.y + size.y), true);
    draw->AddText(ImVec2(at.x, at.y), p.text_muted, u8"Likelihood \u2191");
    for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i) {
            const sc::HeatCell& heat = cx.scores.risks.heat[static_cast<size_t>(l - 1)][static_cast<size_t>(i - 1)];
            const ImVec2 min(grid.x + (i - 1) * cell + gap, grid.y + (5 - l) * cell + gap);
            const ImVec2 max(min.x + cell - 2 * gap, min.y + cell - 2 * gap);
            const ImU32 band = charts::level_colour(sc::level_of(l * i));
            const ImU32 fill = charts::faded(band, heat.count > 0 ? 0.9f : 0.16f);
            draw->AddRectFilled(min, max, fill, em(0.3f));
            const bool filtered = state.filter_likelihood == l && state.filter_impact == i;
            if (filtered)
                draw->AddRect(ImVec2(min.x - gap, min.y - gap), ImVec2(max.x + gap, max.y + gap), p.text, em(0.35f), 0, em(0.18f));
            else if (l == hover_l && i == hover_i)
                draw->AddRect(min, max, p.accent, em(0.3f), 0, em(0.12f));
            const std::string count = std::to_string(heat.count);
            const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
            if (heat.count > 0)
                charts::centred_text(draw, fonts().title, ImGui::GetFontSize() * 1.25f, centre, charts::text_on(fill), count.c_str());
            else
                charts::centred_text(draw, ImGui::GetFont(), ImGui::GetFontSize() * 0.85f, centre, charts::faded(p.text_muted, 0.6f),
                                     std::to_string(l * i).c_str());
            test_hooks::mark(count + "##heat-" + std::to_string(l) + "-" + std::to_string(i), min, max);
        }
        charts::centred_text(draw, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + axis * 0.4f, grid.y + (5.5f - l) * cell),
                             p.text_muted, std::to_string(l).c_str());
    }
    for (int i = 1; i <= 5; ++i)
        charts::centred_text(draw, ImGui::GetFont(), ImGui::GetFontSize(),
                             ImVec2(grid.x + (i - 0.5f) * cell, grid.y + side + line * 0.6f), p.text_muted,
                             std::to_string(i).c_str());
    const char* impact = u8"Impact \u2192";
    draw->AddText(ImVec2(grid.x + side - ImGui::CalcTextSize(impact).x, grid.y + side + line * 1.2f), p.text_muted, impact);
    draw->PopClipRect();

    if (hover_l > 0) {
        const sc::HeatCell& heat = cx.scores.risks.heat[static_cast<size_t>(hover_l - 1)][static_cast<size_t>(hover_i - 1)];
        const int exposure = hover_l * hover_i;
        ImGui::BeginTooltip();
        ImGui::Text("Likelihood %d %s impact %d = exposure %d (%s)", hover_l, u8"\u00d7", hover_i, exposure,
                    sc::label(sc::level_of(exposure)));
        for (const Id& id : heat.risks)
            if (const Risk* risk = find_in<Risk>(cx.plan, id)) ImGui::BulletText("%s", risk->title.c_str());
        if (heat.risks.empty()) muted_text("No open risk here");
        else muted_text("Click to show only these in the register");
        ImGui::EndTooltip();
    }
}

void draw_legend() {
    struct Band {
        sc::RiskLevel level;
        std::string range;
    };
    const Band bands[] = {{sc::RiskLevel::Low, u8"1\u2013" + std::to_string(sc::kMediumExposure - 1)},
                          {sc::RiskLevel::Medium, std::to_string(sc::kMediumExposure) + u8"\u2013" + std::to_string(sc::kHighExposure - 1)},
                          {sc::RiskLevel::High, std::to_string(sc::kHighExposure) + u8"\u201325"}};
    bool first = true;
    for (const Band& band : bands) {
        if (!first) ImGui::SameLine(0, em(0.35f));
        charts::badge(std::string(sc::label(band.level)) + " " + band.range, charts::level_colour(band.level), false);
        first = false;
    }
}

void draw_heat_map_section(ViewContext& cx) {
    begin_section("Heat map");
    muted_text("Open risks by likelihood and impact.");
    ImGui::Spacing();
    draw_heat_map(cx);
    draw_legend();
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Flags: high risks without a contingency
//-----------------------------------------------------------------------------

void draw_flags_section(ViewContext& cx) {
    RisksState& state = cx.ui.risks;
    begin_section("Needs a plan B");
    const auto& flagged = cx.scores.risks.high_without_contingency;
    if (flagged.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().good);
        ImGui::TextUnformatted(ICON_OK);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("Every open high risk has a contingency plan.");
        ImGui::PopStyleColor();
    }
    // Each flagged risk selects itself in the editor; long titles wrap inside the panel.
    const float icon = ImGui::CalcTextSize(ICON_FLAG).x + em(0.5f);
    for (const Id& id : flagged) {
        const Risk* risk = find_in<Risk>(cx.plan, id);
        const sc::RiskExposure* e = exposure_of(cx, id);
        if (!risk || !e) continue;
        const float wrap = ImGui::GetContentRegionAvail().x - icon;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float height = ImGui::CalcTextSize(risk->title.c_str(), nullptr, false, wrap).y;
        if (ImGui::Selectable(("##flag:" + id).c_str(), state.selected == id, 0, ImVec2(0, height))) state.selected = id;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", flag_reason(*e).c_str());
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddText(at, palette().bad, ICON_FLAG);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + icon, at.y), palette().bad, risk->title.c_str(), nullptr,
                      wrap);
    }
    if (!flagged.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("Open high risks without a contingency cost the risk score %d points each.",
                           sc::kPenaltyHighWithoutContingency);
        ImGui::PopStyleColor();
    }
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Register
//-----------------------------------------------------------------------------

// Positions in cx.plan.risks, open risks first, highest exposure first; narrowed to the heat map's
// chosen cell when there is one.
std::vector<size_t> register_order(const ViewContext& cx) {
    const RisksState& state = cx.ui.risks;
    const sc::RiskScores& s = cx.scores.risks;
    std::vector<size_t> order;
    if (state.filter_likelihood > 0) {
        const sc::HeatCell& cell =
            s.heat[static_cast<size_t>(state.filter_likelihood - 1)][static_cast<size_t>(state.filter_impact - 1)];
        for (size_t i = 0; i < s.risks.size(); ++i)
            if (std::find(cell.risks.begin(), cell.risks.end(), s.risks[i].risk) != cell.risks.end()) order.push_back(i);
    } else {
        for (size_t i = 0; i < s.risks.size(); ++i) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (s.risks[a].open != s.risks[b].open) return s.risks[a].open;
        return s.risks[a].exposure > s.risks[b].exposure;
    });
    return order;
}

void draw_register_row(ViewContext& cx, size_t index) {
    RisksState& state = cx.ui.risks;
    const Palette& p = palette();
    const Risk& risk = cx.plan.risks[index];
    const sc::RiskExposure& e = cx.scores.risks.risks[index];
    const bool flagged = is_flagged(cx, risk.id);
    const ImU32 text = e.open ? p.text : p.text_muted;
    ImGui::PushID(risk.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float right = at.x + ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetFrameHeight();
    if (ImGui::Selectable(("##risk:" + risk.id).c_str(), state.selected == risk.id,
                          ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, height)))
        state.selected = risk.id;
    charts::fitted_text(ImVec2(at.x, at.y + (height - ImGui::GetTextLineHeight()) * 0.5f), right, text, risk.title);

    auto centred = [&](const std::string& value) {
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(value.c_str()).x) * 0.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, text);
        ImGui::TextUnformatted(value.c_str());
        ImGui::PopStyleColor();
    };
    centred(std::to_string(risk.likelihood));
    centred(std::to_string(risk.impact));

    ImGui::TableNextColumn();
    const std::string exposure = std::to_string(e.exposure);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (height - charts::badge_size(exposure).y) * 0.5f);
    charts::badge(exposure, e.open ? charts::level_colour(e.level) : p.neutral, e.open && e.level == sc::RiskLevel::High);

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (const Partner* owner = cx.plan.find_partner(risk.owner)) {
        const ImVec2 dot = ImGui::GetCursorScreenPos();
        const float radius = ImGui::GetTextLineHeight() * 0.28f;
        ImGui::GetWindowDrawList()->AddCircleFilled(
            ImVec2(dot.x + radius, dot.y + ImGui::GetStyle().FramePadding.y + ImGui::GetTextLineHeight() * 0.5f), radius,
            rgb(owner->colour));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 2 * radius + em(0.4f));
        ImGui::PushStyleColor(ImGuiCol_Text, text);
        ImGui::TextUnformatted(charts::short_name(*owner).c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", owner->name.c_str());
    } else {
        muted_text("nobody");
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, text);
    ImGui::TextUnformatted(label(risk.status));
    ImGui::PopStyleColor();

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (e.has_contingency) {
        ImGui::PushStyleColor(ImGuiCol_Text, e.open ? p.good : p.text_muted);
        ImGui::TextUnformatted(ICON_CHECK "  Yes");
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", risk.contingency.c_str());
    } else if (flagged) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        ImGui::TextUnformatted(ICON_FLAG "  Missing");
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", flag_reason(e).c_str());
    } else {
        muted_text("None");
    }
    ImGui::PopID();
}

void draw_register(ViewContext& cx) {
    RisksState& state = cx.ui.risks;
    begin_section();
    ImGui::PushFont(fonts().bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Register");
    ImGui::PopFont();
    if (state.filter_likelihood > 0) {
        ImGui::SameLine(0, em(0.8f));
        const std::string filter = "Likelihood " + std::to_string(state.filter_likelihood) + u8" \u00d7 impact " +
                                   std::to_string(state.filter_impact) + "  " ICON_CLOSE "##clear-filter";
        ImGui::PushStyleColor(ImGuiCol_Button, palette().highlight);
        if (ImGui::Button(filter.c_str())) state.filter_likelihood = state.filter_impact = 0;
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show every risk again");
    }
    align_right(ImGui::CalcTextSize(ICON_ADD "  Add risk").x + 2 * ImGui::GetStyle().FramePadding.x);
    if (icon_button(ICON_ADD, "Add risk")) add_risk(cx);

    const std::vector<size_t> order = register_order(cx);
    if (cx.plan.risks.empty()) {
        muted_text("No risks yet. What could stop the partnership reaching its goals? Add each risk, how likely it is, "
                   "how much it would hurt, and what you would do then.");
    } else if (order.empty()) {
        muted_text("No open risk in this cell.");
    } else if (ImGui::BeginTable("##risks", 7, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("Risk", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("L", ImGuiTableColumnFlags_WidthFixed, em(1.6f));
        ImGui::TableSetupColumn("I", ImGuiTableColumnFlags_WidthFixed, em(1.6f));
        ImGui::TableSetupColumn("Exposure", ImGuiTableColumnFlags_WidthFixed, em(4.4f));
        ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthFixed, em(6.5f));
        ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, em(5.2f));
        ImGui::TableSetupColumn("Contingency", ImGuiTableColumnFlags_WidthFixed, em(6.2f));
        ImGui::TableHeadersRow();
        for (size_t index : order) draw_register_row(cx, index);
        ImGui::EndTable();
    }
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Editor
//-----------------------------------------------------------------------------

// A 1..5 scale as five buttons, with the word for the chosen step beside them. The buttons are
// named "<n>##<label>-<n>" (tests click "##Likelihood-4").
void scale_field(ViewContext& cx, const char* label, const Risk& risk, int Risk::*member, const char* const words[5]) {
    field_label(label);
    ImGui::PushID(label);
    const int value = risk.*member;
    const Palette& p = palette();
    for (int step = 1; step <= 5; ++step) {
        if (step > 1) ImGui::SameLine(0, em(0.25f));
        const bool on = step == value;
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent);
            ImGui::PushStyleColor(ImGuiCol_Text, charts::text_on(p.accent));
        }
        const std::string name = std::to_string(step) + "##" + label + "-" + std::to_string(step);
        if (ImGui::Button(name.c_str(), ImVec2(ImGui::GetFrameHeight() * 1.25f, 0)) && !on) {
            Risk copy = risk;
            copy.*member = step;
            commit(cx, std::move(copy), label);
            cx.edits.seal();
        }
        if (on) ImGui::PopStyleColor(3);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%d: %s", step, words[step - 1]);
    }
    ImGui::SameLine(0, em(0.8f));
    muted_text(words[std::clamp(value, 1, 5) - 1]);
    ImGui::PopID();
}

void draw_remove_confirmation(ViewContext& cx, const Risk& risk) {
    RisksState& state = cx.ui.risks;
    if (state.confirm_remove == risk.id) {
        ImGui::OpenPopup("Remove risk?");
        state.confirm_remove.clear();
    }
    ImGui::SetNextWindowSize(ImVec2(em(26), 0));
    if (ImGui::BeginPopupModal("Remove risk?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("Remove \"%s\" from the register?", risk.title.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("Closing it keeps its history; removing forgets it. You can undo either.");
        ImGui::PopStyleColor();
        ImGui::Spacing();
        if (icon_button(ICON_DELETE, "Remove")) {
            cx.edits.push(edits::remove<Risk>(cx.plan, risk.id));
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep") || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void draw_editor(ViewContext& cx, const Risk& risk) {
    const sc::RiskExposure* e = exposure_of(cx, risk.id);
    begin_section();
    ImGui::PushID(risk.id.c_str());
    // The title on the left, cut short before the exposure badge and the remove button.
    const float remove_width = ImGui::GetFrameHeight();
    const std::string exposure = e ? "Exposure " + std::to_string(e->exposure) + ", " + sc::label(e->level) : "";
    const float right_width = (e ? charts::badge_size(exposure).x + em(0.8f) : 0.0f) + remove_width + em(0.8f);
    const float title_width = std::max(em(4), ImGui::GetContentRegionAvail().x - right_width);
    const ImVec2 title_at = ImGui::GetCursorScreenPos();
    ImGui::PushFont(fonts().title);
    const float title_height = ImGui::GetTextLineHeight();
    charts::fitted_text(title_at, title_at.x + title_width, palette().text, risk.title);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(title_width, title_height));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", risk.title.c_str());
    // Which risk the editor shows, for the tests: "<title>##risk-editor".
    test_hooks::mark(risk.title + "##risk-editor", title_at, ImVec2(title_at.x + title_width, title_at.y + title_height));
    if (e) {
        align_right(charts::badge_size(exposure).x + remove_width + em(0.8f));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (title_height - charts::badge_size(exposure).y) * 0.5f);
        charts::badge(exposure, e->open ? charts::level_colour(e->level) : palette().neutral, e->open);
    }
    align_right(remove_width);
    if (small_icon_button(ICON_DELETE, "remove-risk", "Remove this risk")) cx.ui.risks.confirm_remove = risk.id;
    if (e && is_flagged(cx, risk.id)) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextWrapped("%s  %s", ICON_FLAG, flag_reason(*e).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    focus_if_new(cx, risk.id);
    text_field(cx, "Title", risk, &Risk::title);
    text_field(cx, "Description", risk, &Risk::description, nullptr, true);
    scale_field(cx, "Likelihood", risk, &Risk::likelihood, kLikelihoodWords);
    scale_field(cx, "Impact", risk, &Risk::impact, kImpactWords);
    partner_field(cx, "Owner", risk, &Risk::owner);
    enum_field(cx, "Status", risk, &Risk::status, {RiskStatus::Open, RiskStatus::Mitigating, RiskStatus::Closed});
    text_field(cx, "Trigger", risk, &Risk::trigger, "What tells you it is happening");
    text_field(cx, "Contingency", risk, &Risk::contingency, nullptr, true);
    draw_remove_confirmation(cx, risk);
    ImGui::PopID();
    end_section();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------

void draw_risks_view(ViewContext& cx) {
    RisksState& state = cx.ui.risks;
    if (!cx.ui.focus.empty() && find_in<Risk>(cx.plan, cx.ui.focus)) {
        state.selected = cx.ui.focus;
        state.filter_likelihood = state.filter_impact = 0;
        cx.ui.focus.clear();
    }
    if (!find_in<Risk>(cx.plan, state.selected)) {
        const std::vector<size_t> order = register_order(cx);
        state.selected = order.empty() ? Id() : cx.plan.risks[order.front()].id;
    }

    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side_by_side = avail >= em(50);
    const float gap = em(0.7f);
    if (side_by_side) {
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(gap * 0.5f, 0));
        if (ImGui::BeginTable("##risk-layout", 2, ImGuiTableFlags_NoPadOuterX)) {
            ImGui::TableSetupColumn("map", ImGuiTableColumnFlags_WidthFixed, em(21));
            ImGui::TableSetupColumn("register", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableNextColumn();
            draw_heat_map_section(cx);
            draw_flags_section(cx);
            ImGui::TableNextColumn();
            draw_register(cx);
            if (const Risk* risk = find_in<Risk>(cx.plan, state.selected)) draw_editor(cx, *risk);
            ImGui::EndTable();
        }
        ImGui::PopStyleVar();
    } else {
        draw_heat_map_section(cx);
        draw_register(cx);
        if (const Risk* risk = find_in<Risk>(cx.plan, state.selected)) draw_editor(cx, *risk);
        draw_flags_section(cx);
    }
}

}  // namespace accord::ui
