#pragma once
// What the subcommands that read one plan share: loading it (with the importer's problems on
// stderr) and the day to compute for (`--today YYYY-MM-DD`, else today's date in UTC).
#include <optional>
#include <string>

#include "core/model/date.hpp"
#include "core/model/plan.hpp"

namespace accord::cli {

// The plan in `path`, or nothing with the exit code to return (kIoError or kProblems) set.
std::optional<Plan> load_plan(const std::string& path, int& exit_code);

// `text` as a date; nothing (and a message on stderr) when it is not one.
std::optional<Date> parse_today(const std::string& text);

// Today's date in UTC, from the system clock.
Date today_utc();

}  // namespace accord::cli
