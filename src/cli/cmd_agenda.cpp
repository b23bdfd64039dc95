#include <iostream>

#include "cli/cli.hpp"
#include "cli/plan_input.hpp"
#include "core/insights/insights.hpp"

namespace accord::cli {
namespace {

// The next check-in's agenda as plain text, to paste into a meeting invitation.
int run_agenda(const std::vector<std::string>& args) {
    std::string input;
    std::optional<Date> today = today_utc();
    bool understood = true;
    for (std::size_t i = 0; i < args.size() && understood; ++i) {
        if (args[i] == "--today" && i + 1 < args.size()) {
            today = parse_today(args[++i]);
            if (!today) return kUsage;
        } else if (input.empty() && !args[i].empty() && args[i][0] != '-')
            input = args[i];
        else
            understood = false;
    }
    if (!understood || input.empty()) {
        std::cerr << "usage: accord agenda PLAN [--today YYYY-MM-DD]\n";
        return kUsage;
    }
    int exit_code = kOk;
    const std::optional<Plan> plan = load_plan(input, exit_code);
    if (!plan) return exit_code;
    const scoring::PlanScores scores = scoring::score_plan(*plan, *today);
    std::cout << insights::agenda_to_text(insights::compute_insights(*plan, scores).agenda);
    return kOk;
}

const bool registered = register_subcommand({
    "agenda", "agenda PLAN [--today YYYY-MM-DD]", "the next check-in's agenda, generated from what needs talking about",
    run_agenda,
});

}  // namespace
}  // namespace accord::cli
