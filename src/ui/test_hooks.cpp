#include "ui/test_hooks.hpp"

#include <emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <nlohmann/json.hpp>
#include <vector>

#include "imgui_internal.h"
#include "platform/platform.hpp"

namespace accord::ui::test_hooks {
namespace {

struct Item {
    ImGuiID id = 0;
    std::string label;
    std::string window;
    ImRect rect;     // as laid out
    ImRect visible;  // clipped by the window; empty when scrolled out of view
    ImGuiItemStatusFlags flags = 0;
};

struct Registry {
    bool enabled = false;
    std::vector<Item> current, last;
    int frames = 0;
    std::function<std::string()> state_provider;
    std::function<std::string()> save_state_provider;
    std::function<std::string(const std::string&)> open_handler;
    bool timing = false;  // record frame times (benchmarks turn this on without the item capture)
    std::vector<double> frame_times;
    std::string out;  // keeps the returned text alive until the next call
};

Registry& registry() {
    static Registry r;
    return r;
}

Item* find_current(ImGuiID id) {
    auto& items = registry().current;
    for (auto it = items.rbegin(); it != items.rend(); ++it)
        if (it->id == id) return &*it;
    return nullptr;
}

void record(ImGuiID id, const ImRect& bb, const char* label) {
    ImGuiContext& g = *GImGui;
    Item item;
    item.id = id;
    if (label) item.label = label;
    item.window = g.CurrentWindow ? g.CurrentWindow->Name : "";
    item.rect = bb;
    item.visible = bb;
    if (g.CurrentWindow) item.visible.ClipWithFull(g.CurrentWindow->ClipRect);
    registry().current.push_back(std::move(item));
}

nlohmann::json rect_json(const ImRect& r, float scale) {
    // CSS pixels: what Playwright's mouse uses.
    return {{"x", r.Min.x / scale}, {"y", r.Min.y / scale}, {"w", r.GetWidth() / scale}, {"h", r.GetHeight() / scale}};
}

}  // namespace

void begin_frame() {
    auto& r = registry();
    if (ImGui::GetCurrentContext()) GImGui->TestEngineHookItems = r.enabled;
    r.current.clear();
}

void end_frame() {
    auto& r = registry();
    if (!r.enabled) return;
    r.last.swap(r.current);
    ++r.frames;
}

bool enabled() { return registry().enabled; }

void mark(const char* label, const ImRect& rect) {
    if (!registry().enabled) return;
    record(ImGui::GetID(label), rect, label);
}

void mark(const std::string& label, const ImVec2& min, const ImVec2& max) {
    if (!registry().enabled) return;
    mark(label.c_str(), ImRect(min, max));
}

void toggle_state(bool on) {
    if (!registry().enabled) return;
    if (Item* item = find_current(GImGui->LastItemData.ID))
        item->flags |= ImGuiItemStatusFlags_Checkable | (on ? ImGuiItemStatusFlags_Checked : 0);
}

void record_frame_time(double ms) {
    auto& r = registry();
    if ((r.enabled || r.timing) && r.frame_times.size() < 100000) r.frame_times.push_back(ms);
}

void set_open_handler(std::function<std::string(const std::string&)> open) { registry().open_handler = std::move(open); }

void set_state_provider(std::function<std::string()> provider) { registry().state_provider = std::move(provider); }

void set_save_state_provider(std::function<std::string()> provider) {
    registry().save_state_provider = std::move(provider);
}

}  // namespace accord::ui::test_hooks

// ImGui's hooks (declared in imgui_internal.h under IMGUI_ENABLE_TEST_ENGINE).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect& bb, ImGuiID id) {
    accord::ui::test_hooks::record(id, bb, nullptr);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    using namespace accord::ui::test_hooks;
    Item* item = find_current(id);
    if (!item) return;
    if (label) item->label = label;
    item->flags = flags;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    auto* item = accord::ui::test_hooks::find_current(id);
    return item ? item->label.c_str() : nullptr;
}

// The JavaScript side (tests/e2e/lib/app.mjs) calls these through Module._accord_test_*.
extern "C" {

EMSCRIPTEN_KEEPALIVE void accord_test_enable(int on) {
    accord::ui::test_hooks::registry().enabled = on != 0;
    accord::platform::wake();
}

EMSCRIPTEN_KEEPALIVE int accord_test_frames() { return accord::ui::test_hooks::registry().frames; }

// Items of the last complete frame with a label: [{label, window, rect, visible, flags}, ...].
EMSCRIPTEN_KEEPALIVE const char* accord_test_items() {
    using namespace accord::ui::test_hooks;
    auto& r = registry();
    const float scale = static_cast<float>(accord::platform::viewport().device_pixel_ratio);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& item : r.last) {
        if (item.label.empty()) continue;
        out.push_back({{"label", item.label},
                       {"window", item.window},
                       {"rect", rect_json(item.rect, scale)},
                       {"visible", rect_json(item.visible, scale)},
                       {"shown", item.visible.GetWidth() > 0 && item.visible.GetHeight() > 0},
                       {"checked", (item.flags & ImGuiItemStatusFlags_Checked) != 0},
                       {"opened", (item.flags & ImGuiItemStatusFlags_Opened) != 0}});
    }
    r.out = out.dump();
    return r.out.c_str();
}

// The CPU time of every frame drawn since the last call, in milliseconds: [0.8, 1.1, ...].
EMSCRIPTEN_KEEPALIVE const char* accord_test_frame_times() {
    auto& r = accord::ui::test_hooks::registry();
    r.out = nlohmann::json(r.frame_times).dump();
    r.frame_times.clear();
    return r.out.c_str();
}

EMSCRIPTEN_KEEPALIVE void accord_test_timing(int on) { accord::ui::test_hooks::registry().timing = on != 0; }

// Draws at least `frames` more frames (the idle loop otherwise sleeps).
EMSCRIPTEN_KEEPALIVE void accord_test_draw(int frames) { accord::platform::wake(frames); }

// Opens a plan given as file bytes; returns "" or why it could not be opened.
EMSCRIPTEN_KEEPALIVE const char* accord_test_open(const char* bytes) {
    auto& r = accord::ui::test_hooks::registry();
    r.out = r.open_handler ? r.open_handler(bytes) : "no plan can be opened yet";
    return r.out.c_str();
}

// The wasm heap: its size (what the browser reserved; it only grows) and what malloc has in use.
EMSCRIPTEN_KEEPALIVE const char* accord_test_memory() {
    auto& r = accord::ui::test_hooks::registry();
    r.out = nlohmann::json{{"heap", emscripten_get_heap_size()}, {"in_use", mallinfo().uordblks}}.dump();
    return r.out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* accord_test_state() {
    auto& r = accord::ui::test_hooks::registry();
    r.out = r.state_provider ? r.state_provider() : "{}";
    return r.out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* accord_test_save_state() {
    auto& r = accord::ui::test_hooks::registry();
    r.out = r.save_state_provider ? r.save_state_provider() : "{}";
    return r.out.c_str();
}

}  // extern "C"
