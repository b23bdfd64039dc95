// The browser implementation of platform.hpp. JavaScript lives in library_accord.js; this file
// holds the C++ half and the entry points the JavaScript calls (accord_on_*), all listed in
// cmake/web.cmake's EXPORTED_FUNCTIONS.
#include "platform/platform.hpp"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <deque>
#include <set>
#include <string>
#include <unordered_map>

#include "imgui.h"
#include "imgui_impl_glfw.h"

extern "C" {
// Implemented in library_accord.js.
void accord_js_init();
int accord_js_glfw_init();
void accord_js_first_frame();
void accord_js_mark(const char* name);
void accord_js_set_text_input(int active);
void accord_js_set_cursor(const char* css);
void accord_js_set_canvas_size(int width, int height);
void accord_js_copy(const char* utf8);
double accord_js_css_width();
double accord_js_css_height();
double accord_js_device_pixel_ratio();
double accord_js_date_now();
char* accord_js_storage_root();    // malloc'ed: the caller frees
char* accord_js_storage_detail();  // malloc'ed: the caller frees
int accord_js_storage_durable();
int accord_js_storage_problem();
void accord_js_storage_persist(double ticket);
void accord_js_request_protection();
void accord_js_request_storage_use();
int accord_js_keep_copy(const char* text);
char* accord_js_last_copy();  // malloc'ed or null: the caller frees
void accord_js_forget_copy();
}

