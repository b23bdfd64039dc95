# Third-party libraries, all provided by Debian packages at build time (installed by scripts/deps).
# Nothing here is vendored. The emscripten build cannot see /usr/include (host headers would
# shadow its sysroot), so it gets a staging folder holding only symlinks to the two header
# libraries it needs.

if(EMSCRIPTEN)
  # Emscripten ignores C++ exceptions by default, so a nlohmann::json parse error would abort the
  # module. Native wasm exceptions work in node 20 and current Chromium and cost less than -fexceptions.
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
  set(ACCORD_STAGED_INCLUDE "${CMAKE_BINARY_DIR}/staged_include")
  file(MAKE_DIRECTORY "${ACCORD_STAGED_INCLUDE}")
  foreach(lib nlohmann catch2)
    if(NOT EXISTS "${ACCORD_STAGED_INCLUDE}/${lib}")
      file(CREATE_LINK "/usr/include/${lib}" "${ACCORD_STAGED_INCLUDE}/${lib}" SYMBOLIC)
    endif()
  endforeach()
  add_library(accord_json INTERFACE)
  target_include_directories(accord_json SYSTEM INTERFACE "${ACCORD_STAGED_INCLUDE}")
  add_library(accord_catch2 INTERFACE)
  target_include_directories(accord_catch2 SYSTEM INTERFACE "${ACCORD_STAGED_INCLUDE}")
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(Catch2 2 REQUIRED)
  add_library(accord_json INTERFACE)
  target_link_libraries(accord_json INTERFACE nlohmann_json::nlohmann_json)
  add_library(accord_catch2 INTERFACE)
  target_link_libraries(accord_catch2 INTERFACE Catch2::Catch2)
endif()

# Dear ImGui 1.86 from Debian's source package (scripts/deps unpacks it into ACCORD_DEPS_DIR).
set(ACCORD_IMGUI_DIR "${ACCORD_DEPS_DIR}/imgui-1.86")
if(EMSCRIPTEN)
  if(NOT EXISTS "${ACCORD_IMGUI_DIR}/imgui.cpp")
    message(FATAL_ERROR "Dear ImGui sources missing in ${ACCORD_IMGUI_DIR}: run scripts/deps")
  endif()
  add_library(imgui STATIC
    ${ACCORD_IMGUI_DIR}/imgui.cpp
    ${ACCORD_IMGUI_DIR}/imgui_draw.cpp
    ${ACCORD_IMGUI_DIR}/imgui_tables.cpp
    ${ACCORD_IMGUI_DIR}/imgui_widgets.cpp
    ${ACCORD_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
    ${ACCORD_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
    ${ACCORD_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui SYSTEM PUBLIC ${ACCORD_IMGUI_DIR} ${ACCORD_IMGUI_DIR}/backends ${ACCORD_IMGUI_DIR}/misc/cpp)
  # Test hooks are compiled in but dormant: ImGui calls them only while
  # GImGui->TestEngineHookItems is true, which only the e2e test export turns on (src/ui/test_hooks.cpp).
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_METRICS_WINDOW)
endif()
