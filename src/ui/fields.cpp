#include "ui/fields.hpp"

#include "platform/platform.hpp"
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

void ViewContext::notify(std::string text, bool error) {
    ui.notice = Notice{std::move(text), error, platform::now_ms()};
}

}  // namespace accord::ui
