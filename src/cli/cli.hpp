#pragma once
// The `accord` command-line tool: each subcommand lives in its own cmd_<name>.cpp and registers
// itself here, so main() reads like the list of what the tool can do.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model/date.hpp"
#include "core/model/plan.hpp"

namespace accord::cli {

// Exit codes shared by every subcommand (a git merge driver relies on 0 and 1).
enum Exit : int { kOk = 0, kProblems = 1, kUsage = 2, kIoError = 3 };

struct Subcommand {
    const char* name;
    const char* usage;    // e.g. "score PLAN [--json]"
    const char* summary;  // one line for `accord help`
    std::function<int(const std::vector<std::string>& args)> run;
};

// Called from a static initialiser in each cmd_*.cpp.
bool register_subcommand(Subcommand subcommand);
const std::vector<Subcommand>& subcommands();

// Reads a whole file; false (and a message on stderr) when it cannot be read.
bool read_file(const std::string& path, std::string& out);
bool write_file(const std::string& path, const std::string& data);

// Reads and imports a plan file. On failure it says why on stderr and sets `exit` (kIoError when
// the file cannot be read, kProblems when it is not a valid plan).
std::optional<Plan> load_plan(const std::string& path, int& exit);

// "--today YYYY-MM-DD" (for reproducible output) or the system's date.
std::optional<Date> today_from(const std::vector<std::string>& args, size_t at);

}  // namespace accord::cli
