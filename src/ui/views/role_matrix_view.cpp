// Role matrix (DESIGN.md, "Role matrix"): who is Responsible, Accountable, Consulted or Informed for
// each activity, grouped by area, with the role check's problems shown on the rows they concern,
// each partner's load, and an inspector for the selected activity. Every figure and reason comes
// from cx.scores.roles; governance (decision rules, contacts, escalation) is role_governance.cpp.
//
// Index of this file
// [SECTION] Small drawing helpers
// [SECTION] Roles as drawn: cycle, meaning, pills
// [SECTION] Rows grouped by area
// [SECTION] The matrix
// [SECTION] Cell menu and keyboard
// [SECTION] Side pane: score, load, the selected activity
// [SECTION] The view
#include "ui/views/role_matrix_view.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/model/collections.hpp"
#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/views/role_governance.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

using scoring::ActivityCheck;
using scoring::PartnerLoad;
using scoring::RoleProblem;

//-----------------------------------------------------------------------------
// [SECTION] Small drawing helpers
//-----------------------------------------------------------------------------

ImU32 with_alpha(ImU32 colour, float alpha) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    c.w *= alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

// `text` cut to `width` with an ellipsis, never inside a UTF-8 sequence.
std::string fit_text(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const float room = width - ImGui::CalcTextSize("…").x;
    size_t end = text.size();
    while (end > 0) {
        do --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + end).x <= room) break;
    }
    return text.substr(0, end) + "…";
}

// A partner's name as a column header: the first word ("Wisła" for "Wisła Grid Sp. z o.o.").
std::string short_name(const Partner& partner) { return partner.name.substr(0, partner.name.find(' ')); }

// Muted text that wraps at the panel's edge, for hints in the narrow side pane.
void muted_wrapped(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void text_at(ImDrawList* draw, ImVec2 at, ImU32 colour, const std::string& text, ImFont* font = nullptr) {
    draw->AddText(font ? font : ImGui::GetFont(), ImGui::GetFontSize(), at, colour, text.c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Roles as drawn: cycle, meaning, pills
//-----------------------------------------------------------------------------

constexpr Role kRoles[] = {Role::Responsible, Role::Accountable, Role::Consulted, Role::Informed};

// A click moves a cell along R -> A -> C -> I -> empty -> R.
Role next_role(Role role) {
    switch (role) {
        case Role::None: return Role::Responsible;
        case Role::Responsible: return Role::Accountable;
        case Role::Accountable: return Role::Consulted;
        case Role::Consulted: return Role::Informed;
        case Role::Informed: return Role::None;
    }
    return Role::None;
}

const char* role_meaning(Role role) {
    switch (role) {
        case Role::Responsible: return "does the work";
        case Role::Accountable: return "owns the outcome; exactly one per activity";
        case Role::Consulted: return "is asked before decisions";
        case Role::Informed: return "is told afterwards";
        case Role::None: return "has no part in it";
    }
    return "";
}

// Nobody owning the work reads red; ownership that is there but muddled reads amber.
ImU32 problem_colour(const ActivityCheck& check) {
    for (RoleProblem problem : check.problems)
        if (problem == RoleProblem::NoOwner || problem == RoleProblem::OnlyConsulted || problem == RoleProblem::NoAccountable)
            return palette().bad;
    return palette().warn;
}

// The weight of a role shows in its fill: A solid, R tinted, C outlined, I a bare letter.
void draw_role_pill(ImDrawList* draw, ImVec2 centre, Role role, bool hovered) {
    const Palette& p = palette();
    const ImVec2 half(em(1.0f), em(0.72f));
    const ImVec2 min(centre.x - half.x, centre.y - half.y), max(centre.x + half.x, centre.y + half.y);
    const float rounding = em(0.35f);
    if (role == Role::None) {
        if (hovered) draw->AddRect(min, max, with_alpha(p.text_muted, 0.6f), rounding);
        return;
    }
    ImU32 ink = p.text;
    switch (role) {
        case Role::Accountable:
            draw->AddRectFilled(min, max, p.accent, rounding);
            ink = IM_COL32_WHITE;
            break;
        case Role::Responsible:
            draw->AddRectFilled(min, max, with_alpha(p.accent, 0.16f), rounding);
            draw->AddRect(min, max, with_alpha(p.accent, 0.45f), rounding);
            ink = p.accent;
            break;
        case Role::Consulted:
            draw->AddRect(min, max, p.text_muted, rounding);
            break;
        case Role::Informed:
            ink = p.text_muted;
            break;
        case Role::None: break;
    }
    if (hovered) draw->AddRect(min, max, p.accent, rounding, 0, 2.0f);
    ImGui::PushFont(fonts().bold);
    const char* text = letter(role);
    const ImVec2 size = ImGui::CalcTextSize(text);
    draw->AddText(ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f), ink, text);
    ImGui::PopFont();
}

//-----------------------------------------------------------------------------
// [SECTION] Rows grouped by area
//-----------------------------------------------------------------------------

// Areas in the order they first appear among the activities; rows keep the plan's order inside.
struct AreaGroup {
    std::string area;
    std::vector<const Activity*> rows;
};

std::vector<AreaGroup> group_by_area(const Plan& plan) {
    std::vector<AreaGroup> groups;
    for (const Activity& activity : plan.activities) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const AreaGroup& g) { return g.area == activity.area; });
        if (it == groups.end()) it = groups.insert(groups.end(), AreaGroup{activity.area, {}});
        it->rows.push_back(&activity);
    }
    return groups;
}

