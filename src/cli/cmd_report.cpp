#include <iostream>

#include "cli/cli.hpp"
#include "cli/plan_input.hpp"
#include "core/insights/report.hpp"

namespace accord::cli {
namespace {

// The plan's report with its scores and insights, in Markdown (for an email) or HTML (to print).
int run_report(const std::vector<std::string>& args) {
    std::string input, output;
    std::optional<Date> today = today_utc();
    bool html = false, understood = true;
    for (std::size_t i = 0; i < args.size() && understood; ++i) {
        if (args[i] == "--html")
            html = true;
        else if (args[i] == "-o" && i + 1 < args.size())
            output = args[++i];
        else if (args[i] == "--today" && i + 1 < args.size()) {
            today = parse_today(args[++i]);
            if (!today) return kUsage;
        } else if (input.empty() && !args[i].empty() && args[i][0] != '-')
            input = args[i];
        else
            understood = false;
    }
    if (!understood || input.empty()) {
        std::cerr << "usage: accord report PLAN [--html] [--today YYYY-MM-DD] [-o OUT]\n";
        return kUsage;
    }
    int exit_code = kOk;
    const std::optional<Plan> plan = load_plan(input, exit_code);
    if (!plan) return exit_code;
    const scoring::PlanScores scores = scoring::score_plan(*plan, *today);
    const insights::Insights found = insights::compute_insights(*plan, scores);
    const std::string report =
        insights::plan_report(*plan, scores, found, html ? insights::ReportFormat::Html : insights::ReportFormat::Markdown);
    if (output.empty()) {
        std::cout << report;
        return kOk;
    }
    return write_file(output, report) ? kOk : kIoError;
}

const bool registered = register_subcommand({
    "report", "report PLAN [--html] [--today YYYY-MM-DD] [-o OUT]",
    "a report of the plan, its scores and what to talk about, in Markdown (or HTML) to email or print",
    run_report,
});

}  // namespace
}  // namespace accord::cli
