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
// [SECTION] Files in and out
// [SECTION] Timers
// [SECTION] Storage on this device
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

struct GLFWwindow;

namespace accord::platform {

//-----------------------------------------------------------------------------
// [SECTION] Frame loop and waking
//-----------------------------------------------------------------------------

// The size in pixels the window's canvas is drawn at: its CSS size times the pixel ratio. Create
// the GLFW window at this size: resizing a canvas that already has its WebGL context (boot.js
// creates it to check for WebGL2) reallocates its drawing buffer, ~60 ms of the start.
struct PixelSize {
    int width = 1;
    int height = 1;
};
PixelSize window_pixel_size();
// glfwInit(), without its gamepad listeners: the app reads no gamepad (ImGui's gamepad navigation
// is off), and a page that listens for gamepads makes the browser start polling for them.
bool init_glfw();
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
// A named moment of the start-up (performance.mark): its parts show in a browser trace and in
// performance.getEntriesByType('mark').
void mark(const char* name);

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

//-----------------------------------------------------------------------------
// [SECTION] Files in and out
//-----------------------------------------------------------------------------

// Starts the installation of file glue: the hidden file picker and dropping files on the page.
void init_files();

// Offers `bytes` as a downloaded file (the browser saves it to the downloads folder or asks where).
void download_file(const std::string& name, const std::string& mime, const std::string& bytes);

// Whether the browser can hand a file to the system's share sheet (the Web Share API with files:
// phones, some desktops). share_file opens the sheet; the outcome arrives as take_share_result().
bool can_share_files();
void share_file(const std::string& name, const std::string& mime, const std::string& bytes, const std::string& title);
enum class ShareResult { None, Done, Failed };  // Done also when the person closed the sheet
ShareResult take_share_result();

// Opens an address outside the app: a mailto: link opens the mail client with a draft.
void open_url(const std::string& url);

// The page's address without a fragment ("https://...", or "file:///.../accord.html" from disk).
std::string page_address();

// Opens the browser's file picker; what the person picks arrives through take_received_files().
void pick_file();

// A file the person picked or dropped on the page, or why it could not be read (then no bytes).
struct ReceivedFile {
    std::string name;
    std::string bytes;
    std::string error;
};
std::vector<ReceivedFile> take_received_files();  // since the last call, in arrival order

// True while files are dragged over the page (the app shows where to drop them).
bool files_dragged_over();

//-----------------------------------------------------------------------------
// [SECTION] Timers
//-----------------------------------------------------------------------------

// Calls `fn` once, `milliseconds` from now, from a browser timer: unlike frames (which a hidden tab
// does not draw), timers keep running, so saving hangs on these. Returns an id for cancel_call.
int call_after(double milliseconds, std::function<void()> fn);
void cancel_call(int id);

//-----------------------------------------------------------------------------
// [SECTION] Storage on this device
//-----------------------------------------------------------------------------
// The plan library is a folder (core/library). In the browser it is IndexedDB mounted at /data
// through IDBFS and loaded before main() runs; writes go to memory first and persist() makes them
// durable. The page flushes on its own when it is hidden or left (on_page_hidden).

enum class StorageProblem {
    None,
    Unavailable,     // no IndexedDB (private window, blocked by settings, broken): memory only
    InUseElsewhere,  // another tab or window holds the library: it is read, never written from here
    Quota,           // the device or the browser's share of it is full
    Failed,          // anything else the browser reported (detail says what)
};

struct StorageStatus {
    std::string root;           // the library's folder
    bool durable = false;       // persist() can make writes durable (false: memory only, this session)
    StorageProblem problem = StorageProblem::None;  // why not durable
    std::string detail;         // the browser's own words, for the curious
};
StorageStatus storage_status();

// Makes every write so far durable. `ticket` numbers the writes (core/library/autosave.hpp): the
// handler set with on_persisted hears which ticket a finished sync covered. One sync runs at a
// time; a request during a sync is served by one more sync after it. Does nothing when not durable.
void persist(std::uint64_t ticket);
using PersistHandler = std::function<void(std::uint64_t ticket, StorageProblem problem, const std::string& detail)>;
void on_persisted(PersistHandler handler);

// The page was hidden (tab switch, phone lock; `leaving` false) or is being left (reload, close,
// navigation; `leaving` true): write what is pending now.
void on_page_hidden(std::function<void(bool leaving)> handler);

// A page being left gets no time for IndexedDB: the browser aborts its transactions as it unloads.
// localStorage writes synchronously, so the last moment's changes are left there and read back at
// the next start. One copy per device, a few megabytes at most; false when it could not be kept.
bool keep_last_moment_copy(const std::string& text);
std::optional<std::string> last_moment_copy();
void forget_last_moment_copy();

// Whether the browser may clear the library when space runs low (navigator.storage.persist()).
enum class Protection { Unknown, Protected, NotProtected, Unsupported };
void request_protection();  // asks once; the answer arrives later
Protection protection();

// How much this site stores and may store, in bytes (-1 until known). request_storage_use() asks.
struct StorageUse {
    double used = -1, quota = -1;
};
void request_storage_use();
StorageUse storage_use();

}  // namespace accord::platform
