#pragma once
// Check-ins & reviews: the agreed rhythm (every N days, channels) and whether a check-in is due;
// the log of check-ins, newest first, with attendees, notes, decisions and actions (owner, due
// date, done; overdue ones flagged); and the reviews: snapshots of the headline scores with the
// notes and adjustments the partners agreed.
#include <string>

#include "core/model/ids.hpp"

namespace accord::ui {

struct ViewContext;

// What this view remembers between frames: never undone, never saved.
struct CheckinsState {
    Id open;         // the check-in shown in full; the others show one line each
    Id confirm_remove;  // a check-in or review waiting for the user's yes
    // Something just added whose text input takes the keyboard: a decision or an action of the
    // open check-in (its position), or a channel; -1: none.
    int focus_decision = -1;
    int focus_action = -1;
    int focus_channel = -1;
    // The "take a review snapshot" dialog: its fields, until recorded.
    bool snapshot_requested = false;
    std::string draft_title, draft_notes, draft_adjustments;
};

void draw_checkins_view(ViewContext& cx);

}  // namespace accord::ui
