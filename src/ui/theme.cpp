#include "ui/theme.hpp"

namespace accord::ui {
namespace {

ThemeKind g_theme = ThemeKind::Light;
Palette g_palette;

ImVec4 hex(unsigned colour, float alpha = 1.0f) {
    return ImVec4(((colour >> 16) & 0xFF) / 255.0f, ((colour >> 8) & 0xFF) / 255.0f, (colour & 0xFF) / 255.0f, alpha);
}

void base_sizes(ImGuiStyle& style) {
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(9, 5);
    style.CellPadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(9, 7);
    style.ItemInnerSpacing = ImVec2(6, 5);
    style.IndentSpacing = 18;
    style.ScrollbarSize = 12;
    style.GrabMinSize = 10;
    style.WindowRounding = 8;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.PopupRounding = 8;
    style.ScrollbarRounding = 6;
    style.GrabRounding = 6;
    style.TabRounding = 6;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 0;
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
}

struct Scheme {
    unsigned background, panel, border, frame, frame_hover, text, muted, accent, accent_soft, header;
};

void colours(ImGuiStyle& style, const Scheme& s) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = hex(s.text);
    c[ImGuiCol_TextDisabled] = hex(s.muted);
    c[ImGuiCol_WindowBg] = hex(s.background);
    c[ImGuiCol_ChildBg] = hex(s.panel);
    c[ImGuiCol_PopupBg] = hex(s.panel);
    c[ImGuiCol_Border] = hex(s.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = hex(s.frame);
    c[ImGuiCol_FrameBgHovered] = hex(s.frame_hover);
    c[ImGuiCol_FrameBgActive] = hex(s.frame_hover);
    c[ImGuiCol_TitleBg] = hex(s.panel);
    c[ImGuiCol_TitleBgActive] = hex(s.panel);
    c[ImGuiCol_TitleBgCollapsed] = hex(s.panel);
    c[ImGuiCol_MenuBarBg] = hex(s.panel);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = hex(s.border);
    c[ImGuiCol_ScrollbarGrabHovered] = hex(s.muted);
    c[ImGuiCol_ScrollbarGrabActive] = hex(s.accent);
    c[ImGuiCol_CheckMark] = hex(s.accent);
    c[ImGuiCol_SliderGrab] = hex(s.accent);
    c[ImGuiCol_SliderGrabActive] = hex(s.accent);
    c[ImGuiCol_Button] = hex(s.frame);
    c[ImGuiCol_ButtonHovered] = hex(s.accent_soft);
    c[ImGuiCol_ButtonActive] = hex(s.accent, 0.55f);
    c[ImGuiCol_Header] = hex(s.accent_soft);
    c[ImGuiCol_HeaderHovered] = hex(s.accent_soft);
    c[ImGuiCol_HeaderActive] = hex(s.accent, 0.45f);
    c[ImGuiCol_Separator] = hex(s.border);
    c[ImGuiCol_SeparatorHovered] = hex(s.accent);
    c[ImGuiCol_SeparatorActive] = hex(s.accent);
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = hex(s.accent, 0.5f);
    c[ImGuiCol_ResizeGripActive] = hex(s.accent);
    c[ImGuiCol_Tab] = hex(s.frame);
    c[ImGuiCol_TabHovered] = hex(s.accent_soft);
    c[ImGuiCol_TabActive] = hex(s.header);
    c[ImGuiCol_TabUnfocused] = hex(s.frame);
    c[ImGuiCol_TabUnfocusedActive] = hex(s.header);
    c[ImGuiCol_PlotLines] = hex(s.accent);
    c[ImGuiCol_PlotHistogram] = hex(s.accent);
    c[ImGuiCol_TableHeaderBg] = hex(s.header);
    c[ImGuiCol_TableBorderStrong] = hex(s.border);
    c[ImGuiCol_TableBorderLight] = hex(s.border, 0.6f);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = hex(s.frame, 0.35f);
    c[ImGuiCol_TextSelectedBg] = hex(s.accent, 0.30f);
    c[ImGuiCol_DragDropTarget] = hex(s.accent);
    c[ImGuiCol_NavHighlight] = hex(s.accent);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.05f, 0.07f, 0.10f, 0.45f);
}

}  // namespace

ImU32 rgb(unsigned colour, float alpha) { return ImGui::ColorConvertFloat4ToU32(hex(colour, alpha)); }
ImVec4 rgb_vec(unsigned colour, float alpha) { return hex(colour, alpha); }

void apply_theme(ThemeKind kind, float scale) {
    g_theme = kind;
    ImGuiStyle style;
    base_sizes(style);
    if (kind == ThemeKind::Light) {
        colours(style, {0xF4F5F7, 0xFFFFFF, 0xD9DDE3, 0xECEEF2, 0xE1E5EC, 0x1D2433, 0x6B7384, 0x2F6FDE, 0xD6E3FA, 0xE8EDF5});
        g_palette = {rgb(0xF4F5F7), rgb(0xFFFFFF), rgb(0xD9DDE3), rgb(0x1D2433), rgb(0x6B7384), rgb(0x2F6FDE),
                     rgb(0x2E9E5B), rgb(0x2F6FDE), rgb(0xE0A100), rgb(0xD64545), rgb(0xA3AAB8), rgb(0xE3E6EB),
                     rgb(0x2F6FDE, 0.12f)};
    } else {
        colours(style, {0x14171C, 0x1C2027, 0x2E343E, 0x262B33, 0x303641, 0xE6E9EF, 0x9098A8, 0x5B8DEF, 0x24365A, 0x232A36});
        g_palette = {rgb(0x14171C), rgb(0x1C2027), rgb(0x2E343E), rgb(0xE6E9EF), rgb(0x9098A8), rgb(0x5B8DEF),
                     rgb(0x3DBE73), rgb(0x5B8DEF), rgb(0xF0B429), rgb(0xEF6262), rgb(0x5C6370), rgb(0x2A2F38),
                     rgb(0x5B8DEF, 0.16f)};
    }
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ThemeKind current_theme() { return g_theme; }
const Palette& palette() { return g_palette; }

}  // namespace accord::ui