namespace accord::platform {
namespace {

// One key event or a piece of typed text, in arrival order.
struct InputEvent {
    int key = 0, scancode = 0, action = 0, mods = 0;
    std::string text;  // non-empty: typed text instead of a key
};

struct State {
    GLFWwindow* window = nullptr;
    std::deque<InputEvent> input;
    std::function<void()> frame;
    bool sleeping = false;
    int frames_left = kFramesAfterWake;
    double timer_deadline = 0;  // the pending wake timer, 0 when none
    long timer_id = 0;
    Viewport viewport;
    Gesture gesture;
    bool text_input_active = false;
    const char* cursor = "default";
    struct Call {
        long timer;
        std::function<void()> fn;
    };
    std::unordered_map<std::intptr_t, Call> calls;  // call_after's pending calls, by key
    int next_call = 1;
    PersistHandler on_persisted;
    std::function<void(bool)> on_page_hidden;
    Protection protection = Protection::Unknown;
    bool protection_asked = false;
    StorageUse storage_use;
};

State& state() {
    static State s;
    return s;
}

void run_frame() {
    State& s = state();
    s.frame();
    if (--s.frames_left <= 0 && !s.sleeping) {
        s.sleeping = true;
        emscripten_pause_main_loop();
    }
}

void wake_from_timer(void*) {
    state().timer_deadline = 0;
    wake();
}

// Sizes the GLFW window (the canvas backing store) to the CSS size times the pixel ratio, so that
// text is sharp on high-DPI screens. GLFW reports mouse positions in backing pixels too, so the
// whole app works in backing pixels and the UI scale is one factor (the pixel ratio).
// boot.js sizes the canvas the same way before it creates the WebGL context (Math.round there,
// lround here: the same for positive sizes).
PixelSize pixel_size(const Viewport& viewport) {
    return {std::max(1, static_cast<int>(std::lround(viewport.css_width * viewport.device_pixel_ratio))),
            std::max(1, static_cast<int>(std::lround(viewport.css_height * viewport.device_pixel_ratio)))};
}

Viewport viewport_of(double css_width, double css_height, double dpr) {
    return {css_width, css_height, dpr > 0 ? dpr : 1};
}

Viewport browser_viewport() {
    return viewport_of(accord_js_css_width(), accord_js_css_height(), accord_js_device_pixel_ratio());
}

void apply_viewport(const Viewport& viewport) {
    State& s = state();
    s.viewport = viewport;
    const PixelSize size = pixel_size(viewport);
    // Not glfwSetWindowSize: emscripten's GLFW requests fullscreen when the size equals the
    // screen's (a maximised window at 1x does), which fails without a gesture and is not wanted.
    if (s.window) accord_js_set_canvas_size(size.width, size.height);
}

void queue_key(GLFWwindow*, int key, int scancode, int action, int mods) {
    state().input.push_back({key, scancode, action, mods, {}});
    wake();
}

}  // namespace

void queue_keys(GLFWwindow* window) { glfwSetKeyCallback(window, queue_key); }

void feed_input() {
    State& s = state();
    std::set<int> pressed;  // keys pressed in this frame's share of the queue
    while (!s.input.empty()) {
        const InputEvent& event = s.input.front();
        if (!event.text.empty()) {
            // Text typed after a key press that this frame has not shown yet waits for it.
            if (!pressed.empty()) break;
            ImGui::GetIO().AddInputCharactersUTF8(event.text.c_str());
        } else {
            if (event.action == GLFW_RELEASE && pressed.count(event.key)) break;
            if (event.action == GLFW_PRESS) pressed.insert(event.key);
            ImGui_ImplGlfw_KeyCallback(s.window, event.key, event.scancode, event.action, event.mods);
        }
        s.input.pop_front();
    }
    if (!s.input.empty()) wake();
}

PixelSize window_pixel_size() { return pixel_size(browser_viewport()); }

bool init_glfw() { return accord_js_glfw_init() == GLFW_TRUE; }

void init(GLFWwindow* window) {
    state().window = window;
    accord_js_init();
    apply_viewport(browser_viewport());
}

// The first frame is drawn at once, not at the next animation frame (3 to 16 ms later in traces):
// what WebGL draws outside one is shown at the page's next paint all the same.
void run_loop(std::function<void()> frame) {
    state().frame = std::move(frame);
    state().frame();
    emscripten_set_main_loop(run_frame, 0, false);
}

void wake(int frames) {
    State& s = state();
    s.frames_left = std::max(s.frames_left, frames);
    if (!s.sleeping) return;
    s.sleeping = false;
    emscripten_resume_main_loop();
}

// One timer at a time: a later request is covered by the pending one; an earlier one replaces it.
void wake_after(double milliseconds) {
    State& s = state();
    const double deadline = now_ms() + milliseconds;
    if (s.timer_deadline != 0 && s.timer_deadline <= deadline) return;
    if (s.timer_deadline != 0) emscripten_clear_timeout(s.timer_id);
    s.timer_deadline = deadline;
    s.timer_id = emscripten_set_timeout(wake_from_timer, milliseconds, nullptr);
}

double now_ms() { return emscripten_get_now(); }

std::int64_t wall_clock_ms() { return static_cast<std::int64_t>(accord_js_date_now()); }

void first_frame_drawn() { accord_js_first_frame(); }

void mark(const char* name) { accord_js_mark(name); }

Viewport viewport() { return state().viewport; }

Gesture take_gesture() {
    Gesture out = state().gesture;
    state().gesture = Gesture{};
    return out;
}

void set_text_input_active(bool active) {
    if (state().text_input_active == active) return;
    state().text_input_active = active;
    accord_js_set_text_input(active ? 1 : 0);
}

void set_cursor(const char* css_cursor) {
    if (std::strcmp(state().cursor, css_cursor) == 0) return;
    state().cursor = css_cursor;
    accord_js_set_cursor(css_cursor);
}

void copy_to_clipboard(const std::string& text) { accord_js_copy(text.c_str()); }

//-----------------------------------------------------------------------------
// Timers
//-----------------------------------------------------------------------------

namespace {
void run_call(void* key) {
    auto& calls = state().calls;
    auto it = calls.find(reinterpret_cast<std::intptr_t>(key));
    if (it == calls.end()) return;
    auto fn = std::move(it->second.fn);
    calls.erase(it);
    fn();
}
}  // namespace

int call_after(double milliseconds, std::function<void()> fn) {
    State& s = state();
    const int key = s.next_call++;
    const long timer = emscripten_set_timeout(run_call, milliseconds, reinterpret_cast<void*>(static_cast<std::intptr_t>(key)));
    s.calls[key] = {timer, std::move(fn)};
    return key;
}

void cancel_call(int id) {
    auto& calls = state().calls;
    auto it = calls.find(id);
    if (it == calls.end()) return;
    emscripten_clear_timeout(it->second.timer);
    calls.erase(it);
}

//-----------------------------------------------------------------------------
// Storage on this device
//-----------------------------------------------------------------------------

namespace {
std::string take_js_string(char* text) {
    std::string out = text ? text : "";
    std::free(text);
    return out;
}
}  // namespace

StorageStatus storage_status() {
    StorageStatus status;
    status.root = take_js_string(accord_js_storage_root());
    status.durable = accord_js_storage_durable() != 0;
    status.problem = static_cast<StorageProblem>(accord_js_storage_problem());
    status.detail = take_js_string(accord_js_storage_detail());
    return status;
}

void persist(std::uint64_t ticket) { accord_js_storage_persist(static_cast<double>(ticket)); }
void on_persisted(PersistHandler handler) { state().on_persisted = std::move(handler); }
void on_page_hidden(std::function<void(bool)> handler) { state().on_page_hidden = std::move(handler); }

bool keep_last_moment_copy(const std::string& text) { return accord_js_keep_copy(text.c_str()) != 0; }

std::optional<std::string> last_moment_copy() {
    char* text = accord_js_last_copy();
    if (!text) return std::nullopt;
    return take_js_string(text);
}

void forget_last_moment_copy() { accord_js_forget_copy(); }

void request_protection() {
    if (state().protection_asked) return;
    state().protection_asked = true;
    accord_js_request_protection();
}
Protection protection() { return state().protection; }

void request_storage_use() { accord_js_request_storage_use(); }
StorageUse storage_use() { return state().storage_use; }

}  // namespace accord::platform

