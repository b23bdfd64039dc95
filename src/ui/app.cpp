#include "ui/app.hpp"

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/runner.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

struct ViewEntry {
    View view;
    const char* icon;
    const char* name;
};

constexpr ViewEntry kViews[kViewCount] = {
    {View::Dashboard, ICON_DASHBOARD, "Dashboard"},
    {View::Vision, ICON_VISION, "Vision"},
    {View::Partners, ICON_PARTNERS, "Partners"},
    {View::Goals, ICON_GOALS, "Goals"},
    {View::Roles, ICON_ROLES, "Roles"},
    {View::Alignment, ICON_ALIGNMENT, "Alignment"},
    {View::Risks, ICON_RISKS, "Risks"},
    {View::Checkins, ICON_CHECKINS, "Check-ins & reviews"},
    {View::Exchange, ICON_EXCHANGE, "Exchange"},
};

constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

}  // namespace

const char* view_name(View view) { return kViews[static_cast<int>(view)].name; }

void App::setup() {
    plan_.title = "Untitled partnership";
    test_hooks::set_state_provider([this] { return test_state(); });
}

void App::draw() {
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
    ImGui::End();
}

void App::after_frame() {}

void App::draw_title_bar() {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.panel);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, em2(1.0f, 0.55f));
    ImGui::BeginChild("##titlebar", ImVec2(0, em(3.0f)), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushFont(fonts().title);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted(ICON_HANDSHAKE);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(plan_.title.c_str());
    ImGui::PopFont();

    const float button = ImGui::GetFrameHeight();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button);
    if (ImGui::Button(ui_.dark ? ICON_LIGHT "##theme" : ICON_DARK "##theme", ImVec2(button, button))) {
        ui_.dark = !ui_.dark;
        set_theme(ui_.dark ? ThemeKind::Dark : ThemeKind::Light);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(ui_.dark ? "Light theme" : "Dark theme");
    const ImVec2 min = ImGui::GetWindowPos();
    const ImVec2 max(min.x + ImGui::GetWindowWidth(), min.y + ImGui::GetWindowHeight());
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), p.panel_border);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
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

void App::draw_view() {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, em2(1.4f, 1.1f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));  // the page colour shows through
    ImGui::BeginChild("##view", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleColor();
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(view_name(ui_.view));
    ImGui::PopFont();
    ImGui::Spacing();
    muted_text("This view is being built.");
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

std::string App::test_state() const {
    return nlohmann::json{{"view", view_name(ui_.view)}, {"theme", ui_.dark ? "dark" : "light"}, {"title", plan_.title}}
        .dump();
}

}  // namespace accord::ui
