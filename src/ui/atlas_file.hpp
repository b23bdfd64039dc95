#pragma once
// A built font atlas as a file: made at build time by a native tool (src/tools/start_atlas.cpp) from
// the same fonts and the same src/ui/fonts.cpp the app uses, and loaded by the app instead of
// rasterising the start set itself. In the browser that build was about a third of the wasm's work
// between main() and the first frame (stb_truetype and its rectangle packing run as baseline wasm
// code there); loading the file is a copy.
//
// The file names a fingerprint of everything the build reads: ImGui's version, the atlas settings,
// each font's file bytes, size, ranges and options, and the custom rectangles. A file made from
// other fonts, sizes, glyphs, pixel ratio or ImGui is refused, and the atlas is built as before.
#include <cstddef>
#include <cstdint>
#include <vector>

struct ImFontAtlas;
struct ImFontBuilderIO;

namespace accord::ui::atlas_file {

// The fingerprint of what `atlas` would be built from (its fonts and custom rectangles as added).
std::uint64_t fingerprint(ImFontAtlas& atlas);

// A built atlas (after Build()) as the file's bytes.
std::vector<unsigned char> save(ImFontAtlas& atlas);

// Makes `atlas` what the saved one was: glyphs, metrics, texture pixels, custom rectangles. The
// atlas holds the same inputs the file was saved from (fingerprint), not yet built. Returns false,
// with the atlas untouched, for bytes that are not such a file (another fingerprint, cut short).
bool load(ImFontAtlas& atlas, const unsigned char* bytes, std::size_t size);

}  // namespace accord::ui::atlas_file
