#include "ui/views/vision_view.hpp"

#include "ui/fields.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

constexpr ImGuiTableFlags kListFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;

void draw_statement(ViewContext& cx) {
    begin_section("statement", "Shared vision");
    const Vision& vision = cx.plan.vision;
    text_field(cx, "Vision", vision, &Vision::statement, nullptr, true);
    text_field(cx, "Mission", vision, &Vision::mission, nullptr, true);
    text_field(cx, "Why", vision, &Vision::why, nullptr, true);
    text_field(cx, "Horizon", vision, &Vision::horizon, "e.g. 2030, or five years");
    end_section();
}

void draw_values(ViewContext& cx) {
    begin_section("values", "Values");
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

void draw_glossary(ViewContext& cx) {
    begin_section("glossary", "Glossary");
    if (cx.plan.glossary.empty())
        muted_text("Words the partners use, defined once so that everyone means the same thing.");
    else if (ImGui::BeginTable("##glossary", 5, kListFlags)) {
        ImGui::TableSetupColumn("Term", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Definition", ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn("Agreed by", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("Disputed", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        for (const GlossaryTerm& term : cx.plan.glossary) {
            ImGui::PushID(term.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            focus_if_new(cx, term.id);
            text_input(cx, "Term", term, &GlossaryTerm::term, "Term");
            ImGui::TableNextColumn();
            text_input(cx, "Definition", term, &GlossaryTerm::definition, "What it means here");
            ImGui::TableNextColumn();
            partners_input(cx, "Agreed by", term, &GlossaryTerm::agreed_by);
            ImGui::TableNextColumn();
            checkbox_field(cx, "##disputed", term, &GlossaryTerm::disputed);
            ImGui::TableNextColumn();
            if (small_icon_button(ICON_DELETE, "remove", "Remove this term"))
                cx.edits.push(edits::remove<GlossaryTerm>(cx.plan, term.id));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
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
