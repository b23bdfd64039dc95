#include "ui/runner.hpp"

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <cstdio>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform/platform.hpp"
#include "ui/fonts.hpp"
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
    bool fonts_changed = false;  // the atlas was rebuilt; the GPU texture must follow
};

Runner g;

// Fonts and sizes follow the pixel ratio; it changes with browser zoom or a move to another screen.
void follow_pixel_ratio() {
    const float dpr = static_cast<float>(platform::viewport().device_pixel_ratio);
    if (dpr == g.scale && !g.theme_dirty) return;
    if (dpr != g.scale) {
        g.scale = dpr;
        load_fonts(dpr);
        g.fonts_changed = true;
    }
    apply_theme(g.theme, g.scale);
    g.theme_dirty = false;
}

// The renderer creates the font texture on its first NewFrame; later rebuilds replace it. Either
// way the CPU copy of the atlas is freed once the GPU has it (megabytes at a pixel ratio of 2).
void upload_fonts_if_changed() {
    if (!g.fonts_changed) return;
    if (!g.first_frame) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui::GetIO().Fonts->ClearTexData();
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
    ImGui_ImplOpenGL3_NewFrame();
    upload_fonts_if_changed();
    platform::feed_input();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    g.callbacks.show_gui();

    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(g.window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    test_hooks::end_frame();

    if (g.callbacks.after_frame) g.callbacks.after_frame();

    ImGuiIO& io = ImGui::GetIO();
    platform::set_text_input_active(io.WantTextInput);
    platform::set_cursor(css_cursor(ImGui::GetMouseCursor()));
    // An active text field blinks its cursor: draw again in half a second rather than every frame.
    if (io.WantTextInput) platform::wake_after(io.ConfigInputTextCursorBlink ? 530 : 1000);
    if (g.first_frame) {
        g.first_frame = false;
        platform::first_frame_drawn();
    }
    test_hooks::record_frame_time(platform::now_ms() - started);
}

}  // namespace

int run(RunnerCallbacks callbacks) {
    g.callbacks = std::move(callbacks);
    if (!glfwInit()) {
        std::fprintf(stderr, "accord: glfwInit failed\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g.window = glfwCreateWindow(1280, 800, "Accord", nullptr, nullptr);
    if (!g.window) {
        std::fprintf(stderr, "accord: no WebGL2 context\n");
        return 1;
    }
    glfwMakeContextCurrent(g.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is the app's, not a file's
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // see css_cursor()
    ImGui_ImplGlfw_InitForOpenGL(g.window, true);
    platform::queue_keys(g.window);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;

    platform::init(g.window);
    follow_pixel_ratio();
    if (g.callbacks.setup) g.callbacks.setup();
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
