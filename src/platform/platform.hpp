#pragma once
// The one interface between the app and its host. The browser implementation lives in
// platform/web (C++ in platform_web.cpp, JavaScript in library_accord.js); nothing else in the app
// includes emscripten headers or touches the DOM.
//
// Index of this file
// [SECTION] Frame loop and waking
// [SECTION] Display
// [SECTION] Input the browser delivers outside GLFW
// [SECTION] Clipboard
#include <cstdint>
#include <functional>
#include <string>

struct GLFWwindow;

namespace accord::platform {

//-----------------------------------------------------------------------------
// [SECTION] Frame loop and waking
//-----------------------------------------------------------------------------

// Installs the browser glue (resize, DPI, text input, touch, wheel, paste) for the GLFW window.
void init(GLFWwindow* window);

// Runs `frame` once per animation frame while the app is awake. An idle app sleeps: the loop is
// paused (no frames, no CPU) until input, a resize or a timer wakes it, and then draws a few
// frames (ImGui settles hover and layout over a couple of frames) before sleeping again.
constexpr int kFramesAfterWake = 3;
void run_loop(std::function<void()> frame);
void wake(int frames = kFramesAfterWake);  // draw at least `frames` more frames
void wake_after(double milliseconds);      // a timer that wakes the loop (cursor blink, debounces)
double now_ms();                      // monotonic milliseconds (performance.now)
std::int64_t wall_clock_ms();         // Unix milliseconds (Date.now)

// Tells the page the app has drawn its first frame (hides the loading indicator, records timing).
void first_frame_drawn();

//-----------------------------------------------------------------------------
// [SECTION] Display
//-----------------------------------------------------------------------------

struct Viewport {
    double css_width = 0, css_height = 0;  // the canvas in CSS pixels
    double device_pixel_ratio = 1;         // backing pixels per CSS pixel
};
Viewport viewport();

//-----------------------------------------------------------------------------
// [SECTION] Input the browser delivers outside GLFW
//-----------------------------------------------------------------------------

// Keys and typed text reach ImGui in the order they happened, trickled so that every key press
// is seen by at least one frame. ImGui 1.86 keeps key *state*, not events: a key pressed and
// released between two frames (a fast typist, a test driver, Ctrl+A then Delete) would otherwise
// never be seen, and text typed after a shortcut could land before it.
void queue_keys(GLFWwindow* window);  // after ImGui's GLFW backend has installed its callbacks
void feed_input();                    // at the start of every frame, before ImGui's NewFrame

// Two-finger gestures on touch screens, accumulated since the last frame, in backing pixels.
struct Gesture {
    bool active = false;
    float centre_x = 0, centre_y = 0;
    float pan_x = 0, pan_y = 0;
    float zoom = 1;  // multiplicative since the last frame
};
Gesture take_gesture();

// The mouse cursor as CSS names it ("default", "text", "pointer", "ew-resize", ...). GLFW's cursor
// functions are empty stubs in emscripten 3.1.6, and its cursor-mode calls poke pointer lock.
void set_cursor(const char* css_cursor);

// Tells the page whether an ImGui text field is active, so it can focus the hidden text area that
// receives typed, composed (IME) and pasted text, and opens the keyboard on phones.
void set_text_input_active(bool active);

//-----------------------------------------------------------------------------
// [SECTION] Clipboard
//-----------------------------------------------------------------------------

// Copies to the system clipboard (navigator.clipboard; falls back to a hidden text area).
void copy_to_clipboard(const std::string& text);

}  // namespace accord::platform