std::vector<const Activity*> display_order(const std::vector<AreaGroup>& groups) {
    std::vector<const Activity*> out;
    for (const AreaGroup& group : groups) out.insert(out.end(), group.rows.begin(), group.rows.end());
    return out;
}

const DecisionRule* rule_for(const Plan& plan, const std::string& area) {
    for (const DecisionRule& rule : plan.decision_rules)
        if (rule.area == area) return &rule;
    return nullptr;
}

// "Consensus", "Lead decides: Sonnenfeld".
std::string rule_summary(const Plan& plan, const DecisionRule& rule) {
    std::string text = label(rule.method);
    if (const Partner* lead = plan.find_partner(rule.lead)) text += ": " + short_name(*lead);
    return text;
}

void add_activity(ViewContext& cx) {
    RoleMatrixState& state = cx.ui.role_matrix;
    Activity activity;
    activity.id = cx.ids.next();
    activity.name = "New activity";
    std::optional<size_t> at;
    // A new activity joins the selected one's area, after that area's last row.
    if (const Activity* selected = cx.plan.find_activity(state.selected)) {
        activity.area = selected->area;
        for (size_t i = 0; i < cx.plan.activities.size(); ++i)
            if (cx.plan.activities[i].area == activity.area) at = i + 1;
    }
    state.selected = activity.id;
    cx.ui.rename = activity.id;
    cx.edits.push(edits::add(cx.plan, std::move(activity), at));
}

//-----------------------------------------------------------------------------
// [SECTION] The matrix
//-----------------------------------------------------------------------------

struct Grid {
    float name_width, cell_width, check_width;
    float header_height, area_height, row_height;
};

Grid grid_for(size_t partners, float width) {
    Grid g;
    g.cell_width = em(5.4f);
    g.check_width = em(12.5f);
    g.name_width = std::max(em(13.0f), width - g.cell_width * static_cast<float>(partners) - g.check_width);
    g.header_height = em(2.4f);
    g.area_height = em(2.1f);
    g.row_height = em(2.75f);
    return g;
}

// Partner names over their columns, each under a bar of the partner's colour.
void draw_header(ViewContext& cx, const Grid& g, ImVec2 at) {
    const Palette& p = palette();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    text_at(draw, ImVec2(at.x + em(0.8f), at.y + g.header_height - em(1.4f)), p.text_muted, "Activity");
    for (size_t i = 0; i < cx.plan.partners.size(); ++i) {
        const Partner& partner = cx.plan.partners[i];
        const float x = at.x + g.name_width + g.cell_width * static_cast<float>(i);
        const ImVec2 min(x + em(0.25f), at.y), max(x + g.cell_width - em(0.25f), at.y + g.header_height);
        const float bar_y = at.y + g.header_height - em(1.95f);
        draw->AddRectFilled(ImVec2(min.x, bar_y), ImVec2(max.x, bar_y + em(0.28f)), rgb(partner.colour), em(0.14f));
        ImGui::PushFont(fonts().bold);
        const std::string name = fit_text(short_name(partner), g.cell_width - em(0.6f));
        const float w = ImGui::CalcTextSize(name.c_str()).x;
        text_at(draw, ImVec2(x + (g.cell_width - w) * 0.5f, at.y + g.header_height - em(1.4f)), p.text, name);
        ImGui::PopFont();
        ImGui::SetCursorScreenPos(min);
        ImGui::PushID(partner.id.c_str());
        ImGui::InvisibleButton("##partner-header", ImVec2(max.x - min.x, max.y - min.y));
        ImGui::PopID();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", partner.name.c_str(), partner.organisation.c_str());
    }
    text_at(draw, ImVec2(at.x + g.name_width + g.cell_width * static_cast<float>(cx.plan.partners.size()) + em(0.8f),
                         at.y + g.header_height - em(1.4f)),
            p.text_muted, "Check");
    const float right = at.x + g.name_width + g.cell_width * static_cast<float>(cx.plan.partners.size()) + g.check_width;
    draw->AddLine(ImVec2(at.x, at.y + g.header_height), ImVec2(right, at.y + g.header_height), p.panel_border);
}

