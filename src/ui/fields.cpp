#include "ui/fields.hpp"

#include <algorithm>

#include "platform/platform.hpp"
#include "ui/glossary_text.hpp"
#include "ui/runner.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {

void field_label(const char* label, const char* help) {
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
    if (help && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
    ImGui::SameLine(em(8.5f));
}

const std::string& key_of(const Vision&) {
    static const std::string key = "vision";
    return key;
}

const std::string& key_of(const Communication&) {
    static const std::string key = "communication";
    return key;
}

void commit(ViewContext& cx, Vision changed, const char* field) {
    cx.edits.push(edits::set_vision(cx.plan, std::move(changed), std::string(field) + "@vision"));
}

void commit(ViewContext& cx, Communication changed, const char* field) {
    cx.edits.push(edits::set_communication(cx.plan, std::move(changed), std::string(field) + "@communication"));
}

std::string input_id(const char* label) { return std::string("##") + label; }

bool parse_date_text(const std::string& text, std::optional<Date>& out) {
    if (text.empty()) {
        out.reset();
        return true;
    }
    out = Date::parse(text);
    return out.has_value();
}

void partner_chip(const Plan& plan, const Id& partner) {
    const Partner* p = plan.find_partner(partner);
    if (!p) {
        muted_text("nobody");
        return;
    }
    const float size = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float middle = at.y + ImGui::GetTextLineHeight() * 0.5f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + size * 0.5f, middle), size * 0.5f, rgb(p->colour));
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, size * 0.5f);
    ImGui::TextUnformatted(p->name.c_str());
}

bool long_text_editor(const char* id, std::string& text, bool& changed, const ViewContext* cx,
                      const std::vector<insights::TermSpan>* terms) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID(id);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const float wrap = width - 2 * padding.x;
    const float min_height = ImGui::GetTextLineHeight() * 2 + 2 * padding.y;
    const float height = std::max(min_height, ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y + 2 * padding.y);
    if (storage->GetBool(key)) {
        if (storage->GetBool(key + 1)) {  // the first frame of editing: take the keyboard
            ImGui::SetKeyboardFocusHere();
            storage->SetBool(key + 1, false);
        }
        changed = ImGui::InputTextMultiline(id, &text, ImVec2(width, std::max(height, ImGui::GetTextLineHeight() * 4.5f)));
        if (ImGui::IsItemDeactivated()) storage->SetBool(key, false);
        return true;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton(id, ImVec2(width, height))) {
        storage->SetBool(key, true);
        storage->SetBool(key + 1, true);
        request_frames(2);
    }
    // An invisible button reports no label to the test hooks: name it as the input it opens.
    test_hooks::mark(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + width, at.y + height);
    draw->AddRectFilled(at, end, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                        ImGui::GetStyle().FrameRounding);
    const ImVec2 text_at(at.x + padding.x, at.y + padding.y);
    if (text.empty())
        draw->AddText(text_at, palette().text_muted, "Click to write…");
    else if (cx && terms)
        draw_glossary_text(*cx, draw, text_at, wrap, palette().text, text, *terms);
    else
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), text_at, palette().text, text.c_str(), nullptr, wrap);
    return false;
}

bool partner_chip_toggle(const Partner& partner, bool on) {
    const std::string short_name = partner.name.substr(0, partner.name.find(' '));
    const std::string label = short_name + "##" + partner.id;
    const ImVec4 colour = rgb_vec(partner.colour, on ? 0.9f : 0.0f);
    ImGui::PushStyleColor(ImGuiCol_Button, on ? colour : ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, rgb_vec(partner.colour, on ? 1.0f : 0.25f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, rgb_vec(partner.colour, 0.6f));
    ImGui::PushStyleColor(ImGuiCol_Text, on ? ImVec4(1, 1, 1, 1) : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFrameHeight() * 0.5f);
    const bool clicked = ImGui::Button(label.c_str());
    test_hooks::toggle_state(on);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", partner.name.c_str(), on ? "yes" : "no");
    return clicked;
}

void ViewContext::notify(std::string text, bool error) {
    ui.notice = Notice{std::move(text), error, platform::now_ms()};
}

}  // namespace accord::ui
