// The smallest Emscripten + Dear ImGui page, built with the app's toolchain and flags, so the
// benchmark can compare the app's start-up with what any ImGui page costs on the same machine.
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"

// The ImGui library is built with its test-engine hooks compiled in (the app's e2e tests use them);
// they are dormant unless a test turns them on, so empty ones cost this page what the app pays.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace {

GLFWwindow* window = nullptr;
bool first = true;

void frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::TextUnformatted("A minimal ImGui page");
    ImGui::Button("Button");
    ImGui::End();
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.95f, 0.95f, 0.96f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (first) {
        first = false;
        EM_ASM({ window.firstFrame = performance.now(); });
    }
}

}  // namespace

int main() {
    EM_ASM({ performance.mark('minimal:main'); });
    glfwInit();
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    window = glfwCreateWindow(1280, 800, "Minimal", nullptr, nullptr);
    glfwMakeContextCurrent(window);
    EM_ASM({ performance.mark('minimal:context'); });
    ImGui::CreateContext();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
