#include "core/library/library.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <system_error>

#include <nlohmann/json.hpp>

// Index of this file
// [SECTION] Files
// [SECTION] Records as JSON
// [SECTION] Entries
// [SECTION] Versions and recovery
// [SECTION] Exchanged files
// [SECTION] Settings and trash

namespace accord::library {
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr const char* kCurrent = "current.accord.json";
constexpr const char* kInfo = "info.json";
constexpr const char* kVersions = "versions";
constexpr const char* kExchanged = "exchanged";
constexpr const char* kPlans = "plans";
constexpr const char* kSettings = "settings.json";
constexpr std::string_view kPlanExtension = ".accord.json";
constexpr int kStampDigits = 15;  // milliseconds, zero-padded so that names sort by time

std::string describe(const std::error_code& error) { return error ? error.message() : std::string("unknown error"); }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Files
//-----------------------------------------------------------------------------

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

Status write_file_atomically(const fs::path& path, std::string_view bytes) {
    fs::path beside = path;
    beside += ".tmp";
    {
        std::ofstream out(beside, std::ios::binary | std::ios::trunc);
        if (out) out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (out) out.flush();
        if (!out) {
            const std::string why = std::strerror(errno);
            std::error_code ignored;
            fs::remove(beside, ignored);
            return Status::failed("could not write " + path.filename().string() + ": " + why);
        }
    }
    std::error_code error;
    fs::rename(beside, path, error);
    if (error) {
        std::error_code ignored;
        fs::remove(beside, ignored);
        return Status::failed("could not replace " + path.filename().string() + ": " + describe(error));
    }
    return {};
}

bool is_entry_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Records as JSON
//-----------------------------------------------------------------------------

namespace {

// A small file written by this code; anything unexpected in it counts as unreadable.
std::optional<json> read_json(const fs::path& path) {
    auto bytes = read_file(path);
    if (!bytes) return std::nullopt;
    json value = json::parse(*bytes, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded() || !value.is_object()) return std::nullopt;
    return value;
}

template <class T>
T field(const json& object, const char* key, T fallback) {
    auto it = object.find(key);
    if (it == object.end()) return fallback;
    if constexpr (std::is_same_v<T, std::string>) {
        return it->is_string() ? it->template get<std::string>() : fallback;
    } else {
        return it->is_number_integer() ? it->template get<T>() : fallback;
    }
}

json info_to_json(const PlanInfo& info) {
    return json{{"format", "accord-library-entry"},
                {"version", 1},
                {"title", info.title},
                {"plan", info.plan_id},
                {"created", info.created},
                {"changed", info.changed},
                {"deleted", info.deleted ? json(*info.deleted) : json(nullptr)},
                {"me", info.me}};
}

// "000001731000000000-checkpoint.accord.json" -> saved 1731000000000, reason "checkpoint".
std::optional<VersionInfo> parse_version_name(const std::string& name) {
    if (name.size() <= kStampDigits + 1 + kPlanExtension.size()) return std::nullopt;
    if (name.compare(name.size() - kPlanExtension.size(), kPlanExtension.size(), kPlanExtension) != 0) return std::nullopt;
    VersionInfo version;
    version.name = name;
    for (int i = 0; i < kStampDigits; ++i) {
        if (name[i] < '0' || name[i] > '9') return std::nullopt;
        version.saved = version.saved * 10 + (name[i] - '0');
    }
    if (name[kStampDigits] != '-') return std::nullopt;
    version.reason = name.substr(kStampDigits + 1, name.size() - kStampDigits - 1 - kPlanExtension.size());
    if (version.reason.empty()) return std::nullopt;
    for (char c : version.reason)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return std::nullopt;
    return version;
}

std::string version_name(Millis saved, const std::string& reason) {
    std::string stamp = std::to_string(std::max<Millis>(saved, 0));
    if (stamp.size() < kStampDigits) stamp.insert(0, kStampDigits - stamp.size(), '0');
    return stamp + "-" + reason + std::string(kPlanExtension);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entries
//-----------------------------------------------------------------------------

Library::Library(fs::path root) : Library(std::move(root), Options{}) {}
Library::Library(fs::path root, Options options) : root_(std::move(root)), options_(options) {}

fs::path Library::dir(const std::string& id) const { return root_ / kPlans / id; }

// The entry's info.json. When it is missing or unreadable but the plan's content is there, the
// entry still exists: it is listed without a title (the app puts the plan's title back on open).
std::optional<PlanInfo> Library::read_info(const std::string& id) const {
    if (!is_entry_id(id)) return std::nullopt;
    const fs::path folder = dir(id);
    std::error_code error;
    PlanInfo info;
    info.id = id;
    info.bytes = fs::file_size(folder / kCurrent, error);
    if (error) info.bytes = 0;
    const bool has_current = !error;
    if (auto stored = read_json(folder / kInfo)) {
        info.title = field<std::string>(*stored, "title", "");
        info.plan_id = field<std::string>(*stored, "plan", "");
        info.created = field<Millis>(*stored, "created", 0);
        info.changed = field<Millis>(*stored, "changed", 0);
        info.me = field<std::string>(*stored, "me", "");
        auto deleted = stored->find("deleted");
        if (deleted != stored->end() && deleted->is_number_integer()) info.deleted = deleted->get<Millis>();
        return info;
    }
    if (has_current || !versions(id).empty()) return info;
    return std::nullopt;
}

Status Library::write_info(const PlanInfo& info) {
    return write_file_atomically(dir(info.id) / kInfo, info_to_json(info).dump(2) + "\n");
}

std::vector<PlanInfo> Library::entries(bool deleted) const {
    std::vector<PlanInfo> out;
    std::error_code error;
    for (fs::directory_iterator it(root_ / kPlans, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!it->is_directory(error) || !is_entry_id(name)) continue;
        if (auto info = read_info(name); info && info->deleted.has_value() == deleted) out.push_back(std::move(*info));
    }
    return out;
}

std::vector<PlanInfo> Library::plans() const {
    auto out = entries(false);
    std::sort(out.begin(), out.end(), [](const PlanInfo& a, const PlanInfo& b) {
        return a.changed != b.changed ? a.changed > b.changed : a.id < b.id;
    });
    return out;
}

std::vector<PlanInfo> Library::trash() const {
    auto out = entries(true);
    std::sort(out.begin(), out.end(), [](const PlanInfo& a, const PlanInfo& b) {
        return *a.deleted != *b.deleted ? *a.deleted > *b.deleted : a.id < b.id;
    });
    return out;
}

std::optional<PlanInfo> Library::info(const std::string& id) const { return read_info(id); }

Status Library::create(PlanInfo info, std::string_view bytes, Millis now) {
    if (!is_entry_id(info.id)) return Status::failed("'" + info.id + "' cannot name a plan in the library");
    const fs::path folder = dir(info.id);
    std::error_code error;
    if (fs::exists(folder, error)) return Status::failed("a plan with the id " + info.id + " is already in the library");
    fs::create_directories(folder, error);
    if (error) return Status::failed("could not create the plan's folder: " + describe(error));
    info.created = info.changed = now;
    info.deleted.reset();
    Status status = write_file_atomically(folder / kCurrent, bytes);
    if (status) status = write_info(info);
    if (!status) fs::remove_all(folder, error);
    return status;
}

Status Library::save(const std::string& id, std::string_view bytes, const std::string& title, Millis now) {
    auto info = read_info(id);
    if (!info) return Status::failed("the plan is no longer in the library");
    const fs::path current = dir(id) / kCurrent;
    // The stored plan is read (to see whether it changed) only when a checkpoint is due: most saves
    // are not, and reading the whole file back was a third of a save's time with a large plan.
    const auto kept = versions(id);
    if (kept.empty() || now - kept.front().saved >= options_.checkpoint_every) {
        if (auto old = read_file(current); old && *old != bytes) {
            // Best effort: a checkpoint that cannot be written must not stop the save itself.
            (void)keep_version(id, kCheckpoint, info->changed);
        }
    }
    if (Status status = write_file_atomically(current, bytes); !status) return status;
    info->title = title;
    info->changed = now;
    return write_info(*info);
}

Status Library::set_me(const std::string& id, const std::string& me) {
    auto info = read_info(id);
    if (!info) return Status::failed("the plan is no longer in the library");
    if (info->me == me) return {};
    info->me = me;
    return write_info(*info);
}

//-----------------------------------------------------------------------------
// [SECTION] Versions and recovery
//-----------------------------------------------------------------------------

std::vector<VersionInfo> Library::versions(const std::string& id) const {
    std::vector<VersionInfo> out;
    if (!is_entry_id(id)) return out;
    std::error_code error;
    for (fs::directory_iterator it(dir(id) / kVersions, error), end; !error && it != end; it.increment(error)) {
        auto version = parse_version_name(it->path().filename().string());
        if (!version || !it->is_regular_file(error)) continue;
        version->bytes = it->file_size(error);
        out.push_back(std::move(*version));
    }
    std::sort(out.begin(), out.end(), [](const VersionInfo& a, const VersionInfo& b) { return a.name > b.name; });
    return out;
}

std::optional<std::string> Library::read_version(const std::string& id, const std::string& name) const {
    if (!is_entry_id(id) || !parse_version_name(name)) return std::nullopt;
    return read_file(dir(id) / kVersions / name);
}

// Copies the current content into versions/ under the time it was saved. The same content as the
// newest version is not kept twice (an import right after another keeps one copy).
Status Library::keep_version(const std::string& id, const std::string& reason, Millis saved) {
    auto content = read_file(dir(id) / kCurrent);
    if (!content) return {};
    const auto kept = versions(id);
    if (!kept.empty() && read_version(id, kept.front().name) == content) return {};
    std::error_code error;
    fs::create_directories(dir(id) / kVersions, error);
    if (error) return Status::failed("could not create the versions folder: " + describe(error));
    Status status = write_file_atomically(dir(id) / kVersions / version_name(saved, reason), *content);
    prune_versions(id);
    return status;
}

void Library::prune_versions(const std::string& id) {
    const auto kept = versions(id);
    std::error_code error;
    for (std::size_t i = options_.keep_versions; i < kept.size(); ++i) fs::remove(dir(id) / kVersions / kept[i].name, error);
}

Status Library::checkpoint(const std::string& id, const std::string& reason) {
    auto info = read_info(id);
    if (!info) return Status::failed("the plan is no longer in the library");
    return keep_version(id, reason, info->changed);
}

Opened Library::open(const std::string& id, const std::function<bool(const std::string&)>& readable, Millis now) {
    Opened out;
    if (!read_info(id)) return out;
    const fs::path current = dir(id) / kCurrent;
    auto bytes = read_file(current);
    if (bytes && readable(*bytes)) {
        out.bytes = std::move(bytes);
        return out;
    }
    out.unreadable.push_back(bytes ? std::string(kCurrent) : std::string(kCurrent) + " (missing)");
    for (const VersionInfo& version : versions(id)) {
        auto old = read_version(id, version.name);
        if (!old || !readable(*old)) {
            out.unreadable.push_back(version.name);
            continue;
        }
        // The version becomes the current content; an unreadable current file is kept aside
        // (a newer app may have written it, or it can be sent to us to look at).
        std::error_code error;
        if (bytes) fs::rename(current, dir(id) / ("unreadable-" + std::to_string(now) + std::string(kPlanExtension)), error);
        if (write_file_atomically(current, *old)) {
            if (auto info = read_info(id)) {
                info->changed = version.saved;
                (void)write_info(*info);
            }
        }
        out.bytes = std::move(old);
        out.recovered_from = version;
        return out;
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Exchanged files
//-----------------------------------------------------------------------------

namespace {

constexpr std::size_t kTokenLength = 64;  // SHA-256 in hex

bool is_token(std::string_view token) {
    return token.size() == kTokenLength &&
           std::all_of(token.begin(), token.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// "<15-digit ms>-<token>.accord.json" -> the token; nullopt for any other name.
std::optional<std::string> exchanged_token(const std::string& name) {
    if (name.size() != kStampDigits + 1 + kTokenLength + kPlanExtension.size() || name[kStampDigits] != '-' ||
        name.compare(name.size() - kPlanExtension.size(), kPlanExtension.size(), kPlanExtension) != 0)
        return std::nullopt;
    if (!std::all_of(name.begin(), name.begin() + kStampDigits, [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::string token = name.substr(kStampDigits + 1, kTokenLength);
    if (!is_token(token)) return std::nullopt;
    return token;
}

}  // namespace

std::vector<std::string> Library::exchanged_files(const std::string& id) const {
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(dir(id) / kExchanged, error), end; !error && it != end; it.increment(error)) {
        std::string name = it->path().filename().string();
        if (exchanged_token(name) && it->is_regular_file(error)) names.push_back(std::move(name));
    }
    std::sort(names.begin(), names.end(), std::greater<>());
    return names;
}

Status Library::keep_exchanged(const std::string& id, const std::string& token, std::string_view bytes, Millis now) {
    if (!is_entry_id(id) || !is_token(token)) return Status::failed("not a plan file's token");
    if (!read_info(id)) return Status::failed("the plan is no longer in the library");
    std::error_code error;
    fs::create_directories(dir(id) / kExchanged, error);
    if (error) return Status::failed("could not create the folder for exchanged files: " + describe(error));
    for (const std::string& name : exchanged_files(id))
        if (exchanged_token(name) == token) fs::remove(dir(id) / kExchanged / name, error);  // renewed below
    std::string name = version_name(now, token);
    const Status status = write_file_atomically(dir(id) / kExchanged / name, bytes);
    const auto kept = exchanged_files(id);
    for (std::size_t i = options_.keep_exchanged; i < kept.size(); ++i) fs::remove(dir(id) / kExchanged / kept[i], error);
    return status;
}

std::optional<std::string> Library::read_exchanged(const std::string& id, const std::string& token) const {
    if (!is_entry_id(id) || !is_token(token)) return std::nullopt;
    for (const std::string& name : exchanged_files(id))
        if (exchanged_token(name) == token) return read_file(dir(id) / kExchanged / name);
    return std::nullopt;
}

//-----------------------------------------------------------------------------
// [SECTION] Settings and trash
//-----------------------------------------------------------------------------

Settings Library::settings() const {
    Settings out;
    if (auto stored = read_json(root_ / kSettings)) {
        out.theme = field<std::string>(*stored, "theme", out.theme);
        out.last_open = field<std::string>(*stored, "last_open", "");
    }
    return out;
}

Status Library::save_settings(const Settings& settings) {
    std::error_code error;
    fs::create_directories(root_, error);
    const json value{{"format", "accord-device-settings"},
                     {"version", 1},
                     {"theme", settings.theme},
                     {"last_open", settings.last_open}};
    return write_file_atomically(root_ / kSettings, value.dump(2) + "\n");
}

Status Library::move_to_trash(const std::string& id, Millis now) {
    auto info = read_info(id);
    if (!info) return Status::failed("the plan is no longer in the library");
    info->deleted = now;
    return write_info(*info);
}

Status Library::restore_from_trash(const std::string& id) {
    auto info = read_info(id);
    if (!info) return Status::failed("the plan is no longer in the trash");
    info->deleted.reset();
    return write_info(*info);
}

Status Library::delete_forever(const std::string& id) {
    if (!is_entry_id(id)) return Status::failed("'" + id + "' does not name a plan in the library");
    std::error_code error;
    fs::remove_all(dir(id), error);
    if (error) return Status::failed("could not delete the plan: " + describe(error));
    return {};
}

int Library::purge_trash(Millis now) {
    int removed = 0;
    for (const PlanInfo& info : trash())
        if (now - *info.deleted >= options_.keep_in_trash && delete_forever(info.id)) ++removed;
    return removed;
}

}  // namespace accord::library
