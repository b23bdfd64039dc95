// When the open plan is written, and when the title bar may say "Saved": only once the sync that
// covered the newest write has finished. Times are milliseconds on a made-up clock.
#include <catch2/catch.hpp>

#include "core/library/autosave.hpp"

using namespace accord::library;

TEST_CASE("nothing to write until the plan changes", "[autosave]") {
    Autosave autosave;
    CHECK_FALSE(autosave.due_at());
    CHECK(autosave.status().state == SaveState::Saved);
}

TEST_CASE("the first edit after a quiet spell is written at once", "[autosave]") {
    Autosave autosave;
    autosave.changed(1, 1000);
    CHECK(autosave.due_at() == 1000);
    CHECK(autosave.status().state == SaveState::Saving);
}

TEST_CASE("edits in quick succession are gathered and written a quarter second after the last", "[autosave]") {
    Autosave autosave;
    autosave.changed(1, 1000);
    autosave.wrote_plan(1, 1000);
    autosave.changed(2, 1100);
    CHECK(autosave.due_at() == 1350);  // 1100 + 250
    autosave.changed(3, 1200);
    CHECK(autosave.due_at() == 1450);
    CHECK_FALSE(autosave.due(1449));
    CHECK(autosave.due(1450));
}

TEST_CASE("steady typing is written half a second after the first unwritten keystroke", "[autosave]") {
    Autosave autosave;
    autosave.changed(1, 0);
    autosave.wrote_plan(1, 0);
    for (int key = 1; key <= 8; ++key) autosave.changed(1 + key, 100.0 * key);  // a key every 100 ms
    CHECK(autosave.due_at() == 600);  // the first unwritten key at 100, plus 500
}

TEST_CASE("a write takes the change off the list and hands out a ticket to persist", "[autosave]") {
    Autosave autosave;
    autosave.changed(7, 0);
    CHECK(autosave.wrote_plan(7, 0) == 1);
    CHECK_FALSE(autosave.pending());
    CHECK_FALSE(autosave.due_at());
    CHECK(autosave.wrote_other() == 2);
    CHECK(autosave.last_ticket() == 2);
}

TEST_CASE("Saved is said only when the sync covering the newest write has finished", "[autosave]") {
    Autosave autosave;
    autosave.changed(1, 0);
    const auto first = autosave.wrote_plan(1, 0);
    CHECK(autosave.status().state == SaveState::Saving);  // written, not yet durable
    autosave.changed(2, 100);
    autosave.synced(first, 120);  // a sync that started before the second edit
    CHECK(autosave.durable_revision() == 1);
    CHECK(autosave.durable_at() == 120);
    CHECK(autosave.status().state == SaveState::Saving);
    const auto second = autosave.wrote_plan(2, 350);
    autosave.synced(second, 380);
    CHECK(autosave.status().state == SaveState::Saved);
    CHECK(autosave.durable_revision() == 2);
    CHECK(autosave.durable_at() == 380);
}

TEST_CASE("settings written after the plan keep the status at Saving until they are synced too", "[autosave]") {
    Autosave autosave;
    autosave.changed(1, 0);
    const auto plan = autosave.wrote_plan(1, 0);
    const auto settings = autosave.wrote_other();
    autosave.synced(plan, 10);
    CHECK(autosave.status().state == SaveState::Saving);
    autosave.synced(settings, 20);
    CHECK(autosave.status().state == SaveState::Saved);
    CHECK(autosave.durable_at() == 10);  // the plan's revision became durable at the first sync
}

TEST_CASE("a failed sync says Not saved with the reason, and is tried again later", "[autosave]") {
    Autosave autosave;
    autosave.changed(1, 0);
    const auto ticket = autosave.wrote_plan(1, 0);
    autosave.sync_failed(ticket, "This device's storage is full.", 50);
    CHECK(autosave.status().state == SaveState::NotSaved);
    CHECK(autosave.status().reason == "This device's storage is full.");
    CHECK(autosave.durable_revision() == -1);
    CHECK(autosave.due_at() == 10050);  // retry_ms after the failure
}

TEST_CASE("the next edit after a failure is written at once, and its sync clears the failure", "[autosave]") {
    Autosave autosave;
    autosave.changed(1, 0);
    autosave.sync_failed(autosave.wrote_plan(1, 0), "full", 50);
    autosave.changed(2, 2000);
    CHECK(autosave.due_at() == 2000);
    const auto ticket = autosave.wrote_plan(2, 2000);
    CHECK(autosave.status().state == SaveState::NotSaved);  // still not durable
    autosave.synced(ticket, 2040);
    CHECK(autosave.status().state == SaveState::Saved);
    CHECK(autosave.durable_revision() == 2);
    CHECK_FALSE(autosave.due_at());
}

TEST_CASE("a failed write stays pending and is retried", "[autosave]") {
    Autosave autosave;
    autosave.changed(1, 0);
    autosave.write_failed("could not write current.accord.json: No space left on device", 0);
    CHECK(autosave.status().state == SaveState::NotSaved);
    CHECK(autosave.pending());
    CHECK(autosave.due_at() == 0);  // still due: the app retries on its next timer
    autosave.synced(autosave.wrote_plan(1, 10000), 10030);
    CHECK(autosave.status().state == SaveState::Saved);
}

TEST_CASE("without storage the status says so whatever is written", "[autosave]") {
    Autosave autosave;
    autosave.set_unavailable("This browser does not let Accord keep data.");
    autosave.changed(1, 0);
    autosave.wrote_plan(1, 0);
    CHECK(autosave.status().state == SaveState::NotSaved);
    CHECK(autosave.status().reason == "This browser does not let Accord keep data.");
}

TEST_CASE("opening another plan starts from its stored revision", "[autosave]") {
    Autosave autosave;
    autosave.changed(5, 0);
    autosave.wrote_plan(5, 0);
    autosave.reset(40);
    CHECK(autosave.durable_revision() == 40);
    autosave.synced(autosave.last_ticket(), 10);  // the old plan's write: not this plan's revision
    CHECK(autosave.durable_revision() == 40);
    CHECK(autosave.status().state == SaveState::Saved);
}
