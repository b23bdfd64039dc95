#include <cstdlib>
#include <iostream>

#include "cli/cli.hpp"
#include "core/io/plan_file.hpp"
#include "core/sample/large_plan.hpp"

namespace accord::cli {
namespace {

constexpr const char* kUsageText =
    "usage: accord generate [--large] [--partners N] [--goals N] [--activities N] [--dimensions N]\n"
    "                       [--rounds N] [--risks N] [--checkins N] [--seed S] -o OUT\n";

// A whole number from the command line, or false when it is not one.
bool parse_count(const std::string& text, long long max, long long& out) {
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || value < 0 || value > max) return false;
    out = value;
    return true;
}

// Writes a generated plan (core/sample/large_plan.hpp): the default size, or --large for the
// benchmark size, with any count overridden. The same seed always gives the same bytes.
int run_generate(const std::vector<std::string>& args) {
    LargePlanSpec spec;
    std::uint64_t seed = 1;
    std::string output;
    struct Count { const char* flag; int LargePlanSpec::*field; };
    const Count counts[] = {{"--partners", &LargePlanSpec::partners},   {"--goals", &LargePlanSpec::goals},
                            {"--activities", &LargePlanSpec::activities}, {"--dimensions", &LargePlanSpec::dimensions},
                            {"--rounds", &LargePlanSpec::rounds},       {"--risks", &LargePlanSpec::risks},
                            {"--checkins", &LargePlanSpec::checkins}};
    // --large first, so that explicit counts given before or after it win.
    for (const std::string& arg : args)
        if (arg == "--large") spec = LargePlanSpec::benchmark();
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        long long value = 0;
        bool understood = arg == "--large";
        if (arg == "-o" && has_value) {
            output = args[++i];
            understood = true;
        } else if (arg == "--seed" && has_value && parse_count(args[i + 1], 1LL << 62, value)) {
            seed = static_cast<std::uint64_t>(value);
            ++i;
            understood = true;
        }
        for (const Count& count : counts) {
            if (arg == count.flag && has_value && parse_count(args[i + 1], 1'000'000, value)) {
                spec.*count.field = static_cast<int>(value);
                ++i;
                understood = true;
            }
        }
        if (!understood) {
            std::cerr << "accord generate: did not understand '" << arg << "'\n" << kUsageText;
            return kUsage;
        }
    }
    if (output.empty()) {
        std::cerr << kUsageText;
        return kUsage;
    }
    return write_file(output, io::export_plan(generate_large_plan(spec, seed))) ? kOk : kIoError;
}

const bool registered = register_subcommand({
    "generate", "generate [--large] [--goals N ...] [--seed S] -o OUT",
    "write a generated plan (for tests and benchmarks); --large is about 9,500 entities, 7 MB", run_generate,
});

}  // namespace
}  // namespace accord::cli
