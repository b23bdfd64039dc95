// The plan library on a real directory: entries, atomic saves, versions kept for recovery, the
// trash, device settings, and what happens when stored files are damaged. The library stores bytes,
// so plain strings stand in for plan files here; "readable" is whatever the test says it is.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "core/library/library.hpp"

using namespace accord::library;
namespace fs = std::filesystem;

namespace {

constexpr Millis kMinute = 60 * 1000;
constexpr Millis kDay = 24 * 60 * kMinute;
constexpr Millis kStart = 1'760'000'000'000;  // 2025-10-09, any fixed time will do

// A fresh directory per test, removed afterwards (under node, NODERAWFS maps it to the host's).
struct TempDir {
    fs::path path;
    TempDir() {
        std::random_device random;
        path = fs::temp_directory_path() / ("accord-library-test-" + std::to_string(random()) + std::to_string(random()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

PlanInfo entry(const char* id, const char* title) {
    PlanInfo info;
    info.id = id;
    info.title = title;
    return info;
}

bool any(const std::string&) { return true; }

void overwrite(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::vector<std::string> titles(const std::vector<PlanInfo>& infos) {
    std::vector<std::string> out;
    for (const auto& info : infos) out.push_back(info.title);
    return out;
}

}  // namespace

TEST_CASE("a new library is empty and has default settings", "[library]") {
    TempDir dir;
    Library library(dir.path / "data");  // the root need not exist yet
    CHECK(library.plans().empty());
    CHECK(library.trash().empty());
    CHECK(library.settings().theme == "light");
    CHECK(library.settings().last_open.empty());
}

TEST_CASE("a created plan is listed with its title and times, and its bytes read back unchanged", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Battery pilot"), "{\"plan\": 1}\n", kStart));
    const auto plans = library.plans();
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].id == "a1");
    CHECK(plans[0].title == "Battery pilot");
    CHECK(plans[0].created == kStart);
    CHECK(plans[0].changed == kStart);
    CHECK(plans[0].bytes == 12);  // {"plan": 1} and a newline
    CHECK(library.open("a1", any, kStart).bytes == "{\"plan\": 1}\n");
}

TEST_CASE("the library lays its files out as documented", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "one", kStart));
    REQUIRE(library.save("a1", "two", "Pilot", kStart + kMinute));
    REQUIRE(library.save_settings({"dark", "a1"}));
    CHECK(fs::is_regular_file(dir.path / "settings.json"));
    CHECK(fs::is_regular_file(dir.path / "plans/a1/info.json"));
    CHECK(fs::is_regular_file(dir.path / "plans/a1/current.accord.json"));
    // The first save keeps what it replaced, under the time that content was saved.
    CHECK(fs::is_regular_file(dir.path / "plans/a1/versions/001760000000000-checkpoint.accord.json"));
}

TEST_CASE("an entry keeps the id of the plan it holds through saves and renames and the trash", "[library]") {
    TempDir dir;
    Library library(dir.path);
    PlanInfo first = entry("a1", "Pilot");
    first.plan_id = "3f2c9a10-plan";
    REQUIRE(library.create(first, "one", kStart));
    REQUIRE(library.create(entry("b2", "Made before plan ids were kept"), "two", kStart));
    REQUIRE(library.save("a1", "three", "Pilot, renamed", kStart + kDay));
    REQUIRE(library.set_me("a1", "p1"));
    REQUIRE(library.move_to_trash("a1", kStart + 2 * kDay));
    REQUIRE(library.restore_from_trash("a1"));
    CHECK(library.info("a1")->plan_id == "3f2c9a10-plan");
    CHECK(library.info("a1")->title == "Pilot, renamed");
    CHECK(library.info("b2")->plan_id.empty());
    std::ifstream stored(dir.path / "plans/a1/info.json");
    const std::string text((std::istreambuf_iterator<char>(stored)), std::istreambuf_iterator<char>());
    CHECK(text.find("\"plan\": \"3f2c9a10-plan\"") != std::string::npos);
}

TEST_CASE("plans are listed most recently changed first", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Old"), "x", kStart));
    REQUIRE(library.create(entry("b2", "Newer"), "x", kStart + kMinute));
    REQUIRE(library.create(entry("c3", "Newest"), "x", kStart + 2 * kMinute));
    CHECK(titles(library.plans()) == std::vector<std::string>{"Newest", "Newer", "Old"});
    REQUIRE(library.save("a1", "y", "Old, edited", kStart + 3 * kMinute));
    CHECK(titles(library.plans()) == std::vector<std::string>{"Old, edited", "Newest", "Newer"});
}

