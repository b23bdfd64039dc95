// Governance beside the role matrix (DESIGN.md, "Role matrix": decision rule per activity area,
// points of contact, escalation path). Plain forms: every change is one core edit.
//
// Index of this file
// [SECTION] Decision rules
// [SECTION] Points of contact
// [SECTION] Escalation path
#include "ui/views/role_governance.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/model/collections.hpp"
#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

constexpr ImGuiTableFlags kListFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;

constexpr DecisionMethod kMethods[] = {DecisionMethod::Consensus, DecisionMethod::Majority, DecisionMethod::Unanimous,
                                       DecisionMethod::LeadDecides, DecisionMethod::Consult};

//-----------------------------------------------------------------------------
// [SECTION] Decision rules
//-----------------------------------------------------------------------------

// Methods where one partner has the last word.
bool needs_lead(DecisionMethod method) {
    return method == DecisionMethod::LeadDecides || method == DecisionMethod::Consult;
}

const char* method_meaning(DecisionMethod method) {
    switch (method) {
        case DecisionMethod::Consensus: return "Decided together: nobody objects";
        case DecisionMethod::Majority: return "Most partners agree";
        case DecisionMethod::LeadDecides: return "One partner decides alone";
        case DecisionMethod::Consult: return "One partner decides after hearing the others";
        case DecisionMethod::Unanimous: return "Every partner says yes";
    }
    return "";
}

// Choosing a method without a lead drops the lead, so the file never names a lead nobody follows.
void method_input(ViewContext& cx, const DecisionRule& rule) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (begin_combo("##Method", label(rule.method))) {
        for (DecisionMethod method : kMethods) {
            if (ImGui::Selectable(label(method), method == rule.method) && method != rule.method) {
                DecisionRule copy = rule;
                copy.method = method;
                if (!needs_lead(method)) copy.lead.clear();
                commit(cx, std::move(copy), "Method");
                cx.edits.seal();
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", method_meaning(method));
        }
        ImGui::EndCombo();
    }
}

void add_rule(ViewContext& cx, std::string area) {
    DecisionRule rule;
    rule.id = cx.ids.next();
    rule.area = std::move(area);
    if (rule.area.empty()) cx.ui.rename = rule.id;
    cx.edits.push(edits::add(cx.plan, std::move(rule)));
}

