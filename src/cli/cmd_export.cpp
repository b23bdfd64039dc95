#include <iostream>

#include "cli/cli.hpp"
#include "core/io/plan_file.hpp"

namespace accord::cli {
namespace {

// Reads any version the importer understands and writes canonical bytes of the current one:
// this is how an old file is upgraded, and how a hand-edited file is put back in canonical form.
int run_export(const std::vector<std::string>& args) {
    std::string input, output;
    bool understood = true;
    for (std::size_t i = 0; i < args.size() && understood; ++i) {
        if (args[i] == "-o" && i + 1 < args.size())
            output = args[++i];
        else if (input.empty() && !args[i].empty() && args[i][0] != '-')
            input = args[i];
        else
            understood = false;
    }
    if (!understood || input.empty()) {
        std::cerr << "usage: accord export FILE [-o OUT]\n";
        return kUsage;
    }
    std::string bytes;
    if (!read_file(input, bytes)) return kIoError;
    const io::ImportResult result = io::import_plan(bytes);
    if (!result.ok()) {
        std::cerr << input << ": not a valid plan\n";
        for (const Problem& problem : result.problems) std::cerr << "  " << problem.text() << "\n";
        return kProblems;
    }
    const std::string canonical = io::export_plan(*result.plan);
    if (output.empty()) {
        std::cout << canonical;
        return kOk;
    }
    return write_file(output, canonical) ? kOk : kIoError;
}

const bool registered = register_subcommand({
    "export", "export FILE [-o OUT]", "write a plan file (any supported version) as canonical current-format bytes",
    run_export,
});

}  // namespace
}  // namespace accord::cli
