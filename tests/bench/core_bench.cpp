// The core's speed on the benchmark's inputs, the same program natively and in wasm under node
// (scripts/bench runs both and compares). Prints one JSON object: figure name -> milliseconds
// (median over repeated runs), plus the sizes of the inputs.
//
//   accord_core_bench [--quick]      --quick: fewer repetitions (a smoke run)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/io/plan_file.hpp"
#include "core/sample/large_plan.hpp"
#include "core/scoring/scores.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// Median milliseconds of `run`, repeated at least `min_runs` times and for at least `min_ms`.
double median_ms(const std::function<void()>& run, int min_runs, double min_ms) {
    std::vector<double> times;
    double total = 0;
    while (static_cast<int>(times.size()) < min_runs || total < min_ms) {
        const auto begin = Clock::now();
        run();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
        times.push_back(ms);
        total += ms;
        if (times.size() >= 5000) break;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The spec scaled so that its file is about `megabytes` (the benchmark spec writes about 7 MB).
accord::LargePlanSpec spec_of_size(double megabytes) {
    accord::LargePlanSpec spec = accord::LargePlanSpec::benchmark();
    const double f = megabytes / 7.0;
    spec.goals = static_cast<int>(spec.goals * f);
    spec.activities = static_cast<int>(spec.activities * f);
    spec.risks = static_cast<int>(spec.risks * f);
    spec.checkins = static_cast<int>(spec.checkins * f);
    return spec;
}

}  // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int runs = quick ? 3 : 9;
    const double min_ms = quick ? 20 : 400;
    nlohmann::json out;

    // Score the large plan (the views' plan: 300 goals, 50 activities x 6 partners, ...).
    const accord::Plan large = accord::generate_large_plan(accord::LargePlanSpec{}, 1);
    const accord::Date today = *accord::Date::parse("2026-11-23");
    double checksum = 0;
    out["score_large_ms"] = median_ms([&] { checksum += accord::scoring::score_plan(large, today).health.index.value.value_or(0); },
                                      runs, min_ms);

    // Import and export a plan file of about 5 MB.
    const accord::Plan big = accord::generate_large_plan(spec_of_size(5.0), 2);
    const std::string bytes = accord::io::export_plan(big);
    out["file_bytes"] = bytes.size();
    out["import_5mb_ms"] = median_ms([&] { checksum += accord::io::import_plan(bytes).ok() ? 1 : 0; }, runs, min_ms);
    out["export_5mb_ms"] = median_ms([&] { checksum += static_cast<double>(accord::io::export_plan(big).size()); }, runs, min_ms);

    out["checksum"] = checksum > 0;  // keeps the work from being optimised away
    std::printf("%s\n", out.dump().c_str());
    return 0;
}
