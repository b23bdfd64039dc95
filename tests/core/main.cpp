// Catch2's runner for the core suite (the same file for the native and the wasm build).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
