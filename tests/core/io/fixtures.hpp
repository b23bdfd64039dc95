#pragma once
// Test fixtures live in the source tree (assets/, tests/data/); ACCORD_SOURCE_DIR points there
// natively and, through NODERAWFS, in the wasm build under node too.
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

namespace accord::test {

inline std::string source_path(const std::string& relative) { return std::string(ACCORD_SOURCE_DIR) + "/" + relative; }

inline std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    INFO("reading " << path);
    REQUIRE(in.good());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string read_source_file(const std::string& relative) { return read_bytes(source_path(relative)); }

}  // namespace accord::test
