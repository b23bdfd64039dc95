#include "ui/atlas_file.hpp"

#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"  // ImFontAtlasBuildInit, ImFontAtlasBuildSetupFont, ImFontAtlasBuildFinish

namespace accord::ui::atlas_file {
namespace {

// The file, little-endian (both the build machine and wasm are):
//   "ACCATLS1"  u64 fingerprint  i32 width  i32 height
//   u32 custom rectangles, each u16 x, u16 y        (in the atlas's order)
//   u32 fonts, each f32 ascent, f32 descent, u32 glyphs, each u32 codepoint and
//       f32 advance, x0, y0, x1, y1, u0, v0, u1, v1 (the glyph as built, before the atlas adds the
//       custom rectangles' glyphs and the tab)
//   width × height bytes of coverage (the texture, custom rectangles drawn in)
constexpr char kMagic[8] = {'A', 'C', 'C', 'A', 'T', 'L', 'S', '1'};
constexpr int kMaxSide = 16384;

// FNV-1a's steps, 64 bits, taken a word at a time: a fingerprint, not a defence (the file comes with
// the app, from the same site). It reads the font files whole (~600 KB) at every start; a byte at a
// time that was ~3 ms of baseline wasm code.
struct Hash {
    std::uint64_t value = 14695981039346656037ull;
    void bytes(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (; size >= 8; p += 8, size -= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, 8);
            value = (value ^ word) * 1099511628211ull;
        }
        for (; size > 0; ++p, --size) value = (value ^ *p) * 1099511628211ull;
    }
    template <typename... T>
    void add(T... items) {
        (bytes(&items, sizeof items), ...);
    }
};

int font_index(const ImFontAtlas& atlas, const ImFont* font) {
    for (int i = 0; i < atlas.Fonts.Size; ++i) {
        if (atlas.Fonts[i] == font) return i;
    }
    return -1;
}

struct Writer {
    std::vector<unsigned char> out;
    void bytes(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        out.insert(out.end(), p, p + size);
    }
    template <typename T>
    void add(T item) {
        bytes(&item, sizeof item);
    }
};

// Reads what Writer wrote; any read past the end makes it fail, and every later read gives zeros.
struct Reader {
    const unsigned char* at;
    const unsigned char* end;
    bool ok = true;
    const unsigned char* take(std::size_t size) {
        if (!ok || static_cast<std::size_t>(end - at) < size) {
            ok = false;
            return nullptr;
        }
        const unsigned char* taken = at;
        at += size;
        return taken;
    }
    template <typename T>
    T get() {
        T item{};
        if (const unsigned char* p = take(sizeof item)) std::memcpy(&item, p, sizeof item);
        return item;
    }
};

// A glyph the atlas adds itself when it finishes a build: a custom rectangle's, and the tab that
// copies the space. Saving them would add them twice.
bool added_by_finish(const ImFontAtlas& atlas, const ImFont* font, unsigned int codepoint) {
    if (codepoint == '\t') return true;
    for (const ImFontAtlasCustomRect& rect : atlas.CustomRects) {
        if (rect.Font == font && rect.GlyphID == codepoint) return true;
    }
    return false;
}

struct SavedFont {
    float ascent = 0, descent = 0;
    std::vector<ImFontGlyph> glyphs;
};

}  // namespace

std::uint64_t fingerprint(ImFontAtlas& atlas) {
    ImFontAtlasBuildInit(&atlas);  // the rectangles every build adds (white pixel, cursors, lines)
    Hash hash;
    hash.bytes(kMagic, sizeof kMagic);
    hash.add(static_cast<int>(IMGUI_VERSION_NUM), static_cast<int>(sizeof(ImWchar)));
    hash.add(atlas.Flags, atlas.TexDesiredWidth, atlas.TexGlyphPadding, atlas.FontBuilderFlags, atlas.Fonts.Size);
    for (const ImFontConfig& config : atlas.ConfigData) {
        hash.add(config.FontDataSize);
        hash.bytes(config.FontData, static_cast<std::size_t>(config.FontDataSize));
        hash.add(config.FontNo, config.SizePixels, config.OversampleH, config.OversampleV, config.PixelSnapH,
                 config.GlyphExtraSpacing.x, config.GlyphExtraSpacing.y, config.GlyphOffset.x, config.GlyphOffset.y,
                 config.GlyphMinAdvanceX, config.GlyphMaxAdvanceX, config.MergeMode, config.FontBuilderFlags,
                 config.RasterizerMultiply, config.EllipsisChar, font_index(atlas, config.DstFont));
        const ImWchar* range = config.GlyphRanges ? config.GlyphRanges : atlas.GetGlyphRangesDefault();
        for (; range[0]; range += 2) hash.add(range[0], range[1]);
        hash.add(ImWchar{0});
    }
    for (const ImFontAtlasCustomRect& rect : atlas.CustomRects) {
        hash.add(rect.Width, rect.Height, rect.GlyphID, rect.GlyphAdvanceX, rect.GlyphOffset.x, rect.GlyphOffset.y,
                 font_index(atlas, rect.Font));
    }
    return hash.value;
}