TEST_CASE("an id that could escape the library's folder is refused", "[library]") {
    TempDir dir;
    Library library(dir.path / "data");
    CHECK_FALSE(library.create(entry("../outside", "Sneaky"), "x", kStart));
    CHECK_FALSE(library.create(entry("", "Nameless"), "x", kStart));
    CHECK_FALSE(fs::exists(dir.path / "outside"));
    CHECK(is_entry_id("5a9d8212-cd70-45d8-94bf-45919db5431b"));
    CHECK_FALSE(is_entry_id("a/b"));
}

TEST_CASE("creating an entry twice is refused and leaves the first intact", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "First"), "first", kStart));
    CHECK_FALSE(library.create(entry("a1", "Second"), "second", kStart));
    CHECK(library.open("a1", any, kStart).bytes == "first");
}

TEST_CASE("a save replaces the file whole and leaves no temporary file behind", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), std::string(10000, 'a'), kStart));
    REQUIRE(library.save("a1", "short", "Pilot", kStart + 1000));
    CHECK(library.open("a1", any, kStart).bytes == "short");
    for (const auto& file : fs::recursive_directory_iterator(dir.path))
        CHECK(file.path().extension() != ".tmp");
}

TEST_CASE("write_file_atomically fails in plain words when the folder is missing", "[library]") {
    TempDir dir;
    const Status status = write_file_atomically(dir.path / "missing" / "file.json", "x");
    CHECK_FALSE(status);
    CHECK(status.error.find("could not write file.json") == 0);
}

TEST_CASE("saving a plan that is not in the library fails and creates nothing", "[library]") {
    TempDir dir;
    Library library(dir.path);
    CHECK_FALSE(library.save("a1", "x", "Ghost", kStart));
    CHECK(library.plans().empty());
}

TEST_CASE("versions: one checkpoint per few minutes of editing, not one per save", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "v0", kStart));
    // Ten minutes of steady editing, a save every 30 seconds: v1 ... v20.
    for (int i = 1; i <= 20; ++i)
        REQUIRE(library.save("a1", "v" + std::to_string(i), "Pilot", kStart + i * 30 * 1000));
    const auto versions = library.versions("a1");
    // The first save keeps v0 (no version yet); the next checkpoint comes once the newest version is
    // five minutes old: at 5:00 the save replaces v9 (saved at 4:30), at 9:30 it replaces v18 (saved
    // at 9:00, five minutes after v9's 4:30).
    REQUIRE(versions.size() == 3);
    CHECK(library.read_version("a1", versions[0].name) == "v18");
    CHECK(library.read_version("a1", versions[1].name) == "v9");
    CHECK(library.read_version("a1", versions[2].name) == "v0");
    CHECK(versions[2].saved == kStart);
    CHECK(versions[0].reason == kCheckpoint);
}

TEST_CASE("saving the same bytes again keeps no version", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "same", kStart));
    REQUIRE(library.save("a1", "same", "Pilot", kStart + kDay));
    CHECK(library.versions("a1").empty());
}

TEST_CASE("only the newest versions are kept", "[library]") {
    TempDir dir;
    Library::Options options;
    options.keep_versions = 3;
    Library library(dir.path, options);
    REQUIRE(library.create(entry("a1", "Pilot"), "v0", kStart));
    for (int i = 1; i <= 6; ++i)  // a day apart: every save keeps what it replaces
        REQUIRE(library.save("a1", "v" + std::to_string(i), "Pilot", kStart + i * kDay));
    const auto versions = library.versions("a1");
    REQUIRE(versions.size() == 3);
    CHECK(library.read_version("a1", versions[0].name) == "v5");
    CHECK(library.read_version("a1", versions[2].name) == "v3");
}

