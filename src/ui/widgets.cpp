#include "ui/widgets.hpp"

#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace accord::ui {

bool begin_card(const char* id, const char* title, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().panel);
    ImGui::PushStyleColor(ImGuiCol_Border, palette().panel_border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, em2(0.9f, 0.7f));
    const bool open = ImGui::BeginChild(id, size, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    if (title && *title) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(title);
        ImGui::PopFont();
        ImGui::Spacing();
    }
    return open;
}

void end_card() {
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

}  // namespace accord::ui