void draw_rules(ViewContext& cx) {
    begin_section("Decision rules");
    muted_text("How each area decides. The matrix shows each area's rule beside its name.");
    if (!cx.plan.decision_rules.empty() && ImGui::BeginTable("##rules", 5, kListFlags)) {
        ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn("Method", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("Who decides", ImGuiTableColumnFlags_WidthStretch, 1.1f);
        ImGui::TableSetupColumn("Notes", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        ImGui::TableHeadersRow();
        for (const DecisionRule& rule : cx.plan.decision_rules) {
            ImGui::PushID(rule.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            focus_if_new(cx, rule.id);
            text_input(cx, "Rule area", rule, &DecisionRule::area, "Area");
            ImGui::TableNextColumn();
            method_input(cx, rule);
            ImGui::TableNextColumn();
            if (needs_lead(rule.method)) {
                partner_input(cx, "Lead", rule, &DecisionRule::lead);
                if (rule.lead.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("Pick the partner who decides");
            } else {
                ImGui::AlignTextToFramePadding();
                muted_text("All partners");
            }
            ImGui::TableNextColumn();
            text_input(cx, "Rule notes", rule, &DecisionRule::notes, nullptr, true);
            ImGui::TableNextColumn();
            if (small_icon_button(ICON_DELETE, "remove", "Remove this rule"))
                cx.edits.push(edits::remove<DecisionRule>(cx.plan, rule.id));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    // Areas the matrix uses but no rule covers, each one click from having a rule.
    std::vector<std::string> uncovered;
    for (const Activity& activity : cx.plan.activities) {
        if (activity.area.empty() || std::find(uncovered.begin(), uncovered.end(), activity.area) != uncovered.end()) continue;
        const bool covered = std::any_of(cx.plan.decision_rules.begin(), cx.plan.decision_rules.end(),
                                         [&](const DecisionRule& rule) { return rule.area == activity.area; });
        if (!covered) uncovered.push_back(activity.area);
    }
    if (icon_button(ICON_ADD, "Add decision rule")) add_rule(cx, "");
    for (const std::string& area : uncovered) {
        ImGui::SameLine();
        const std::string text = std::string(ICON_ADD "  Rule for ") + area + "##uncovered";
        ImGui::PushID(area.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        if (ImGui::Button(text.c_str())) add_rule(cx, area);
        ImGui::PopStyleColor();
        ImGui::PopID();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Activities in %s have no decision rule yet", area.c_str());
    }
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Points of contact
//-----------------------------------------------------------------------------

// The partner's colour and name in bold, on a line as high as a button.
void partner_heading(const Partner& partner) {
    const float height = ImGui::GetFrameHeight();
    const float dot = ImGui::GetTextLineHeight() * 0.35f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + dot, at.y + height * 0.5f), dot, rgb(partner.colour));
    ImGui::Dummy(ImVec2(dot * 2, height));
    ImGui::SameLine(0, dot * 1.5f);
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(partner.name.c_str());
    ImGui::PopFont();
}

void add_contact(ViewContext& cx, const Partner& partner) {
    Contact contact;
    contact.id = cx.ids.next();
    contact.partner = partner.id;
    contact.name = "";
    cx.ui.rename = contact.id;
    cx.edits.push(edits::add(cx.plan, std::move(contact)));
}

void draw_contacts(ViewContext& cx) {
    begin_section("Points of contact");
    if (cx.plan.partners.empty()) muted_text("Each partner's contacts appear here once there are partners.");
    for (const Partner& partner : cx.plan.partners) {
        ImGui::PushID(partner.id.c_str());
        partner_heading(partner);
        align_right(ImGui::GetFrameHeight());
        const std::string tooltip = "Add a contact at " + partner.name;
        if (small_icon_button(ICON_ADD, "add-contact", tooltip.c_str())) add_contact(cx, partner);
        const bool any = std::any_of(cx.plan.contacts.begin(), cx.plan.contacts.end(),
                                     [&](const Contact& c) { return c.partner == partner.id; });
        if (!any) {
            muted_text("No contact yet.");
        } else if (ImGui::BeginTable("##contacts", 5, kListFlags)) {
            ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthStretch, 1.3f);
            ImGui::TableSetupColumn("Email", ImGuiTableColumnFlags_WidthStretch, 1.4f);
            ImGui::TableSetupColumn("Phone", ImGuiTableColumnFlags_WidthStretch, 0.9f);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
            for (const Contact& contact : cx.plan.contacts) {
                if (contact.partner != partner.id) continue;
                ImGui::PushID(contact.id.c_str());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                focus_if_new(cx, contact.id);
                text_input(cx, "Contact name", contact, &Contact::name, "Name");
                ImGui::TableNextColumn();
                text_input(cx, "Contact role", contact, &Contact::role, "Role, e.g. project lead");
                ImGui::TableNextColumn();
                text_input(cx, "Contact email", contact, &Contact::email, "Email");
                ImGui::TableNextColumn();
                text_input(cx, "Contact phone", contact, &Contact::phone, "Phone");
                ImGui::TableNextColumn();
                if (small_icon_button(ICON_DELETE, "remove", "Remove this contact"))
                    cx.edits.push(edits::remove<Contact>(cx.plan, contact.id));
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Escalation path
//-----------------------------------------------------------------------------

// The step's number in a filled circle: the path reads top to bottom.
void step_number(size_t number) {
    const float size = ImGui::GetFrameHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(at.x + size * 0.5f, at.y + size * 0.5f);
    draw->AddCircleFilled(centre, size * 0.42f, palette().accent);
    const std::string text = std::to_string(number);
    ImGui::PushFont(fonts().bold);
    const ImVec2 text_size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(centre.x - text_size.x * 0.5f, centre.y - text_size.y * 0.5f), IM_COL32_WHITE, text.c_str());
    ImGui::PopFont();
}

void within_input(ViewContext& cx, const EscalationStep& step) {
    int days = step.within_days;
    ImGui::SetNextItemWidth(em(3.4f));
    if (ImGui::InputScalar("##Within", ImGuiDataType_S32, &days) && days != step.within_days && days >= 0) {
        EscalationStep copy = step;
        copy.within_days = days;
        commit(cx, std::move(copy), "Within");
    }
    seal_when_left(cx);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::AlignTextToFramePadding();
    muted_text(days == 1 ? "day" : "days");
}

void draw_escalation(ViewContext& cx) {
    begin_section("Escalation path");
    muted_text("When a disagreement is not settled, it goes one step up, within the days given.");
    const auto& steps = cx.plan.escalation;
    if (!steps.empty() && ImGui::BeginTable("##escalation", 5, kListFlags)) {
        const float button = ImGui::GetFrameHeight();
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, button);
        ImGui::TableSetupColumn("Who", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("Within", ImGuiTableColumnFlags_WidthFixed, em(6.2f));
        ImGui::TableSetupColumn("How", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 3 * button + 2 * spacing);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < steps.size(); ++i) {
            const EscalationStep& step = steps[i];
            ImGui::PushID(step.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            step_number(i + 1);
            ImGui::TableNextColumn();
            focus_if_new(cx, step.id);
            text_input(cx, "Who", step, &EscalationStep::who, "Who takes it up");
            ImGui::TableNextColumn();
            within_input(cx, step);
            ImGui::TableNextColumn();
            text_input(cx, "How", step, &EscalationStep::how, nullptr, true);
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(i == 0);
            if (small_icon_button(ICON_ARROW_UP, "up", "Earlier in the path"))
                cx.edits.push(edits::move<EscalationStep>(cx.plan, step.id, i - 1));
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(i + 1 == steps.size());
            if (small_icon_button(ICON_ARROW_DOWN, "down", "Later in the path"))
                cx.edits.push(edits::move<EscalationStep>(cx.plan, step.id, i + 1));
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (small_icon_button(ICON_DELETE, "remove", "Remove this step"))
                cx.edits.push(edits::remove<EscalationStep>(cx.plan, step.id));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (icon_button(ICON_ADD, "Add step")) {
        EscalationStep step;
        step.id = cx.ids.next();
        // Each step up usually gets more time than the one before.
        step.within_days = steps.empty() ? 7 : steps.back().within_days * 2;
        cx.ui.rename = step.id;
        cx.edits.push(edits::add(cx.plan, std::move(step)));
    }
    end_section();
}

}  // namespace

void draw_governance(ViewContext& cx) {
    draw_rules(cx);
    draw_contacts(cx);
    draw_escalation(cx);
}

}  // namespace accord::ui
