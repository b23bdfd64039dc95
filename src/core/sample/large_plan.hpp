#pragma once
// Generated plans for tests and benchmarks: realistic in shape (a real goal tree, metrics with
// histories, a filled role matrix, rating rounds, a check-in log), valid, and the same for the same
// spec and seed on every platform (no std:: distributions, whose output differs between libraries).
#include <cstdint>

#include "core/model/plan.hpp"

namespace accord {

struct LargePlanSpec {
    int partners = 6;
    int goals = 300;         // one vision anchor, then objectives, key results and initiatives
    int activities = 50;     // each with a role for most partners
    int dimensions = 10;     // the default ten first, then numbered ones
    int rounds = 8;          // every partner rates every dimension in every round
    int risks = 100;
    int checkins = 200;

    // The size benchmarks use: about 9,500 entities, a 7 MB plan file.
    static LargePlanSpec benchmark();
};

// A valid plan (validate() finds nothing) with exactly the counts asked for. Counts below 1 are
// taken as 1 for partners and goals and as 0 for the rest.
Plan generate_large_plan(const LargePlanSpec& spec, std::uint64_t seed);

}  // namespace accord
