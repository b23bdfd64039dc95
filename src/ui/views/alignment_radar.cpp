// The alignment radar (DESIGN.md, "Alignment assessment" and "Beyond the usual tools"): one axis per
// dimension, rings 1-5, one polygon per partner in their colour, the mean as a dark line, and the
// dimensions where partners are apart marked on their axes: a band from the lowest to the highest
// rating wherever two partners are 1.0 or more apart, and a warning on the label of a gap (spread
// >= 1.5, red) and of a disagreement hidden under a mean that reads as a strength (amber). Smaller
// disagreements keep only their band, so that the warnings stay few enough to be read. The
// previous rated round can be drawn under it, dashed. Hovering an axis tells each partner's rating
// and comment. Everything drawn comes from cx.scores.alignment.
//
// Index of this file
// [SECTION] Geometry and line helpers
// [SECTION] Axis labels
// [SECTION] Drawing the radar
// [SECTION] Tooltip and legend
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/views/alignment_parts.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

using scoring::DimensionStats;
using scoring::PartnerRatings;
using scoring::RoundAlignment;

constexpr float kPi = 3.14159265358979f;
constexpr int kTopScore = 5;

//-----------------------------------------------------------------------------
// [SECTION] Geometry and line helpers
//-----------------------------------------------------------------------------

struct Radar {
    ImVec2 centre;
    float radius = 0;
    size_t axes = 0;

    // Axis k points up for k = 0 and goes round clockwise.
    ImVec2 direction(size_t k) const {
        const float angle = -kPi * 0.5f + 2 * kPi * static_cast<float>(k) / static_cast<float>(axes);
        return ImVec2(std::cos(angle), std::sin(angle));
    }
    ImVec2 at(size_t k, double score) const {
        const ImVec2 d = direction(k);
        const float r = radius * static_cast<float>(score) / kTopScore;
        return ImVec2(centre.x + d.x * r, centre.y + d.y * r);
    }
};

void dashed_line(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 colour, float thickness) {
    const float dash = em(0.45f), gap = em(0.3f);
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length <= 0) return;
    const float ux = dx / length, uy = dy / length;
    for (float s = 0; s < length; s += dash + gap) {
        const float e = std::min(s + dash, length);
        draw->AddLine(ImVec2(a.x + ux * s, a.y + uy * s), ImVec2(a.x + ux * e, a.y + uy * e), colour, thickness);
    }
}

// A partner's (or the mean's) points: one per axis, none where there is no rating.
using Outline = std::vector<std::optional<ImVec2>>;

Outline outline_of(const Radar& radar, const std::vector<std::optional<int>>& scores) {
    Outline out(radar.axes);
    for (size_t k = 0; k < radar.axes && k < scores.size(); ++k)
        if (scores[k]) out[k] = radar.at(k, *scores[k]);
    return out;
}

Outline mean_outline(const Radar& radar, const RoundAlignment& round) {
    Outline out(radar.axes);
    for (size_t k = 0; k < radar.axes && k < round.dimensions.size(); ++k)
        if (round.dimensions[k].mean) out[k] = radar.at(k, *round.dimensions[k].mean);
    return out;
}

bool complete(const Outline& outline) {
    for (const auto& point : outline)
        if (!point) return false;
    return !outline.empty();
}

// The area inside an outline, as a fan of triangles from the centre. A radar polygon is seldom
// convex, but it is always star-shaped around the centre, so the fan covers it exactly once;
// the triangles are written without anti-aliased fringes, which would show as seams along the axes.
void fill_outline(ImDrawList* draw, const Radar& radar, const Outline& outline, ImU32 colour) {
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    for (size_t k = 0; k < outline.size(); ++k) {
        const auto& a = outline[k];
        const auto& b = outline[(k + 1) % outline.size()];
        if (!a || !b) continue;
        draw->PrimReserve(3, 3);
        const ImDrawIdx base = static_cast<ImDrawIdx>(draw->_VtxCurrentIdx);
        draw->PrimWriteIdx(base);
        draw->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1));
        draw->PrimWriteIdx(static_cast<ImDrawIdx>(base + 2));
        draw->PrimWriteVtx(radar.centre, uv, colour);
        draw->PrimWriteVtx(*a, uv, colour);
        draw->PrimWriteVtx(*b, uv, colour);
    }
}

