#include "ui/views/goal_tree_canvas.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/model/validate.hpp"
#include "imgui_internal.h"  // ImRect
#include "platform/platform.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/runner.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/views/goal_tree_actions.hpp"
#include "ui/widgets.hpp"

// Index of this file
// [SECTION] The canvas's frame: world and screen, fit, zoom, reveal
// [SECTION] Hit testing and drop targets
// [SECTION] Drawing helpers: text, ring, chevron
// [SECTION] Cards and edges
// [SECTION] Pointer, wheel, gestures, keyboard
// [SECTION] Context menu
// [SECTION] draw_goal_canvas

namespace accord::ui {
namespace {

constexpr float kMinZoom = 0.2f;
constexpr float kMaxZoom = 2.5f;
constexpr float kFitMargin = 1.1f;       // em around the tree when fitted
constexpr float kWheelZoomStep = 1.15f;  // per wheel notch
constexpr float kWheelPanStep = 3.0f;    // em per wheel notch
constexpr double kSnapMs = 160;          // a dropped card glides to its place in this time

// Keys ImGui 1.86 has no name for, by their GLFW codes (what IsKeyPressed takes in 1.86).
constexpr int kKeyF2 = 291, kKeyEqual = 61, kKeyMinus = 45, kKeyPadAdd = 334, kKeyPadSubtract = 333;

//-----------------------------------------------------------------------------
// [SECTION] The canvas's frame: world and screen, fit, zoom, reveal
//-----------------------------------------------------------------------------

// This frame's mapping from the layout's world (em) to the screen (pixels).
struct Frame {
    ImRect rect;       // the canvas on screen
    float em = 1;      // pixels per em at zoom 1 (the font size: includes the pixel ratio)
    float scale = 1;   // pixels per em at the current zoom
    float scroll_x = 0, scroll_y = 0;

