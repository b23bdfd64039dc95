#pragma once
// The UI fonts: Inter (Debian's fonts-inter) with Font Awesome icons merged in, rasterised at the
// display's pixel ratio so text stays sharp. Files are embedded in the wasm at /fonts (cmake/web.cmake).
struct ImFont;

namespace accord::ui {

struct Fonts {
    ImFont* body = nullptr;   // Inter Regular + icons
    ImFont* bold = nullptr;   // Inter SemiBold + icons, same size
    ImFont* title = nullptr;  // Inter SemiBold + icons, larger
};

// Sizes in CSS pixels; the atlas is built at size × scale.
constexpr float kBodySize = 15.0f;
constexpr float kTitleSize = 21.0f;

// (Re)builds the font atlas for a pixel ratio. Call before NewFrame; the renderer's font texture
// must be recreated afterwards (the runner does both).
void load_fonts(float scale);
const Fonts& fonts();

}  // namespace accord::ui
