#pragma once
// When to write the open plan, and what to tell the user about it. Pure logic with no clock of its
// own: the app reports edits, writes and the platform's sync results with the time (milliseconds
// from any monotonic clock), and asks when the next write is due (it sets a timer for then: saving
// never waits for a frame, which a hidden tab does not draw).
//
// Timing: the first edit after a quiet spell is written at once; edits that follow quickly are
// gathered and written `quiet_ms` after the last one, but never later than `max_wait_ms` after the
// first unwritten one, so steady typing is durable within about max_wait_ms plus one sync.
//
// Tickets: every write to the file system (the plan, or settings, a rename, a deletion) takes the
// next ticket and is followed by a request to persist up to it; the platform reports which ticket a
// finished sync covered. "Saved" is said only when the sync covering the newest write has finished
// without error: never from a timer, never from the write alone.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>

namespace accord::library {

enum class SaveState { Saved, Saving, NotSaved };

struct SaveStatus {
    SaveState state = SaveState::Saved;
    std::string reason;  // why not saved, in plain words
};

class Autosave {
public:
    struct Timing {
        double quiet_ms = 250;
        double max_wait_ms = 500;
        double retry_ms = 10000;  // after a failed write or sync, try again this much later
    };

    Autosave() = default;
    explicit Autosave(Timing timing) : timing_(timing) {}

    // The plan changed; `revision` is its revision after the change.
    void changed(std::int64_t revision, double now);
    // When the plan should be written next (nullopt: nothing to write or retry).
    std::optional<double> due_at() const;
    bool due(double now) const;
    bool pending() const { return pending_; }

    // The plan at `revision` was written to the file system; persist up to the returned ticket.
    std::uint64_t wrote_plan(std::int64_t revision, double now);
    // Something else was written (settings, a rename, a deletion); persist up to the returned ticket.
    std::uint64_t wrote_other();
    // Writing the plan failed: it stays pending and is tried again after Timing::retry_ms.
    void write_failed(const std::string& reason, double now);

    // A sync covering every write up to `ticket` finished, or failed.
    void synced(std::uint64_t ticket, double now);
    void sync_failed(std::uint64_t ticket, const std::string& reason, double now);

    // There is no durable storage at all (the browser refuses it): the library lives in memory and
    // the status says so until the page is closed.
    void set_unavailable(std::string reason) { unavailable_ = std::move(reason); }
    bool unavailable() const { return !unavailable_.empty(); }

    SaveStatus status() const;
    std::int64_t durable_revision() const { return durable_revision_; }  // -1 until a plan write is durable
    double durable_at() const { return durable_at_; }  // when durable_revision became durable
    std::uint64_t last_ticket() const { return next_ticket_ - 1; }

    // A different plan was opened: its stored revision is durable as it is.
    void reset(std::int64_t durable_revision);

private:
    Timing timing_;
    bool pending_ = false;
    double first_pending_ = 0, last_change_ = 0;
    std::optional<double> last_write_;
    std::optional<double> retry_at_;
    std::int64_t pending_revision_ = 0;

    std::uint64_t next_ticket_ = 1;
    std::uint64_t durable_ticket_ = 0;
    std::deque<std::pair<std::uint64_t, std::int64_t>> plan_writes_;  // (ticket, revision), not yet durable
    std::int64_t durable_revision_ = -1;
    double durable_at_ = 0;

    std::string failure_;            // the last write or sync failure, until a later sync succeeds
    std::uint64_t failed_ticket_ = 0;
    std::string unavailable_;
};

}  // namespace accord::library
