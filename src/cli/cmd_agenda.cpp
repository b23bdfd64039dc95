#include <iostream>

#include "cli/cli.hpp"
#include "cli/plan_input.hpp"
#include "core/insights/insights.hpp"

namespace accord::cli {
namespace {

constexpr const char* kUsageText = "agenda PLAN [--today YYYY-MM-DD]";

// The next check-in's agenda as plain text, to paste into a meeting invitation.
int run_agenda(const std::vector<std::string>& args) {
    const std::optional<PlanArgs> parsed = parse_plan_args(args, kUsageText);
    if (!parsed) return kUsage;
    int exit_code = kOk;
    const std::optional<Plan> plan = load_plan(parsed->plan, exit_code);
    if (!plan) return exit_code;
    const scoring::PlanScores scores = scoring::score_plan(*plan, parsed->today);
    std::cout << insights::agenda_to_text(insights::compute_insights(*plan, scores).agenda);
    return kOk;
}

const bool registered = register_subcommand({
    "agenda", kUsageText, "the next check-in's agenda, generated from what needs talking about",
    run_agenda,
});

}  // namespace
}  // namespace accord::cli
