#include <iostream>

#include "cli/cli.hpp"
#include "core/scoring/report.hpp"
#include "core/scoring/scores.hpp"

namespace accord::cli {
namespace {

// The same figures, with the same reasons, as the app's dashboard.
int run_score(const std::vector<std::string>& args) {
    std::string path;
    bool json = false;
    size_t today_at = args.size();
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") json = true;
        else if (args[i] == "--today" && i + 1 < args.size()) today_at = ++i;
        else if (path.empty() && args[i].rfind("--", 0) != 0) path = args[i];
        else path.clear(), i = args.size();
    }
    const std::optional<Date> today = today_from(args, today_at);
    if (path.empty() || !today) {
        std::cerr << "usage: accord score PLAN [--json] [--today YYYY-MM-DD]\n";
        return kUsage;
    }
    int exit = kOk;
    const std::optional<Plan> plan = load_plan(path, exit);
    if (!plan) return exit;
    const scoring::PlanScores scores = scoring::score_plan(*plan, *today);
    if (json)
        std::cout << scoring::scores_to_json(scores, *plan).dump(2) << "\n";
    else
        std::cout << scoring::scores_to_text(scores, *plan);
    return kOk;
}

const bool registered = register_subcommand({
    "score", "score PLAN [--json] [--today YYYY-MM-DD]",
    "print the plan's scores with the reasons behind them (as text, or JSON)", run_score,
});

}  // namespace
}  // namespace accord::cli
