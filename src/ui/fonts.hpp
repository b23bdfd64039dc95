#pragma once
// The UI fonts: Inter (Debian's fonts-inter) with Font Awesome icons merged in, rasterised at the
// display's pixel ratio so text stays sharp. The files are at /fonts: fetched beside the wasm (web/boot.js).
#include <string>

struct ImFont;
struct ImDrawData;

namespace accord::ui {

struct Fonts {
    ImFont* body = nullptr;   // Inter Regular + icons
    ImFont* bold = nullptr;   // Inter SemiBold + icons, same size
    ImFont* title = nullptr;  // Inter SemiBold + icons, larger
};

// Sizes in CSS pixels; the atlas is built at size × scale.
constexpr float kBodySize = 15.0f;
constexpr float kTitleSize = 21.0f;

// Which characters the atlas holds. Rasterising every range the fonts were cut to (~1,400 glyphs,
// three times) was the largest part of the start, so the first frame gets the start set (Latin-1,
// the symbols the app's words use, the icons the first screens draw: ~240), and the runner builds
// the full set (adding Latin Extended, Greek, Cyrillic, all symbols and icons) in the frame after.
// A first frame that needs more is redrawn first (below).
enum class GlyphSet { Start, Full };

// (Re)builds the font atlas for a pixel ratio. Call before NewFrame; the renderer's font texture
// must be recreated afterwards (the runner does both).
void load_fonts(float scale, GlyphSet glyphs);
GlyphSet loaded_glyphs();
// Whether a frame drew a character the start set lacks: the frame must not be shown, and the full
// set built for the next. (Always false with the full set.)
bool drew_missing_glyph(const ImDrawData& frame);
const Fonts& fonts();

// Where the font files are read from (the app: /fonts, where web/boot.js puts them), and the start
// set's prebuilt atlas to try (atlas_file.hpp; "" for none: the atlas tool builds it).
void set_font_files(std::string directory, std::string start_atlas);
// Whether the start set's atlas came from the prebuilt file rather than being rasterised here.
bool start_atlas_prebuilt();

}  // namespace accord::ui
