#pragma once
// The scores written out: JSON for tools (`accord score PLAN --json`) and plain text for people
// (`accord score PLAN`, e-mails). Both name entities by their titles as well as their ids.
#include <string>

#include <nlohmann/json.hpp>

#include "core/model/plan.hpp"
#include "core/scoring/scores.hpp"

namespace accord::scoring {

// `plan` must be the plan the scores were computed from (for titles and names).
// The object is {"format": "accord-scores", "version": 1, "today", "health", "goals", "smart",
// "roles", "alignment", "risks", "communication", "balance"}; every figure is
// {"value": number or null, "reasons": [text]}; enums are snake_case words ("on_track").
nlohmann::json scores_to_json(const PlanScores& scores, const Plan& plan);

// A readable report: the headline figures with their reasons, then the goal tree and the latest
// alignment round. Lines end with '\n'; no colour, no tabs.
std::string scores_to_text(const PlanScores& scores, const Plan& plan);

}  // namespace accord::scoring