void draw_area_row(ViewContext& cx, const Grid& g, ImVec2 at, const AreaGroup& group) {
    const Palette& p = palette();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float y = at.y + g.area_height - em(1.45f);
    ImGui::PushFont(fonts().bold);
    const std::string area = group.area.empty() ? std::string("No area") : group.area;
    text_at(draw, ImVec2(at.x + em(0.8f), y), group.area.empty() ? p.text_muted : p.text, area);
    const float after = at.x + em(0.8f) + ImGui::CalcTextSize(area.c_str()).x + em(0.7f);
    ImGui::PopFont();
    if (group.area.empty()) return;
    // The area's decision rule beside it, so the matrix also says how its decisions are made.
    if (const DecisionRule* rule = rule_for(cx.plan, group.area))
        text_at(draw, ImVec2(after, y), p.text_muted, std::string(ICON_GAVEL "  ") + rule_summary(cx.plan, *rule));
    else
        text_at(draw, ImVec2(after, y), p.warn, ICON_RISKS "  No decision rule for this area yet");
}

struct RowResult {
    bool cell_hovered = false;
    bool open_menu = false;  // a cell was right-clicked: its menu opens in the matrix's scope
};

// The check column: a badge naming the first problem, or a quiet tick; the reasons on hover.
void draw_check(const Grid& g, ImVec2 at, const ActivityCheck* check) {
    const Palette& p = palette();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float middle = at.y + g.row_height * 0.5f;
    if (!check || check->clear()) {
        text_at(draw, ImVec2(at.x + em(0.8f), middle - ImGui::GetFontSize() * 0.5f), p.good, ICON_CHECK "  Clear");
        return;
    }
    const ImU32 colour = problem_colour(*check);
    std::string text = std::string(ICON_RISKS " ") + scoring::label(check->problems.front());
    if (check->problems.size() > 1) text += "  +" + std::to_string(check->problems.size() - 1);
    text = fit_text(text, g.check_width - em(1.6f));
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 min(at.x + em(0.5f), middle - size.y * 0.5f - em(0.3f));
    const ImVec2 max(min.x + size.x + em(1.0f), middle + size.y * 0.5f + em(0.3f));
    draw->AddRectFilled(min, max, with_alpha(colour, 0.14f), (max.y - min.y) * 0.5f);
    text_at(draw, ImVec2(min.x + em(0.5f), middle - size.y * 0.5f), colour, text);
    ImGui::SetCursorScreenPos(min);
    ImGui::InvisibleButton("##check", ImVec2(max.x - min.x, max.y - min.y));
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(24));
        for (size_t i = 0; i < check->problems.size(); ++i) {
            ImGui::PushFont(fonts().bold);
            ImGui::TextUnformatted(scoring::label(check->problems[i]));
            ImGui::PopFont();
            ImGui::TextUnformatted(check->reasons[i].c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

RowResult draw_activity_row(ViewContext& cx, const Grid& g, ImVec2 at, const Activity& activity) {
    RoleMatrixState& state = cx.ui.role_matrix;
    const Palette& p = palette();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ActivityCheck* check = cx.scores.roles.find(activity.id);
    const bool problem = check && !check->clear();
    const size_t partners = cx.plan.partners.size();
    const float right = at.x + g.name_width + g.cell_width * static_cast<float>(partners) + g.check_width;
    const ImVec2 row_max(right, at.y + g.row_height);
    RowResult result;

    ImGui::PushID(activity.id.c_str());
    const bool row_hovered = ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(at, row_max);
    if (state.selected == activity.id) draw->AddRectFilled(at, row_max, with_alpha(p.accent, 0.10f), em(0.3f));
    else if (problem) draw->AddRectFilled(at, row_max, with_alpha(problem_colour(*check), 0.05f), em(0.3f));
    if (row_hovered) draw->AddRectFilled(at, row_max, p.highlight, em(0.3f));
    // The row's marker: a bar in the problem's colour down its left edge.
    if (problem)
        draw->AddRectFilled(ImVec2(at.x, at.y + em(0.3f)), ImVec2(at.x + em(0.28f), row_max.y - em(0.3f)),
                            problem_colour(*check), em(0.14f));

    // Name and goal link; a click selects the activity for the inspector.
    ImGui::SetCursorScreenPos(at);
    ImGui::InvisibleButton("##select", ImVec2(g.name_width, g.row_height));
    if (ImGui::IsItemClicked()) state.selected = activity.id;
    test_hooks::mark("activity:" + activity.name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const float text_x = at.x + em(0.8f);
    const float line = ImGui::GetTextLineHeight();
    const float name_room = g.name_width - em(1.2f);
    if (const Goal* goal = cx.plan.find_goal(activity.goal)) {
        text_at(draw, ImVec2(text_x, at.y + g.row_height * 0.5f - line), p.text, fit_text(activity.name, name_room));
        text_at(draw, ImVec2(text_x, at.y + g.row_height * 0.5f), p.text_muted,
                fit_text(std::string(ICON_LINK "  ") + goal->title, name_room));
    } else {
        text_at(draw, ImVec2(text_x, at.y + (g.row_height - line) * 0.5f), p.text, fit_text(activity.name, name_room));
    }

    for (size_t i = 0; i < partners; ++i) {
        const Partner& partner = cx.plan.partners[i];
        const Role role = activity.role_of(partner.id);
        const ImVec2 min(at.x + g.name_width + g.cell_width * static_cast<float>(i), at.y);
        ImGui::PushID(partner.id.c_str());
        ImGui::SetCursorScreenPos(min);
        ImGui::InvisibleButton("##cell", ImVec2(g.cell_width, g.row_height));
        const bool hovered = ImGui::IsItemHovered();
        test_hooks::mark("role:" + activity.name + "/" + partner.name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
            cx.edits.push(edits::set_role(cx.plan, activity.id, partner.id, next_role(role)));
            state.cursor_activity = activity.id;
            state.cursor_partner = partner.id;
            state.keyboard = true;
        }
        if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) {
            state.menu_activity = activity.id;
            state.menu_partner = partner.id;
            state.cursor_activity = activity.id;
            state.cursor_partner = partner.id;
            result.open_menu = true;
        }
        result.cell_hovered |= hovered;
        const ImVec2 centre(min.x + g.cell_width * 0.5f, min.y + g.row_height * 0.5f);
        draw_role_pill(draw, centre, role, hovered);
        if (state.keyboard && state.cursor_activity == activity.id && state.cursor_partner == partner.id)
            draw->AddRect(ImVec2(min.x + em(0.2f), min.y + em(0.2f)),
                          ImVec2(min.x + g.cell_width - em(0.2f), min.y + g.row_height - em(0.2f)), p.accent, em(0.4f), 0,
                          2.0f);
        ImGui::PopID();
    }

    ImGui::PushID("check");
    draw_check(g, ImVec2(at.x + g.name_width + g.cell_width * static_cast<float>(partners), at.y), check);
    ImGui::PopID();
    ImGui::PopID();
    return result;
}

//-----------------------------------------------------------------------------
// [SECTION] Cell menu and keyboard
//-----------------------------------------------------------------------------

void draw_role_menu(ViewContext& cx) {
    RoleMatrixState& state = cx.ui.role_matrix;
    if (!ImGui::BeginPopup("role-menu")) return;
    const Activity* activity = cx.plan.find_activity(state.menu_activity);
    const Partner* partner = cx.plan.find_partner(state.menu_partner);
    if (!activity || !partner) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const Role current = activity->role_of(partner->id);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::Text("%s in %s", partner->name.c_str(), activity->name.c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();
    auto choose = [&](Role role) {
        if (role != current) cx.edits.push(edits::set_role(cx.plan, activity->id, partner->id, role));
    };
    for (Role role : kRoles) {
        if (ImGui::MenuItem(label(role), letter(role), role == current)) choose(role);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s %s", partner->name.c_str(), role_meaning(role));
    }
    ImGui::Separator();
    if (ImGui::MenuItem("No role", "Del", current == Role::None)) choose(Role::None);
    ImGui::EndPopup();
}

// With a cell picked: arrows move, R/A/C/I set its role, Delete clears it, Space cycles it.
void handle_keys(ViewContext& cx, const std::vector<const Activity*>& order) {
    RoleMatrixState& state = cx.ui.role_matrix;
    const ImGuiIO& io = ImGui::GetIO();
    if (!state.keyboard || io.WantTextInput || io.KeyCtrl || io.KeySuper || io.KeyAlt || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return;
    const auto row = std::find_if(order.begin(), order.end(), [&](const Activity* a) { return a->id == state.cursor_activity; });
    const long column = index_of(cx.plan.partners, state.cursor_partner);
    if (row == order.end() || column < 0) {
        state.keyboard = false;
        return;
    }
    const long rows = static_cast<long>(order.size()), columns = static_cast<long>(cx.plan.partners.size());
    long r = row - order.begin(), c = column;
    if (key_pressed(ImGuiKey_UpArrow)) r = std::max(0L, r - 1);
    if (key_pressed(ImGuiKey_DownArrow)) r = std::min(rows - 1, r + 1);
    if (key_pressed(ImGuiKey_LeftArrow)) c = std::max(0L, c - 1);
    if (key_pressed(ImGuiKey_RightArrow)) c = std::min(columns - 1, c + 1);
    state.cursor_activity = order[static_cast<size_t>(r)]->id;
    state.cursor_partner = cx.plan.partners[static_cast<size_t>(c)].id;

    const Activity& activity = *order[static_cast<size_t>(r)];
    const Role current = activity.role_of(state.cursor_partner);
    std::optional<Role> wanted;
    if (letter_pressed('R')) wanted = Role::Responsible;
    if (letter_pressed('A')) wanted = Role::Accountable;
    if (letter_pressed('C')) wanted = Role::Consulted;
    if (letter_pressed('I')) wanted = Role::Informed;
    if (key_pressed(ImGuiKey_Delete, false) || key_pressed(ImGuiKey_Backspace, false)) wanted = Role::None;
    if (key_pressed(ImGuiKey_Space, false)) wanted = next_role(current);
    if (key_pressed(ImGuiKey_Escape, false)) state.keyboard = false;
    if (wanted && *wanted != current) cx.edits.push(edits::set_role(cx.plan, activity.id, state.cursor_partner, *wanted));
}

void draw_legend() {
    const float pill = em(2.4f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (Role role : kRoles) {
        ImGui::SameLine(0, em(1.0f));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(pill, ImGui::GetTextLineHeight()));
        draw_role_pill(draw, ImVec2(at.x + pill * 0.5f, at.y + ImGui::GetTextLineHeight() * 0.5f), role, false);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", label(role), role_meaning(role));
        ImGui::SameLine(0, em(0.3f));
        muted_text(label(role));
    }
}

void draw_matrix(ViewContext& cx) {
    RoleMatrixState& state = cx.ui.role_matrix;
    begin_section();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Who does what");
    ImGui::PopFont();
    draw_legend();
    ImGui::Spacing();

    if (cx.plan.partners.empty()) muted_text("Add the partners first (Partners view); each gets a column here.");
    const std::vector<AreaGroup> groups = group_by_area(cx.plan);
    const std::vector<const Activity*> order = display_order(groups);
    const Grid g = grid_for(cx.plan.partners.size(), ImGui::GetContentRegionAvail().x);
    const float width = g.name_width + g.cell_width * static_cast<float>(cx.plan.partners.size()) + g.check_width;
    ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 top = at;
    bool cell_hovered = false, open_menu = false;
    if (!cx.plan.partners.empty() && !order.empty()) {
        draw_header(cx, g, at);
        at.y += g.header_height;
        for (const AreaGroup& group : groups) {
            draw_area_row(cx, g, at, group);
            at.y += g.area_height;
            for (const Activity* activity : group.rows) {
                const RowResult row = draw_activity_row(cx, g, at, *activity);
                cell_hovered |= row.cell_hovered;
                open_menu |= row.open_menu;
                at.y += g.row_height;
            }
        }
    }
    ImGui::SetCursorScreenPos(top);
    ImGui::Dummy(ImVec2(width, at.y - top.y));
    // A click anywhere but on a cell gives the keyboard back to the rest of the page.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !cell_hovered) state.keyboard = false;
    if (open_menu) ImGui::OpenPopup("role-menu");
    draw_role_menu(cx);
    handle_keys(cx, order);

    if (order.empty()) muted_text("What has to be done in this partnership? Add each activity, then say who does what.");
    ImGui::Spacing();
    if (icon_button(ICON_ADD, "Add activity")) add_activity(cx);
    ImGui::SameLine(0, em(1.2f));
    ImGui::AlignTextToFramePadding();
    muted_wrapped("Click a cell: R, A, C, I, none. Right-click to choose. Arrows and R/A/C/I/Del once a cell is picked.");
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Side pane: score, load, the selected activity
//-----------------------------------------------------------------------------

void draw_score(ViewContext& cx) {
    const scoring::RoleScores& roles = cx.scores.roles;
    begin_section();
    ImGui::PushFont(fonts().title);
    const std::string value = roles.score.known() ? std::to_string(static_cast<int>(std::lround(*roles.score.value))) : "-";
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, em(0.6f));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Role score");
    ImGui::PopFont();
    const int total = static_cast<int>(roles.activities.size());
    if (total == 0) muted_text("No activities yet");
    else if (roles.unclear == 0) muted_text("Every activity has clear roles");
    else muted_text((std::to_string(roles.unclear) + " of " + std::to_string(total) + " activities need attention").c_str());
    ImGui::EndGroup();
    if (ImGui::IsItemHovered() && !roles.score.reasons.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(26));
        for (const std::string& reason : roles.score.reasons) ImGui::BulletText("%s", reason.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    end_section();
}

// Each partner's R and A roles as a bar, against the fair share (a line across all bars).
void draw_load(ViewContext& cx) {
    const scoring::RoleScores& roles = cx.scores.roles;
    const Palette& p = palette();
    begin_section("Load: R and A roles");
    if (roles.partners.empty()) {
        muted_text("No partners yet.");
        end_section();
        return;
    }
    int most = 0;
    for (const PartnerLoad& load : roles.partners) most = std::max(most, load.load());
    const float scale_max = std::max({1.0f, static_cast<float>(most), static_cast<float>(roles.fair_share)}) * 1.1f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const float bar = em(0.6f);
    for (const PartnerLoad& load : roles.partners) {
        const Partner* partner = cx.plan.find_partner(load.partner);
        if (!partner) continue;
        ImGui::PushID(partner->id.c_str());
        ImGui::BeginGroup();
        const std::string counts = std::to_string(load.responsible) + " R  ·  " + std::to_string(load.accountable) + " A";
        const float counts_width = ImGui::CalcTextSize(counts.c_str()).x;
        const std::string name = fit_text(partner->name, width - counts_width - em(1.0f));
        ImGui::PushStyleColor(ImGuiCol_Text, load.overloaded ? p.bad : p.text);
        ImGui::TextUnformatted(load.overloaded ? (std::string(ICON_RISKS " ") + name).c_str() : name.c_str());
        ImGui::PopStyleColor();
        align_right(counts_width);
        muted_text(counts.c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(width, bar + em(0.2f)));
        const float x_of = width / scale_max;
        draw->AddRectFilled(at, ImVec2(at.x + width, at.y + bar), p.grid, bar * 0.5f);
        const float a_end = at.x + x_of * static_cast<float>(load.accountable);
        const float r_end = a_end + x_of * static_cast<float>(load.responsible);
        if (load.load() > 0) draw->AddRectFilled(at, ImVec2(r_end, at.y + bar), rgb(partner->colour, 0.45f), bar * 0.5f);
        if (load.accountable > 0) draw->AddRectFilled(at, ImVec2(a_end, at.y + bar), rgb(partner->colour), bar * 0.5f);
        const float fair_x = at.x + x_of * static_cast<float>(roles.fair_share);
        draw->AddLine(ImVec2(fair_x, at.y - em(0.25f)), ImVec2(fair_x, at.y + bar + em(0.25f)), p.text, 2.0f);
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(em(24));
            ImGui::Text("%s: %d Responsible, %d Accountable, %d Consulted, %d Informed", partner->name.c_str(),
                        load.responsible, load.accountable, load.consulted, load.informed);
            ImGui::Text("Load %d against a fair share of %.1f.", load.load(), roles.fair_share);
            if (load.overloaded) {
                ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
                ImGui::Text("Overloaded: at least %.1f x the fair share and %.0f or more roles above it.",
                            scoring::kOverloadFactor, scoring::kOverloadMinExcess);
                ImGui::PopStyleColor();
            }
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::PopID();
    }
    char fair[96];
    std::snprintf(fair, sizeof fair, "Line: fair share, %.1f R and A roles each.", roles.fair_share);
    muted_wrapped(fair);
    muted_wrapped("Solid: Accountable; light: Responsible.");
    end_section();
}

// Goals in tree order, indented by depth, for the goal link.
void goal_options(const Plan& plan, const Id& parent, int depth, std::vector<std::pair<const Goal*, int>>& out) {
    for (const Goal* goal : plan.children_of(parent)) {
        out.emplace_back(goal, depth);
        if (depth < 16) goal_options(plan, goal->id, depth + 1, out);
    }
}

void draw_goal_link(ViewContext& cx, const Activity& activity) {
    const Goal* current = cx.plan.find_goal(activity.goal);
    ImGui::SetNextItemWidth(-ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x);
    if (begin_combo("##Goal", current ? current->title.c_str() : "No goal")) {
        auto choose = [&](const Id& goal) {
            if (goal == activity.goal) return;
            Activity copy = activity;
            copy.goal = goal;
            commit(cx, std::move(copy), "Goal");
            cx.edits.seal();
        };
        if (ImGui::Selectable("No goal", !current)) choose("");
        std::vector<std::pair<const Goal*, int>> options;
        goal_options(cx.plan, "", 0, options);
        for (const auto& [goal, depth] : options) {
            ImGui::PushID(goal->id.c_str());
            const std::string text = std::string(static_cast<size_t>(depth) * 4, ' ') + goal->title;
            if (ImGui::Selectable(text.c_str(), goal->id == activity.goal)) choose(goal->id);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::BeginDisabled(!current);
    if (small_icon_button(ICON_GOALS, "open-goal", "Show this goal in the goal tree")) cx.go(View::Goals, activity.goal);
    ImGui::EndDisabled();
}

// The area as typed, with the areas already in use one click away.
void draw_area(ViewContext& cx, const Activity& activity) {
    ImGui::PushID(activity.id.c_str());
    std::string area = activity.area;
    ImGui::SetNextItemWidth(-ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::InputTextWithHint("##Area", "e.g. Technology, Finance", &area)) {
        Activity copy = activity;
        copy.area = area;
        commit(cx, std::move(copy), "Area");
    }
    seal_when_left(cx);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::BeginCombo("##area-pick", nullptr, ImGuiComboFlags_NoPreview | ImGuiComboFlags_PopupAlignLeft)) {
        std::vector<std::string> areas;
        for (const Activity& a : cx.plan.activities)
            if (!a.area.empty() && std::find(areas.begin(), areas.end(), a.area) == areas.end()) areas.push_back(a.area);
        for (const DecisionRule& rule : cx.plan.decision_rules)
            if (!rule.area.empty() && std::find(areas.begin(), areas.end(), rule.area) == areas.end()) areas.push_back(rule.area);
        for (const std::string& option : areas) {
            if (ImGui::Selectable(option.c_str(), option == activity.area) && option != activity.area) {
                Activity copy = activity;
                copy.area = option;
                commit(cx, std::move(copy), "Area");
                cx.edits.seal();
            }
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
}

void draw_remove_confirmation(ViewContext& cx, const Activity& activity) {
    RoleMatrixState& state = cx.ui.role_matrix;
    if (state.confirm_remove == activity.id) {
        ImGui::OpenPopup("Remove activity?");
        state.confirm_remove.clear();
    }
    ImGui::SetNextWindowSize(ImVec2(em(26), 0));
    if (ImGui::BeginPopupModal("Remove activity?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("Remove %s from the role matrix?", activity.name.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        const size_t roles = activity.roles.size();
        ImGui::TextWrapped("Its %zu role%s go%s with it. You can undo it.", roles, roles == 1 ? "" : "s", roles == 1 ? "es" : "");
        ImGui::PopStyleColor();
        ImGui::Spacing();
        if (icon_button(ICON_DELETE, "Remove")) {
            cx.edits.push(edits::remove<Activity>(cx.plan, activity.id));
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep") || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

// Moves an activity past its neighbour in the same area (the rows the person sees next to it).
void move_within_area(ViewContext& cx, const Activity& activity, int direction) {
    const auto& all = cx.plan.activities;
    const long at = index_of(all, activity.id);
    for (long i = at + direction; i >= 0 && i < static_cast<long>(all.size()); i += direction) {
        if (all[static_cast<size_t>(i)].area != activity.area) continue;
        cx.edits.push(edits::move<Activity>(cx.plan, activity.id, static_cast<size_t>(i)));
        return;
    }
}

bool has_neighbour(const Plan& plan, const Activity& activity, int direction) {
    const long at = index_of(plan.activities, activity.id);
    for (long i = at + direction; i >= 0 && i < static_cast<long>(plan.activities.size()); i += direction)
        if (plan.activities[static_cast<size_t>(i)].area == activity.area) return true;
    return false;
}

void draw_inspector(ViewContext& cx) {
    const Activity* activity = cx.plan.find_activity(cx.ui.role_matrix.selected);
    begin_section("Activity");
    if (!activity) {
        muted_wrapped("Select an activity in the matrix to rename it, set its area and goal, or move it.");
        end_section();
        return;
    }
    ImGui::PushID(activity->id.c_str());
    muted_text("Name");
    focus_if_new(cx, activity->id);
    text_input(cx, "Name", *activity, &Activity::name);
    muted_text("Area");
    draw_area(cx, *activity);
    muted_text("Goal it serves");
    draw_goal_link(cx, *activity);
    ImGui::Spacing();

    if (const ActivityCheck* check = cx.scores.roles.find(activity->id)) {
        if (check->clear()) {
            ImGui::PushStyleColor(ImGuiCol_Text, palette().good);
            ImGui::TextWrapped(ICON_OK "  Clear: one Accountable, %d Responsible.", check->responsible);
            ImGui::PopStyleColor();
        }
        ImGui::PushTextWrapPos(0.0f);
        for (size_t i = 0; i < check->problems.size(); ++i) {
            ImGui::PushStyleColor(ImGuiCol_Text, problem_colour(*check));
            ImGui::Text(ICON_RISKS "  %s", scoring::label(check->problems[i]));
            ImGui::PopStyleColor();
            muted_wrapped(check->reasons[i].c_str());
        }
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(!has_neighbour(cx.plan, *activity, -1));
    if (small_icon_button(ICON_ARROW_UP, "move-up", "Move up within its area")) move_within_area(cx, *activity, -1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!has_neighbour(cx.plan, *activity, +1));
    if (small_icon_button(ICON_ARROW_DOWN, "move-down", "Move down within its area")) move_within_area(cx, *activity, +1);
    ImGui::EndDisabled();
    align_right(ImGui::CalcTextSize(ICON_DELETE "  Remove").x + ImGui::GetStyle().FramePadding.x * 2);
    if (icon_button(ICON_DELETE, "Remove")) cx.ui.role_matrix.confirm_remove = activity->id;
    draw_remove_confirmation(cx, *activity);
    ImGui::PopID();
    end_section();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The view
//-----------------------------------------------------------------------------

void draw_role_matrix_view(ViewContext& cx) {
    RoleMatrixState& state = cx.ui.role_matrix;
    if (!cx.ui.focus.empty() && cx.plan.find_activity(cx.ui.focus)) {
        state.selected = cx.ui.focus;
        cx.ui.focus.clear();
    }
    if (!cx.plan.find_activity(state.selected)) state.selected.clear();

    const float side = em(21);
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    begin_pane("##roles-main", ImVec2(std::max(em(30), ImGui::GetContentRegionAvail().x - side - gap), 0));
    draw_matrix(cx);
    draw_governance(cx);
    end_pane();
    ImGui::SameLine(0, gap);
    begin_pane("##roles-side", ImVec2(0, 0));
    draw_score(cx);
    draw_load(cx);
    draw_inspector(cx);
    end_pane();
}

}  // namespace accord::ui
