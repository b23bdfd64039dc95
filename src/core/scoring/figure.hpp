#pragma once
// A number the app shows, with the reasons behind it (docs/scoring.md explains every formula).
#include <optional>
#include <string>
#include <vector>

namespace accord::scoring {

// `value` is empty when there is nothing to measure yet (no goals, no ratings, no risks...): the UI
// shows "-" and the health index leaves the figure out. Each figure documents its own scale
// (a fraction 0..1, a score 0..100, a count of letters 0..5). `reasons` say in plain words how the
// value was made, the headline first, e.g. "2 of 9 activities have no Accountable partner".
struct Figure {
    std::optional<double> value;
    std::vector<std::string> reasons;

    bool known() const { return value.has_value(); }
};

}  // namespace accord::scoring
