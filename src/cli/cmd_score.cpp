#include <iostream>

#include "cli/cli.hpp"
#include "cli/plan_input.hpp"
#include "core/scoring/report.hpp"
#include "core/scoring/scores.hpp"

namespace accord::cli {
namespace {

constexpr const char* kUsageText = "score PLAN [--json] [--today YYYY-MM-DD]";

// The same figures, with the same reasons, as the app's dashboard.
int run_score(const std::vector<std::string>& args) {
    const std::optional<PlanArgs> parsed = parse_plan_args(args, kUsageText, {"--json"});
    if (!parsed) return kUsage;
    int exit = kOk;
    const std::optional<Plan> plan = load_plan(parsed->plan, exit);
    if (!plan) return exit;
    const scoring::PlanScores scores = scoring::score_plan(*plan, parsed->today);
    if (parsed->switches.count("--json"))
        std::cout << scoring::scores_to_json(scores, *plan).dump(2) << "\n";
    else
        std::cout << scoring::scores_to_text(scores, *plan);
    return kOk;
}

const bool registered = register_subcommand({
    "score", kUsageText,
    "print the plan's scores with the reasons behind them (as text, or JSON)", run_score,
});

}  // namespace
}  // namespace accord::cli
