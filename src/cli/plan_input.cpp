#include "cli/plan_input.hpp"

#include <chrono>
#include <iostream>

#include "cli/cli.hpp"
#include "core/io/plan_file.hpp"

namespace accord::cli {

std::optional<Plan> load_plan(const std::string& path, int& exit_code) {
    std::string bytes;
    if (!read_file(path, bytes)) {
        exit_code = kIoError;
        return std::nullopt;
    }
    io::ImportResult result = io::import_plan(bytes);
    if (!result.ok()) {
        std::cerr << path << ": not a valid plan\n";
        for (const Problem& problem : result.problems) std::cerr << "  " << problem.text() << "\n";
        exit_code = kProblems;
        return std::nullopt;
    }
    return std::move(result.plan);
}

std::optional<Date> parse_today(const std::string& text) {
    const std::optional<Date> day = Date::parse(text);
    if (!day) std::cerr << "accord: '" << text << "' is not a date; write it as YYYY-MM-DD\n";
    return day;
}

Date today_utc() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return Date::from_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
}

}  // namespace accord::cli
