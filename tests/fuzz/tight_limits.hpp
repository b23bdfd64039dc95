#pragma once
// Small importer limits, so that short inputs reach every limit check: used by the fuzzer on each
// input and by the Catch2 cases that replay its findings (tests/data/fuzz).
#include "core/io/plan_file.hpp"

namespace accord::test {

inline io::Limits tight_limits() {
    io::Limits tight;
    tight.max_bytes = 4096;
    tight.max_depth = 6;
    tight.max_values = 200;
    tight.max_string_bytes = 32;
    tight.max_key_bytes = 16;
    tight.max_items = 8;
    tight.max_goal_depth = 3;
    tight.max_problems = 3;
    return tight;
}

}  // namespace accord::test
