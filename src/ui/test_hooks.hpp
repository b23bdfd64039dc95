#pragma once
// Lets the browser tests find widgets the way a person does: by their label, on screen.
//
// ImGui 1.86 reports every item it lays out to ImGuiTestEngineHook_ItemAdd/ItemInfo when built
// with IMGUI_ENABLE_TEST_ENGINE (cmake/third_party.cmake) and while GImGui->TestEngineHookItems is
// true. The hooks here record each item's id, label, window and rectangle for the frame; the
// exported accord_test_* functions hand the last frame's list to JavaScript as JSON. Nothing is
// recorded until a test calls accord_test_enable(1), so a normal session pays one branch per item.
#include <functional>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"  // ImRect

namespace accord::ui::test_hooks {

void begin_frame();  // the runner calls these around each frame
void end_frame();

// Canvas views draw things that are not ImGui items (goal nodes, matrix cells, radar axes);
// they name them here so tests can find them too. Cheap when tests are off.
bool enabled();
void mark(const char* label, const ImRect& rect);
void mark(const std::string& label, const ImVec2& min, const ImVec2& max);

// The last item is a toggle drawn as a button (a partner's chip): reported checked when on, as
// ImGui reports a checkbox, so tests read the state a person sees as a filled chip.
void toggle_state(bool on);

// Benchmarks: how long each frame took (CPU milliseconds, kept while tests are on), and a way to
// open a plan without going through the file picker.
void record_frame_time(double ms);
void set_open_handler(std::function<std::string(const std::string& bytes)> open);  // returns "" or the error

// The app publishes its state for tests (a JSON object as text: the plan, the current view...).
// The whole state writes out the plan: with the large plan that is tens of milliseconds of the
// page's one thread, so a test that polls (waiting for a save) asks for the save state alone.
void set_state_provider(std::function<std::string()> provider);
void set_save_state_provider(std::function<std::string()> provider);

}  // namespace accord::ui::test_hooks
