#include <iostream>

#include "cli/cli.hpp"
#include "cli/plan_input.hpp"
#include "core/insights/report.hpp"

namespace accord::cli {
namespace {

constexpr const char* kUsageText = "report PLAN [--html] [--today YYYY-MM-DD] [-o OUT]";

// The plan's report with its scores and insights, in Markdown (for an email) or HTML (to print).
int run_report(const std::vector<std::string>& args) {
    const std::optional<PlanArgs> parsed = parse_plan_args(args, kUsageText, {"--html"}, {"-o"});
    if (!parsed) return kUsage;
    const bool html = parsed->switches.count("--html") > 0;
    const auto output_option = parsed->options.find("-o");
    const std::string output = output_option == parsed->options.end() ? "" : output_option->second;
    int exit_code = kOk;
    const std::optional<Plan> plan = load_plan(parsed->plan, exit_code);
    if (!plan) return exit_code;
    const scoring::PlanScores scores = scoring::score_plan(*plan, parsed->today);
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
    "report", kUsageText,
    "a report of the plan, its scores and what to talk about, in Markdown (or HTML) to email or print",
    run_report,
});

}  // namespace
}  // namespace accord::cli
