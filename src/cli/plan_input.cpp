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

std::optional<PlanArgs> parse_plan_args(const std::vector<std::string>& args, const char* usage,
                                        const std::set<std::string>& switches, const std::set<std::string>& options) {
    PlanArgs out;
    out.today = today_utc();
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (arg == "--today" && has_value) {
            const std::optional<Date> day = parse_today(args[++i]);
            if (!day) return std::nullopt;
            out.today = *day;
        } else if (switches.count(arg)) {
            out.switches.insert(arg);
        } else if (options.count(arg) && has_value) {
            out.options[arg] = args[++i];
        } else if (out.plan.empty() && !arg.empty() && arg[0] != '-') {
            out.plan = arg;
        } else {
            out.plan.clear();
            break;
        }
    }
    if (out.plan.empty()) {
        std::cerr << "usage: accord " << usage << "\n";
        return std::nullopt;
    }
    return out;
}

Date today_utc() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return Date::from_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
}

}  // namespace accord::cli
