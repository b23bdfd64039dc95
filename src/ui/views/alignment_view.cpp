// Alignment (DESIGN.md, "Alignment assessment"): the toolbar picks the round (rounds by date) and
// the comparison with the previous one; the left pane shows the radar, the disagreements and the
// feelings against evidence, the right pane the rating form, the rounds and the dimensions.
// Figures come from cx.scores.alignment, disagreements and evidence from cx.insights.
//
// Index of this file
// [SECTION] Shared helpers
// [SECTION] Choosing the round
// [SECTION] Toolbar: round, comparison, index
// [SECTION] Disagreement list
// [SECTION] Side panel
// [SECTION] The view
#include "ui/views/alignment_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/model/collections.hpp"
#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/views/alignment_parts.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {

using scoring::DimensionStats;
using scoring::RoundAlignment;

//-----------------------------------------------------------------------------
// [SECTION] Shared helpers
//-----------------------------------------------------------------------------

ImU32 with_alpha(ImU32 colour, float alpha) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    c.w *= alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

ImU32 band_colour(scoring::Band band) {
    switch (band) {
        case scoring::Band::Strength: return palette().good;
        case scoring::Band::Borderline: return palette().warn;
        case scoring::Band::Concern: return palette().bad;
    }
    return palette().text;
}

void tinted_chip(const char* text, ImU32 colour) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float pad = em(0.45f);
    ImGui::Dummy(ImVec2(size.x + 2 * pad, size.y));
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size.x + 2 * pad, at.y + size.y), with_alpha(colour, 0.15f),
                                              size.y * 0.5f);
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + pad, at.y), colour, text);
}

std::string display_date(Date date) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(date.day()) + " " + kMonths[(date.month() + 11) % 12] + " " + std::to_string(date.year());
}

std::string round_label(const AssessmentRound& round) {
    return (round.title.empty() ? std::string("Round") : round.title) + "  ·  " + display_date(round.date);
}

std::string short_name(const Partner& partner) { return partner.name.substr(0, partner.name.find(' ')); }

std::string fit_text(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const float room = width - ImGui::CalcTextSize("…").x;
    size_t end = text.size();
    while (end > 0) {
        do --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);  // not inside a UTF-8 letter
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + end).x <= room) break;
    }
    return text.substr(0, end) + "…";
}

std::string one_decimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", std::round(value * 10) / 10);
    return text;
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Choosing the round
//-----------------------------------------------------------------------------

// The round in the state, else the latest with ratings, else the newest; and the rated round before it.
RoundChoice choose_round(ViewContext& cx) {
    AlignmentState& state = cx.ui.alignment;
    const auto& rounds = cx.scores.alignment.rounds;
    RoundChoice choice;
    if (rounds.empty()) return choice;
    auto at = std::find_if(rounds.begin(), rounds.end(), [&](const RoundAlignment& r) { return r.round == state.round; });
    size_t i = at != rounds.end() ? static_cast<size_t>(at - rounds.begin())
                                  : cx.scores.alignment.latest.value_or(rounds.size() - 1);
    state.round = rounds[i].round;
    choice.scored = &rounds[i];
    choice.round = find_in<AssessmentRound>(cx.plan, rounds[i].round);
    for (size_t j = i; j-- > 0;) {
        if (!rounds[j].index.known()) continue;
        choice.previous = &rounds[j];
        choice.previous_round = find_in<AssessmentRound>(cx.plan, rounds[j].round);
        break;
    }
    return choice;
}

//-----------------------------------------------------------------------------
// [SECTION] Toolbar: round, comparison, index
//-----------------------------------------------------------------------------

