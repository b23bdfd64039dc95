// libFuzzer target for the plan importer (scripts/fuzz builds and runs it). Beyond "no crash, no
// hang, no sanitizer report", it checks the importer's promises on every input:
//  - a result has a plan exactly when it has no problems, and never more problems than the cap;
//  - no input reaches the internal-error path (that would be a bug the user sees as a message);
//  - whatever imports exports to bytes that import again and export to the same bytes;
//  - the same input under tight limits is refused or accepted cleanly too (reaching the limit
//    checks with small inputs).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/io/plan_file.hpp"
#include "tight_limits.hpp"

namespace {

void fail(const char* what, const accord::io::ImportResult& result) {
    std::fprintf(stderr, "import_fuzz: %s\n", what);
    for (const auto& problem : result.problems) std::fprintf(stderr, "  %s\n", problem.text().c_str());
    std::abort();
}

void check(const accord::io::ImportResult& result, const accord::io::Limits& limits) {
    if (result.ok() != result.problems.empty()) fail("a plan and problems at once (or neither)", result);
    if (result.problems.size() > limits.max_problems) fail("more problems than the cap", result);
    // Only the importer's catch-all writes a root problem starting this way (file content can
    // appear inside messages, never at their start).
    for (const auto& problem : result.problems)
        if (problem.path.empty() && problem.message.rfind("the file could not be read (internal error", 0) == 0)
            fail("internal error", result);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const accord::io::Limits defaults;
    const auto result = accord::io::import_plan(bytes, defaults);
    check(result, defaults);
    if (result.ok()) {
        const std::string canonical = accord::io::export_plan(*result.plan);
        const auto again = accord::io::import_plan(canonical, defaults);
        check(again, defaults);
        if (!again.ok()) fail("an exported plan does not import", again);
        if (accord::io::export_plan(*again.plan) != canonical) fail("export is not stable across a round trip", again);
    }

    const accord::io::Limits tight = accord::test::tight_limits();
    check(accord::io::import_plan(bytes, tight), tight);
    return 0;
}
