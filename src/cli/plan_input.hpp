#pragma once
// What the subcommands that read one plan share: loading it (with the importer's problems on
// stderr) and the day to compute for (`--today YYYY-MM-DD`, else today's date in UTC).
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/model/date.hpp"
#include "core/model/plan.hpp"

namespace accord::cli {

// The plan in `path`, or nothing with the exit code to return (kIoError or kProblems) set.
std::optional<Plan> load_plan(const std::string& path, int& exit_code);

// `text` as a date; nothing (and a message on stderr) when it is not one.
std::optional<Date> parse_today(const std::string& text);

// Today's date in UTC, from the system clock.
Date today_utc();

// The arguments of a subcommand that reads one plan: PLAN, `--today YYYY-MM-DD`, and the switches
// (`--json`) and options with a value (`-o OUT`) it names. Nothing when they do not fit: then the
// reason (an unknown argument: `usage`; a bad date: its own message) is already on stderr.
struct PlanArgs {
    std::string plan;
    Date today;
    std::set<std::string> switches;              // those given
    std::map<std::string, std::string> options;  // those given, with their values
};
std::optional<PlanArgs> parse_plan_args(const std::vector<std::string>& args, const char* usage,
                                        const std::set<std::string>& switches = {},
                                        const std::set<std::string>& options = {});

}  // namespace accord::cli
