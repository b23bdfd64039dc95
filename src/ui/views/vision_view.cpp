#include "ui/views/vision_view.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "ui/fields.hpp"
#include "ui/glossary_text.hpp"
#include "ui/icons.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

constexpr ImGuiTableFlags kListFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;

void draw_statement(ViewContext& cx) {
    begin_section("Shared vision");
    const Vision& vision = cx.plan.vision;
    // Glossary terms show highlighted while the texts are read, with their definitions on hover.
    const insights::EntityRef ref{insights::EntityKind::Vision, {}};
    using insights::TextField;
    text_field(cx, "Vision", vision, &Vision::statement, nullptr, true, terms_in(cx, ref, TextField::VisionStatement));
    text_field(cx, "Mission", vision, &Vision::mission, nullptr, true, terms_in(cx, ref, TextField::VisionMission));
    text_field(cx, "Why", vision, &Vision::why, nullptr, true, terms_in(cx, ref, TextField::VisionWhy));
    text_field(cx, "Horizon", vision, &Vision::horizon, "e.g. 2030, or five years");
    end_section();
}

void draw_values(ViewContext& cx) {
    begin_section("Values");
    if (cx.plan.values.empty()) muted_text("What the partners hold to when it gets hard. Add the first value.");
    else if (ImGui::BeginTable("##values", 4, kListFlags)) {
        ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("What it means for us", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Endorsed by", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        for (const Value& value : cx.plan.values) {
            ImGui::PushID(value.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            focus_if_new(cx, value.id);
            text_input(cx, "Value name", value, &Value::name, "Name");
            ImGui::TableNextColumn();
            text_input(cx, "Meaning", value, &Value::meaning, "What it means in practice");
            ImGui::TableNextColumn();
            partners_input(cx, "Endorsed by", value, &Value::endorsed_by);
            ImGui::TableNextColumn();
            if (small_icon_button(ICON_DELETE, "remove", "Remove this value"))
                cx.edits.push(edits::remove<Value>(cx.plan, value.id));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (icon_button(ICON_ADD, "Add value")) {
        Value value;
        value.id = cx.ids.next();
        value.name = "New value";
        cx.ui.rename = value.id;
        cx.edits.push(edits::add(cx.plan, std::move(value)));
    }
    end_section();
}

// "“Peak shaving” is defined twice...": what is wrong with a glossary entry, in plain words; "" when
// nothing is (docs/insights.md, "Glossary-aware text").
std::string glossary_problem(const ViewContext& cx, const GlossaryTerm& term) {
    const insights::GlossaryReport& report = cx.insights.glossary;
    for (const insights::DoubleDefinition& d : report.doubles)
        if (std::find(d.terms.begin(), d.terms.end(), term.id) != d.terms.end())
            return u8"\u201c" + d.term + u8"\u201d is defined " + (d.terms.size() == 2 ? "twice" : std::to_string(d.terms.size()) + " times") +
                   ": agree on one definition and remove the other" + (d.terms.size() == 2 ? "" : "s") + ".";
    for (const insights::DisputedTerm& d : report.disputed) {
        if (d.term != term.id) continue;
        std::string who;
        for (size_t i = 0; i < d.not_agreed_by.size(); ++i)
            who += (i == 0 ? "" : i + 1 == d.not_agreed_by.size() ? " and " : ", ") + insights::partner_name(cx.plan, d.not_agreed_by[i]);
        return u8"\u201c" + d.name + u8"\u201d is disputed" + (who.empty() ? "" : ": not agreed by " + who) + ".";
    }
    return {};
}

void draw_glossary(ViewContext& cx) {
    begin_section("Glossary");
    std::vector<std::string> problems;
    if (cx.plan.glossary.empty())
        muted_text("Words the partners use, defined once so that everyone means the same thing.");
    else if (ImGui::BeginTable("##glossary", 7, kListFlags)) {
        const float flag_width = ImGui::CalcTextSize(ICON_FLAG).x;
        ImGui::TableSetupColumn("##flag", ImGuiTableColumnFlags_WidthFixed, flag_width);
        ImGui::TableSetupColumn("Term", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Definition", ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn("Agreed by", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("Used", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("Disputed", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < cx.plan.glossary.size(); ++i) {
            const GlossaryTerm& term = cx.plan.glossary[i];
            ImGui::PushID(term.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string problem = glossary_problem(cx, term);
            if (!problem.empty()) {
                ImGui::AlignTextToFramePadding();
                ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
                ImGui::TextUnformatted(ICON_FLAG);
                ImGui::PopStyleColor();
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", problem.c_str());
                if (std::find(problems.begin(), problems.end(), problem) == problems.end()) problems.push_back(problem);
            }
            ImGui::TableNextColumn();
            focus_if_new(cx, term.id);
            text_input(cx, "Term", term, &GlossaryTerm::term, "Term");
            ImGui::TableNextColumn();
            text_input(cx, "Definition", term, &GlossaryTerm::definition, "What it means here");
            ImGui::TableNextColumn();
            partners_input(cx, "Agreed by", term, &GlossaryTerm::agreed_by);
            ImGui::TableNextColumn();
            const std::vector<int>& uses = cx.insights.glossary.uses;
            const int used = i < uses.size() ? uses[i] : 0;
            ImGui::AlignTextToFramePadding();
            if (used == 0)
                muted_text("none");
            else
                ImGui::Text("%d", used);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("How often the vision, the values and the goals use this term");
            ImGui::TableNextColumn();
            checkbox_field(cx, "##disputed", term, &GlossaryTerm::disputed);
            ImGui::TableNextColumn();
            if (small_icon_button(ICON_DELETE, "remove", "Remove this term"))
                cx.edits.push(edits::remove<GlossaryTerm>(cx.plan, term.id));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    // The problems in words too, not only behind the flags' tooltips.
    for (const std::string& problem : problems) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        ImGui::TextUnformatted(ICON_FLAG);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("%s", problem.c_str());
        ImGui::PopStyleColor();
        test_hooks::mark("glossary-problem:" + problem, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    if (!problems.empty()) ImGui::Spacing();
    if (icon_button(ICON_ADD, "Add term")) {
        GlossaryTerm term;
        term.id = cx.ids.next();
        term.term = "New term";
        cx.ui.rename = term.id;
        cx.edits.push(edits::add(cx.plan, std::move(term)));
    }
    end_section();
}

}  // namespace

void draw_vision_view(ViewContext& cx) {
    draw_statement(cx);
    draw_values(cx);
    draw_glossary(cx);
}

}  // namespace accord::ui
