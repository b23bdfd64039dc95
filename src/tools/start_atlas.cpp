// Builds the start set's font atlas for the pixel ratios most screens have, at build time, so that
// the app loads it instead of rasterising it in the browser (src/ui/atlas_file.hpp). A native
// program built by cmake/web.cmake from Debian's ImGui sources and the app's own src/ui/fonts.cpp:
// the same code builds the same atlas the app would.
//
//   start_atlas FONT_DIR OUT_DIR RATIO...   writes OUT_DIR/start-atlas-<RATIO>x.bin for each ratio
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/atlas_file.hpp"
#include "ui/fonts.hpp"

namespace {

bool write_file(const std::string& path, const std::vector<unsigned char>& bytes) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return false;
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    return std::fclose(file) == 0 && written;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: start_atlas FONT_DIR OUT_DIR RATIO...\n");
        return 2;
    }
    const std::string out_dir = argv[2];
    accord::ui::set_font_files(argv[1], "");
    for (int i = 3; i < argc; ++i) {
        char* end = nullptr;
        const double ratio = std::strtod(argv[i], &end);
        if (*end != '\0' || ratio <= 0 || ratio > 8) {
            std::fprintf(stderr, "start_atlas: not a pixel ratio: %s\n", argv[i]);
            return 2;
        }
        ImGui::CreateContext();
        accord::ui::load_fonts(static_cast<float>(ratio), accord::ui::GlyphSet::Start);
        if (accord::ui::loaded_glyphs() != accord::ui::GlyphSet::Start) {  // the fonts were not found
            std::fprintf(stderr, "start_atlas: the fonts are missing in %s\n", argv[1]);
            return 1;
        }
        const std::string path = out_dir + "/start-atlas-" + argv[i] + "x.bin";
        if (!write_file(path, accord::ui::atlas_file::save(*ImGui::GetIO().Fonts))) {
            std::fprintf(stderr, "start_atlas: cannot write %s\n", path.c_str());
            return 1;
        }
        ImGui::DestroyContext();
    }
    return 0;
}