TEST_CASE("a checkpoint before an import keeps the content whatever the time since the last", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "mine", kStart));
    REQUIRE(library.checkpoint("a1", kBeforeImport));
    REQUIRE(library.save("a1", "merged", "Pilot", kStart + 1000));
    const auto versions = library.versions("a1");
    REQUIRE(versions.size() == 1);  // the save a second later adds no second copy of "mine"
    CHECK(versions[0].reason == kBeforeImport);
    CHECK(library.read_version("a1", versions[0].name) == "mine");
    // A second checkpoint of content already kept adds nothing.
    REQUIRE(library.checkpoint("a1", kBeforeRestore));
    REQUIRE(library.checkpoint("a1", kBeforeRestore));
    CHECK(library.versions("a1").size() == 2);
}

TEST_CASE("an unreadable current file falls back to the newest readable version, kept aside", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "good 1", kStart));
    REQUIRE(library.save("a1", "good 2", "Pilot", kStart + kDay));
    REQUIRE(library.save("a1", "good 3", "Pilot", kStart + 2 * kDay));
    overwrite(dir.path / "plans/a1/current.accord.json", "{\"trunc");
    const auto readable = [](const std::string& bytes) { return bytes.rfind("good", 0) == 0; };

    const Opened opened = library.open("a1", readable, kStart + 3 * kDay);
    REQUIRE(opened.ok());
    CHECK(*opened.bytes == "good 2");  // the newest version (good 1 is older)
    REQUIRE(opened.recovered_from);
    CHECK(opened.recovered_from->saved == kStart + kDay);
    CHECK(opened.unreadable == std::vector<std::string>{"current.accord.json"});
    // The version is now the current content; the damaged file is kept, not deleted.
    CHECK(library.open("a1", readable, kStart + 3 * kDay).recovered_from == std::nullopt);
    CHECK(fs::is_regular_file(dir.path / ("plans/a1/unreadable-" + std::to_string(kStart + 3 * kDay) + ".accord.json")));
    CHECK(library.info("a1")->changed == kStart + kDay);
}

TEST_CASE("unreadable versions are skipped on the way to a readable one", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "good", kStart));
    REQUIRE(library.save("a1", "bad 1", "Pilot", kStart + kDay));
    REQUIRE(library.save("a1", "bad 2", "Pilot", kStart + 2 * kDay));
    const auto readable = [](const std::string& bytes) { return bytes == "good"; };
    const Opened opened = library.open("a1", readable, kStart + 3 * kDay);
    REQUIRE(opened.ok());
    CHECK(*opened.bytes == "good");
    CHECK(opened.unreadable.size() == 2);  // the current file, then "bad 1"
}

TEST_CASE("nothing readable at all is reported and the files are left alone", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "bad", kStart));
    const Opened opened = library.open("a1", [](const std::string&) { return false; }, kStart);
    CHECK_FALSE(opened.ok());
    CHECK(opened.unreadable == std::vector<std::string>{"current.accord.json"});
    CHECK(library.open("a1", any, kStart).bytes == "bad");
}

TEST_CASE("a missing current file is recovered from a version", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "one", kStart));
    REQUIRE(library.save("a1", "two", "Pilot", kStart + kDay));
    fs::remove(dir.path / "plans/a1/current.accord.json");
    const Opened opened = library.open("a1", any, kStart + 2 * kDay);
    CHECK(opened.bytes == "one");
    CHECK(opened.unreadable == std::vector<std::string>{"current.accord.json (missing)"});
}

TEST_CASE("a damaged info file still lists the plan, without a title, until it is saved again", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "content", kStart));
    overwrite(dir.path / "plans/a1/info.json", "not json");
    auto plans = library.plans();
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].title.empty());
    CHECK(library.open("a1", any, kStart).bytes == "content");
    REQUIRE(library.save("a1", "content", "Pilot", kStart + 1000));
    CHECK(library.plans()[0].title == "Pilot");
}

TEST_CASE("a folder without any plan content is not listed", "[library]") {
    TempDir dir;
    Library library(dir.path);
    fs::create_directories(dir.path / "plans/a1");
    CHECK(library.plans().empty());
}

TEST_CASE("delete moves to the trash, and restoring undoes it", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "x", kStart));
    REQUIRE(library.create(entry("b2", "Other"), "y", kStart));
    REQUIRE(library.move_to_trash("a1", kStart + kDay));
    CHECK(titles(library.plans()) == std::vector<std::string>{"Other"});
    REQUIRE(library.trash().size() == 1);
    CHECK(library.trash()[0].deleted == kStart + kDay);
    REQUIRE(library.restore_from_trash("a1"));
    CHECK(library.trash().empty());
    CHECK(library.plans().size() == 2);
    CHECK(library.open("a1", any, kStart).bytes == "x");
}

