#include "ui/fonts.hpp"

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"  // ImFileLoadToMemory, ImTextCharFromUtf8, ImFormatString, ImFontBuilderIO
#include "ui/atlas_file.hpp"
#include "ui/icons.hpp"

namespace accord::ui {
namespace {

constexpr const char* kRegular = "Inter-Regular.ttf";  // TrueType outlines (cmake/web.cmake)
constexpr const char* kSemiBold = "Inter-SemiBold.ttf";
constexpr const char* kIcons = "fontawesome-webfont.ttf";

std::string g_directory = "/fonts";
std::string g_start_atlas = "/fonts/start-atlas.bin";
bool g_start_atlas_prebuilt = false;

constexpr ImWchar kMissing = 0xFFFD;  // drawn for a character the atlas has no glyph for

Fonts g_fonts;
GlyphSet g_glyphs = GlyphSet::Full;

// Partners write in many languages. ImGui's default range stops at U+00FF, so accented Latin
// beyond Latin-1 (ł, ő, ş), Greek, Cyrillic, curly quotes, dashes and € would show as '?'.
// cmake/web.cmake subsets the fonts to these same ranges.
constexpr ImWchar kAllRanges[] = {
    0x0020, 0x024F,  // Basic Latin, Latin-1 Supplement, Latin Extended-A and -B
    0x0370, 0x03FF,  // Greek
    0x0400, 0x04FF,  // Cyrillic
    0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese, Welsh)
    0x2000, 0x206F,  // General Punctuation: dashes, curly quotes, ellipsis, bullets
    0x20A0, 0x20CF,  // Currency symbols: €, ₹, ₺
    0x2100, 0x214F,  // Letterlike symbols: №, ™
    0x2190, 0x21FF,  // Arrows
    0x2200, 0x22FF,  // Mathematical operators: −, ≤, ≥, ≈
    0x25A0, 0x25FF,  // Geometric shapes
    kMissing, kMissing,
    0,
};
// The start set: Latin-1 and, of the symbols, the ones the app's own words and marks use (dashes,
// quotes, ellipsis, bullets, arrows, minus, sort triangles) and €. That is 207 glyphs a font where
// Latin-1 with all the symbol ranges above was 395, and each is rasterised three times (body, bold,
// title). A first frame whose text needs more is caught by drew_missing_glyph() and drawn again.
constexpr ImWchar kStartRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
    0x2013, 0x2014,  // – —
    0x2018, 0x2019,  // ‘ ’
    0x201C, 0x201D,  // “ ”
    0x2022, 0x2022,  // •
    0x2026, 0x2026,  // …
    0x20AC, 0x20AC,  // €
    0x2190, 0x2193,  // ← ↑ → ↓
    0x2212, 0x2212,  // −
    0x25B2, 0x25B2,  // ▲
    0x25BC, 0x25BC,  // ▼
    kMissing, kMissing,
    0,
};

const ImWchar* text_ranges(GlyphSet set) { return set == GlyphSet::Start ? kStartRanges : kAllRanges; }

// Of the icons, the start set has those the screens a start shows draw: the title bar and its
// menus, the navigation, the dashboard (always the first view) and the storage notices, 34 of ~60;
// the rest wait for the full set. A first frame that draws another (a dialog left open) is caught
// like a missing letter and drawn again. (Natively the difference is within noise; in the browser,
// where the rasteriser runs as baseline wasm code, main() to first frame went ~316 -> ~255 ms with
// the changes below it came with.)
constexpr const char* kStartIcons =
    ICON_DASHBOARD ICON_VISION ICON_PARTNERS ICON_GOALS ICON_ROLES ICON_ALIGNMENT ICON_RISKS ICON_CHECKINS
    ICON_EXCHANGE ICON_UNDO ICON_REDO ICON_FIND ICON_MENU ICON_LIGHT ICON_DARK ICON_NEW ICON_OPEN ICON_DOWNLOAD
    ICON_BOOK ICON_INFO ICON_HANDSHAKE ICON_ERROR ICON_CHECK ICON_HISTORY ICON_REFRESH ICON_ADD ICON_BALANCE
    ICON_CALENDAR ICON_CHEVRON_D ICON_CHEVRON_R ICON_CLOCK ICON_FLAG ICON_IDEA ICON_OK;

const ImWchar* icon_ranges(GlyphSet set) {
    static const ImWchar kAllIcons[] = {ICON_RANGE_FIRST, ICON_RANGE_LAST, 0};
    if (set == GlyphSet::Full) return kAllIcons;
    // One range per icon. Not ImFontGlyphRangesBuilder, which walks a bit for every code point to
    // U+FFFF: ~5 ms of the start in wasm. The atlas keeps a pointer to its ranges until it is built.
    static std::vector<ImWchar> start;
    if (start.empty()) {
        for (const char* c = kStartIcons; *c;) {
            unsigned int codepoint = 0;
            c += ImTextCharFromUtf8(&codepoint, c, nullptr);
            start.insert(start.end(), 2, static_cast<ImWchar>(codepoint));
        }
        start.push_back(0);
    }
    return start.data();
}