void round_selector(ViewContext& cx, const RoundChoice& choice) {
    AlignmentState& state = cx.ui.alignment;
    const auto& rounds = cx.scores.alignment.rounds;
    const long at = static_cast<long>(
        std::find_if(rounds.begin(), rounds.end(), [&](const RoundAlignment& r) { return r.round == state.round; }) -
        rounds.begin());
    ImGui::BeginDisabled(at <= 0);
    if (small_icon_button(ICON_CHEVRON_L, "earlier", "Earlier round")) state.round = rounds[static_cast<size_t>(at - 1)].round;
    ImGui::EndDisabled();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(em(17));
    if (begin_combo("##round", choice.round ? round_label(*choice.round).c_str() : "No rounds yet")) {
        for (const RoundAlignment& scored : rounds) {
            const AssessmentRound* round = find_in<AssessmentRound>(cx.plan, scored.round);
            if (!round) continue;
            ImGui::PushID(round->id.c_str());
            if (ImGui::Selectable(round_label(*round).c_str(), round->id == state.round)) state.round = round->id;
            ImGui::SameLine();
            muted_text(scored.index.known() ? ("index " + std::to_string(static_cast<int>(std::lround(*scored.index.value)))).c_str()
                                            : "no ratings");
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::BeginDisabled(at + 1 >= static_cast<long>(rounds.size()));
    if (small_icon_button(ICON_CHEVRON_R, "later", "Later round")) state.round = rounds[static_cast<size_t>(at + 1)].round;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (icon_button(ICON_ADD, "New round")) add_round(cx);
}

void index_badge(const RoundChoice& choice) {
    const Palette& p = palette();
    const scoring::Figure& index = choice.scored->index;
    std::string change;
    ImU32 change_colour = p.text_muted;
    if (index.known() && choice.previous && choice.previous->index.known()) {
        const long points = std::lround(*index.value - *choice.previous->index.value);
        change = points == 0 ? "no change" : (points > 0 ? "▲ " : "▼ ") + std::to_string(std::labs(points));
        change_colour = points > 0 ? p.good : points < 0 ? p.bad : p.text_muted;
        change += " since " + (choice.previous_round ? choice.previous_round->title : std::string("the previous round"));
    }
    const std::string value = index.known() ? std::to_string(static_cast<int>(std::lround(*index.value))) : "-";
    ImGui::PushFont(fonts().title);
    const float value_width = ImGui::CalcTextSize(value.c_str()).x;
    ImGui::PopFont();
    const float caption_width = std::max(ImGui::CalcTextSize("Alignment index").x, ImGui::CalcTextSize(change.c_str()).x);
    align_right(value_width + caption_width + em(0.6f));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, em(0.6f));
    ImGui::BeginGroup();
    muted_text("Alignment index");
    ImGui::PushStyleColor(ImGuiCol_Text, change_colour);
    ImGui::TextUnformatted(change.c_str());
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ImGui::EndGroup();
    if (ImGui::IsItemHovered() && !index.reasons.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(28));
        for (const std::string& reason : index.reasons) ImGui::BulletText("%s", reason.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void draw_toolbar(ViewContext& cx, const RoundChoice& choice) {
    AlignmentState& state = cx.ui.alignment;
    const ImVec2 start = ImGui::GetCursorPos();
    ImGui::SetCursorPosY(start.y + em(0.35f));
    round_selector(cx, choice);
    ImGui::SameLine(0, em(1.2f));
    ImGui::BeginDisabled(!choice.previous);
    ImGui::Checkbox("Compare with previous round", &state.compare);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(choice.previous ? "Draw the previous round's ratings, dashed, under this round's"
                                          : "There is no earlier round with ratings");
    if (choice.scored) {
        ImGui::SameLine();
        ImGui::SetCursorPosY(start.y);
        index_badge(choice);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Disagreement list
//-----------------------------------------------------------------------------

// The partners' ratings on a line from 1 to 5, one dot each in their colour; equal ratings stack.
void ratings_strip(ViewContext& cx, const RoundAlignment& round, size_t k) {
    const Palette& p = palette();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = em(1.6f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float pad = em(0.5f);
    auto x_of = [&](int score) { return at.x + pad + (width - 2 * pad) * static_cast<float>(score - 1) / 4.0f; };
    const float y = at.y + height * 0.5f;
    draw->AddLine(ImVec2(x_of(1), y), ImVec2(x_of(5), y), p.grid, 2.0f);
    for (int score = 1; score <= 5; ++score) draw->AddLine(ImVec2(x_of(score), y - em(0.2f)), ImVec2(x_of(score), y + em(0.2f)), p.grid, 1.5f);
    const DimensionStats& stats = round.dimensions[k];
    if (stats.raters >= 2 && stats.spread > 0)
        draw->AddLine(ImVec2(x_of(stats.min), y), ImVec2(x_of(stats.max), y),
                      with_alpha(stats.gap ? p.bad : p.warn, stats.disagreement ? 0.35f : 0.15f), em(0.5f));
    int stacked[6] = {};
    for (const scoring::PartnerRatings& ratings : round.partners) {
        const Partner* partner = cx.plan.find_partner(ratings.partner);
        if (!partner || k >= ratings.scores.size() || !ratings.scores[k]) continue;
        const int score = *ratings.scores[k];
        const float offset = static_cast<float>(stacked[score]++) * em(0.45f);
        const ImVec2 dot(x_of(score) + offset, y);
        draw->AddCircleFilled(dot, em(0.34f), p.panel);
        draw->AddCircleFilled(dot, em(0.26f), rgb(partner->colour));
    }
}

// One side of the widest disagreement: who, their rating, and in their words why.
void rating_side(ViewContext& cx, const Id& partner_id, int score, const std::string& comment) {
    const Partner* partner = cx.plan.find_partner(partner_id);
    if (!partner) return;
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + line * 0.35f, at.y + line * 0.5f), line * 0.3f, rgb(partner->colour));
    ImGui::Dummy(ImVec2(line * 0.7f, line));
    ImGui::SameLine(0, line * 0.4f);
    ImGui::PushFont(fonts().bold);
    ImGui::Text("%s  %d", short_name(*partner).c_str(), score);
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", partner->name.c_str());
    if (comment.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextWrapped("“%s”", comment.c_str());
    ImGui::PopStyleColor();
}

// The dimension's column: its name (with a warning for a gap or a hidden disagreement), mean and
// band, and the ratings on their scale.
void dimension_cell(ViewContext& cx, const RoundAlignment& round, size_t k) {
    const Palette& p = palette();
    const DimensionStats& stats = round.dimensions[k];
    const bool warn = stats.gap || stats.disagreement_hidden;
    ImGui::PushStyleColor(ImGuiCol_Text, stats.gap ? p.bad : stats.disagreement_hidden ? p.warn : p.text);
    ImGui::PushFont(fonts().bold);
    ImGui::TextWrapped("%s%s", warn ? ICON_RISKS " " : "", cx.plan.dimensions[k].name.c_str());
    ImGui::PopFont();
    ImGui::PopStyleColor();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(one_decimal(*stats.mean).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    tinted_chip(scoring::label(stats.band), band_colour(stats.band));
    ratings_strip(cx, round, k);
    std::string note = stats.raters >= 2 ? "spread " + one_decimal(stats.spread) : std::string("one rating");
    if (stats.gap) note += ": a gap, worth a talk";
    else if (stats.disagreement_hidden) note += ": strong on average, yet apart";
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    ImGui::TextWrapped("%s", note.c_str());
    ImGui::PopStyleColor();
}

// The core's flagged disagreements of the round shown (two partners 1.0 or more apart, even under a
// mean that reads as a strength), widest first, each with both partners' ratings and words.
void draw_gap_list(ViewContext& cx, const RoundChoice& choice) {
    const Palette& p = palette();
    begin_section("Where the partners differ");
    const RoundAlignment& round = *choice.scored;
    std::vector<const insights::FlaggedDisagreement*> flagged;
    for (const insights::FlaggedDisagreement& d : cx.insights.disagreements)
        if (d.round == round.round) flagged.push_back(&d);
    // Widest first; among equals, the lowest mean first: both ask for a conversation sooner.
    std::stable_sort(flagged.begin(), flagged.end(), [](const auto* a, const auto* b) {
        if (a->pair.difference() != b->pair.difference()) return a->pair.difference() > b->pair.difference();
        return a->mean < b->mean;
    });
    std::string agreed, unrated;
    for (size_t k = 0; k < round.dimensions.size() && k < cx.plan.dimensions.size(); ++k) {
        const std::string& name = cx.plan.dimensions[k].name;
        if (!round.dimensions[k].mean) unrated += (unrated.empty() ? "" : ", ") + name;
        else if (!round.dimensions[k].disagreement) agreed += (agreed.empty() ? "" : ", ") + name;
    }
    if (flagged.empty() && !agreed.empty()) muted_text("No two partners are a point or more apart in this round.");
    if (flagged.empty() && agreed.empty()) muted_text("Nobody has rated this round yet: rate it on the right.");
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!flagged.empty() && ImGui::BeginTable("##gap-list", 3, kFlags)) {
        ImGui::TableSetupColumn("Dimension, widest apart first", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Highest rating", ImGuiTableColumnFlags_WidthStretch, 1.15f);
        ImGui::TableSetupColumn("Lowest rating", ImGuiTableColumnFlags_WidthStretch, 1.15f);
        ImGui::TableHeadersRow();
        for (const insights::FlaggedDisagreement* d : flagged) {
            const auto at = std::find_if(cx.plan.dimensions.begin(), cx.plan.dimensions.end(),
                                         [&](const Dimension& dimension) { return dimension.id == d->dimension; });
            const size_t k = static_cast<size_t>(at - cx.plan.dimensions.begin());
            if (k >= round.dimensions.size()) continue;
            ImGui::PushID(d->dimension.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            dimension_cell(cx, round, k);
            ImGui::TableNextColumn();
            rating_side(cx, d->pair.high_partner, d->pair.high_score, d->pair.high_comment);
            ImGui::TableNextColumn();
            rating_side(cx, d->pair.low_partner, d->pair.low_score, d->pair.low_comment);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    if (!flagged.empty() && !agreed.empty()) ImGui::TextWrapped("Within a point of each other: %s.", agreed.c_str());
    if (!unrated.empty()) ImGui::TextWrapped("Not rated by anyone in this round: %s.", unrated.c_str());
    ImGui::PopStyleColor();
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Side panel
//-----------------------------------------------------------------------------

// Three pages in one panel, picked with a segmented control: rate, rounds, dimensions.
void draw_side(ViewContext& cx, const RoundChoice& choice) {
    AlignmentState& state = cx.ui.alignment;
    const Palette& p = palette();
    begin_section();
    struct Page {
        AlignmentTab tab;
        const char* name;
    };
    const Page pages[] = {{AlignmentTab::Rate, "Rate"}, {AlignmentTab::Rounds, "Rounds"}, {AlignmentTab::Dimensions, "Dimensions"}};
    const float width = (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemInnerSpacing.x) / 3;
    for (const Page& page : pages) {
        if (page.tab != AlignmentTab::Rate) ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        const bool current = state.tab == page.tab;
        ImGui::PushStyleColor(ImGuiCol_Button, current ? ImGui::GetStyleColorVec4(ImGuiCol_Header) : ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
        ImGui::PushStyleColor(ImGuiCol_Text, current ? p.accent : p.text);
        if (ImGui::Button(page.name, ImVec2(width, 0))) state.tab = page.tab;
        ImGui::PopStyleColor(2);
    }
    ImGui::Spacing();
    switch (state.tab) {
        case AlignmentTab::Rate: draw_rating_form(cx, choice); break;
        case AlignmentTab::Rounds: draw_round_list(cx); break;
        case AlignmentTab::Dimensions: draw_dimension_list(cx); break;
    }
    end_section();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The view
//-----------------------------------------------------------------------------

void draw_alignment_view(ViewContext& cx) {
    if (!cx.ui.focus.empty() && cx.plan.find_dimension(cx.ui.focus)) {
        cx.ui.alignment.tab = AlignmentTab::Dimensions;
        cx.ui.focus.clear();
    }
    const RoundChoice choice = choose_round(cx);
    draw_toolbar(cx, choice);
    ImGui::Spacing();

    const float side = em(25);
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    begin_pane("##alignment-main", ImVec2(std::max(em(28), ImGui::GetContentRegionAvail().x - side - gap), 0));
    if (choice.scored) {
        begin_section();
        const float width = ImGui::GetContentRegionAvail().x;
        draw_radar(cx, choice, cx.ui.alignment.compare, std::clamp(width * 0.62f, em(20), em(27)));
        end_section();
        draw_gap_list(cx, choice);
        draw_evidence_list(cx, choice);
    } else {
        begin_section();
        muted_text("No assessment rounds yet. Start one: each partner rates how aligned the partnership feels.");
        if (icon_button(ICON_ADD, "Add round")) add_round(cx);
        end_section();
    }
    end_pane();
    ImGui::SameLine(0, gap);
    begin_pane("##alignment-side", ImVec2(0, 0));
    draw_side(cx, choice);
    end_pane();
}

}  // namespace accord::ui