std::vector<unsigned char> save(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);  // builds it if it is not yet
    Writer file;
    file.bytes(kMagic, sizeof kMagic);
    file.add(fingerprint(atlas));
    file.add(static_cast<std::int32_t>(width));
    file.add(static_cast<std::int32_t>(height));
    file.add(static_cast<std::uint32_t>(atlas.CustomRects.Size));
    for (const ImFontAtlasCustomRect& rect : atlas.CustomRects) {
        file.add(rect.X);
        file.add(rect.Y);
    }
    file.add(static_cast<std::uint32_t>(atlas.Fonts.Size));
    for (const ImFont* font : atlas.Fonts) {
        file.add(font->Ascent);
        file.add(font->Descent);
        std::uint32_t count = 0;
        for (const ImFontGlyph& glyph : font->Glyphs) count += added_by_finish(atlas, font, glyph.Codepoint) ? 0 : 1;
        file.add(count);
        for (const ImFontGlyph& glyph : font->Glyphs) {
            if (added_by_finish(atlas, font, glyph.Codepoint)) continue;
            file.add(static_cast<std::uint32_t>(glyph.Codepoint));
            for (float value : {glyph.AdvanceX, glyph.X0, glyph.Y0, glyph.X1, glyph.Y1, glyph.U0, glyph.V0, glyph.U1,
                                glyph.V1}) {
                file.add(value);
            }
        }
    }
    file.bytes(pixels, static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    return file.out;
}

bool load(ImFontAtlas& atlas, const unsigned char* bytes, std::size_t size) {
    if (atlas.ConfigData.Size == 0 || !bytes) return false;
    for (const ImFontConfig& config : atlas.ConfigData) {
        if (font_index(atlas, config.DstFont) < 0) return false;
    }
    Reader file{bytes, bytes + size};
    const unsigned char* magic = file.take(sizeof kMagic);
    if (!magic || std::memcmp(magic, kMagic, sizeof kMagic) != 0) return false;
    if (file.get<std::uint64_t>() != fingerprint(atlas)) return false;

    // Read and check all of it before the atlas changes.
    const auto width = file.get<std::int32_t>();
    const auto height = file.get<std::int32_t>();
    if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide) return false;
    if (file.get<std::uint32_t>() != static_cast<std::uint32_t>(atlas.CustomRects.Size)) return false;
    std::vector<ImFontAtlasCustomRect> rects(atlas.CustomRects.begin(), atlas.CustomRects.end());
    for (ImFontAtlasCustomRect& rect : rects) {
        rect.X = file.get<unsigned short>();
        rect.Y = file.get<unsigned short>();
        if (rect.X + rect.Width > width || rect.Y + rect.Height > height) return false;
    }
    if (file.get<std::uint32_t>() != static_cast<std::uint32_t>(atlas.Fonts.Size)) return false;
    std::vector<SavedFont> fonts(static_cast<std::size_t>(atlas.Fonts.Size));
    for (SavedFont& font : fonts) {
        font.ascent = file.get<float>();
        font.descent = file.get<float>();
        const auto count = file.get<std::uint32_t>();
        if (!file.ok || count >= 0xFFFF || count > static_cast<std::size_t>(file.end - file.at) / 40) return false;
        font.glyphs.resize(count);
        for (ImFontGlyph& glyph : font.glyphs) {
            const auto codepoint = file.get<std::uint32_t>();
            if (codepoint > IM_UNICODE_CODEPOINT_MAX) return false;
            glyph.Codepoint = codepoint;
            for (float* value : {&glyph.AdvanceX, &glyph.X0, &glyph.Y0, &glyph.X1, &glyph.Y1, &glyph.U0, &glyph.V0,
                                 &glyph.U1, &glyph.V1}) {
                *value = file.get<float>();
            }
        }
    }
    const std::size_t pixel_count = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    const unsigned char* pixels = file.take(pixel_count);
    if (!file.ok || file.at != file.end) return false;

    // What ImFontAtlasBuildWithStbTruetype leaves, without rasterising: the texture, each font set up
    // from its configurations, the glyphs added; ImFontAtlasBuildFinish then draws the custom
    // rectangles, adds their glyphs and builds the lookup tables, as after a build.
    atlas.TexID = nullptr;
    atlas.ClearTexData();
    atlas.TexWidth = width;
    atlas.TexHeight = height;
    atlas.TexUvScale = ImVec2(1.0f / static_cast<float>(width), 1.0f / static_cast<float>(height));
    atlas.TexUvWhitePixel = ImVec2(0.0f, 0.0f);
    for (int i = 0; i < atlas.CustomRects.Size; ++i) {
        atlas.CustomRects[i].X = rects[static_cast<std::size_t>(i)].X;
        atlas.CustomRects[i].Y = rects[static_cast<std::size_t>(i)].Y;
    }
    for (ImFontConfig& config : atlas.ConfigData) {
        const SavedFont& saved = fonts[static_cast<std::size_t>(font_index(atlas, config.DstFont))];
        ImFontAtlasBuildSetupFont(&atlas, config.DstFont, &config, saved.ascent, saved.descent);
    }
    for (int i = 0; i < atlas.Fonts.Size; ++i) {
        for (const ImFontGlyph& glyph : fonts[static_cast<std::size_t>(i)].glyphs) {
            // Without a configuration AddGlyph keeps the values as they are (they were adjusted once).
            atlas.Fonts[i]->AddGlyph(nullptr, static_cast<ImWchar>(glyph.Codepoint), glyph.X0, glyph.Y0, glyph.X1,
                                     glyph.Y1, glyph.U0, glyph.V0, glyph.U1, glyph.V1, glyph.AdvanceX);
        }
    }
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixel_count));
    std::memcpy(atlas.TexPixelsAlpha8, pixels, pixel_count);
    ImFontAtlasBuildFinish(&atlas);
    return true;
}

}  // namespace accord::ui::atlas_file
