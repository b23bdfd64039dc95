#include "ui/glossary_text.hpp"

#include <algorithm>
#include <cmath>

#include "core/model/collections.hpp"
#include "imgui_internal.h"  // ImTextCharFromUtf8, ImCharIsBlankA: to wrap exactly as ImFont::RenderText
#include "ui/charts.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

// Where each character of a wrapped text lands: ImFont::RenderText's loop (ImGui 1.86), without the
// drawing. The text itself is drawn by AddText, so the highlights must follow its line breaks.
template <class Visit>
void lay_out(const ImFont* font, float size, const char* text, const char* text_end, float wrap_width, Visit visit) {
    const float scale = size / font->FontSize;
    const float line_height = size;
    float x = 0, y = 0;
    const char* wrap_end = nullptr;
    const char* s = text;
    while (s < text_end) {
        if (wrap_width > 0) {
            if (!wrap_end) {
                wrap_end = font->CalcWordWrapPositionA(scale, s, text_end, wrap_width - x);
                if (wrap_end == s) ++wrap_end;  // too narrow for anything: one character per line
            }
            if (s >= wrap_end) {
                x = 0;
                y += line_height;
                wrap_end = nullptr;
                while (s < text_end) {  // a wrap swallows the blanks (and one line break) after it
                    const char c = *s;
                    if (ImCharIsBlankA(c)) {
                        ++s;
                    } else if (c == '\n') {
                        ++s;
                        break;
                    } else {
                        break;
                    }
                }
                continue;
            }
        }
        const char* at = s;
        unsigned int c = static_cast<unsigned char>(*s);
        s += c < 0x80 ? 1 : ImTextCharFromUtf8(&c, s, text_end);
        if (c == 0) break;
        if (c == '\n') {
            x = 0;
            y += line_height;
            continue;
        }
        if (c == '\r') continue;
        const ImFontGlyph* glyph = font->FindGlyph(static_cast<ImWchar>(c));
        if (!glyph) continue;
        const float advance = glyph->AdvanceX * scale;
        visit(static_cast<size_t>(at - text), x, y, advance);
        x += advance;
    }
}

// One line's part of a span, relative to the text's origin.
struct Piece {
    size_t span;
    float x0, x1, y;
};

std::vector<Piece> pieces_of(const std::string& text, const std::vector<insights::TermSpan>& spans, float wrap_width) {
    std::vector<Piece> pieces;
    size_t k = 0;  // spans are in text order and never overlap
    lay_out(ImGui::GetFont(), ImGui::GetFontSize(), text.data(), text.data() + text.size(), wrap_width,
            [&](size_t offset, float x, float y, float advance) {
                while (k < spans.size() && offset >= spans[k].end) ++k;
                if (k == spans.size() || offset < spans[k].begin) return;
                if (!pieces.empty() && pieces.back().span == k && pieces.back().y == y)
                    pieces.back().x1 = x + advance;
                else
                    pieces.push_back({k, x, x + advance, y});
            });
    return pieces;
}

bool is_disputed(const ViewContext& cx, const Id& term) {
    const auto& disputed = cx.insights.glossary.disputed;
    return std::any_of(disputed.begin(), disputed.end(), [&](const insights::DisputedTerm& d) { return d.term == term; });
}

// Flagged: defined twice (the span stands for several entries) or marked disputed.
bool is_flagged(const ViewContext& cx, const insights::TermSpan& span) {
    return span.terms.size() > 1 ||
           std::any_of(span.terms.begin(), span.terms.end(), [&](const Id& id) { return is_disputed(cx, id); });
}

std::string names(const Plan& plan, const std::vector<Id>& partners) {
    std::string out;
    for (size_t i = 0; i < partners.size(); ++i)
        out += (i == 0 ? "" : i + 1 == partners.size() ? " and " : ", ") + insights::partner_name(plan, partners[i]);
    return out;
}

