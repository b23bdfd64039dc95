// The C++ half of the file glue in library_files.js (platform.hpp, "Files in and out").
#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "platform/platform.hpp"

extern "C" {
// Implemented in library_files.js.
void accord_js_files_init();
void accord_js_download(const char* name, const char* mime, const char* data, int length);
int accord_js_can_share_files();
void accord_js_share(const char* name, const char* mime, const char* data, int length, const char* title);
void accord_js_open_url(const char* url);
void accord_js_pick_file();
char* accord_js_page_address();
}

namespace accord::platform {
namespace {

struct FilesState {
    std::vector<ReceivedFile> received;
    bool dragged_over = false;
    ShareResult share = ShareResult::None;
};

FilesState& files() {
    static FilesState state;
    return state;
}

}  // namespace

void init_files() { accord_js_files_init(); }

void download_file(const std::string& name, const std::string& mime, const std::string& bytes) {
    accord_js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

bool can_share_files() {
    static const bool can = accord_js_can_share_files() != 0;  // the browser does not change under us
    return can;
}

void share_file(const std::string& name, const std::string& mime, const std::string& bytes, const std::string& title) {
    accord_js_share(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()), title.c_str());
}

ShareResult take_share_result() { return std::exchange(files().share, ShareResult::None); }

void open_url(const std::string& url) { accord_js_open_url(url.c_str()); }

// Asked once: the page does not move while the app runs (fragments are left out), and the
// Exchange view reads it every frame it is drawn.
std::string page_address() {
    static const std::string address = [] {
        char* js = accord_js_page_address();
        std::string out = js ? js : "";
        std::free(js);
        return out;
    }();
    return address;
}

void pick_file() { accord_js_pick_file(); }

std::vector<ReceivedFile> take_received_files() { return std::exchange(files().received, {}); }

bool files_dragged_over() { return files().dragged_over; }

}  // namespace accord::platform

//-----------------------------------------------------------------------------
// Entry points called by library_files.js
//-----------------------------------------------------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE void accord_on_file(const char* name, const char* data, int length) {
    accord::platform::files().received.push_back({name, std::string(data, static_cast<size_t>(length)), ""});
    accord::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void accord_on_file_error(const char* name, const char* message) {
    accord::platform::files().received.push_back({name, "", message});
    accord::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void accord_on_drag(int over) {
    accord::platform::files().dragged_over = over != 0;
    accord::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void accord_on_share_done(int ok) {
    accord::platform::files().share = ok ? accord::platform::ShareResult::Done : accord::platform::ShareResult::Failed;
    accord::platform::wake();
}

}  // extern "C"
