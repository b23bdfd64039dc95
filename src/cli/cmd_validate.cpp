#include <iostream>

#include "cli/cli.hpp"
#include "core/io/plan_file.hpp"

namespace accord::cli {
namespace {

// Exit 0 with one line when the file would import, exit 1 with its problems when it would not:
// the same verdict the app gives, since both go through import_plan().
int run_validate(const std::vector<std::string>& args) {
    if (args.size() != 1) {
        std::cerr << "usage: accord validate FILE\n";
        return kUsage;
    }
    const std::string& path = args[0];
    std::string bytes;
    if (!read_file(path, bytes)) return kIoError;

    const io::ImportResult result = io::import_plan(bytes);
    if (!result.ok()) {
        std::cout << path << ": not a valid plan (" << result.problems.size()
                  << (result.problems.size() == 1 ? " problem" : " problems") << ")\n";
        for (const Problem& problem : result.problems) std::cout << "  " << problem.text() << "\n";
        return kProblems;
    }
    const Plan& plan = *result.plan;
    std::cout << path << ": ok, plan format " << result.file_version
              << (result.migrated ? " (would be upgraded to " + std::to_string(io::kFormatVersion) + ")" : "")
              << ", \"" << plan.title << "\": " << plan.partners.size() << " partners, " << plan.goals.size()
              << " goals, " << plan.activities.size() << " activities, " << plan.risks.size() << " risks, "
              << plan.checkins.size() << " check-ins\n";
    return kOk;
}

const bool registered = register_subcommand({
    "validate", "validate FILE", "check a plan file; exit 1 and list the problems if it would not import",
    run_validate,
});

}  // namespace
}  // namespace accord::cli
