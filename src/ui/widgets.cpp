#include "ui/widgets.hpp"

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "imgui_internal.h"  // the window's work rectangle, narrowed inside a section
#include "ui/fonts.hpp"
#include "ui/test_hooks.hpp"
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

namespace {

// A section's content is drawn first (channel 1) and its panel behind it once the content's height
// is known (channel 0), so a section is whole in the frame that first shows it; a height remembered
// from the frame before left the first frame's panels a few lines tall. One splitter per depth of
// nesting, kept across frames (a splitter owns buffers and must not be copied).
struct OpenSection {
    ImVec2 start;
    float width;
    float pad_y;
    float work_max_x, content_max_x;
    ImDrawListSplitter* layers;
};

std::vector<OpenSection>& open_sections() {
    static std::vector<OpenSection> stack;
    return stack;
}

ImDrawListSplitter& layers_at_depth(std::size_t depth) {
    static std::vector<std::unique_ptr<ImDrawListSplitter>> pool;
    while (pool.size() <= depth) pool.push_back(std::make_unique<ImDrawListSplitter>());
    return *pool[depth];
}

}  // namespace

void begin_section(const char* title) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float pad_x = em(1.0f), pad_y = em(0.8f);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImDrawListSplitter& layers = layers_at_depth(open_sections().size());
    layers.Split(window->DrawList, 2);
    layers.SetCurrentChannel(window->DrawList, 1);

    open_sections().push_back({start, width, pad_y, window->WorkRect.Max.x, window->ContentRegionRect.Max.x, &layers});
    // Narrow what "the rest of the line" means, so full-width inputs and tables keep the padding.
    window->WorkRect.Max.x = start.x + width - pad_x;
    window->ContentRegionRect.Max.x = start.x + width - pad_x;
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad_x, start.y + pad_y));
    ImGui::BeginGroup();
    if (title && *title) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(title);
        ImGui::PopFont();
        ImGui::Spacing();
    }
}

void rule() {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float y = std::floor(at.y) + 0.5f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, y), ImVec2(at.x + ImGui::GetContentRegionAvail().x, y),
                                        palette().panel_border);
    ImGui::Dummy(ImVec2(0, 1));
}

void end_section() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const OpenSection section = open_sections().back();
    open_sections().pop_back();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + section.pad_y;
    window->WorkRect.Max.x = section.work_max_x;
    window->ContentRegionRect.Max.x = section.content_max_x;

    ImDrawList* draw = window->DrawList;
    section.layers->SetCurrentChannel(draw, 0);
    const ImVec2 end(section.start.x + section.width, bottom);
    const float rounding = ImGui::GetStyle().ChildRounding;
    draw->AddRectFilled(section.start, end, palette().panel, rounding);
    draw->AddRect(section.start, end, palette().panel_border, rounding);
    section.layers->Merge(draw);

    ImGui::SetCursorScreenPos(ImVec2(section.start.x, bottom));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::Spacing();
}

void align_right(float width) {
    ImGui::SameLine();
    ImGui::SetCursorPosX(ImGui::GetContentRegionMax().x - width);
}

bool begin_pane(const char* id, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    const bool open = ImGui::BeginChild(id, size, false);
    ImGui::PopStyleColor();
    return open;
}

void end_pane() { ImGui::EndChild(); }

bool icon_button(const char* icon, const char* label) {
    std::string text = std::string(icon) + "  " + label;
    return ImGui::Button(text.c_str());
}

bool small_icon_button(const char* icon, const char* id, const char* tooltip) {
    std::string text = std::string(icon) + "##" + id;
    const float side = ImGui::GetFrameHeight();
    const bool pressed = ImGui::Button(text.c_str(), ImVec2(side, side));
    if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    return pressed;
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

bool begin_combo(const char* id, const char* preview, ImGuiComboFlags flags) {
    const bool open = ImGui::BeginCombo(id, preview, flags);
    if (!open) test_hooks::mark(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    return open;
}

}  // namespace accord::ui
