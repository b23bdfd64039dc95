#pragma once
// Internal to core/io: turning untrusted bytes into a JSON value without letting them decide how
// much stack, memory or time that takes.
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/io/plan_file.hpp"
#include "core/io/problem_list.hpp"

namespace accord::io {

// Parses a whole plan file. Checks, in this order: size, encoding (UTF-8, optional byte order
// mark), then while parsing — before any value is built — nesting depth, the number of values and
// duplicate field names. Syntax errors come with line and column; a file that ends too early is
// called cut off. Returns nothing (and adds problems) when the bytes cannot be a plan file.
std::optional<nlohmann::json> parse_bounded(std::string_view bytes, const Limits& limits, ProblemList& problems);

// Checks a built document against the limits that hold whatever produced it: depth, entries per
// list, field names (length, and names JavaScript treats specially such as "__proto__"), and
// every text (length, valid UTF-8, no control characters but tab and line breaks). Iterative,
// so safe on any depth.
void check_document(const nlohmann::json& document, const Limits& limits, ProblemList& problems);
void check_document(const nlohmann::ordered_json& document, const Limits& limits, ProblemList& problems);

}  // namespace accord::io