void term_tooltip(const ViewContext& cx, const insights::TermSpan& span) {
    ImGui::PushFont(fonts().body);  // not the heading's font when the term is in a title
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em(24));
    const bool twice = span.terms.size() > 1;
    for (size_t i = 0; i < span.terms.size(); ++i) {
        const GlossaryTerm* term = find_in<GlossaryTerm>(cx.plan, span.terms[i]);
        if (!term) continue;
        if (i > 0) ImGui::Separator();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(term->term.c_str());
        ImGui::PopFont();
        if (term->definition.empty())
            muted_text("No definition written yet.");
        else
            ImGui::TextUnformatted(term->definition.c_str());
        test_hooks::mark("definition:" + term->term, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (term->disputed || is_disputed(cx, term->id)) {
            std::string reason = ICON_FLAG "  Disputed";
            for (const insights::DisputedTerm& d : cx.insights.glossary.disputed)
                if (d.term == term->id && !d.not_agreed_by.empty())
                    reason += ": not agreed by " + names(cx.plan, d.not_agreed_by);
            ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
            ImGui::TextUnformatted(reason.c_str());
            ImGui::PopStyleColor();
        } else if (!term->agreed_by.empty()) {
            muted_text(("Agreed by " + names(cx.plan, term->agreed_by)).c_str());
        }
    }
    if (twice) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        ImGui::TextUnformatted(ICON_FLAG "  Defined twice: agree on one definition in the glossary.");
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    ImGui::PopFont();
}

}  // namespace

const std::vector<insights::TermSpan>* terms_in(const ViewContext& cx, const insights::EntityRef& entity,
                                                insights::TextField field) {
    for (const insights::FieldTerms& f : cx.insights.glossary.fields)
        if (f.field == field && f.entity == entity) return &f.spans;
    return nullptr;
}

void draw_glossary_text(const ViewContext& cx, ImDrawList* draw, ImVec2 at, float wrap_width, ImU32 colour,
                        const std::string& text, const std::vector<insights::TermSpan>& spans) {
    at = ImVec2(std::floor(at.x), std::floor(at.y));  // where RenderText puts it
    // The spans come with the insights of this revision; a text that no longer matches draws plain.
    const bool usable = std::all_of(spans.begin(), spans.end(), [&](const auto& s) { return s.end <= text.size(); });
    const std::vector<Piece> pieces = usable ? pieces_of(text, spans, wrap_width) : std::vector<Piece>{};
    const float line = ImGui::GetFontSize();
    const float thickness = std::max(1.0f, std::round(line / 14.0f));
    const bool window_hovered = ImGui::IsWindowHovered();
    const insights::TermSpan* hovered = nullptr;
    for (const Piece& piece : pieces) {
        const insights::TermSpan& span = spans[piece.span];
        const ImU32 tint = is_flagged(cx, span) ? palette().warn : palette().accent;
        const ImVec2 min(at.x + piece.x0 - em(0.1f), at.y + piece.y);
        const ImVec2 max(at.x + piece.x1 + em(0.1f), at.y + piece.y + line);
        const bool over = window_hovered && ImGui::IsMouseHoveringRect(min, max);
        if (over) hovered = &span;
        draw->AddRectFilled(min, max, charts::faded(tint, over ? 0.28f : 0.12f), em(0.2f));
        draw->AddRectFilled(ImVec2(at.x + piece.x0, max.y - thickness), ImVec2(at.x + piece.x1, max.y), tint);
        if (test_hooks::enabled()) test_hooks::mark("term:" + text.substr(span.begin, span.end - span.begin), min, max);
    }
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, colour, text.data(), text.data() + text.size(), wrap_width);
    if (hovered) term_tooltip(cx, *hovered);
}

void glossary_text(const ViewContext& cx, const std::string& text, const std::vector<insights::TermSpan>& spans) {
    const float wrap_width = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap_width);
    ImGui::Dummy(ImVec2(wrap_width, size.y));
    draw_glossary_text(cx, ImGui::GetWindowDrawList(), at, wrap_width, ImGui::GetColorU32(ImGuiCol_Text), text, spans);
}

}  // namespace accord::ui
