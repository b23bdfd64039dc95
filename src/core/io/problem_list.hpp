#pragma once
// Internal to core/io: collecting problems with JSON paths, and describing values in messages.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/validate.hpp"

namespace accord::io {

// Problems in the order found, up to a cap: a broken file often breaks the same way thousands of
// times, and the first few say all a person needs. Readers check full() to stop early.
class ProblemList {
public:
    // A cap of 0 still keeps one problem: an empty list means "no problem found".
    explicit ProblemList(std::size_t cap) : cap_(cap == 0 ? 1 : cap) {}
    void add(std::string path, std::string message);
    bool full() const { return problems_.size() >= cap_; }
    bool empty() const { return problems_.empty(); }
    std::vector<Problem> take() { return std::move(problems_); }

private:
    std::size_t cap_;
    std::vector<Problem> problems_;
};

// Paths in the file's own terms: `goals[3].metric.target`. A field name that is not a short plain
// identifier is written in brackets and quotes (`extra["a b"]`, cut like quote_text when long).
std::string member_path(const std::string& parent, std::string_view key);
std::string element_path(const std::string& parent, std::size_t index);

// Text for a message: quoted, control characters escaped, cut to a readable length.
std::string quote_text(std::string_view text);

// What a value is, for "expected a number, got …": `"ten"`, `true`, `null`, `3.5`, `a list`.
std::string describe(const nlohmann::json& value);

}  // namespace accord::io
