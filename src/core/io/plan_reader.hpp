#pragma once
// Internal to core/io: a format-1 document (already checked against the limits) into a Plan.
#include <nlohmann/json.hpp>

#include "core/io/problem_list.hpp"
#include "core/model/plan.hpp"

namespace accord::io {

// Type-checks every field and reports what is wrong; the plan returned is only meaningful when no
// problem was added. Unknown fields land in each entity's `extra`. Readings, rounds and check-ins
// come back in date order, as the model requires.
Plan read_plan_v1(const nlohmann::json& document, ProblemList& problems);

}  // namespace accord::io
