# The browser app: src/ui + src/platform/web on top of the core, linked to app.js + app.wasm.
# Everything web-specific in the build is in this file (included only when EMSCRIPTEN).

file(GLOB_RECURSE ACCORD_UI_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/ui/*.cpp)
file(GLOB_RECURSE ACCORD_WEB_PLATFORM_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/platform/web/*.cpp)
set(ACCORD_JS_LIBRARIES ${PROJECT_SOURCE_DIR}/src/platform/web/library_accord.js
                        ${PROJECT_SOURCE_DIR}/src/platform/web/library_files.js)
set(ACCORD_JS_LIBRARY_FLAGS "")
foreach(library ${ACCORD_JS_LIBRARIES})
  list(APPEND ACCORD_JS_LIBRARY_FLAGS "--js-library=${library}")
endforeach()

# The UI fonts, from Debian's packages (scripts/deps installs them), cut down to what the app draws.
# scripts/site puts them in the site beside the wasm (web/boot.js fetches them: every byte inside the
# wasm is on the start's path). Whole, they were two thirds of the download: Inter has thousands of
# glyphs and OpenType features ImGui never uses, Font Awesome 700 icons of which the app uses ~60.
# pyftsubset (Debian's fonttools) keeps the Unicode ranges src/ui/fonts.cpp asks ImGui for, and the
# icons src/ui/icons.hpp names; a new icon there re-runs CMake (CMAKE_CONFIGURE_DEPENDS) and so the
# subset.
find_program(ACCORD_PYFTSUBSET pyftsubset REQUIRED)
# Debian's fonttools is a module of Debian's Python (another python3 may come first on PATH).
find_program(ACCORD_FONTTOOLS_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(ACCORD_TEXT_UNICODES "U+0020-024F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FFFD")
set(ACCORD_ICONS_HEADER ${PROJECT_SOURCE_DIR}/src/ui/icons.hpp)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ACCORD_ICONS_HEADER})
file(STRINGS ${ACCORD_ICONS_HEADER} icon_lines REGEX "u8\"\\\\uf[0-9a-f][0-9a-f][0-9a-f]\"")
set(icon_codes "")
foreach(line ${icon_lines})
  string(REGEX MATCH "uf[0-9a-f][0-9a-f][0-9a-f]" code "${line}")
  string(SUBSTRING "${code}" 1 -1 code)
  list(APPEND icon_codes "U+${code}")
endforeach()
list(REMOVE_DUPLICATES icon_codes)
string(JOIN "," ACCORD_ICON_UNICODES ${icon_codes})

set(ACCORD_FONT_SOURCES
  /usr/share/fonts/opentype/inter/Inter-Regular.otf
  /usr/share/fonts/opentype/inter/Inter-SemiBold.otf
  /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf)
set(ACCORD_FONTS "")
foreach(font ${ACCORD_FONT_SOURCES})
  if(NOT EXISTS ${font})
    message(FATAL_ERROR "font ${font} is missing: run scripts/deps")
  endif()
  get_filename_component(name ${font} NAME)
  set(unicodes ${ACCORD_TEXT_UNICODES})
  if(name MATCHES "fontawesome")
    set(unicodes ${ACCORD_ICON_UNICODES})
  endif()
  get_filename_component(stem ${font} NAME_WE)
  set(subset ${CMAKE_BINARY_DIR}/fonts/${stem}.subset)
  set(served ${CMAKE_BINARY_DIR}/fonts/${stem}.ttf)
  # No hinting (ImGui rasterises unhinted), no layout features (ImGui does no shaping), no names.
  # Then TrueType outlines instead of Inter's CFF ones: stb_truetype builds the atlas from them in
  # ~55% of the time (natively, the app's three text fonts: 35 -> 20 ms), for +13 KB gzipped a font.
  add_custom_command(OUTPUT ${served}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/fonts
    COMMAND ${ACCORD_PYFTSUBSET} ${font} --unicodes=${unicodes} --layout-features= --no-hinting --drop-tables+=FFTM
            --name-IDs= --output-file=${subset}
    COMMAND ${ACCORD_FONTTOOLS_PYTHON} ${PROJECT_SOURCE_DIR}/scripts/cff_to_glyf.py ${subset} ${served}
    DEPENDS ${font} ${ACCORD_ICONS_HEADER} ${PROJECT_SOURCE_DIR}/scripts/cff_to_glyf.py
    COMMENT "Subsetting ${name}"
    VERBATIM)
  list(APPEND ACCORD_FONTS ${served})
endforeach()

# The first screens' font atlas, prebuilt for the common pixel ratios (src/ui/atlas_file.hpp): by a
# native program from the same ImGui sources and src/ui/fonts.cpp as the app, on the fonts above,
# gzipped (web/boot.js ungzips the one it fetches). Built with the host's compiler, outside CMake's
# (Emscripten's) toolchain; ImGui's test hooks are left out, they play no part in an atlas.
find_program(ACCORD_HOST_CXX NAMES g++ c++ REQUIRED)
find_program(ACCORD_GZIP gzip REQUIRED)
set(ACCORD_ATLAS_TOOL ${CMAKE_BINARY_DIR}/tools/start_atlas)
set(ACCORD_ATLAS_TOOL_SOURCES
  ${ACCORD_IMGUI_DIR}/imgui.cpp ${ACCORD_IMGUI_DIR}/imgui_draw.cpp
  ${ACCORD_IMGUI_DIR}/imgui_tables.cpp ${ACCORD_IMGUI_DIR}/imgui_widgets.cpp
  ${PROJECT_SOURCE_DIR}/src/ui/fonts.cpp ${PROJECT_SOURCE_DIR}/src/ui/atlas_file.cpp
  ${PROJECT_SOURCE_DIR}/src/tools/start_atlas.cpp)
add_custom_command(OUTPUT ${ACCORD_ATLAS_TOOL}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/tools
  COMMAND ${ACCORD_HOST_CXX} -std=c++17 -O1 -DIMGUI_DISABLE_OBSOLETE_FUNCTIONS -DIMGUI_DISABLE_DEMO_WINDOWS
          -DIMGUI_DISABLE_METRICS_WINDOW -I${ACCORD_IMGUI_DIR} -I${PROJECT_SOURCE_DIR}/src
          ${ACCORD_ATLAS_TOOL_SOURCES} -o ${ACCORD_ATLAS_TOOL}
  DEPENDS ${ACCORD_ATLAS_TOOL_SOURCES} ${PROJECT_SOURCE_DIR}/src/ui/fonts.hpp ${PROJECT_SOURCE_DIR}/src/ui/atlas_file.hpp
          ${ACCORD_ICONS_HEADER}
  COMMENT "Building the start atlas tool (native)"
  VERBATIM)
# The ratios are those of web/boot.js's START_ATLASES, the one list of the files (1 and 2, and
# Windows' 125% and 150% scaling); a change there re-runs CMake.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/boot.js)
file(STRINGS ${PROJECT_SOURCE_DIR}/web/boot.js atlas_lines REGEX "start-atlas-[0-9.]+x\\.bin\\.gz")
string(REGEX MATCHALL "start-atlas-[0-9.]+x" atlas_names "${atlas_lines}")
list(REMOVE_DUPLICATES atlas_names)
if(NOT atlas_names)
  message(FATAL_ERROR "web/boot.js no longer lists its START_ATLASES")
endif()
list(TRANSFORM atlas_names REPLACE "^start-atlas-([0-9.]+)x$" "\\1" OUTPUT_VARIABLE ACCORD_START_ATLAS_RATIOS)
list(TRANSFORM atlas_names PREPEND ${CMAKE_BINARY_DIR}/fonts/ OUTPUT_VARIABLE ACCORD_START_ATLAS_FILES)
list(TRANSFORM ACCORD_START_ATLAS_FILES APPEND .bin)
list(TRANSFORM ACCORD_START_ATLAS_FILES APPEND .gz OUTPUT_VARIABLE ACCORD_START_ATLASES)
add_custom_command(OUTPUT ${ACCORD_START_ATLASES}
  COMMAND ${ACCORD_ATLAS_TOOL} ${CMAKE_BINARY_DIR}/fonts ${CMAKE_BINARY_DIR}/fonts ${ACCORD_START_ATLAS_RATIOS}
  COMMAND ${ACCORD_GZIP} -9nf ${ACCORD_START_ATLAS_FILES}
  DEPENDS ${ACCORD_ATLAS_TOOL} ${ACCORD_FONTS}
  COMMENT "Prebuilding the start font atlas"
  VERBATIM)
add_custom_target(accord_fonts DEPENDS ${ACCORD_FONTS} ${ACCORD_START_ATLASES})

# Functions JavaScript calls: the runtime's, the platform glue's, and the test hooks'.
set(ACCORD_EXPORTED_FUNCTIONS _main _malloc _free)
string(JOIN "," ACCORD_EXPORTED_FUNCTIONS_CSV ${ACCORD_EXPORTED_FUNCTIONS})

# The app: app.js + app.wasm, served. The single-file accord.html (opens from disk) is made from
# these same two files by scripts/bundle_single.mjs, which inlines the wasm as base64; boot.js hands
# it to the runtime as Module.wasmBinary. (-sSINGLE_FILE would need a second link of the whole app,
# a minute of build time, for the same bytes.)
add_executable(app ${ACCORD_UI_SOURCES} ${ACCORD_WEB_PLATFORM_SOURCES})
add_dependencies(app accord_fonts)
set_target_properties(app PROPERTIES SUFFIX ".js" UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)  # as the core
# These share file-local names with other UI files; they compile on their own. So does the renderer
# (GL's headers stay out of the views), which also leaves the views' batches as they were, and the
# atlas file (the start atlas tool builds it too), which would otherwise regroup every batch.
set_source_files_properties(${PROJECT_SOURCE_DIR}/src/ui/atlas_file.cpp
                            ${PROJECT_SOURCE_DIR}/src/ui/gl_renderer.cpp
                            ${PROJECT_SOURCE_DIR}/src/ui/library_window.cpp
                            ${PROJECT_SOURCE_DIR}/src/ui/views/risks_view.cpp
                            ${PROJECT_SOURCE_DIR}/src/ui/views/vision_view.cpp
                            PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
target_include_directories(app PRIVATE ${PROJECT_SOURCE_DIR}/src)
# Size before speed in the browser: the page must download in under 1 MB gzipped (issue 8). At -O3
# app.wasm was 3.3 MB (1.14 MB gzipped), most of it the core, where -O3 inlines nlohmann/json's
# templates into every reader and writer; with the core, ImGui and the UI at -Os and the link's
# wasm-opt at -Os it is 1.98 MB (0.78 MB). A core at -O2 under a UI at -Os still linked to 2.9 MB.
# emcc keeps -Os once it appears on a line, so these win over CMAKE_CXX_FLAGS_RELEASE's -O3. The
# core's wasm tests and benchmark link this same core: scripts/bench measures what ships.
target_compile_options(accord_core PRIVATE -Os)
# Except the plan file's reader and writer, at -O2: reading and writing a plan is a per-byte and
# per-field loop through nlohmann/json's lexer and our readers, and -Os (which makes emcc add
# -fno-inline-functions, hence INLINING_LIMIT=0 here) left a call per byte in it. These four files
# cost 19 KB of gzipped download and make a 5 MB import about 15% and an export 10% faster in wasm.
# So do the scoring files the dashboard runs on every edit: at -Os every string comparison and
# append in them was a chain of calls; at -O2 scoring the large plan takes 0.59 instead of ~0.9 ms
# in wasm (0.34 natively), for 10 KB gzipped. And the merge's field-by-field comparison of each
# entity on each side with the base (every string of every entity): a 10,000-entity merge ~60 -> ~55
# ms in wasm (~34 natively), for 2.7 KB gzipped. (The merge engine and its JSON merging at -O2 as
# well: ~50 ms, for 34 KB more.)
# A source with options of its own leaves the unity batches, which then group the rest differently
# from the native build: file-local names must differ across all core files, not just neighbours.
set(ACCORD_CORE_SPEED_SOURCES
  ${PROJECT_SOURCE_DIR}/src/core/io/bounded_json.cpp
  ${PROJECT_SOURCE_DIR}/src/core/io/object_reader.cpp
  ${PROJECT_SOURCE_DIR}/src/core/io/plan_reader.cpp
  ${PROJECT_SOURCE_DIR}/src/core/io/plan_writer.cpp
  ${PROJECT_SOURCE_DIR}/src/core/scoring/alignment.cpp
  ${PROJECT_SOURCE_DIR}/src/core/scoring/goals.cpp
  ${PROJECT_SOURCE_DIR}/src/core/scoring/goal_tree.cpp
  ${PROJECT_SOURCE_DIR}/src/core/scoring/roles.cpp
  ${PROJECT_SOURCE_DIR}/src/core/scoring/smart.cpp
  ${PROJECT_SOURCE_DIR}/src/core/scoring/wording.cpp
  ${PROJECT_SOURCE_DIR}/src/core/merge/equality.cpp)
set_source_files_properties(${ACCORD_CORE_SPEED_SOURCES} TARGET_DIRECTORY accord_core
                            PROPERTIES COMPILE_OPTIONS "-O2;-sINLINING_LIMIT=0")
target_compile_options(imgui PRIVATE -Os)
target_compile_options(app PRIVATE -Os)
target_link_options(app PRIVATE -Os)
# wasm-opt inlines every function that has one caller into it, however large (binaryen's default):
# the views, the runner's frame and the setup grew into functions of 15 to 30 KB. V8 compiles a wasm
# function on its first call, whole, on the page's thread, and its baseline compiler's time grows
# faster than a function's size: App::draw_view alone took ~30 ms of the first frame, for the one
# view it draws. Capped (binaryen's measure: expressions), the first frame's GUI took ~45 instead of
# ~130 ms, for +10 KB of wasm (-9 KB gzipped).
target_link_options(app PRIVATE -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=100)
target_link_libraries(app PRIVATE accord_core imgui accord_warnings)
target_link_options(app PRIVATE
  -sUSE_GLFW=3
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  # The runtime would otherwise switch on every extension the browser offers when the context is
  # made (a getExtension call each, ~50 ms of the start); WebGL2 alone has all the app draws with.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sALLOW_MEMORY_GROWTH=1
  # The heap exists as app.js starts, not once the wasm is instantiated: the file system takes files
  # before that (the fonts, and the library that boot.js read early), and MEMFS compares every
  # buffer it is given with the heap's (without one: "Cannot read properties of undefined").
  -sIMPORTED_MEMORY=1
  -sENVIRONMENT=web
  -sEXPORTED_FUNCTIONS=${ACCORD_EXPORTED_FUNCTIONS_CSV}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,allocateUTF8
  -lidbfs.js                       # the plan library lives in IndexedDB (library_accord.js)
  ${ACCORD_JS_LIBRARY_FLAGS})
set_property(TARGET app APPEND PROPERTY LINK_DEPENDS ${ACCORD_JS_LIBRARIES})
