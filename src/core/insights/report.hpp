#pragma once
// The plan's report, to paste into an email or print (`accord report PLAN [--html]`): the agenda,
// the scores with their reasons, the vision, the disagreements, the ratings against the evidence,
// the glossary and the state of agreement. Every text that comes from the plan is escaped, so a
// name such as "**Acme** <script>" shows as written and never becomes markup.
#include <string>
#include <string_view>

#include "core/insights/insights.hpp"
#include "core/model/plan.hpp"
#include "core/scoring/scores.hpp"

namespace accord::insights {

enum class ReportFormat { Markdown, Html };

// `scores` and `insights` must be computed from `plan`. Markdown is CommonMark with pipe tables;
// HTML is one self-contained UTF-8 page with a small print-friendly style and no script.
std::string plan_report(const Plan& plan, const scoring::PlanScores& scores, const Insights& insights,
                        ReportFormat format);

// Plain text made inert in Markdown: \ ` * _ [ ] < > # | ~ & get a backslash, line breaks become
// spaces (a report line never starts a list or a heading by accident).
std::string escape_markdown(std::string_view text);

// Plain text made inert in HTML: & < > " ' as character references.
std::string escape_html(std::string_view text);

}  // namespace accord::insights
