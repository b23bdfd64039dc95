// Feelings against evidence (DESIGN.md, "Beyond the usual tools"): each dimension the plan holds
// evidence on, its rating in the latest rated round beside what the plan shows, and the core's
// next steps, each with a button to the place where it is taken. Everything shown comes from
// cx.insights.evidence; this file only lays it out and maps the core's sections to the app's views.
#include <cctype>
#include <string>
#include <vector>

#include "core/model/collections.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/views/alignment_parts.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

using insights::DimensionEvidence;
using insights::EvidenceState;
using insights::Match;

// The view that shows a section of the plan. The exchange of value has no editor of its own yet:
// its figures are the partners' balance, which the Partners view shows.
View view_of(insights::Section section) {
    using S = insights::Section;
    switch (section) {
        case S::Dashboard: return View::Dashboard;
        case S::Vision: return View::Vision;
        case S::Partners:
        case S::Exchange: return View::Partners;
        case S::Goals: return View::Goals;
        case S::Roles: return View::Roles;
        case S::Alignment: return View::Alignment;
        case S::Risks: return View::Risks;
        case S::CheckIns: return View::Checkins;
        case S::Agreement: return View::Exchange;
    }
    return View::Dashboard;
}

ImU32 match_colour(Match match) {
    switch (match) {
        case Match::RatedHighButProblems:
        case Match::RatedLowButClean: return palette().bad;
        case Match::Consistent: return palette().good;
        case Match::Borderline:
        case Match::NotRated:
        case Match::Unchecked: break;
    }
    return palette().text_muted;
}

// The core writes its evidence as the end of a sentence ("4 of 10 activities lack ..."); shown on
// its own it starts with a capital.
std::string sentence(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

// The left column: the dimension, its mean and band, and how the rating meets the evidence.
void rating_cell(const DimensionEvidence& d) {
    const Palette& p = palette();
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Text, d.mismatch() ? p.bad : p.text);
    ImGui::TextWrapped("%s%s", d.mismatch() ? ICON_RISKS " " : "", d.name.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (d.mean) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(one_decimal(*d.mean).c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        tinted_chip(scoring::label(d.band), band_colour(d.band));
    }
    // A borderline rating agrees with anything: its band says all there is.
    if (d.match == Match::Borderline) return;
    ImGui::PushStyleColor(ImGuiCol_Text, match_colour(d.match));
    ImGui::TextWrapped("%s", insights::label(d.match));
    ImGui::PopStyleColor();
}

// One next step: its text, and a button to the place where it is taken, against the right edge.
void next_step(ViewContext& cx, const DimensionEvidence& d, size_t k) {
    const insights::EntityRef place = k < d.next_step_places.size() ? d.next_step_places[k] : insights::EntityRef{};
    const insights::Section section = insights::section_of(place.kind);
    const std::string button = std::string(insights::label(section)) + "  " ICON_CHEVRON_R "##step:" + d.name + ":" +
                               std::to_string(k);
    const float button_width = ImGui::CalcTextSize(button.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(ICON_IDEA);
    ImGui::PopStyleColor();
    ImGui::SameLine(0, em(0.5f));
    ImGui::PushTextWrapPos(right - button_width - em(0.8f));
    ImGui::TextWrapped("%s", d.next_steps[k].c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    align_right(button_width);
    if (ImGui::Button(button.c_str())) cx.go(view_of(section), place.id);
    if (ImGui::IsItemHovered()) {
        const std::string name = place.id.empty() ? std::string() : insights::name_of(cx.plan, place);
        const std::string where = insights::label(section);
        ImGui::SetTooltip("%s", (name.empty() ? "Open " + where
                                              : "Open the " + std::string(insights::label(place.kind)) + " “" + name + "” in " + where)
                                    .c_str());
    }
}

// The right column: what the plan shows (the problems one by one on hover), and the next steps.
void evidence_cell(ViewContext& cx, const DimensionEvidence& d) {
    ImGui::TextWrapped("%s.", sentence(d.evidence).c_str());
    if (!d.findings.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(30));
        for (const insights::Finding& finding : d.findings) ImGui::BulletText("%s", sentence(finding.text).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    for (size_t k = 0; k < d.next_steps.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        next_step(cx, d, k);
        ImGui::PopID();
    }
}

}  // namespace

void draw_evidence_list(ViewContext& cx, const RoundChoice& choice) {
    const insights::EvidenceReport& report = cx.insights.evidence;
    begin_section("Feelings against evidence");
    const AssessmentRound* latest = find_in<AssessmentRound>(cx.plan, report.round);
    std::string intro = "How each rating compares with what the plan itself shows";
    if (latest) intro += ", for " + (latest->title.empty() ? display_date(latest->date) : latest->title);
    if (latest && choice.round && choice.round->id != latest->id) intro += ", the latest rated round";
    muted_text((intro + ".").c_str());

    // Mismatches first: they are what the partners should talk about; then plan order.
    std::vector<size_t> order(report.mismatches.begin(), report.mismatches.end());
    std::string silent;  // dimensions the plan holds no evidence on
    for (size_t i = 0; i < report.dimensions.size(); ++i) {
        const DimensionEvidence& d = report.dimensions[i];
        if (d.state == EvidenceState::NoEvidence) silent += (silent.empty() ? "" : ", ") + d.name;
        else if (!d.mismatch()) order.push_back(i);
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!order.empty() && ImGui::BeginTable("##evidence-list", 2, kFlags)) {
        ImGui::TableSetupColumn("Rating", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("What the plan shows, and what to do", ImGuiTableColumnFlags_WidthStretch, 2.6f);
        ImGui::TableHeadersRow();
        for (size_t i : order) {
            const DimensionEvidence& d = report.dimensions[i];
            ImGui::PushID(d.dimension.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            rating_cell(d);
            ImGui::TableNextColumn();
            evidence_cell(cx, d);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!silent.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("%s: the plan holds no evidence on these; only a conversation tells.", silent.c_str());
        ImGui::PopStyleColor();
    }
    end_section();
}

}  // namespace accord::ui
