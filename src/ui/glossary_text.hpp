#pragma once
// Glossary-aware text: a text of the plan drawn wrapped, with the glossary terms the core found in
// it (cx.insights.glossary, docs/insights.md "Glossary-aware text") tinted and underlined. Hovering
// a term shows its definition; a term defined twice or marked disputed is drawn in the warning
// colour and its tooltip says why. Each highlighted piece is marked for the e2e tests as
// "term:<the words as written>".
//
//   if (auto* spans = terms_in(cx, {EntityKind::Goal, goal.id}, TextField::GoalTitle)) ...
#include <string>
#include <vector>

#include "core/insights/glossary.hpp"
#include "imgui.h"

namespace accord::ui {

struct ViewContext;

// The terms found in one text of the plan; nullptr when it holds none.
const std::vector<insights::TermSpan>* terms_in(const ViewContext& cx, const insights::EntityRef& entity,
                                                insights::TextField field);

// Draws `text` at `at` in the current font, wrapped at `wrap_width` exactly as ImDrawList::AddText
// wraps it, with the spans highlighted, and shows a term's tooltip while the mouse is over it.
void draw_glossary_text(const ViewContext& cx, ImDrawList* draw, ImVec2 at, float wrap_width, ImU32 colour,
                        const std::string& text, const std::vector<insights::TermSpan>& spans);

// The same as an item that takes the rest of the line, like ImGui::TextWrapped.
void glossary_text(const ViewContext& cx, const std::string& text, const std::vector<insights::TermSpan>& spans);

}  // namespace accord::ui
