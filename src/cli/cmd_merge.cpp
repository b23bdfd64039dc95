#include <algorithm>
#include <iostream>

#include "cli/cli.hpp"
#include "cli/plan_input.hpp"
#include "core/insights/sha256.hpp"
#include "core/io/plan_file.hpp"
#include "core/merge/merge.hpp"

namespace accord::cli {
namespace {

// A three-way merge of plan files, usable as a git merge driver (docs/merge.md):
//   git config merge.accord.driver "accord merge %O %A %B -o %A"
// Exit codes are what git expects of a driver: 0 merged cleanly; 1 merged with decisions left
// open (OUT is written: it holds ours for them and lists them, so the app can decide them later),
// or an input is not a valid plan (nothing written); 2 usage; 3 a file cannot be read or written.
// An empty BASE (git gives one when the files share no ancestor) means a two-way merge.
int run_merge(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    std::string output, author;
    bool understood = true;
    for (std::size_t i = 0; i < args.size() && understood; ++i) {
        if (args[i] == "-o" && i + 1 < args.size())
            output = args[++i];
        else if (args[i] == "--by" && i + 1 < args.size())
            author = args[++i];
        else if (!args[i].empty() && args[i][0] != '-' && files.size() < 3)
            files.push_back(args[i]);
        else
            understood = false;
    }
    if (!understood || files.size() != 3 || output.empty()) {
        std::cerr << "usage: accord merge BASE OURS THEIRS -o OUT [--by PARTNER_ID]\n";
        return kUsage;
    }

    std::string base_bytes, theirs_bytes;
    if (!read_file(files[0], base_bytes) || !read_file(files[2], theirs_bytes)) return kIoError;
    int exit_code = kOk;
    std::optional<Plan> base;
    if (base_bytes.find_first_not_of(" \t\r\n") != std::string::npos) {
        base = load_plan(files[0], exit_code);
        if (!base) return exit_code;
    }
    std::optional<Plan> ours = load_plan(files[1], exit_code);
    if (!ours) return exit_code;
    std::optional<Plan> theirs = load_plan(files[2], exit_code);
    if (!theirs) return exit_code;

    merge::MergeContext context;
    context.author = author;
    // No clock: the same files always merge into the same bytes (git may run the driver again).
    context.now = std::max(ours->modified, theirs->modified);
    context.theirs_token = sha256_hex(theirs_bytes);
    const merge::MergeResult result = merge::merge_plans(std::move(base), std::move(*ours), std::move(*theirs), context);
    if (!result.ok()) {
        std::cerr << "accord merge: the plans cannot be merged\n";
        for (const Problem& problem : result.problems) std::cerr << "  " << problem.text() << "\n";
        return kProblems;
    }
    if (!write_file(output, io::export_plan(result.plan))) return kIoError;

    if (result.two_way) std::cout << "no common base: merged by entity ids and revision stamps\n";
    for (const merge::SectionSummary& s : result.incoming)
        std::cout << s.section << ": " << s.added.size() << " added, " << s.changed.size() << " changed, "
                  << s.removed.size() << " removed by theirs\n";
    if (result.clean()) {
        std::cout << "merged cleanly\n";
        return kOk;
    }
    const std::size_t n = result.conflicts.size();
    std::cout << n << (n == 1 ? " conflict" : " conflicts") << " left open (ours is kept until decided):\n";
    for (const Conflict& c : result.conflicts) {
        const merge::ConflictView v = merge::describe(result.plan, c);
        std::cout << "  " << v.label << " [" << v.kind_label << "]: ours '" << v.ours << "', theirs '" << v.theirs << "'\n";
    }
    return kProblems;
}

const bool registered = register_subcommand({
    "merge", "merge BASE OURS THEIRS -o OUT [--by PARTNER_ID]",
    "three-way merge of plan files (exit 0 clean, 1 decisions left open); a git merge driver", run_merge,
});

}  // namespace
}  // namespace accord::cli
