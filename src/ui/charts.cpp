#include "ui/charts.hpp"

#include <algorithm>
#include <cmath>

#include "imgui_internal.h"  // RenderTextEllipsis
#include "ui/theme.hpp"

namespace accord::ui::charts {

//-----------------------------------------------------------------------------
// [SECTION] Colours
//-----------------------------------------------------------------------------

ImU32 score_colour(std::optional<double> score) {
    const Palette& p = palette();
    if (!score) return p.neutral;
    if (*score >= 75) return p.good;
    if (*score >= 50) return p.warn;
    return p.bad;
}

ImU32 level_colour(scoring::RiskLevel level) {
    switch (level) {
        case scoring::RiskLevel::High: return palette().bad;
        case scoring::RiskLevel::Medium: return palette().warn;
        case scoring::RiskLevel::Low: return palette().good;
    }
    return palette().neutral;
}

ImU32 pace_colour(scoring::Pace pace) {
    using scoring::Pace;
    switch (pace) {
        case Pace::Ahead:
        case Pace::Done: return palette().good;
        case Pace::OnTrack: return palette().ok;
        case Pace::Behind: return palette().warn;
        case Pace::Overdue: return palette().bad;
        case Pace::NoExpectation:
        case Pace::Dropped: return palette().neutral;
    }
    return palette().neutral;
}

ImU32 faded(ImU32 colour, float alpha) {
    const float a = static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * std::clamp(alpha, 0.0f, 1.0f);
    return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(a + 0.5f) << IM_COL32_A_SHIFT);
}

ImU32 text_on(ImU32 background) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(background);
    const float luminance = 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z;
    return luminance > 0.6f ? IM_COL32(29, 36, 51, 255) : IM_COL32(255, 255, 255, 255);
}

//-----------------------------------------------------------------------------
// [SECTION] Drawings
//-----------------------------------------------------------------------------

void ring(ImDrawList* draw, ImVec2 centre, float radius, float thickness, float fraction, ImU32 colour) {
    constexpr float kTurn = 6.28318530718f;
    constexpr float kTop = -kTurn / 4;
    draw->AddCircle(centre, radius, palette().grid, 64, thickness);
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    if (fraction <= 0) return;
    const int segments = std::max(8, static_cast<int>(64 * fraction));
    draw->PathArcTo(centre, radius, kTop, kTop + kTurn * fraction, segments);
    draw->PathStroke(colour, 0, thickness);
    // Round caps, so a short arc reads as a value and not as a glitch.
    const float half = thickness * 0.5f;
    const float end = kTop + kTurn * fraction;
    draw->AddCircleFilled(ImVec2(centre.x, centre.y - radius), half, colour, 16);
    draw->AddCircleFilled(ImVec2(centre.x + std::cos(end) * radius, centre.y + std::sin(end) * radius), half, colour, 16);
}

void bar(float fraction, ImU32 colour, ImVec2 size, std::optional<float> marker) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float middle = ImGui::GetTextLineHeight() * 0.5f;
    const ImVec2 min(at.x, at.y + middle - size.y * 0.5f);
    const ImVec2 max(at.x + size.x, min.y + size.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = size.y * 0.5f;
    draw->AddRectFilled(min, max, palette().grid, rounding);
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    if (fraction > 0)
        draw->AddRectFilled(min, ImVec2(min.x + std::max(size.y, size.x * fraction), max.y), colour, rounding);
    if (marker) {
        const float x = min.x + size.x * std::clamp(*marker, 0.0f, 1.0f);
        draw->AddLine(ImVec2(x, min.y - size.y * 0.6f), ImVec2(x, max.y + size.y * 0.6f), palette().text, std::max(1.0f, size.y * 0.3f));
    }
    ImGui::Dummy(ImVec2(size.x, std::max(size.y, ImGui::GetTextLineHeight())));
}

ImVec2 badge_size(const std::string& text) {
    const ImVec2 text_size = ImGui::CalcTextSize(text.c_str());
    return ImVec2(text_size.x + ImGui::GetFontSize() * 0.9f, text_size.y + ImGui::GetFontSize() * 0.16f);
}

ImVec2 draw_badge(ImDrawList* draw, ImVec2 at, const std::string& text, ImU32 colour, bool filled) {
    const ImVec2 size = badge_size(text);
    const ImVec2 max(at.x + size.x, at.y + size.y);
    const ImVec2 text_at(at.x + ImGui::GetFontSize() * 0.45f, at.y + ImGui::GetFontSize() * 0.08f);
    draw->AddRectFilled(at, max, filled ? colour : faded(colour, 0.14f), size.y * 0.5f);
    draw->AddText(text_at, filled ? text_on(colour) : colour, text.c_str());
    return size;
}

void badge(const std::string& text, ImU32 colour, bool filled) {
    ImGui::Dummy(draw_badge(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), text, colour, filled));
}

void centred_text(ImDrawList* draw, ImFont* font, float size, ImVec2 centre, ImU32 colour, const char* text) {
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, text);
    draw->AddText(font, size, ImVec2(std::round(centre.x - extent.x * 0.5f), std::round(centre.y - extent.y * 0.5f)), colour,
                  text);
}

void fitted_text(ImVec2 at, float max_x, ImU32 colour, const std::string& text) {
    if (max_x <= at.x) return;
    const ImVec2 end(max_x, at.y + ImGui::GetTextLineHeight());
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, end, max_x, max_x, text.c_str(), text.c_str() + text.size(),
                              nullptr);
    ImGui::PopStyleColor();
}

//-----------------------------------------------------------------------------
// [SECTION] Words
//-----------------------------------------------------------------------------

void reasons_tooltip(const std::vector<std::string>& reasons, const std::string& note) {
    if (reasons.empty() && note.empty()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    for (const std::string& reason : reasons) {
        ImGui::Bullet();
        ImGui::TextUnformatted(sentence(reason).c_str());
    }
    if (!note.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextUnformatted(note.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::string whole(double value) { return std::to_string(static_cast<long long>(std::floor(value + 0.5))); }

std::string one_decimal(double value) {
    const long long tenths = static_cast<long long>(std::floor(value * 10 + 0.5));
    const long long magnitude = tenths < 0 ? -tenths : tenths;
    return (tenths < 0 ? "-" : "") + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
}

std::string percent(double fraction) { return whole(fraction * 100) + "%"; }

std::string day(Date date) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(date.day()) + " " + kMonths[(date.month() - 1) % 12] + " " + std::to_string(date.year());
}

std::string relative_day(Date date, Date today) {
    const int days = date - today;
    if (days == 0) return "today";
    if (days == 1) return "tomorrow";
    if (days == -1) return "yesterday";
    return days > 0 ? "in " + count(days, "day", "days") : count(-days, "day", "days") + " ago";
}

std::string sentence(std::string reason) {
    if (!reason.empty() && reason[0] >= 'a' && reason[0] <= 'z') reason[0] = static_cast<char>(reason[0] - 'a' + 'A');
    return reason;
}

std::string short_name(const Partner& partner) { return partner.name.substr(0, partner.name.find(' ')); }

std::string count(long long n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace accord::ui::charts