// Adds a font from a file read once: the icons go into all three fonts, Inter SemiBold into two, and
// the atlas is built twice (start set, then full set). The atlas borrows the bytes, kept for the
// life of the app (FontDataOwnedByAtlas = false; ImGui does not write to data it does not own).
ImFont* add_font_file(const char* name, float pixels, ImFontConfig config, const ImWchar* ranges) {
    struct Bytes {
        void* data = nullptr;
        size_t size = 0;
    };
    static std::map<std::string, Bytes> files;
    const std::string path = g_directory + "/" + name;
    auto [file, added] = files.try_emplace(path);
    if (added) file->second.data = ImFileLoadToMemory(path.c_str(), "rb", &file->second.size);
    if (!file->second.data) return nullptr;
    config.FontDataOwnedByAtlas = false;
    if (!config.MergeMode) {  // named as AddFontFromFileTTF names its fonts: "Inter-Regular.ttf, 16px"
        ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "%s, %.0fpx", name, pixels);
    }
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(file->second.data, static_cast<int>(file->second.size), pixels,
                                                      &config, ranges);
}

ImFont* add_font(const char* file, float pixels, GlyphSet set) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig text;
    // The atlas is built at device resolution, so glyphs snapped to whole pixels are sharp. Sub-pixel
    // positioning (OversampleH = 2) doubled the atlas and the time to rasterise it, the largest part
    // of start-up after the wasm itself (about 400 of 750 ms between the WebGL context and the
    // first frame, headless Chromium).
    text.OversampleH = 1;
    text.PixelSnapH = true;
    text.OversampleV = 1;
    ImFont* font = add_font_file(file, pixels, text, text_ranges(set));
    if (!font) return nullptr;
    ImFontConfig icons;
    icons.MergeMode = true;
    icons.PixelSnapH = true;
    icons.GlyphMinAdvanceX = pixels * 1.15f;  // icons share one width so labels line up
    icons.GlyphOffset.y = pixels * 0.06f;
    icons.OversampleH = 1;
    add_font_file(kIcons, pixels * 0.9f, icons, icon_ranges(set));
    if (set == GlyphSet::Start) {
        // Inter has no U+FFFD, so a character missing from the atlas would draw as '?', which text
        // holds legitimately. With a (blank) U+FFFD of our own, ImGui draws that instead, and a
        // frame that uses it can be told apart by its texture coordinates.
        const int size = std::max(1, static_cast<int>(pixels / 2));
        io.Fonts->AddCustomRectFontGlyph(font, kMissing, size, size, static_cast<float>(size));
    }
    return font;
}

// The start set's atlas: from the file made at build time when there is one made from these same
// fonts, sizes and glyphs (atlas_file.hpp), else rasterised here. The file is read once: every
// later atlas has the full set.
bool build_start_atlas(ImFontAtlas* atlas) {
    size_t size = 0;
    void* bytes = g_start_atlas.empty() ? nullptr : ImFileLoadToMemory(g_start_atlas.c_str(), "rb", &size);
    g_start_atlas_prebuilt = bytes && atlas_file::load(*atlas, static_cast<const unsigned char*>(bytes), size);
    if (bytes) {
        IM_FREE(bytes);
        std::remove(g_start_atlas.c_str());
    }
    return g_start_atlas_prebuilt || ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(atlas);
}

const ImFontBuilderIO* start_atlas_builder() {
    static ImFontBuilderIO builder;
    builder.FontBuilder_Build = build_start_atlas;
    return &builder;
}

}  // namespace

void set_font_files(std::string directory, std::string start_atlas) {
    g_directory = std::move(directory);
    g_start_atlas = std::move(start_atlas);
}

bool start_atlas_prebuilt() { return g_start_atlas_prebuilt; }

void load_fonts(float scale, GlyphSet glyphs) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g_glyphs = glyphs;
    g_fonts.body = add_font(kRegular, kBodySize * scale, glyphs);
    g_fonts.bold = add_font(kSemiBold, kBodySize * scale, glyphs);
    g_fonts.title = add_font(kSemiBold, kTitleSize * scale, glyphs);
    if (!g_fonts.body || !g_fonts.bold || !g_fonts.title) {  // the font files are missing: keep the app usable
        io.Fonts->Clear();
        g_glyphs = GlyphSet::Full;  // ImGui's font is all there is
        ImFontConfig fallback;
        fallback.SizePixels = 13.0f * scale;
        g_fonts.body = g_fonts.bold = g_fonts.title = io.Fonts->AddFontDefault(&fallback);
    }
    io.FontDefault = g_fonts.body;
    io.Fonts->FontBuilderIO = g_glyphs == GlyphSet::Start ? start_atlas_builder() : nullptr;  // nullptr: stb_truetype
    // The texture only as tall as the glyphs need (WebGL2 takes any size), not the next power of two.
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
}

GlyphSet loaded_glyphs() { return g_glyphs; }

bool drew_missing_glyph(const ImDrawData& frame) {
    if (g_glyphs == GlyphSet::Full) return false;
    ImVec2 corners[3];  // where each font's U+FFFD starts in the atlas
    int count = 0;
    for (const ImFont* font : {g_fonts.body, g_fonts.bold, g_fonts.title}) {
        const ImFontGlyph* glyph = font->FindGlyphNoFallback(kMissing);
        if (glyph) corners[count++] = ImVec2(glyph->U0, glyph->V0);
    }
    for (int i = 0; i < frame.CmdListsCount; ++i) {
        for (const ImDrawVert& vertex : frame.CmdLists[i]->VtxBuffer) {
            for (int c = 0; c < count; ++c) {
                if (vertex.uv.x == corners[c].x && vertex.uv.y == corners[c].y) return true;
            }
        }
    }
    return false;
}

const Fonts& fonts() { return g_fonts; }

}  // namespace accord::ui
