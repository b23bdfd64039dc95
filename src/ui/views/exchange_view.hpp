#pragma once
// Exchange: export (download, clipboard, share, email, report), import (file, drop, paste) and the
// merge review.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/library/library.hpp"
#include "core/merge/merge.hpp"
#include "core/model/plan.hpp"

namespace accord::ui {

struct ViewContext;

// A plan file that arrived (picked, dropped or pasted), waiting for the person to say what to do.
struct IncomingFile {
    std::string name;                   // the file's name ("pasted text" for a paste)
    std::string token;                  // SHA-256 of its bytes: the version it is (core/merge)
    std::vector<std::string> problems;  // why it cannot be opened; empty when `plan` is set
    std::optional<Plan> plan;           // the plan it holds
    bool migrated = false;              // written by an older Accord and upgraded on reading
    // The library's entries holding this plan when it is not the open one (looked up once).
    std::optional<std::vector<library::PlanInfo>> holding;
};

// A copy of the open plan merged with it, and the person's decisions on its conflicts.
struct MergeReview {
    std::string token;             // the incoming file it was made from
    std::int64_t ours_revision = -1;  // the open plan's revision it was made against (redone when it moves)
    std::optional<merge::MergeResult> result;
    std::map<Id, merge::Choice> choices;  // by conflict; Postpone until the person decides
    std::map<Id, std::string> edited;     // the edited value of a conflict set to Custom
    std::vector<Problem> problems;        // why the last Apply could not resolve
};

// What this view remembers between frames: never undone, never saved in the plan.
struct ExchangeState {
    std::optional<IncomingFile> incoming;
    MergeReview review;
    std::string pasted;     // the "paste a plan file's text" box
    std::string last_sent;  // what the last send did, for the line under the buttons
    // Files sent or received by their token: the bases of later three-way merges (a partner's file
    // names the version it was based on; finding it makes the merge exact). This session's are here;
    // the app keeps each in the plan library with its plan (`unstored`: plan id and token of those
    // not kept yet, held until that plan is the open one) and `stored` finds them after a restart.
    std::map<std::string, std::string> known_files;
    std::vector<std::pair<std::string, std::string>> unstored;
    std::function<std::optional<std::string>(const std::string& token)> stored;
    // The entries of the plan library, other than the open one, that hold the plan with this id.
    std::function<std::vector<library::PlanInfo>(const std::string& plan_id)> holding;
};

// Takes a file the person picked, dropped or pasted: reads it (nothing changes in the open plan)
// and holds it for the Exchange view, which the app then shows. `error` says why the browser could
// not read it at all.
void receive_plan_file(ExchangeState& state, std::string name, const std::string& bytes, const std::string& error = {});

void draw_exchange_view(ViewContext& cx);

}  // namespace accord::ui
