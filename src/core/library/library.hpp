#pragma once
// The plan library: every plan kept on this device, with its recent versions, a trash, and the
// device's own settings. It works on any directory through std::filesystem, so the same code runs
// natively (tests, CLI) and in the browser, where the directory is IndexedDB mounted through IDBFS
// (platform::storage_status().root) and the platform makes what was written durable afterwards.
//
// The library stores bytes and never parses a plan: the app exports and imports plan files
// (core/io) and tells the library the title to list. Layout under the root (README, "Storage"):
//
//   settings.json                          theme, the plan open last
//   plans/<entry id>/info.json             title, plan id, created, last change, deleted (trash), "me"
//   plans/<entry id>/current.accord.json   the plan as last saved
//   plans/<entry id>/versions/<ms>-<reason>.accord.json   earlier versions, newest kept
//   plans/<entry id>/unreadable-<ms>.accord.json          a current copy that could not be read
//   plans/<entry id>/exchanged/<ms>-<token>.accord.json   files sent to or received from partners
//
// The folder is the index: listing reads each entry's small info.json, so there is no index file
// to get out of step. Every file is replaced atomically (written beside, then renamed over).
//
// Index of this file
// [SECTION] Records
// [SECTION] Library
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::library {

using Millis = std::int64_t;  // Unix milliseconds (wall clock)

//-----------------------------------------------------------------------------
// [SECTION] Records
//-----------------------------------------------------------------------------

// One plan in the library. `id` names its folder; it is the library's own key, not the plan's id,
// so a duplicate or a second import of the same plan file lives beside the first. `plan_id` is the
// plan's own id (Plan::id), set when the entry is made and kept ever after: a file from a partner
// is matched to the entries holding its plan by it ("" in entries made before it was kept).
struct PlanInfo {
    std::string id;
    std::string title;
    std::string plan_id;
    Millis created = 0;
    Millis changed = 0;                // the last saved change
    std::optional<Millis> deleted;     // in the trash since then
    std::string me;                    // the partner using this device in this plan ("" = not said)
    std::uintmax_t bytes = 0;          // size of the current file
};

// An earlier version of a plan, kept for recovery. Its file name is its key.
struct VersionInfo {
    std::string name;
    Millis saved = 0;     // when this content was saved
    std::string reason;   // kCheckpoint, kBeforeImport, kBeforeRestore...
    std::uintmax_t bytes = 0;
};

// Why a version was kept (the file names use these words).
inline constexpr const char* kCheckpoint = "checkpoint";        // every few minutes of editing
inline constexpr const char* kBeforeImport = "before-import";
inline constexpr const char* kBeforeRestore = "before-restore";

// Per-device settings (never in a plan file).
struct Settings {
    std::string theme = "light";  // "light" or "dark"
    std::string last_open;        // the entry opened last, reopened at start
};

// The result of a change to the library: ok, or what went wrong in plain words.
struct Status {
    bool ok = true;
    std::string error;
    explicit operator bool() const { return ok; }
    static Status failed(std::string why) { return {false, std::move(why)}; }
};

// What Library::open() found. `bytes` is the newest readable content: the current file, or when it
// could not be read, the newest version that could (`recovered_from` names it and `unreadable`
// lists what was tried first).
struct Opened {
    std::optional<std::string> bytes;
    std::optional<VersionInfo> recovered_from;
    std::vector<std::string> unreadable;
    bool ok() const { return bytes.has_value(); }
};

//-----------------------------------------------------------------------------
// [SECTION] Library
//-----------------------------------------------------------------------------

class Library {
public:
    struct Options {
        std::size_t keep_versions = 20;
        Millis checkpoint_every = 5 * 60 * 1000;         // at most one checkpoint per 5 min of editing
        Millis keep_in_trash = 30LL * 24 * 60 * 60 * 1000;  // 30 days
        std::size_t keep_exchanged = 20;
    };

    explicit Library(std::filesystem::path root);
    Library(std::filesystem::path root, Options options);

    const std::filesystem::path& root() const { return root_; }

    // Plans not in the trash, the most recently changed first; and the trash, latest deletion first.
    std::vector<PlanInfo> plans() const;
    std::vector<PlanInfo> trash() const;
    std::optional<PlanInfo> info(const std::string& id) const;

    // A new entry with its first content. `info.id` must be new and made of letters, digits and
    // dashes (a UUID); created and changed are set to `now`.
    Status create(PlanInfo info, std::string_view bytes, Millis now);

    // Replaces the entry's content with `bytes` and its title with `title`. When the last version
    // kept is older than Options::checkpoint_every, the content being replaced is kept as a version
    // first (a checkpoint: not one per keystroke, one per few minutes of editing).
    Status save(const std::string& id, std::string_view bytes, const std::string& title, Millis now);

    // Keeps the current content as a version now, whatever the time since the last one (before an
    // import or a restore replaces it). Versions carry the time their content was saved.
    Status checkpoint(const std::string& id, const std::string& reason);

    // Reads the entry's content. `readable` decides whether bytes can be used (the app tries to
    // import them, and keeps the plan when it can). When the current file is missing or unreadable,
    // the newest readable version is used instead: it becomes the current content, and an
    // unreadable current file is kept aside as unreadable-<now>.accord.json, never deleted.
    Opened open(const std::string& id, const std::function<bool(const std::string&)>& readable, Millis now);

    std::vector<VersionInfo> versions(const std::string& id) const;  // newest first
    std::optional<std::string> read_version(const std::string& id, const std::string& name) const;

    // Plan files sent to or received from the partners, by token (the SHA-256 of the file, in
    // lowercase hex, which a partner's copy names as its based_on): the common base of a later
    // three-way merge, found days and restarts later. The newest Options::keep_exchanged are kept;
    // keeping a token again makes it the newest.
    Status keep_exchanged(const std::string& id, const std::string& token, std::string_view bytes, Millis now);
    std::optional<std::string> read_exchanged(const std::string& id, const std::string& token) const;

    // Device settings for one entry and for the whole device.
    Status set_me(const std::string& id, const std::string& me);
    Settings settings() const;
    Status save_settings(const Settings& settings);

    // Deleting moves to the trash, where an entry stays Options::keep_in_trash before
    // purge_trash() removes it; restore_from_trash() undoes a deletion.
    Status move_to_trash(const std::string& id, Millis now);
    Status restore_from_trash(const std::string& id);
    Status delete_forever(const std::string& id);
    int purge_trash(Millis now);  // how many entries were removed

private:
    std::filesystem::path dir(const std::string& id) const;
    std::optional<PlanInfo> read_info(const std::string& id) const;
    Status write_info(const PlanInfo& info);
    Status keep_version(const std::string& id, const std::string& reason, Millis saved);
    void prune_versions(const std::string& id);
    std::vector<std::string> exchanged_files(const std::string& id) const;  // names, newest first
    std::vector<PlanInfo> entries(bool deleted) const;

    std::filesystem::path root_;
    Options options_;
};

// Writes `bytes` to `path` atomically: into a file beside it, then renamed over it, so a reader
// sees the old content or the new, never a mix (and IDBFS persists one complete file).
Status write_file_atomically(const std::filesystem::path& path, std::string_view bytes);
std::optional<std::string> read_file(const std::filesystem::path& path);

// True for an id the library accepts as a folder name: 1-64 letters, digits and dashes.
bool is_entry_id(std::string_view id);

}  // namespace accord::library
