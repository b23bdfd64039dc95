#pragma once
// The runner owns the window, the GL context, ImGui, fonts, DPI, theme and idling, and calls the
// app's callbacks (the shape of hello_imgui's RunnerCallbacks). Reading main() reads like a table
// of contents: set up, then show the GUI every frame the runner decides to draw.
#include <functional>

#include "ui/theme.hpp"

namespace accord::ui {

struct RunnerCallbacks {
    std::function<void()> setup;     // once, after ImGui, GL and fonts are ready
    std::function<void()> show_gui;  // every drawn frame, between NewFrame and Render
    std::function<void()> after_frame;  // after Render: apply the frame's edits, save...
};

// Never returns in the browser (the loop is driven by requestAnimationFrame).
int run(RunnerCallbacks callbacks);

float ui_scale();  // backing pixels per CSS pixel: multiply design sizes by it
void set_theme(ThemeKind kind);

// Ask for frames without input (animations). The idle loop otherwise sleeps.
void request_frames(int frames);

}  // namespace accord::ui