TEST_CASE("the trash keeps a plan for 30 days, then purging removes it", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "x", kStart));
    REQUIRE(library.move_to_trash("a1", kStart));
    CHECK(library.purge_trash(kStart + 29 * kDay) == 0);
    CHECK(library.trash().size() == 1);
    CHECK(library.purge_trash(kStart + 30 * kDay) == 1);
    CHECK(library.trash().empty());
    CHECK_FALSE(fs::exists(dir.path / "plans/a1"));
}

TEST_CASE("delete forever removes the plan and its versions", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("a1", "Pilot"), "x", kStart));
    REQUIRE(library.save("a1", "y", "Pilot", kStart + kDay));
    REQUIRE(library.delete_forever("a1"));
    CHECK_FALSE(fs::exists(dir.path / "plans/a1"));
    CHECK(library.versions("a1").empty());
}

TEST_CASE("device settings and the partner I am in each plan are kept", "[library]") {
    TempDir dir;
    {
        Library library(dir.path);
        REQUIRE(library.create(entry("a1", "Pilot"), "x", kStart));
        REQUIRE(library.set_me("a1", "p-anna"));
        REQUIRE(library.save_settings({"dark", "a1"}));
    }
    Library reopened(dir.path);  // as after a restart
    CHECK(reopened.info("a1")->me == "p-anna");
    CHECK(reopened.settings().theme == "dark");
    CHECK(reopened.settings().last_open == "a1");
    REQUIRE(reopened.save("a1", "y", "Pilot", kStart + kDay));
    CHECK(reopened.info("a1")->me == "p-anna");  // a save keeps it
}

TEST_CASE("damaged settings fall back to the defaults", "[library]") {
    TempDir dir;
    overwrite(dir.path / "settings.json", "[1, 2");
    Library library(dir.path);
    CHECK(library.settings().theme == "light");
    CHECK(library.settings().last_open.empty());
}

TEST_CASE("files exchanged with partners are kept by token, newest 20, for a later three-way merge", "[library]") {
    TempDir dir;
    Library library(dir.path);
    REQUIRE(library.create(entry("e1", "Pilot"), "current", kStart));
    const std::string sent(64, 'a'), received(64, 'b');
    REQUIRE(library.keep_exchanged("e1", sent, "the file I sent", kStart + kMinute));
    REQUIRE(library.keep_exchanged("e1", received, "the file I received", kStart + 2 * kMinute));
    CHECK(library.read_exchanged("e1", sent) == std::optional<std::string>("the file I sent"));
    CHECK(library.read_exchanged("e1", received) == std::optional<std::string>("the file I received"));
    CHECK_FALSE(library.read_exchanged("e1", std::string(64, 'c')));
    CHECK(fs::exists(dir.path / "plans" / "e1" / "exchanged" / ("000001760000060000-" + sent + ".accord.json")) == false);
    CHECK(fs::exists(dir.path / "plans" / "e1" / "exchanged" / ("001760000060000-" + sent + ".accord.json")));

    // Only tokens (SHA-256 in lowercase hex) name files: nothing can reach outside the folder.
    CHECK_FALSE(library.keep_exchanged("e1", "../../settings", "x", kStart));
    CHECK_FALSE(library.keep_exchanged("e1", std::string(64, 'A'), "x", kStart));
    CHECK_FALSE(library.keep_exchanged("no-such-entry", sent, "x", kStart));

    // 21 more files: the oldest go, the newest 20 stay; keeping `sent` again made it new.
    REQUIRE(library.keep_exchanged("e1", sent, "the file I sent", kStart + 3 * kMinute));
    for (int i = 0; i < 19; ++i) {
        std::string token = std::string(62, 'd') + static_cast<char>('0' + i / 10) + static_cast<char>('0' + i % 10);
        REQUIRE(library.keep_exchanged("e1", token, "file " + std::to_string(i), kStart + (10 + i) * kMinute));
    }
    CHECK(library.read_exchanged("e1", sent));            // 20th newest
    CHECK_FALSE(library.read_exchanged("e1", received));  // 21st: gone
    int files = 0;
    for ([[maybe_unused]] const auto& file : fs::directory_iterator(dir.path / "plans" / "e1" / "exchanged")) ++files;
    CHECK(files == 20);
}
