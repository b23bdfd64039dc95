#include "ui/views/goal_tree_view.hpp"

#include "core/model/collections.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/views/goal_tree_actions.hpp"
#include "ui/views/goal_tree_canvas.hpp"
#include "ui/views/goal_tree_inspector.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

constexpr float kInspectorWidth = 21.0f;  // em

// A jump from elsewhere (find, the dashboard): select the goal and bring it into view.
void take_focus(ViewContext& cx) {
    if (cx.ui.focus.empty() || !cx.plan.find_goal(cx.ui.focus)) return;
    select_goal(cx, cx.ui.focus);
    reveal_goal(cx, cx.ui.focus);
    cx.ui.focus.clear();
}

// The colours of the cards' stripes and rings, explained once.
void draw_legend() {
    const Palette& p = palette();
    const struct { const char* word; ImU32 colour; } keys[] = {
        {"Ahead / done", p.good}, {"On track", p.ok}, {"Behind / at risk", p.warn}, {"Overdue", p.bad}, {"No dates", p.neutral}};
    const float dot = em(0.32f), gap = em(0.9f);
    float width = -gap;
    for (const auto& key : keys) width += 2 * dot + em(0.35f) + ImGui::CalcTextSize(key.word).x + gap;
    // Only where it fits beside the buttons: on a narrow window the cards' colours speak alone.
    const float buttons_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
    if (ImGui::GetContentRegionMax().x - width < buttons_end + em(1.5f)) return;
    align_right(width);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float middle = ImGui::GetCursorScreenPos().y + ImGui::GetFrameHeight() * 0.5f;
    ImGui::BeginGroup();
    for (size_t i = 0; i < std::size(keys); ++i) {
        if (i) ImGui::SameLine(0, gap);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        draw->AddCircleFilled(ImVec2(at.x + dot, middle), dot, keys[i].colour);
        ImGui::Dummy(ImVec2(2 * dot, ImGui::GetFrameHeight()));
        ImGui::SameLine(0, em(0.35f));
        ImGui::AlignTextToFramePadding();
        muted_text(keys[i].word);
    }
    ImGui::EndGroup();
}

void draw_toolbar(ViewContext& cx) {
    GoalTreeState& state = cx.ui.goal_tree;
    const Goal* selected = cx.plan.find_goal(state.selected);
    if (!selected) {
        if (icon_button(ICON_ADD, "Add goal")) add_root_goal(cx);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add a top-level goal");
    } else {
        if (icon_button(ICON_ADD, "Add child")) add_child_goal(cx, *selected);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add a goal under '%s'", selected->title.c_str());
        ImGui::SameLine();
        if (icon_button(ICON_ADD, "Add sibling")) add_sibling_goal(cx, *selected);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add a goal next to '%s'", selected->title.c_str());
        ImGui::SameLine();
        if (small_icon_button(ICON_DELETE, "remove-goal", "Remove the selected goal (Delete)")) ask_remove_goal(cx, selected->id);
    }
    ImGui::SameLine(0, em(1.2f));
    if (small_icon_button(ICON_COLLAPSE, "collapse-all", "Collapse to the objectives")) collapse_below_depth(cx, 1);
    ImGui::SameLine();
    if (small_icon_button(ICON_CHEVRON_D, "expand-all", "Expand everything")) expand_all(state);
    ImGui::SameLine(0, em(1.2f));
    if (small_icon_button(ICON_REMOVE, "zoom-out", "Zoom out (-)")) state.zoom_by = 1 / 1.25f;
    ImGui::SameLine();
    char zoom[16];
    std::snprintf(zoom, sizeof zoom, "%d%%##zoom", static_cast<int>(state.zoom * 100 + 0.5f));
    if (ImGui::Button(zoom, ImVec2(em(3.6f), 0))) state.zoom_by = 1 / state.zoom;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Actual size (Ctrl+wheel or pinch zooms)");
    ImGui::SameLine();
    if (small_icon_button(ICON_ADD, "zoom-in", "Zoom in (+)")) state.zoom_by = 1.25f;
    ImGui::SameLine();
    if (small_icon_button(ICON_FIT, "fit", "Fit the tree to the view (F)")) state.fit_requested = true;
    draw_legend();
}

// How many goals a removal takes, and how many activities lose their link, from the removal itself.
void draw_remove_confirmation(ViewContext& cx) {
    GoalTreeState& state = cx.ui.goal_tree;
    const Goal* goal = cx.plan.find_goal(state.confirm_remove);
    constexpr const char* kTitle = "Remove goal?";
    if (!goal) {
        state.confirm_remove.clear();
        return;
    }
    if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(27), 0));
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) return;
    const Transaction removal = edits::remove<Goal>(cx.plan, goal->id);
    int goals = 0, links = 0;
    for (const Op& op : removal.ops) {
        if (const auto* put = std::get_if<Put<Goal>>(&op)) goals += put->after ? 0 : 1;
        if (std::holds_alternative<Put<Activity>>(op)) ++links;
    }
    ImGui::TextWrapped("Remove '%s'?", goal->title.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    if (goals > 1)
        ImGui::TextWrapped("%d goals go: this one and the %d under it, with their metrics and check-ins.", goals, goals - 1);
    if (links > 0)
        ImGui::TextWrapped("%d %s in the role matrix %s the link to %s.", links, links == 1 ? "activity" : "activities",
                           links == 1 ? "loses" : "lose", goals > 1 ? "them" : "it");
    ImGui::TextWrapped("You can undo it.");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    const std::string button = goals > 1 ? "Remove " + std::to_string(goals) + " goals" : std::string("Remove goal");
    if (icon_button(ICON_DELETE, button.c_str()) || key_pressed(ImGuiKey_Enter)) {
        state.selected = goal->parent;
        cx.edits.push(removal);
        state.confirm_remove.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep") || key_pressed(ImGuiKey_Escape)) {
        state.confirm_remove.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void draw_goal_tree_view(ViewContext& cx) {
    take_focus(cx);
    draw_toolbar(cx);
    ImGui::Spacing();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float inspector = em(kInspectorWidth);
    draw_goal_canvas(cx, ImVec2(avail.x - inspector - gap, avail.y));
    ImGui::SameLine(0, gap);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));  // the sections bring their own
    begin_pane("##goal-inspector", ImVec2(inspector, avail.y));
    ImGui::PopStyleVar();
    draw_goal_inspector(cx);
    end_pane();
    draw_remove_confirmation(cx);
}

}  // namespace accord::ui
