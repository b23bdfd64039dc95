#pragma once
// Internal to core/io: the file's envelope (which version it is) and the chain of upgrades from
// every older version to kFormatVersion. Each step reads one version strictly, with problems in
// that version's own terms, and writes the next; docs/plan-format.md, "Versions", lists them.
#include <optional>

#include <nlohmann/json.hpp>

#include "core/io/problem_list.hpp"

namespace accord::io {

struct Migration {
    int from;  // reads a document of this version and returns one of version from + 1
    nlohmann::json (*upgrade)(const nlohmann::json& document, ProblemList& problems);
};

// Every step, oldest first: exactly one per version below kFormatVersion.
const Migration* migrations_begin();
const Migration* migrations_end();

// The version a document declares, or nothing (and a problem) when it is not a plan file or comes
// from a newer major version than this build reads.
std::optional<int> declared_version(const nlohmann::json& document, ProblemList& problems);

// Runs the chain from `version` up to kFormatVersion. Nothing when a step found problems.
std::optional<nlohmann::json> migrate(nlohmann::json document, int version, ProblemList& problems);

}  // namespace accord::io
