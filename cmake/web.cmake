# The browser app: src/ui + src/platform/web on top of the core, linked to app.js + app.wasm.
# Everything web-specific in the build is in this file (included only when EMSCRIPTEN).

file(GLOB_RECURSE ACCORD_UI_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/ui/*.cpp)
file(GLOB_RECURSE ACCORD_WEB_PLATFORM_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/platform/web/*.cpp)
set(ACCORD_JS_LIBRARY ${PROJECT_SOURCE_DIR}/src/platform/web/library_accord.js)

# The UI fonts, from Debian's packages (scripts/deps installs them), embedded in the wasm.
set(ACCORD_FONTS
  /usr/share/fonts/opentype/inter/Inter-Regular.otf
  /usr/share/fonts/opentype/inter/Inter-SemiBold.otf
  /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf)
set(ACCORD_EMBED_FLAGS "")
foreach(font ${ACCORD_FONTS})
  if(NOT EXISTS ${font})
    message(FATAL_ERROR "font ${font} is missing: run scripts/deps")
  endif()
  get_filename_component(name ${font} NAME)
  list(APPEND ACCORD_EMBED_FLAGS "--embed-file=${font}@/fonts/${name}")
endforeach()

# The sample plan ("Open sample plan"), from assets/: inside the app, so it opens offline and from
# the single-file accord.html.
set(ACCORD_SAMPLE ${PROJECT_SOURCE_DIR}/assets/sample.accord.json)
list(APPEND ACCORD_EMBED_FLAGS "--embed-file=${ACCORD_SAMPLE}@/assets/sample.accord.json")

# Functions JavaScript calls: the runtime's, the platform glue's, and the test hooks'.
set(ACCORD_EXPORTED_FUNCTIONS _main _malloc _free)
string(JOIN "," ACCORD_EXPORTED_FUNCTIONS_CSV ${ACCORD_EXPORTED_FUNCTIONS})

# Compiled once, linked twice: `app` (app.js + app.wasm, served) and `app_single` (the wasm inlined
# into the JS, which scripts/bundle_single.mjs inlines into one accord.html that opens from disk).
add_library(accord_app_objects OBJECT ${ACCORD_UI_SOURCES} ${ACCORD_WEB_PLATFORM_SOURCES})
target_include_directories(accord_app_objects PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(accord_app_objects PUBLIC accord_core imgui PRIVATE accord_warnings)

foreach(target app app_single)
  add_executable(${target} $<TARGET_OBJECTS:accord_app_objects>)
  set_target_properties(${target} PROPERTIES SUFFIX ".js")
  target_link_libraries(${target} PRIVATE accord_app_objects)
  target_link_options(${target} PRIVATE
    -sUSE_GLFW=3
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sALLOW_MEMORY_GROWTH=1
    -sENVIRONMENT=web
    -sEXPORTED_FUNCTIONS=${ACCORD_EXPORTED_FUNCTIONS_CSV}
    -sEXPORTED_RUNTIME_METHODS=UTF8ToString,allocateUTF8
    -lidbfs.js                       # the plan library lives in IndexedDB (library_accord.js)
    --js-library=${ACCORD_JS_LIBRARY}
    ${ACCORD_EMBED_FLAGS})
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${ACCORD_JS_LIBRARY} ${ACCORD_FONTS} ${ACCORD_SAMPLE})
endforeach()
target_link_options(app_single PRIVATE -sSINGLE_FILE=1)
