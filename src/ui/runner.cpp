#include "ui/runner.hpp"

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <cstdio>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/platform.hpp"
#include "ui/fonts.hpp"
#include "ui/gl_renderer.hpp"
#include "ui/test_hooks.hpp"

namespace accord::ui {
namespace {

struct Runner {
    RunnerCallbacks callbacks;
    GLFWwindow* window = nullptr;
    float scale = 0;           // pixel ratio the fonts and style were built for
    ThemeKind theme = ThemeKind::Light;
    bool theme_dirty = true;
    bool first_frame = true;
    GlyphSet glyphs = GlyphSet::Start;  // what the atlas should hold: the full set after the first frame
    bool fonts_changed = false;         // the atlas was rebuilt; the GPU texture must follow
};

Runner g;

// Fonts and sizes follow the pixel ratio; it changes with browser zoom or a move to another screen.
// The atlas is also rebuilt once when it grows from the start set to the full set (fonts.hpp).
void follow_pixel_ratio() {
    const float dpr = static_cast<float>(platform::viewport().device_pixel_ratio);
    const bool grow = g.scale > 0 && loaded_glyphs() != g.glyphs;
    if (dpr == g.scale && !g.theme_dirty && !grow) return;
    if (dpr != g.scale || grow) {
        g.scale = dpr;
        load_fonts(dpr, g.glyphs);
        g.fonts_changed = true;
    }
    apply_theme(g.theme, g.scale);
    g.theme_dirty = false;
}

// The atlas is rebuilt when the pixel ratio changes or it grows to the full glyph set; the GPU
// texture follows it (and the CPU copy of its pixels is freed).
void upload_fonts_if_changed() {
    if (!g.fonts_changed) return;
    gl_renderer::upload_font_atlas();
    g.fonts_changed = false;
}

// The browser has no system clipboard API that ImGui can call synchronously: copies go out through
// the platform (navigator.clipboard), and pastes come in as text through the hidden text area.
void set_clipboard(void*, const char* text) { platform::copy_to_clipboard(text ? text : ""); }
const char* get_clipboard(void*) { return ""; }

// The cursor follows what ImGui is over (text fields, resizers, links), through CSS.
const char* css_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_None: return "none";
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
        case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        default: return "default";
    }
}

void frame() {
    const double started = platform::now_ms();
    follow_pixel_ratio();
    test_hooks::begin_frame();
    upload_fonts_if_changed();
    if (g.first_frame) {
        // Loaded from the prebuilt file (fonts.hpp) or rasterised here; then uploaded.
        if (start_atlas_prebuilt()) platform::mark("accord:start-atlas-file");
        platform::mark("accord:font-texture");
    }
    platform::feed_input();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    g.callbacks.show_gui();
    if (g.first_frame) platform::mark("accord:gui");

    ImGui::Render();
    // A frame that needs a glyph the start set lacks is not drawn (the canvas keeps what it shows,
    // the loading page at first): the next frame is drawn whole, with the full set.
    const bool missing_glyph = drew_missing_glyph(*ImGui::GetDrawData());
    if (missing_glyph) {
        g.glyphs = GlyphSet::Full;
        platform::wake();
    } else {
        int width = 0, height = 0;
        glfwGetFramebufferSize(g.window, &width, &height);
        const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        gl_renderer::render(*ImGui::GetDrawData(), width, height);
    }
    test_hooks::end_frame();

    if (g.callbacks.after_frame) g.callbacks.after_frame();

    ImGuiIO& io = ImGui::GetIO();
    platform::set_text_input_active(io.WantTextInput);
    platform::set_cursor(css_cursor(ImGui::GetMouseCursor()));
    // An active text field blinks its cursor: draw again in half a second rather than every frame.
    if (io.WantTextInput) platform::wake_after(io.ConfigInputTextCursorBlink ? 530 : 1000);
    if (g.first_frame && !missing_glyph) {
        g.first_frame = false;
        platform::mark("accord:first-frame");
        platform::first_frame_drawn();
        // The rest of the glyphs, in the next frame: before anyone can type Greek into a field.
        g.glyphs = GlyphSet::Full;
        platform::wake();
    }
    test_hooks::record_frame_time(platform::now_ms() - started);
}

}  // namespace

int run(RunnerCallbacks callbacks) {
    platform::mark("accord:main");
    g.callbacks = std::move(callbacks);
    if (!platform::init_glfw()) {
        std::fprintf(stderr, "accord: glfwInit failed\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui draws with blending and scissors only: no depth or stencil buffer. GLFW's defaults ask
    // for both, a second window-sized buffer that made the context ~30 ms slower to create at
    // 1280x800 in headless Chromium (and 4 bytes a pixel of memory). web/boot.js asks for the
    // context with these same attributes.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    const platform::PixelSize size = platform::window_pixel_size();
    g.window = glfwCreateWindow(size.width, size.height, "Accord", nullptr, nullptr);
    if (!g.window) {
        std::fprintf(stderr, "accord: no WebGL2 context\n");
        return 1;
    }
    glfwMakeContextCurrent(g.window);
    platform::mark("accord:context");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is the app's, not a file's
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // see css_cursor()
    ImGui_ImplGlfw_InitForOpenGL(g.window, true);
    platform::queue_keys(g.window);
    gl_renderer::init();
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;

    platform::init(g.window);
    platform::init_files();
    follow_pixel_ratio();
    platform::mark("accord:fonts");
    if (g.callbacks.setup) g.callbacks.setup();
    platform::mark("accord:setup");
    platform::run_loop(frame);
    return 0;
}

float ui_scale() { return g.scale > 0 ? g.scale : 1.0f; }

void set_theme(ThemeKind kind) {
    g.theme = kind;
    g.theme_dirty = true;
    platform::wake();
}

void request_frames(int frames) { platform::wake(frames); }

}  // namespace accord::ui
