#include "ui/fonts.hpp"

#include "imgui.h"
#include "ui/icons.hpp"

namespace accord::ui {
namespace {

constexpr const char* kRegular = "/fonts/Inter-Regular.otf";
constexpr const char* kSemiBold = "/fonts/Inter-SemiBold.otf";
constexpr const char* kIcons = "/fonts/fontawesome-webfont.ttf";

Fonts g_fonts;

// Partners write in many languages. ImGui's default range stops at U+00FF, so accented Latin
// beyond Latin-1 (ł, ő, ş), Greek, Cyrillic, curly quotes, dashes and € would show as '?'.
const ImWchar* text_ranges() {
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        static const ImWchar kWanted[] = {
            0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
            0x0100, 0x024F,  // Latin Extended-A and -B
            0x0370, 0x03FF,  // Greek
            0x0400, 0x04FF,  // Cyrillic
            0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese, Welsh)
            0x2000, 0x206F,  // General Punctuation: dashes, curly quotes, ellipsis, bullets
            0x20A0, 0x20CF,  // Currency symbols: €, ₹, ₺
            0x2100, 0x214F,  // Letterlike symbols: №, ™
            0x2190, 0x21FF,  // Arrows
            0x2200, 0x22FF,  // Mathematical operators: −, ≤, ≥, ≈
            0x25A0, 0x25FF,  // Geometric shapes
            0xFFFD, 0xFFFD,  // replacement character
            0,
        };
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(kWanted);
        builder.BuildRanges(&ranges);
    }
    return ranges.Data;
}

ImFont* add_font(const char* file, float pixels) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig text;
    // The atlas is built at device resolution, so glyphs snapped to whole pixels are sharp. Sub-pixel
    // positioning (OversampleH = 2) doubled the atlas and the time to rasterise it, the largest part
    // of start-up after the wasm itself (about 400 of 750 ms between the WebGL context and the
    // first frame, headless Chromium).
    text.OversampleH = 1;
    text.PixelSnapH = true;
    text.OversampleV = 1;
    ImFont* font = io.Fonts->AddFontFromFileTTF(file, pixels, &text, text_ranges());
    static const ImWchar kIconRange[] = {ICON_RANGE_FIRST, ICON_RANGE_LAST, 0};
    ImFontConfig icons;
    icons.MergeMode = true;
    icons.PixelSnapH = true;
    icons.GlyphMinAdvanceX = pixels * 1.15f;  // icons share one width so labels line up
    icons.GlyphOffset.y = pixels * 0.06f;
    icons.OversampleH = 1;
    io.Fonts->AddFontFromFileTTF(kIcons, pixels * 0.9f, &icons, kIconRange);
    return font;
}

}  // namespace

void load_fonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g_fonts.body = add_font(kRegular, kBodySize * scale);
    g_fonts.bold = add_font(kSemiBold, kBodySize * scale);
    g_fonts.title = add_font(kSemiBold, kTitleSize * scale);
    if (!g_fonts.body) {  // the embedded files are missing: keep the app usable with ImGui's font
        io.Fonts->Clear();
        ImFontConfig fallback;
        fallback.SizePixels = 13.0f * scale;
        g_fonts.body = g_fonts.bold = g_fonts.title = io.Fonts->AddFontDefault(&fallback);
    }
    io.FontDefault = g_fonts.body;
}

const Fonts& fonts() { return g_fonts; }

}  // namespace accord::ui