//-----------------------------------------------------------------------------
// Entry points called by library_accord.js
//-----------------------------------------------------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE void accord_wake() { accord::platform::wake(); }

EMSCRIPTEN_KEEPALIVE void accord_on_resize(double css_width, double css_height, double dpr) {
    accord::platform::apply_viewport(accord::platform::viewport_of(css_width, css_height, dpr));
    accord::platform::wake();
}

// Typed, composed (IME) or pasted text from the hidden text area.
EMSCRIPTEN_KEEPALIVE void accord_on_text(const char* utf8) {
    accord::platform::state().input.push_back({0, 0, 0, 0, utf8});
    accord::platform::wake();
}

// Wheel in ImGui's units (one notch = 1). The page converts the DOM deltaMode, and ctrl+wheel
// (a trackpad pinch) arrives with ctrl set.
EMSCRIPTEN_KEEPALIVE void accord_on_wheel(double dx, double dy) {
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += static_cast<float>(dx);
    io.MouseWheel += static_cast<float>(dy);
    accord::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void accord_on_gesture(double centre_x, double centre_y, double pan_x, double pan_y,
                                            double zoom) {
    auto& g = accord::platform::state().gesture;
    g.active = true;
    g.centre_x = static_cast<float>(centre_x);
    g.centre_y = static_cast<float>(centre_y);
    g.pan_x += static_cast<float>(pan_x);
    g.pan_y += static_cast<float>(pan_y);
    g.zoom *= static_cast<float>(zoom);
    accord::platform::wake();
}

// A sync that covered every write up to `ticket` finished (problem 0) or failed.
EMSCRIPTEN_KEEPALIVE void accord_on_storage_synced(double ticket, int problem, const char* detail) {
    auto& s = accord::platform::state();
    if (s.on_persisted) {
        s.on_persisted(static_cast<std::uint64_t>(ticket), static_cast<accord::platform::StorageProblem>(problem),
                       detail ? detail : "");
    }
    accord::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void accord_on_page_hidden(int leaving) {
    auto& s = accord::platform::state();
    if (s.on_page_hidden) s.on_page_hidden(leaving != 0);
}

EMSCRIPTEN_KEEPALIVE void accord_on_storage_protection(int protection) {
    accord::platform::state().protection = static_cast<accord::platform::Protection>(protection);
    accord::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void accord_on_storage_use(double used, double quota) {
    accord::platform::state().storage_use = {used, quota};
    accord::platform::wake();
}

}  // extern "C"
