// The corpus of refused files: every tests/data/bad/NAME.json comes with NAME.expect, one line that
// must appear in the first problem the importer reports (path and message, as `accord validate`
// prints them). Adding a case is adding two files.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/io/plan_file.hpp"
#include "fixtures.hpp"

namespace fs = std::filesystem;
using accord::test::read_bytes;
using accord::test::source_path;

namespace {

std::vector<fs::path> files_in(const std::string& folder, const std::string& extension) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(source_path(folder)))
        if (entry.path().extension() == extension) out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("every bad file has its expectation, and every expectation its file", "[io][bad]") {
    const auto data = files_in("tests/data/bad", ".json");
    const auto expectations = files_in("tests/data/bad", ".expect");
    CHECK(data.size() >= 40);
    REQUIRE(data.size() == expectations.size());
    for (std::size_t i = 0; i < data.size(); ++i) CHECK(data[i].stem() == expectations[i].stem());
}

TEST_CASE("every bad file is refused, without a plan, with the problem its .expect names", "[io][bad]") {
    for (const fs::path& file : files_in("tests/data/bad", ".json")) {
        fs::path expect_file = file;
        expect_file.replace_extension(".expect");
        const std::string expected = first_line(read_bytes(expect_file.string()));
        const accord::io::ImportResult result = accord::io::import_plan(read_bytes(file.string()));
        INFO(file.filename().string());
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.plan.has_value());
        REQUIRE_FALSE(result.problems.empty());
        CHECK_THAT(result.problems.front().text(), Catch::Contains(expected));
        CHECK(result.problems.size() <= accord::io::Limits{}.max_problems);
    }
}