// Solid or dashed edges between neighbouring rated axes; a full outline is one closed polyline
// so that its corners are joined.
void stroke_outline(ImDrawList* draw, const Outline& outline, ImU32 colour, float thickness, bool dashed) {
    if (!dashed && complete(outline)) {
        std::vector<ImVec2> points;
        for (const auto& point : outline) points.push_back(*point);
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, ImDrawFlags_Closed, thickness);
        return;
    }
    for (size_t k = 0; k < outline.size(); ++k) {
        const auto& a = outline[k];
        const auto& b = outline[(k + 1) % outline.size()];
        if (!a || !b) continue;
        if (dashed) dashed_line(draw, *a, *b, colour, thickness);
        else draw->AddLine(*a, *b, colour, thickness);
    }
}

void dots(ImDrawList* draw, const Outline& outline, ImU32 colour, float radius, std::optional<size_t> bigger) {
    for (size_t k = 0; k < outline.size(); ++k) {
        if (!outline[k]) continue;
        const float r = bigger == k ? radius * 1.6f : radius;
        draw->AddCircleFilled(*outline[k], r + 1.5f, palette().panel);
        draw->AddCircleFilled(*outline[k], r, colour);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Axis labels
//-----------------------------------------------------------------------------

// How far apart the partners are on an axis, as drawn.
enum class Flag {
    None,
    Apart,   // a disagreement: a band on the axis
    Hidden,  // a disagreement under a mean that reads as a strength: the band and an amber warning
    Gap,     // a gap: the band and a red warning
};

Flag flag_of(const DimensionStats& stats) {
    if (stats.gap) return Flag::Gap;
    if (stats.disagreement_hidden) return Flag::Hidden;
    if (stats.disagreement) return Flag::Apart;
    return Flag::None;
}

bool warned(Flag flag) { return flag == Flag::Gap || flag == Flag::Hidden; }

ImU32 flag_colour(Flag flag) {
    switch (flag) {
        case Flag::Gap: return palette().bad;
        case Flag::Hidden:
        case Flag::Apart: return palette().warn;
        case Flag::None: break;
    }
    return palette().text;
}

struct AxisLabel {
    std::string name, mean, spread;  // "Trust"; "3.3"; "  ·  spread 2.0"
    ImVec2 min, max;
};

// Each label sits just beyond its axis' end, on the side facing away from the centre.
AxisLabel place_label(const Radar& radar, size_t k, const std::string& name, const DimensionStats* stats, float room) {
    AxisLabel label;
    const Flag flag = stats ? flag_of(*stats) : Flag::None;
    label.name = fit_text((warned(flag) ? std::string(ICON_RISKS " ") : std::string()) + name, room);
    if (stats && stats->mean) {
        label.mean = one_decimal(*stats->mean);
        if (stats->raters >= 2 && stats->spread > 0) label.spread = "  ·  spread " + one_decimal(stats->spread);
    }
    ImGui::PushFont(fonts().bold);
    const float name_width = ImGui::CalcTextSize(label.name.c_str()).x;
    ImGui::PopFont();
    const std::string detail = label.mean + label.spread;
    const float width = std::max(name_width, ImGui::CalcTextSize(detail.c_str()).x);
    const float height = ImGui::GetTextLineHeight() * (detail.empty() ? 1.0f : 2.0f);
    const ImVec2 d = radar.direction(k);
    const float reach = radar.radius + em(0.8f);
    const ImVec2 anchor(radar.centre.x + d.x * reach, radar.centre.y + d.y * reach);
    float x = anchor.x - width * 0.5f, y = anchor.y - height * 0.5f;
    if (d.x > 0.25f) x = anchor.x;
    if (d.x < -0.25f) x = anchor.x - width;
    if (d.y < -0.25f) y = anchor.y - height;
    if (d.y > 0.25f) y = anchor.y;
    label.min = ImVec2(x, y);
    label.max = ImVec2(x + width, y + height);
    return label;
}

void draw_label(ImDrawList* draw, const AxisLabel& label, const DimensionStats* stats, bool hovered) {
    const Flag flag = stats ? flag_of(*stats) : Flag::None;
    const Palette& p = palette();
    if (hovered)
        draw->AddRectFilled(ImVec2(label.min.x - em(0.3f), label.min.y - em(0.15f)),
                            ImVec2(label.max.x + em(0.3f), label.max.y + em(0.15f)), p.highlight, em(0.3f));
    ImGui::PushFont(fonts().bold);
    const ImU32 ink = hovered ? p.accent : warned(flag) ? flag_colour(flag) : p.text;
    draw->AddText(label.min, ink, label.name.c_str());
    ImGui::PopFont();
    if (label.mean.empty() || !stats || !stats->mean) return;
    // The mean in its band's colour; the spread muted beside it.
    const ImVec2 second(label.min.x, label.min.y + ImGui::GetTextLineHeight());
    draw->AddText(second, band_colour(stats->band), label.mean.c_str());
    draw->AddText(ImVec2(second.x + ImGui::CalcTextSize(label.mean.c_str()).x, second.y), p.text_muted, label.spread.c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Tooltip and legend
//-----------------------------------------------------------------------------

void axis_tooltip(ViewContext& cx, size_t k, const RoundChoice& choice) {
    const Dimension& dimension = cx.plan.dimensions[k];
    const DimensionStats& stats = choice.scored->dimensions[k];
    const Palette& p = palette();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em(24));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(dimension.name.c_str());
    ImGui::PopFont();
    if (!dimension.description.empty()) muted_text(dimension.description.c_str());
    if (stats.mean) {
        ImGui::PushStyleColor(ImGuiCol_Text, band_colour(stats.band));
        ImGui::Text("Mean %s, %s", one_decimal(*stats.mean).c_str(), scoring::label(stats.band));
        ImGui::PopStyleColor();
        if (stats.raters >= 2) {
            ImGui::SameLine();
            muted_text(("· spread " + one_decimal(stats.spread)).c_str());
        }
    } else {
        muted_text("Nobody has rated it in this round.");
    }
    if (stats.gap) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        ImGui::Text(ICON_RISKS "  A gap: partners are %s points or more apart.", one_decimal(scoring::kGapSpread).c_str());
        ImGui::PopStyleColor();
    } else if (stats.disagreement_hidden) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.warn);
        ImGui::TextWrapped(ICON_RISKS "  Reads as a strength, but two partners are %d points apart.",
                           stats.disagreement->difference());
        ImGui::PopStyleColor();
    } else if (stats.disagreement) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.warn);
        ImGui::Text(ICON_RISKS "  Two partners are %d point%s apart.", stats.disagreement->difference(),
                    stats.disagreement->difference() == 1 ? "" : "s");
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    for (const PartnerRatings& ratings : choice.scored->partners) {
        const Partner* partner = cx.plan.find_partner(ratings.partner);
        if (!partner) continue;
        partner_chip(cx.plan, partner->id);
        ImGui::SameLine();
        const std::optional<int> score = k < ratings.scores.size() ? ratings.scores[k] : std::nullopt;
        if (score) {
            ImGui::PushFont(fonts().bold);
            ImGui::Text("%d", *score);
            ImGui::PopFont();
        } else {
            muted_text("not rated");
        }
        if (choice.round) {
            const Rating* rating = choice.round->find(dimension.id, partner->id);
            if (rating && !rating->comment.empty()) {
                ImGui::Indent(em(1.2f));
                ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
                ImGui::TextWrapped("“%s”", rating->comment.c_str());
                ImGui::PopStyleColor();
                ImGui::Unindent(em(1.2f));
            }
        }
    }
    if (choice.previous && k < choice.previous->dimensions.size() && choice.previous->dimensions[k].mean) {
        ImGui::Separator();
        muted_text(("In " + (choice.previous_round ? choice.previous_round->title : std::string("the previous round")) +
                    ": mean " + one_decimal(*choice.previous->dimensions[k].mean))
                       .c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// A short sample of a line style, then its name.
void legend_entry(const char* text, ImU32 colour, float thickness, bool dashed, bool band = false) {
    const float width = em(1.8f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float y = at.y + ImGui::GetTextLineHeight() * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (band) draw->AddLine(ImVec2(at.x + em(0.3f), y), ImVec2(at.x + width - em(0.3f), y), colour, em(0.55f));
    else if (dashed) dashed_line(draw, ImVec2(at.x, y), ImVec2(at.x + width, y), colour, thickness);
    else draw->AddLine(ImVec2(at.x, y), ImVec2(at.x + width, y), colour, thickness);
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, em(0.4f));
    ImGui::TextUnformatted(text);
    ImGui::SameLine(0, em(1.1f));
}

void draw_legend(ViewContext& cx, const RoundChoice& choice, bool compare) {
    const Palette& p = palette();
    for (const PartnerRatings& ratings : choice.scored->partners) {
        const Partner* partner = cx.plan.find_partner(ratings.partner);
        if (!partner) continue;
        const std::string text = short_name(*partner) + (ratings.rated ? "" : " (not rated)");
        ImGui::PushID(partner->id.c_str());
        legend_entry(text.c_str(), rgb(partner->colour), 2.5f, false);
        ImGui::PopID();
    }
    legend_entry("Mean", p.text, 3.0f, false);
    if (compare && choice.previous) legend_entry("Previous round", p.text_muted, 2.0f, true);
    legend_entry("Gap", with_alpha(p.bad, 0.45f), 0, false, true);
    legend_entry("Disagreement", with_alpha(p.warn, 0.5f), 0, false, true);
    ImGui::NewLine();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Drawing the radar
//-----------------------------------------------------------------------------

void draw_radar(ViewContext& cx, const RoundChoice& choice, bool compare, float height) {
    const Palette& p = palette();
    const RoundAlignment& round = *choice.scored;
    const size_t axes = cx.plan.dimensions.size();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
    ImGui::InvisibleButton("##radar", size);
    const bool canvas_hovered = ImGui::IsItemHovered();
    test_hooks::mark("##radar", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (axes < 3) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + em(1)));
        muted_text("The radar needs at least three dimensions: add them in the Dimensions tab.");
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + size.y));
        return;
    }

    Radar radar;
    radar.axes = axes;
    radar.centre = ImVec2(origin.x + size.x * 0.5f, origin.y + size.y * 0.5f);
    const float label_room = em(9.5f);
    radar.radius = std::max(em(4), std::min(size.y * 0.5f - em(2.6f), size.x * 0.5f - label_room - em(1.0f)));

    std::vector<AxisLabel> labels;
    labels.reserve(axes);
    for (size_t k = 0; k < axes; ++k) {
        const DimensionStats* stats = k < round.dimensions.size() ? &round.dimensions[k] : nullptr;
        labels.push_back(place_label(radar, k, cx.plan.dimensions[k].name, stats, label_room));
        test_hooks::mark("axis:" + cx.plan.dimensions[k].name, labels.back().min, labels.back().max);
    }

    // The hovered axis: its label, or the nearest axis by angle anywhere around the chart.
    std::optional<size_t> hovered;
    if (canvas_hovered) {
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        for (size_t k = 0; k < axes && !hovered; ++k)
            if (ImRect(labels[k].min, labels[k].max).Contains(mouse)) hovered = k;
        const float dx = mouse.x - radar.centre.x, dy = mouse.y - radar.centre.y;
        const float distance = std::sqrt(dx * dx + dy * dy);
        if (!hovered && distance > radar.radius * 0.12f && distance < radar.radius + em(2.0f)) {
            float angle = std::atan2(dy, dx) + kPi * 0.5f;  // 0 at the top, clockwise
            if (angle < 0) angle += 2 * kPi;
            hovered = static_cast<size_t>(std::lround(angle / (2 * kPi) * static_cast<float>(axes))) % axes;
        }
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);

    // Rings 1-5 and the axes.
    std::vector<ImVec2> ring(axes);
    for (int level = kTopScore; level >= 1; --level) {
        for (size_t k = 0; k < axes; ++k) ring[k] = radar.at(k, level);
        if (level == kTopScore) draw->AddConvexPolyFilled(ring.data(), static_cast<int>(axes), with_alpha(p.grid, 0.25f));
        draw->AddPolyline(ring.data(), static_cast<int>(axes), level == kTopScore ? p.panel_border : p.grid,
                          ImDrawFlags_Closed, 1.0f);
    }
    for (size_t k = 0; k < axes; ++k) {
        const bool is_hovered = hovered == k;
        draw->AddLine(radar.centre, radar.at(k, kTopScore), is_hovered ? p.accent : p.grid, is_hovered ? 2.0f : 1.0f);
    }
    for (int level = 1; level <= kTopScore; ++level) {
        const ImVec2 at = radar.at(0, level);
        const std::string text = std::to_string(level);
        draw->AddText(ImVec2(at.x + em(0.3f), at.y - ImGui::GetTextLineHeight() * 0.5f), p.text_muted, text.c_str());
    }

    // Where partners are apart: a band along the axis from the lowest to the highest rating.
    for (size_t k = 0; k < axes && k < round.dimensions.size(); ++k) {
        const DimensionStats& stats = round.dimensions[k];
        const Flag flag = flag_of(stats);
        if (flag == Flag::None || stats.raters < 2) continue;
        const ImU32 colour = with_alpha(flag_colour(flag), flag == Flag::Apart ? 0.28f : 0.4f);
        const ImVec2 low = radar.at(k, stats.min), high = radar.at(k, stats.max);
        draw->AddLine(low, high, colour, em(0.6f));
        draw->AddCircleFilled(low, em(0.3f), colour);
        draw->AddCircleFilled(high, em(0.3f), colour);
        const float r = em(0.3f);
        test_hooks::mark("flag:" + cx.plan.dimensions[k].name, ImVec2(std::min(low.x, high.x) - r, std::min(low.y, high.y) - r),
                         ImVec2(std::max(low.x, high.x) + r, std::max(low.y, high.y) + r));
    }

    if (compare && choice.previous) {
        for (const PartnerRatings& ratings : choice.previous->partners) {
            const Partner* partner = cx.plan.find_partner(ratings.partner);
            if (!partner || !ratings.rated) continue;
            stroke_outline(draw, outline_of(radar, ratings.scores), rgb(partner->colour, 0.6f), 1.5f, true);
        }
        stroke_outline(draw, mean_outline(radar, *choice.previous), with_alpha(p.text, 0.45f), 2.0f, true);
    }

    std::vector<std::pair<Outline, ImU32>> partners;
    for (const PartnerRatings& ratings : round.partners) {
        const Partner* partner = cx.plan.find_partner(ratings.partner);
        if (!partner || !ratings.rated) continue;
        partners.emplace_back(outline_of(radar, ratings.scores), rgb(partner->colour));
    }
    for (const auto& [outline, colour] : partners) fill_outline(draw, radar, outline, with_alpha(colour, 0.07f));
    for (const auto& [outline, colour] : partners) stroke_outline(draw, outline, colour, 2.0f, false);
    const Outline mean = mean_outline(radar, round);
    stroke_outline(draw, mean, p.text, 2.25f, false);
    for (const auto& [outline, colour] : partners) dots(draw, outline, colour, em(0.2f), hovered);
    dots(draw, mean, p.text, em(0.16f), hovered);

    for (size_t k = 0; k < axes; ++k)
        draw_label(draw, labels[k], k < round.dimensions.size() ? &round.dimensions[k] : nullptr, hovered == k);
    draw->PopClipRect();

    if (hovered && *hovered < round.dimensions.size()) axis_tooltip(cx, *hovered, choice);
    draw_legend(cx, choice, compare);
}

}  // namespace accord::ui
