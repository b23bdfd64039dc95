#include "core/library/autosave.hpp"

#include <algorithm>

namespace accord::library {

void Autosave::changed(std::int64_t revision, double now) {
    if (!pending_) {
        pending_ = true;
        first_pending_ = now;
    }
    last_change_ = now;
    pending_revision_ = revision;
}

std::optional<double> Autosave::due_at() const {
    std::optional<double> at;
    if (pending_) {
        const bool after_quiet = !last_write_ || first_pending_ - *last_write_ >= timing_.quiet_ms;
        at = after_quiet ? first_pending_ : std::min(last_change_ + timing_.quiet_ms, first_pending_ + timing_.max_wait_ms);
    }
    if (retry_at_) at = at ? std::min(*at, *retry_at_) : *retry_at_;
    return at;
}

bool Autosave::due(double now) const {
    const auto at = due_at();
    return at && *at <= now;
}

std::uint64_t Autosave::wrote_plan(std::int64_t revision, double now) {
    pending_ = pending_ && pending_revision_ != revision;  // an edit applied since stays pending
    if (pending_) first_pending_ = now;
    last_write_ = now;
    retry_at_.reset();
    const std::uint64_t ticket = next_ticket_++;
    plan_writes_.emplace_back(ticket, revision);
    return ticket;
}

std::uint64_t Autosave::wrote_other() { return next_ticket_++; }

void Autosave::write_failed(const std::string& reason, double now) {
    failure_ = reason;
    failed_ticket_ = next_ticket_;  // cleared only by a sync covering a later write
    retry_at_ = now + timing_.retry_ms;
}

void Autosave::synced(std::uint64_t ticket, double now) {
    durable_ticket_ = std::max(durable_ticket_, ticket);
    bool moved = false;
    while (!plan_writes_.empty() && plan_writes_.front().first <= ticket) {
        durable_revision_ = plan_writes_.front().second;
        plan_writes_.pop_front();
        moved = true;
    }
    if (moved) durable_at_ = now;
    if (!failure_.empty() && ticket >= failed_ticket_) {
        failure_.clear();
        retry_at_.reset();
    }
}

void Autosave::sync_failed(std::uint64_t ticket, const std::string& reason, double now) {
    failure_ = reason;
    failed_ticket_ = std::max(ticket, failed_ticket_);
    retry_at_ = now + timing_.retry_ms;
}

SaveStatus Autosave::status() const {
    if (!unavailable_.empty()) return {SaveState::NotSaved, unavailable_};
    if (!failure_.empty()) return {SaveState::NotSaved, failure_};
    if (pending_ || durable_ticket_ < last_ticket()) return {SaveState::Saving, {}};
    return {SaveState::Saved, {}};
}

void Autosave::reset(std::int64_t durable_revision) {
    pending_ = false;
    plan_writes_.clear();
    durable_revision_ = durable_revision;
}

}  // namespace accord::library