    ImVec2 screen(float x, float y) const {
        return ImVec2(rect.Min.x + (x - scroll_x) * scale, rect.Min.y + (y - scroll_y) * scale);
    }
    ImVec2 world(ImVec2 p) const {
        return ImVec2(scroll_x + (p.x - rect.Min.x) / scale, scroll_y + (p.y - rect.Min.y) / scale);
    }
    float px(float em_units) const { return em_units * scale; }
};

Frame frame_of(const GoalTreeState& state, const ImRect& rect) {
    Frame f;
    f.rect = rect;
    f.em = ImGui::GetFontSize();
    f.scale = f.em * state.zoom;
    f.scroll_x = state.scroll_x;
    f.scroll_y = state.scroll_y;
    return f;
}

// The whole tree in view, centred; no larger than life (a small tree is not blown up), and from
// the top when even the smallest zoom cannot show it all.
void fit(GoalTreeState& state, const ImRect& rect) {
    const GoalLayout& layout = state.layout;
    const float em = ImGui::GetFontSize();
    const float width = layout.width + 2 * kFitMargin, height = layout.height + 2 * kFitMargin;
    const float zoom = std::min(rect.GetWidth() / (width * em), rect.GetHeight() / (height * em));
    state.zoom = std::clamp(zoom, kMinZoom, 1.0f);
    const float scale = em * state.zoom;
    state.scroll_x = layout.width * 0.5f - rect.GetWidth() * 0.5f / scale;
    state.scroll_y = height * scale <= rect.GetHeight() ? layout.height * 0.5f - rect.GetHeight() * 0.5f / scale
                                                        : -kFitMargin;
}

// Zooms by `factor` keeping the world point under `anchor` (a screen point) where it is.
void zoom_at(GoalTreeState& state, const Frame& frame, float factor, ImVec2 anchor) {
    const ImVec2 world = frame.world(anchor);
    state.zoom = std::clamp(state.zoom * factor, kMinZoom, kMaxZoom);
    const float scale = frame.em * state.zoom;
    state.scroll_x = world.x - (anchor.x - frame.rect.Min.x) / scale;
    state.scroll_y = world.y - (anchor.y - frame.rect.Min.y) / scale;
}

// Pans so the card of `goal` is on screen (centred, if it was not fully visible). False while the
// goal is not laid out yet (an added goal appears in the plan after the frame).
bool pan_to(GoalTreeState& state, const Frame& frame, const Id& goal) {
    const GoalNode* node = state.layout.find(goal);
    if (!node) return false;
    const ImRect card(frame.screen(node->x, node->y), frame.screen(node->x + kGoalCardWidth, node->y + kGoalCardHeight));
    ImRect inside = frame.rect;
    inside.Expand(-frame.px(0.8f));
    if (inside.Contains(card)) return true;
    state.scroll_x = node->x + kGoalCardWidth * 0.5f - frame.rect.GetWidth() * 0.5f / frame.scale;
    state.scroll_y = node->y + kGoalCardHeight * 0.5f - frame.rect.GetHeight() * 0.5f / frame.scale;
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Hit testing and drop targets
//-----------------------------------------------------------------------------

ImRect card_rect(const Frame& frame, const GoalNode& node) {
    return ImRect(frame.screen(node.x, node.y), frame.screen(node.x + kGoalCardWidth, node.y + kGoalCardHeight));
}

std::string hidden_text(const GoalNode& node) { return "+" + std::to_string(node.hidden); }

// The collapse badge on the card's bottom edge: a round chevron when open, a "+N" pill when
// collapsed. Empty for a goal without children.
ImRect badge_rect(const Frame& frame, const GoalNode& node) {
    if (node.children == 0) return ImRect();
    const ImRect card = card_rect(frame, node);
    const float middle = (card.Min.x + card.Max.x) * 0.5f;
    const float height = frame.px(1.15f);
    float width = height;
    if (node.hidden > 0) {
        const std::string text = hidden_text(node);
        width = fonts().bold->CalcTextSizeA(frame.px(0.68f), FLT_MAX, 0, text.c_str()).x + frame.px(0.9f);
    }
    return ImRect(ImVec2(middle - width * 0.5f, card.Max.y - height * 0.5f),
                  ImVec2(middle + width * 0.5f, card.Max.y + height * 0.5f));
}

struct Hit {
    const GoalNode* node = nullptr;
    bool badge = false;
};

Hit hit_test(const GoalLayout& layout, const Frame& frame, ImVec2 point, const Id& skip = {}) {
    for (auto it = layout.nodes.rbegin(); it != layout.nodes.rend(); ++it) {
        if (it->id == skip) continue;
        ImRect badge = badge_rect(frame, *it);
        badge.Expand(frame.px(0.15f));  // a little larger than drawn: easier on touch screens
        if (it->children > 0 && badge.Contains(point)) return {&*it, true};
    }
    for (auto it = layout.nodes.rbegin(); it != layout.nodes.rend(); ++it)
        if (it->id != skip && card_rect(frame, *it).Contains(point)) return {&*it, false};
    return {};
}

enum class DropWhere { Inside, Before, After };

// Where a dragged card would go if released now.
struct Drop {
    const GoalNode* target = nullptr;
    DropWhere where = DropWhere::Inside;
    Id parent;          // the goal's new parent ("" = a root)
    size_t index = 0;   // its place among its new siblings
    bool allowed = false;  // false: the core will refuse it (a goal cannot go below itself)
    bool changes = false;  // false: it would stay where it is
};

// Over a card's middle the dragged goal becomes its child; over its leading or trailing edge
// (left/right in a row, top/bottom in a column) its sibling, placed before or after it.
Drop drop_at(const ViewContext& cx, const Frame& frame, ImVec2 point, const Id& dragged) {
    const GoalTreeState& state = cx.ui.goal_tree;
    Drop drop;
    const Hit hit = hit_test(state.layout, frame, point, dragged);
    if (!hit.node) return drop;
    drop.target = hit.node;
    const ImRect card = card_rect(frame, *hit.node);
    const float along = hit.node->in_column ? (point.y - card.Min.y) / card.GetHeight()
                                            : (point.x - card.Min.x) / card.GetWidth();
    const float edge = hit.node->in_column ? 0.28f : 0.2f;
    drop.where = along < edge ? DropWhere::Before : along > 1 - edge ? DropWhere::After : DropWhere::Inside;

    const Goal& target = cx.plan.goals[hit.node->goal];
    const Goal* moving = cx.plan.find_goal(dragged);
    if (!moving) return Drop{};
    drop.parent = drop.where == DropWhere::Inside ? target.id : target.parent;
    // The new siblings in plan order, the dragged goal left out (move_goal counts them that way).
    std::vector<const Goal*> siblings;
    for (const Goal& goal : cx.plan.goals)
        if (goal.parent == drop.parent && goal.id != dragged) siblings.push_back(&goal);
    drop.index = siblings.size();
    if (drop.where != DropWhere::Inside) {
        const auto at = std::find(siblings.begin(), siblings.end(), &target) - siblings.begin();
        drop.index = static_cast<size_t>(at) + (drop.where == DropWhere::After ? 1 : 0);
    }
    drop.allowed = !would_create_cycle(cx.plan, dragged, drop.parent);
    // Where the goal is now, counted the same way.
    size_t now = 0;
    for (const Goal& goal : cx.plan.goals) {
        if (goal.id == dragged) break;
        if (goal.parent == moving->parent) ++now;
    }
    drop.changes = drop.parent != moving->parent || drop.index != now;
    return drop;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing helpers: text, ring, chevron
//-----------------------------------------------------------------------------

ImU32 faded(ImU32 colour, float alpha) {
    const ImU32 a = static_cast<ImU32>(((colour >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

// The sharpest font for text drawn `pixels` high: the atlas holds the body size and the title
// size; scaling a glyph down stays crisp, scaling it up blurs.
ImFont* font_for(float pixels, bool bold) {
    const Fonts& f = fonts();
    if (bold && pixels > f.bold->FontSize * 1.05f) return f.title;
    return bold ? f.bold : f.body;
}

float text_width(ImFont* font, float pixels, const char* begin, const char* end = nullptr) {
    return font->CalcTextSizeA(pixels, FLT_MAX, 0, begin, end).x;
}

// One line of `text` in `width`, cut with an ellipsis if it does not fit or if `more` text follows.
// Returns true when cut.
bool draw_line(ImDrawList* draw, ImFont* font, float pixels, ImVec2 at, ImU32 colour, const char* begin,
               const char* end, float width, bool more) {
    if (!more && text_width(font, pixels, begin, end) <= width) {
        draw->AddText(font, pixels, at, colour, begin, end);
        return false;
    }
    static const char* kEllipsis = "…";
    const float room = width - text_width(font, pixels, kEllipsis);
    const char* fits = begin;
    font->CalcTextSizeA(pixels, std::max(0.0f, room), 0, begin, end, &fits);
    while (fits > begin && fits[-1] == ' ') --fits;
    draw->AddText(font, pixels, at, colour, begin, fits);
    const float used = text_width(font, pixels, begin, fits);
    draw->AddText(font, pixels, ImVec2(at.x + used, at.y), colour, kEllipsis);
    return true;
}

// `text` word-wrapped in `width` on at most `lines` lines, the last one ellipsised when the text
// goes on. Returns true when something was cut.
bool draw_wrapped(ImDrawList* draw, ImFont* font, float pixels, ImVec2 at, ImU32 colour, const std::string& text,
                  float width, int lines, float line_height) {
    const char* s = text.c_str();
    const char* end = s + text.size();
    const float scale = pixels / font->FontSize;
    for (int line = 0; line < lines && s < end; ++line) {
        const ImVec2 pos(at.x, at.y + static_cast<float>(line) * line_height);
        const char* cut = font->CalcWordWrapPositionA(scale, s, end, width);
        if (cut <= s) cut = s + 1;  // a single glyph wider than the card still moves on
        while (cut < end && (*cut & 0xC0) == 0x80) ++cut;  // never inside a UTF-8 sequence
        if (line == lines - 1 && cut < end) {
            const char* line_end = std::find(s, end, '\n');
            draw_line(draw, font, pixels, pos, colour, s, line_end, width, line_end < end);
            return true;
        }
        const char* shown = cut;
        while (shown > s && (shown[-1] == ' ' || shown[-1] == '\n')) --shown;
        draw->AddText(font, pixels, pos, colour, s, shown);
        s = cut;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
    return false;
}

void draw_ring(ImDrawList* draw, ImVec2 centre, float radius, float thickness, float fraction, ImU32 track, ImU32 fill) {
    draw->AddCircle(centre, radius, track, 0, thickness);
    if (fraction <= 0) return;
    if (fraction >= 0.999f) {
        draw->AddCircle(centre, radius, fill, 0, thickness);
        return;
    }
    const float start = -IM_PI * 0.5f;
    const int segments = std::max(8, static_cast<int>(radius * fraction * 1.2f));
    draw->PathArcTo(centre, radius, start, start + 2 * IM_PI * fraction, segments);
    draw->PathStroke(fill, 0, thickness);
}

void draw_chevron_down(ImDrawList* draw, ImVec2 centre, float size, ImU32 colour, float thickness) {
    const ImVec2 points[3] = {ImVec2(centre.x - size, centre.y - size * 0.45f), ImVec2(centre.x, centre.y + size * 0.55f),
                              ImVec2(centre.x + size, centre.y - size * 0.45f)};
    draw->AddPolyline(points, 3, colour, 0, thickness);
}

std::string upper(const char* text) {
    std::string out = text;
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Cards and edges
//-----------------------------------------------------------------------------

enum class CardLook { Normal, Ghost, Lifted };

struct CardState {
    bool selected = false, hovered = false;
    const Drop* drop = nullptr;  // when this card is the drop target
    CardLook look = CardLook::Normal;
};

void draw_smart_pips(ImDrawList* draw, const Frame& frame, const scoring::SmartCheck& smart,
                     ImVec2 right_middle, float alpha, bool tooltips) {
    const Palette& p = palette();
    const scoring::Criterion* letters[5] = {&smart.specific, &smart.measurable, &smart.achievable, &smart.relevant,
                                            &smart.time_bound};
    static const char* kLetters[5] = {"S", "M", "A", "R", "T"};
    static const char* kNames[5] = {"Specific", "Measurable", "Achievable", "Relevant", "Time-bound"};
    const float side = frame.px(0.86f), gap = frame.px(0.16f), pixels = frame.px(0.56f);
    ImFont* font = font_for(pixels, true);
    const float width = 5 * side + 4 * gap;
    ImVec2 at(right_middle.x - width, right_middle.y - side * 0.5f);
    const ImRect all(at, ImVec2(at.x + width, at.y + side));
    for (int i = 0; i < 5; ++i) {
        const ImVec2 min(at.x + static_cast<float>(i) * (side + gap), at.y);
        const ImVec2 max(min.x + side, min.y + side);
        const bool met = letters[i]->met;
        if (met) draw->AddRectFilled(min, max, faded(p.good, 0.16f * alpha), frame.px(0.2f));
        else draw->AddRect(min, max, faded(p.neutral, 0.7f * alpha), frame.px(0.2f), 0, std::max(1.0f, frame.px(0.06f)));
        const float w = text_width(font, pixels, kLetters[i]);
        draw->AddText(font, pixels, ImVec2((min.x + max.x - w) * 0.5f, (min.y + max.y - pixels) * 0.5f),
                      faded(met ? p.good : p.text_muted, alpha), kLetters[i]);
    }
    if (!tooltips || !ImGui::IsMouseHoveringRect(all.Min, all.Max)) return;
    ImGui::BeginTooltip();
    ImGui::Text("SMART %d/5", smart.score);
    for (int i = 0; i < 5; ++i) {
        ImGui::PushStyleColor(ImGuiCol_Text, letters[i]->met ? p.good : p.text_muted);
        ImGui::TextUnformatted(letters[i]->met ? ICON_CHECK : ICON_CLOSE);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (letters[i]->met) ImGui::TextUnformatted(kNames[i]);
        else ImGui::Text("%s: %s", kNames[i], letters[i]->reason.c_str());
    }
    ImGui::EndTooltip();
}

void draw_owner_dots(const ViewContext& cx, ImDrawList* draw, const Frame& frame, const Goal& goal, ImVec2 left_middle,
                     float alpha, bool tooltips) {
    const Palette& p = palette();
    const float radius = frame.px(0.34f), step = frame.px(0.58f);
    if (goal.owners.empty()) {
        draw->AddCircle(ImVec2(left_middle.x + radius, left_middle.y), radius, faded(p.neutral, alpha), 0,
                        std::max(1.0f, frame.px(0.07f)));
    }
    for (size_t i = 0; i < goal.owners.size(); ++i) {
        const Partner* partner = cx.plan.find_partner(goal.owners[i]);
        const ImVec2 centre(left_middle.x + radius + static_cast<float>(i) * step, left_middle.y);
        draw->AddCircleFilled(centre, radius + frame.px(0.08f), faded(p.panel, alpha));
        draw->AddCircleFilled(centre, radius, partner ? rgb(partner->colour, alpha) : faded(p.neutral, alpha));
    }
    const size_t shown = std::max<size_t>(1, goal.owners.size());
    const ImVec2 min(left_middle.x, left_middle.y - radius);
    const ImVec2 max(left_middle.x + 2 * radius + static_cast<float>(shown - 1) * step, left_middle.y + radius);
    if (!tooltips || !ImGui::IsMouseHoveringRect(min, max)) return;
    ImGui::BeginTooltip();
    if (goal.owners.empty()) ImGui::TextUnformatted("No owner yet");
    for (const Id& owner : goal.owners) {
        const Partner* partner = cx.plan.find_partner(owner);
        ImGui::TextColored(partner ? rgb_vec(partner->colour) : ImVec4(0.5f, 0.5f, 0.5f, 1), ICON_DOT);
        ImGui::SameLine();
        ImGui::TextUnformatted(partner ? partner->name.c_str() : owner.c_str());
    }
    ImGui::EndTooltip();
}

void progress_tooltip(const Goal& goal, const scoring::GoalProgress* progress) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em(24));
    if (progress) {
        ImGui::Text("%s done (from %s)", percent_text(progress->progress).c_str(), scoring::label(progress->source));
        if (progress->expected) ImGui::Text("%s expected by today", percent_text(*progress->expected).c_str());
        const char* word = pace_word(goal, progress);
        if (*word) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pace_colour(goal, progress)), "%s", word);
    }
    if (goal.due) ImGui::Text("Due %s", goal.due->iso().c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// One goal's card. `corner` is its top-left on screen.
void draw_card(ViewContext& cx, ImDrawList* draw, const Frame& frame, const GoalNode& node, ImVec2 corner,
               const CardState& look) {
    const Palette& p = palette();
    const Goal& goal = cx.plan.goals[node.goal];
    const scoring::GoalProgress* progress = cx.scores.goals.find(goal.id);
    const scoring::SmartCheck* smart = cx.scores.smart.find(goal.id);
    const bool dropped = goal.status == GoalStatus::Dropped;
    const float alpha = look.look == CardLook::Ghost ? 0.35f : dropped ? 0.6f : 1.0f;
    const bool tooltips = look.look == CardLook::Normal && look.hovered;
    const ImRect card(corner, ImVec2(corner.x + frame.px(kGoalCardWidth), corner.y + frame.px(kGoalCardHeight)));
    const float rounding = frame.px(0.55f);
    const ImU32 status = pace_colour(goal, progress);

    // A collapsed card is a little stack of cards: what it hides is right behind it.
    if (node.hidden > 0 && look.look == CardLook::Normal) {
        for (int layer = 2; layer >= 1; --layer) {
            const float shift = frame.px(0.22f * static_cast<float>(layer));
            draw->AddRectFilled(ImVec2(card.Min.x + shift, card.Min.y + shift), ImVec2(card.Max.x + shift, card.Max.y + shift),
                                p.panel, rounding);
            draw->AddRect(ImVec2(card.Min.x + shift, card.Min.y + shift), ImVec2(card.Max.x + shift, card.Max.y + shift),
                          p.panel_border, rounding);
        }
    }
    // Shadow, body, status stripe (the body clipped to the card's left edge), border.
    const float lift = look.look == CardLook::Lifted ? 0.45f : 0.12f;
    const ImU32 shadow = current_theme() == ThemeKind::Dark ? IM_COL32(0, 0, 0, 90) : IM_COL32(20, 30, 50, 22);
    draw->AddRectFilled(ImVec2(card.Min.x, card.Min.y + frame.px(lift)), ImVec2(card.Max.x, card.Max.y + frame.px(lift)),
                        faded(shadow, alpha), rounding);
    const bool drop_here = look.drop && look.drop->where == DropWhere::Inside;
    const ImU32 body = drop_here ? (look.drop->allowed ? p.highlight : faded(p.bad, 0.12f)) : p.panel;
    draw->AddRectFilled(card.Min, card.Max, drop_here ? p.panel : faded(p.panel, alpha), rounding);
    if (drop_here) draw->AddRectFilled(card.Min, card.Max, body, rounding);
    draw->PushClipRect(card.Min, ImVec2(card.Min.x + frame.px(0.3f), card.Max.y), true);
    draw->AddRectFilled(card.Min, card.Max, faded(status, alpha), rounding);
    draw->PopClipRect();
    ImU32 border = p.panel_border;
    float border_width = std::max(1.0f, frame.px(0.06f));
    if (drop_here) {
        border = look.drop->allowed ? p.accent : p.bad;
        border_width = std::max(2.0f, frame.px(0.14f));
    } else if (look.selected) {
        border = p.accent;
        border_width = std::max(2.0f, frame.px(0.13f));
    } else if (look.hovered) {
        border = faded(p.accent, 0.55f);
    }
    draw->AddRect(card.Min, card.Max, faded(border, alpha), rounding, 0, border_width);

    // Too small to read: the card's shape and colour only.
    const float title_pixels = frame.px(0.92f);
    if (title_pixels < 5.0f) return;

    // The title across the top, on two lines.
    const float pad = frame.px(0.3f + 0.6f);
    const float left = card.Min.x + pad, right = card.Max.x - frame.px(0.6f);
    ImFont* title_font = font_for(title_pixels, true);
    const ImVec2 title_at(left, card.Min.y + frame.px(0.55f));
    const bool cut = draw_wrapped(draw, title_font, title_pixels, title_at, faded(p.text, alpha), goal.title,
                                  right - left, 2, frame.px(1.12f));
    if (dropped) {  // struck through: still in the plan, out of every roll-up
        const float y = title_at.y + title_pixels * 0.55f;
        const float w = std::min(right - left, text_width(title_font, title_pixels, goal.title.c_str()));
        draw->AddLine(ImVec2(left, y), ImVec2(left + w, y), faded(p.text_muted, alpha), std::max(1.0f, frame.px(0.07f)));
    }
    if (tooltips && cut && ImGui::IsMouseHoveringRect(title_at, ImVec2(right, title_at.y + frame.px(2.24f))))
        ImGui::SetTooltip("%s", goal.title.c_str());

    // Below it: the progress ring with the percentage (a tick when done, a dash when dropped), and
    // beside the ring the kind and pace over the owners and the SMART letters.
    const float radius = frame.px(1.0f);
    const ImVec2 ring(left + radius, card.Max.y - frame.px(0.45f) - radius);
    const double fraction = progress ? progress->progress : 0;
    draw_ring(draw, ring, radius, frame.px(0.22f), static_cast<float>(fraction), faded(p.grid, alpha), faded(status, alpha));
    {
        const bool done = goal.status == GoalStatus::Done;
        const std::string text = done ? ICON_CHECK : dropped ? "–" : percent_text(fraction);
        const float pixels = frame.px(done ? 0.8f : 0.58f);
        ImFont* font = font_for(pixels, true);
        const ImVec2 size = font->CalcTextSizeA(pixels, FLT_MAX, 0, text.c_str());
        draw->AddText(font, pixels, ImVec2(ring.x - size.x * 0.5f, ring.y - size.y * 0.5f),
                      faded(done ? p.good : p.text, alpha), text.c_str());
        if (tooltips && ImGui::IsMouseHoveringRect(ImVec2(ring.x - radius, ring.y - radius), ImVec2(ring.x + radius, ring.y + radius)))
            progress_tooltip(goal, progress);
    }
    const float band = ring.x + radius + frame.px(0.55f);
    const float small = frame.px(0.64f);
    const float first_row = ring.y - frame.px(0.5f) - small * 0.5f;
    const char* word = pace_word(goal, progress);
    float word_width = 0;
    if (*word) {
        ImFont* bold = font_for(small, true);
        word_width = text_width(bold, small, word);
        draw->AddText(bold, small, ImVec2(right - word_width, first_row), faded(status, alpha), word);
    }
    const std::string kind = upper(label(goal.kind));
    draw_line(draw, font_for(small, false), small, ImVec2(band, first_row), faded(p.text_muted, alpha), kind.c_str(),
              nullptr, right - band - word_width - (*word ? frame.px(0.4f) : 0), false);

    const float second_row = ring.y + frame.px(0.5f);
    draw_owner_dots(cx, draw, frame, goal, ImVec2(band, second_row), alpha, tooltips);
    if (smart && smart->applies) draw_smart_pips(draw, frame, *smart, ImVec2(right, second_row), alpha, tooltips);
}

void draw_badge(ImDrawList* draw, const Frame& frame, const GoalNode& node, bool hovered) {
    if (node.children == 0) return;
    const Palette& p = palette();
    const ImRect badge = badge_rect(frame, node);
    const float rounding = badge.GetHeight() * 0.5f;
    if (node.hidden > 0) {
        draw->AddRectFilled(badge.Min, badge.Max, hovered ? faded(p.accent, 0.85f) : p.accent, rounding);
        const std::string text = hidden_text(node);
        const float pixels = frame.px(0.68f);
        ImFont* font = font_for(pixels, true);
        const ImVec2 size = font->CalcTextSizeA(pixels, FLT_MAX, 0, text.c_str());
        draw->AddText(font, pixels, ImVec2(badge.GetCenter().x - size.x * 0.5f, badge.GetCenter().y - size.y * 0.5f),
                      IM_COL32_WHITE, text.c_str());
        return;
    }
    draw->AddRectFilled(badge.Min, badge.Max, p.panel, rounding);
    if (hovered) draw->AddRectFilled(badge.Min, badge.Max, p.highlight, rounding);
    draw->AddRect(badge.Min, badge.Max, hovered ? p.accent : p.panel_border, rounding, 0, std::max(1.0f, frame.px(0.06f)));
    draw_chevron_down(draw, badge.GetCenter(), frame.px(0.22f), hovered ? p.accent : p.text_muted,
                      std::max(1.0f, frame.px(0.09f)));
}

// Edges, under the cards: a curve from a parent's bottom to each child in a row; a trunk down the
// left of a column with a rounded branch into each stacked card. The path from the root to the
// selected goal is drawn in the accent colour.
void draw_edges(ImDrawList* draw, const Frame& frame, const GoalLayout& layout, const std::vector<bool>& on_path) {
    const Palette& p = palette();
    const ImU32 line = faded(p.text_muted, 0.45f);
    const float width = std::max(1.0f, frame.px(0.1f));
    const float bold = std::max(1.5f, frame.px(0.16f));
    for (size_t n = 0; n < layout.nodes.size(); ++n) {
        const GoalNode& node = layout.nodes[n];
        if (node.kids.empty()) continue;
        const float bottom = node.y + kGoalCardHeight;
        if (layout.nodes[node.kids.front()].in_column) {
            const float trunk = node.x + kGoalColumnIndent * 0.5f, r = 0.55f;
            const GoalNode& last = layout.nodes[node.kids.back()];
            draw->AddLine(frame.screen(trunk, bottom), frame.screen(trunk, last.y + kGoalCardHeight * 0.5f - r), line, width);
            for (size_t kid : node.kids) {
                const GoalNode& k = layout.nodes[kid];
                const float middle = k.y + kGoalCardHeight * 0.5f;
                const bool path = on_path[kid];
                if (path) draw->AddLine(frame.screen(trunk, bottom), frame.screen(trunk, middle - r), p.accent, bold);
                draw->AddBezierCubic(frame.screen(trunk, middle - r), frame.screen(trunk, middle - r * 0.45f),
                                     frame.screen(trunk + r * 0.45f, middle), frame.screen(trunk + r, middle),
                                     path ? p.accent : line, path ? bold : width);
                draw->AddLine(frame.screen(trunk + r, middle), frame.screen(k.x, middle), path ? p.accent : line,
                              path ? bold : width);
            }
            continue;
        }
        const float from_x = node.x + kGoalCardWidth * 0.5f;
        for (size_t kid : node.kids) {
            const GoalNode& k = layout.nodes[kid];
            const float to_x = k.x + kGoalCardWidth * 0.5f;
            const float bend = (k.y - bottom) * 0.55f;
            const bool path = on_path[kid];
            draw->AddBezierCubic(frame.screen(from_x, bottom), frame.screen(from_x, bottom + bend),
                                 frame.screen(to_x, k.y - bend), frame.screen(to_x, k.y), path ? p.accent : line,
                                 path ? bold : width);
        }
    }
}

// Where a card dropped before or after a sibling will go: a bar in the gap beside it.
void draw_insertion(ImDrawList* draw, const Frame& frame, const Drop& drop) {
    if (!drop.target || drop.where == DropWhere::Inside) return;
    const ImRect card = card_rect(frame, *drop.target);
    const ImU32 colour = drop.allowed ? palette().accent : palette().bad;
    const float thick = std::max(2.0f, frame.px(0.2f));
    const bool before = drop.where == DropWhere::Before;
    if (drop.target->in_column) {
        const float y = before ? card.Min.y - frame.px(kGoalColumnGap * 0.5f) : card.Max.y + frame.px(kGoalColumnGap * 0.5f);
        draw->AddLine(ImVec2(card.Min.x, y), ImVec2(card.Max.x, y), colour, thick);
    } else {
        const float x = before ? card.Min.x - frame.px(kGoalSiblingGap * 0.5f) : card.Max.x + frame.px(kGoalSiblingGap * 0.5f);
        draw->AddLine(ImVec2(x, card.Min.y), ImVec2(x, card.Max.y), colour, thick);
    }
}

void draw_dot_grid(ImDrawList* draw, const Frame& frame) {
    float step = 1.5f;
    while (frame.px(step) < em(1.1f)) step *= 2;  // never a dense haze when zoomed out
    const float dot = std::max(1.0f, frame.px(0.07f));
    const ImU32 colour = palette().grid;
    const ImVec2 from = frame.world(frame.rect.Min), to = frame.world(frame.rect.Max);
    for (float y = std::floor(from.y / step) * step; y <= to.y; y += step)
        for (float x = std::floor(from.x / step) * step; x <= to.x; x += step) {
            const ImVec2 at = frame.screen(x, y);
            draw->AddRectFilled(ImVec2(at.x - dot, at.y - dot), ImVec2(at.x + dot, at.y + dot), colour);
        }
}

//-----------------------------------------------------------------------------
// [SECTION] Pointer, wheel, gestures, keyboard
//-----------------------------------------------------------------------------

void on_press(ViewContext& cx, const Frame& frame, ImVec2 mouse) {
    GoalTreeState& state = cx.ui.goal_tree;
    state.dragging = false;
    const Hit hit = hit_test(state.layout, frame, mouse);
    if (!hit.node) {
        state.press = GoalPress::Pan;
        state.pressed.clear();
        return;
    }
    state.pressed = hit.node->id;
    if (hit.badge) {
        state.press = GoalPress::Toggle;
        return;
    }
    state.press = GoalPress::Node;
    select_goal(cx, hit.node->id);
    const ImVec2 world = frame.world(mouse);
    state.grab_x = world.x - hit.node->x;
    state.grab_y = world.y - hit.node->y;
}

void on_release(ViewContext& cx, const Frame& frame, ImVec2 mouse) {
    GoalTreeState& state = cx.ui.goal_tree;
    switch (state.press) {
        case GoalPress::Toggle: {
            const Hit hit = hit_test(state.layout, frame, mouse);
            if (hit.badge && hit.node->id == state.pressed) {
                const bool collapse = !state.collapsed.count(state.pressed);
                set_collapsed(state, state.pressed, collapse);
                // Hiding the selected goal would leave the inspector on something not on screen.
                if (collapse && !state.selected.empty()) {
                    for (const Goal* up = cx.plan.find_goal(state.selected); up; up = cx.plan.find_goal(up->parent))
                        if (up->parent == state.pressed) {
                            state.selected = state.pressed;
                            break;
                        }
                }
            }
            break;
        }
        case GoalPress::Node:
            if (state.dragging) {
                const Drop drop = drop_at(cx, frame, mouse, state.pressed);
                const ImVec2 world = frame.world(mouse);
                state.snap_goal = state.pressed;
                state.snap_x = world.x - state.grab_x;
                state.snap_y = world.y - state.grab_y;
                state.snap_start = platform::now_ms();
                if (drop.target && drop.changes) {
                    // Refused moves are pushed too: the core says why, and the app shows it.
                    cx.edits.push(edits::move_goal(cx.plan, state.pressed, drop.parent, drop.index));
                    if (drop.allowed && !drop.parent.empty()) set_collapsed(state, drop.parent, false);
                }
            }
            break;
        case GoalPress::Pan:
            if (!state.dragging) state.selected.clear();  // a click on empty canvas
            break;
        case GoalPress::None: break;
    }
    state.press = GoalPress::None;
    state.dragging = false;
}

void handle_pointer(ViewContext& cx, const Frame& frame, bool hovered, bool active) {
    GoalTreeState& state = cx.ui.goal_tree;
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemActivated()) on_press(cx, frame, io.MousePos);
    if (active && state.press != GoalPress::None && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        state.dragging = state.press != GoalPress::Toggle;
        if (state.press == GoalPress::Pan) {
            state.scroll_x -= io.MouseDelta.x / frame.scale;
            state.scroll_y -= io.MouseDelta.y / frame.scale;
        }
    }
    // Escape cancels a drag (ImGui also lets go of the canvas on Escape: check it first, or the
    // release would drop the card). The card glides back.
    if (state.dragging && state.press == GoalPress::Node && key_pressed(ImGuiKey_Escape)) {
        const ImVec2 world = frame.world(io.MousePos);
        state.snap_goal = state.pressed;
        state.snap_x = world.x - state.grab_x;
        state.snap_y = world.y - state.grab_y;
        state.snap_start = platform::now_ms();
        state.press = GoalPress::None;
        state.dragging = false;
    }
    if (ImGui::IsItemDeactivated()) on_release(cx, frame, io.MousePos);

    if (hovered && (io.MouseWheel != 0 || io.MouseWheelH != 0)) {
        if (io.KeyCtrl || io.KeySuper) {
            zoom_at(state, frame, std::pow(kWheelZoomStep, io.MouseWheel), io.MousePos);
        } else {
            const float dx = io.KeyShift ? io.MouseWheel : io.MouseWheelH;
            const float dy = io.KeyShift ? 0 : io.MouseWheel;
            state.scroll_x -= dx * kWheelPanStep / state.zoom;
            state.scroll_y -= dy * kWheelPanStep / state.zoom;
        }
    }
    const platform::Gesture gesture = platform::take_gesture();
    if (gesture.active && frame.rect.Contains(ImVec2(gesture.centre_x, gesture.centre_y))) {
        state.scroll_x -= gesture.pan_x / frame.scale;
        state.scroll_y -= gesture.pan_y / frame.scale;
        zoom_at(state, frame_of(state, frame.rect), gesture.zoom, ImVec2(gesture.centre_x, gesture.centre_y));
    }

    // The pointer's shape says what a press or a release would do.
    if (state.dragging && state.press == GoalPress::Node) {
        const Drop drop = drop_at(cx, frame, io.MousePos, state.pressed);
        ImGui::SetMouseCursor(drop.target && !drop.allowed ? ImGuiMouseCursor_NotAllowed : ImGuiMouseCursor_ResizeAll);
    } else if (state.dragging && state.press == GoalPress::Pan) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
    } else if (hovered && hit_test(state.layout, frame, io.MousePos).node) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
}

// The nearest card in a direction (dx, dy one of -1, 0, 1), favouring cards straight ahead.
const GoalNode* neighbour(const GoalLayout& layout, const GoalNode& from, int dx, int dy) {
    const GoalNode* best = nullptr;
    float best_score = FLT_MAX;
    for (const GoalNode& node : layout.nodes) {
        if (&node == &from) continue;
        const float ddx = node.x - from.x, ddy = node.y - from.y;
        const float ahead = dx ? ddx * static_cast<float>(dx) : ddy * static_cast<float>(dy);
        if (ahead <= 0.1f) continue;
        const float aside = std::fabs(dx ? ddy : ddx);
        const float score = ahead + 2.0f * aside;
        if (score < best_score) {
            best_score = score;
            best = &node;
        }
    }
    return best;
}

void handle_keys(ViewContext& cx, const Frame& frame, bool focused) {
    GoalTreeState& state = cx.ui.goal_tree;
    ImGuiIO& io = ImGui::GetIO();
    if (!focused || io.WantTextInput || io.KeyCtrl || io.KeySuper ||
        ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId))
        return;
    const GoalNode* selected = state.layout.find(state.selected);
    const struct { ImGuiKey key; int dx, dy; } arrows[] = {
        {ImGuiKey_LeftArrow, -1, 0}, {ImGuiKey_RightArrow, 1, 0}, {ImGuiKey_UpArrow, 0, -1}, {ImGuiKey_DownArrow, 0, 1}};
    for (const auto& arrow : arrows) {
        if (!key_pressed(arrow.key)) continue;
        const GoalNode* next = selected ? neighbour(state.layout, *selected, arrow.dx, arrow.dy)
                                        : (state.layout.nodes.empty() ? nullptr : &state.layout.nodes.front());
        if (next) {
            state.selected = next->id;
            state.reveal = next->id;
        }
        return;
    }
    if (selected && (key_pressed(ImGuiKey_Delete) || key_pressed(ImGuiKey_Backspace))) {
        ask_remove_goal(cx, selected->id);
    } else if (selected && (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter) || ImGui::IsKeyPressed(kKeyF2))) {
        cx.ui.rename = selected->id;  // the inspector's title input takes the keyboard
    } else if (ImGui::IsKeyPressed(kKeyEqual) || ImGui::IsKeyPressed(kKeyPadAdd)) {
        zoom_at(state, frame, kWheelZoomStep, frame.rect.GetCenter());
    } else if (ImGui::IsKeyPressed(kKeyMinus) || ImGui::IsKeyPressed(kKeyPadSubtract)) {
        zoom_at(state, frame, 1 / kWheelZoomStep, frame.rect.GetCenter());
    } else if (letter_pressed('F')) {
        state.fit_requested = true;
    } else if (key_pressed(ImGuiKey_Escape) && state.press == GoalPress::None && state.snap_goal.empty()) {
        state.selected.clear();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Context menu
//-----------------------------------------------------------------------------

void draw_context_menu(ViewContext& cx) {
    GoalTreeState& state = cx.ui.goal_tree;
    if (!ImGui::BeginPopup("##goal-menu")) return;
    const Goal* goal = cx.plan.find_goal(state.menu_goal);
    if (goal) {
        ImGui::TextDisabled("%s", goal->title.c_str());
        ImGui::Separator();
        if (ImGui::MenuItem(ICON_ADD "  Add child")) add_child_goal(cx, *goal);
        if (ImGui::MenuItem(ICON_ADD "  Add sibling")) add_sibling_goal(cx, *goal);
        if (ImGui::MenuItem(ICON_EDIT "  Edit title", "F2")) cx.ui.rename = goal->id;
        const GoalNode* node = state.layout.find(goal->id);
        if (node && node->children > 0) {
            const bool collapsed = state.collapsed.count(goal->id) > 0;
            if (ImGui::MenuItem(collapsed ? ICON_CHEVRON_D "  Expand" : ICON_CHEVRON_R "  Collapse"))
                set_collapsed(state, goal->id, !collapsed);
        }
        ImGui::Separator();
        if (ImGui::MenuItem(ICON_DELETE "  Remove…", "Delete")) ask_remove_goal(cx, goal->id);
    } else {
        if (ImGui::MenuItem(ICON_ADD "  Add top-level goal")) add_root_goal(cx);
        ImGui::Separator();
        if (ImGui::MenuItem(ICON_FIT "  Fit to view", "F")) state.fit_requested = true;
        if (ImGui::MenuItem(ICON_CHEVRON_D "  Expand all")) expand_all(state);
        if (ImGui::MenuItem(ICON_COLLAPSE "  Collapse to objectives")) collapse_below_depth(cx, 1);
    }
    ImGui::EndPopup();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] draw_goal_canvas
//-----------------------------------------------------------------------------

void draw_goal_canvas(ViewContext& cx, ImVec2 size) {
    GoalTreeState& state = cx.ui.goal_tree;
    const Palette& p = palette();
    GoalLayout& layout = state.layout;
    if (layout.plan != cx.plan.id || layout.revision != cx.plan.revision || layout.collapsed_version != state.collapsed_version) {
        layout = layout_goals(cx.plan, state.collapsed);
        layout.collapsed_version = state.collapsed_version;
    }

    size.x = std::max(size.x, em(10));
    size.y = std::max(size.y, em(10));
    // A window of its own, so that a click on the canvas gives it the keyboard, and without
    // ImGui's keyboard navigation: the canvas has its own keys (arrows move the selection).
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##goal-canvas-area", size, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNavInputs);
    ImGui::PopStyleVar();
    const bool focused = ImGui::IsWindowFocused();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImRect rect(origin, ImVec2(origin.x + size.x, origin.y + size.y));
    // When the canvas moves (a notice above it comes or goes), the tree stays where it was on
    // screen. In em, so that a change of pixel ratio moves nothing.
    const float origin_x = origin.x / ImGui::GetFontSize(), origin_y = origin.y / ImGui::GetFontSize();
    if (state.origin_known) {
        state.scroll_x += (origin_x - state.origin_x) / state.zoom;
        state.scroll_y += (origin_y - state.origin_y) / state.zoom;
    }
    state.origin_x = origin_x;
    state.origin_y = origin_y;
    state.origin_known = true;
    ImGui::InvisibleButton("##goal-canvas", size, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();

    if (state.fitted_plan != cx.plan.id || state.fit_requested) {
        fit(state, rect);
        state.fitted_plan = cx.plan.id;
        state.fit_requested = false;
    }
    if (state.zoom_by != 1) {
        zoom_at(state, frame_of(state, rect), state.zoom_by, rect.GetCenter());
        state.zoom_by = 1;
    }
    if (!state.reveal.empty() && pan_to(state, frame_of(state, rect), state.reveal)) state.reveal.clear();

    handle_pointer(cx, frame_of(state, rect), hovered, active);
    const Frame frame = frame_of(state, rect);  // after this frame's pan and zoom
    handle_keys(cx, frame, focused);

    if (hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Right)) {
        const Hit hit = hit_test(layout, frame, ImGui::GetIO().MousePos);
        state.menu_goal = hit.node ? hit.node->id : Id();
        if (hit.node) state.selected = hit.node->id;
        ImGui::OpenPopup("##goal-menu");
    }

    // Drawing.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().ChildRounding;
    draw->AddRectFilled(rect.Min, rect.Max, p.panel, rounding);
    draw->PushClipRect(rect.Min, rect.Max, true);
    draw_dot_grid(draw, frame);

    std::vector<bool> on_path(layout.nodes.size(), false);
    for (auto it = layout.index.find(state.selected); it != layout.index.end();) {
        on_path[it->second] = true;
        const size_t parent = layout.nodes[it->second].parent;
        if (parent == kNoNode) break;
        it = layout.index.find(layout.nodes[parent].id);
    }
    draw_edges(draw, frame, layout, on_path);

    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool dragging_card = state.dragging && state.press == GoalPress::Node;
    const Drop drop = dragging_card ? drop_at(cx, frame, mouse, state.pressed) : Drop{};
    const Hit hover = hovered && !state.dragging && state.press == GoalPress::None ? hit_test(layout, frame, mouse) : Hit{};
    const double now = platform::now_ms();
    const bool snapping = !state.snap_goal.empty() && now - state.snap_start < kSnapMs;
    if (!snapping) state.snap_goal.clear();

    const GoalNode* lifted = nullptr;
    const GoalNode* gliding = nullptr;
    ImRect clip = rect;
    clip.Expand(frame.px(1.0f));
    for (const GoalNode& node : layout.nodes) {
        ImRect card = card_rect(frame, node);
        card.Max.y += frame.px(1.0f);  // the badge below the card
        if (!clip.Overlaps(card)) continue;
        const Goal& goal = cx.plan.goals[node.goal];
        CardState look;
        look.selected = node.id == state.selected;
        look.hovered = hover.node == &node && !hover.badge;
        look.drop = drop.target == &node ? &drop : nullptr;
        if (dragging_card && node.id == state.pressed) {
            look.look = CardLook::Ghost;
            lifted = &node;
        }
        if (snapping && node.id == state.snap_goal) {
            gliding = &node;
            continue;
        }
        draw_card(cx, draw, frame, node, frame.screen(node.x, node.y), look);
        draw_badge(draw, frame, node, hover.node == &node && hover.badge);
        const ImRect marked = card_rect(frame, node);
        test_hooks::mark("goal:" + goal.title, marked.Min, marked.Max);
        if (look.selected) test_hooks::mark("selected:" + goal.title, marked.Min, marked.Max);
        if (node.children > 0) {
            const ImRect badge = badge_rect(frame, node);
            test_hooks::mark("chevron:" + goal.title, badge.Min, badge.Max);
        }
    }
    if (gliding) {
        const float t = static_cast<float>((now - state.snap_start) / kSnapMs);
        const float ease = 1 - (1 - t) * (1 - t) * (1 - t);
        const float x = state.snap_x + (gliding->x - state.snap_x) * ease;
        const float y = state.snap_y + (gliding->y - state.snap_y) * ease;
        CardState look;
        look.selected = gliding->id == state.selected;
        look.look = CardLook::Lifted;
        draw_card(cx, draw, frame, *gliding, frame.screen(x, y), look);
        request_frames(2);
    }
    draw_insertion(draw, frame, drop);
    if (lifted) {
        CardState look;
        look.selected = true;
        look.look = CardLook::Lifted;
        draw_card(cx, draw, frame, *lifted, frame.screen(frame.world(mouse).x - state.grab_x, frame.world(mouse).y - state.grab_y),
                  look);
    }

    if (layout.nodes.empty()) {
        const char* line1 = "No goals yet";
        const char* line2 = "Start with the vision anchor: the outcome everything else serves.";
        ImFont* bold = fonts().bold;
        const ImVec2 c = rect.GetCenter();
        const float w1 = text_width(bold, ImGui::GetFontSize(), line1), w2 = ImGui::CalcTextSize(line2).x;
        draw->AddText(bold, ImGui::GetFontSize(), ImVec2(c.x - w1 * 0.5f, c.y - em(1.4f)), p.text, line1);
        draw->AddText(ImVec2(c.x - w2 * 0.5f, c.y), p.text_muted, line2);
    }
    draw->PopClipRect();
    draw->AddRect(rect.Min, rect.Max, p.panel_border, rounding);

    draw_context_menu(cx);
    ImGui::EndChild();
}

}  // namespace accord::ui
