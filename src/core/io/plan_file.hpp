#pragma once
// The plan file: what partners email each other (docs/plan-format.md describes every field).
//
// One restore path. Bytes from anywhere (an email, a disk, a merge driver) go through
// import_plan(); an already-parsed document goes through plan_from_json(). Both check the same
// limits, migrate older versions, type-check every field and then call validate(). The result is
// all or nothing: when `problems` is not empty there is no plan, so a failed import never touches
// the plan the user has open.
//
// Export is canonical: the same plan gives the same bytes (fixed key order, 2-space indent, a
// trailing newline), so files diff well and fingerprints are stable.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/plan.hpp"
#include "core/model/validate.hpp"

namespace accord::io {

// The plan format this build writes and the newest one it reads. Older versions are migrated.
constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "accord-plan";
constexpr const char* kFileExtension = ".accord.json";

// Bounds on what an import may cost. Every one is checked before the work it protects grows:
// size before parsing, depth and value count while parsing (before values are built), the rest
// before the typed reading. The defaults admit a plan twice the size of the benchmark plan
// (about 9,500 entities in 7 MB, 190,000 values); docs/plan-format.md lists them.
struct Limits {
    std::size_t max_bytes = 16u << 20;       // the whole file
    std::size_t max_depth = 64;              // nesting of objects and arrays
    std::size_t max_values = 1'000'000;      // JSON values in the whole document
    std::size_t max_string_bytes = 65'536;   // one text value, in UTF-8 bytes
    std::size_t max_key_bytes = 256;         // one field name
    std::size_t max_items = 100'000;         // entries in one list (or fields in one object)
    std::size_t max_goal_depth = 64;         // levels of the goal tree
    std::size_t max_problems = 20;           // problems reported before giving up
};

struct ImportResult {
    std::optional<Plan> plan;        // present exactly when the import succeeded
    std::vector<Problem> problems;   // why it failed: at most Limits::max_problems, first found first
    int file_version = 0;            // the format version the file declared (0 when unreadable)
    bool migrated = false;           // the file was older than kFormatVersion and was upgraded
    bool ok() const { return plan.has_value(); }
};

// Reads a plan file: UTF-8 JSON (a UTF-8 byte order mark and CRLF line ends are fine).
ImportResult import_plan(std::string_view bytes, const Limits& limits = {});

// Restores a plan from a parsed document of any supported version (the same checks as
// import_plan after parsing). Safe on any value, however deep.
ImportResult plan_from_json(const nlohmann::json& document, const Limits& limits = {});
ImportResult plan_from_json(const nlohmann::ordered_json& document, const Limits& limits = {});

// The canonical document for a plan, keys in the documented order (hence ordered_json): format
// and version first, known fields in schema order, each entity's unknown fields after its known
// ones in sorted order. Merge and fingerprints build on this value.
nlohmann::ordered_json plan_to_json(const Plan& plan);

// The canonical bytes: plan_to_json(plan) with a 2-space indent and a trailing newline. Text that is
// not valid UTF-8 (only possible for a plan built in code) is written as U+FFFD.
std::string export_plan(const Plan& plan);

}  // namespace accord::io
