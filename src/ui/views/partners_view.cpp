#include "ui/views/partners_view.hpp"

#include <map>

#include "core/model/collections.hpp"
#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

// Colours for new partners, in order: distinct from each other and from the status colours.
constexpr unsigned kPartnerColours[] = {0x4C78A8, 0xF58518, 0x54A24B, 0xB279A2, 0x9D755D, 0x72B7B2, 0xE45756, 0xEECA3B};

void add_partner(ViewContext& cx) {
    Partner partner;
    partner.id = cx.ids.next();
    partner.name = "New partner";
    partner.colour = kPartnerColours[cx.plan.partners.size() % std::size(kPartnerColours)];
    cx.ui.partners.selected = partner.id;
    cx.ui.rename = partner.id;
    cx.edits.push(edits::add(cx.plan, std::move(partner)));
}

void draw_list(ViewContext& cx) {
    PartnersState& state = cx.ui.partners;
    begin_section("Partners");
    for (const Partner& partner : cx.plan.partners) {
        ImGui::PushID(partner.id.c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float line = ImGui::GetTextLineHeight();
        const std::string label = "##partner:" + partner.name;
        if (ImGui::Selectable(label.c_str(), state.selected == partner.id, 0, ImVec2(0, line * 2.4f)))
            state.selected = partner.id;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float dot = line * 0.45f;
        draw->AddCircleFilled(ImVec2(at.x + dot + em(0.3f), at.y + line * 1.2f), dot, rgb(partner.colour));
        const float text_x = at.x + 2 * dot + em(0.8f);
        draw->AddText(ImVec2(text_x, at.y + line * 0.15f), palette().text, partner.name.c_str());
        const std::string second = partner.organisation.empty() ? std::string("No organisation given") : partner.organisation;
        draw->AddText(ImVec2(text_x, at.y + line * 1.2f), palette().text_muted, second.c_str());
        if (partner.id == cx.ui.me) {
            const char* you = "you";
            const float width = ImGui::CalcTextSize(you).x;
            draw->AddText(ImVec2(ImGui::GetItemRectMax().x - width - em(0.4f), at.y + line * 0.15f), palette().accent, you);
        }
        ImGui::PopID();
    }
    if (cx.plan.partners.empty()) muted_text("Who is in this partnership? Add each partner.");
    ImGui::Spacing();
    if (icon_button(ICON_ADD, "Add partner")) add_partner(cx);
    end_section();
}

// A short account of what removing a partner takes along, from the transaction itself.
std::string removal_summary(const Transaction& removal) {
    std::map<std::string, int> counts;
    for (const Op& op : removal.ops) {
        std::visit(
            [&](const auto& change) {
                using Change = std::decay_t<decltype(change)>;
                if constexpr (!std::is_same_v<Change, Replace<Vision>> && !std::is_same_v<Change, Replace<Communication>> &&
                              !std::is_same_v<Change, Replace<PlanHeader>>) {
                    using T = std::decay_t<decltype(change.before->value)>;
                    if constexpr (!std::is_same_v<T, Partner>)
                        ++counts[std::string(change.after ? "changes " : "removes ") + Collection<T>::noun];
                }
            },
            op);
    }
    if (counts.empty()) return "Nothing else in the plan refers to this partner.";
    std::string out = "This also ";
    bool first = true;
    for (const auto& [what, n] : counts) {
        out += (first ? "" : ", ") + what.substr(0, what.find(' ') + 1) + std::to_string(n) + " " +
               what.substr(what.find(' ') + 1) + (n == 1 ? "" : "s");
        first = false;
    }
    return out + ". You can undo it.";
}

void draw_remove_confirmation(ViewContext& cx, const Partner& partner) {
    PartnersState& state = cx.ui.partners;
    if (state.confirm_remove == partner.id) {
        ImGui::OpenPopup("Remove partner?");
        state.confirm_remove.clear();
    }
    ImGui::SetNextWindowSize(ImVec2(em(26), 0));
    if (ImGui::BeginPopupModal("Remove partner?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
        const Transaction removal = edits::remove<Partner>(cx.plan, partner.id);
        ImGui::TextWrapped("Remove %s from the plan?", partner.name.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("%s", removal_summary(removal).c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
        if (icon_button(ICON_DELETE, "Remove")) {
            cx.edits.push(removal);
            if (cx.ui.me == partner.id) cx.ui.me.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep") || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

// Values as tags, typed as a comma-separated list.
void draw_value_tags(ViewContext& cx, const Partner& partner) {
    field_label("Values", "What this partner stands for, separated by commas");
    std::string text;
    for (size_t i = 0; i < partner.values.size(); ++i) text += (i ? ", " : "") + partner.values[i];
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##Values", "e.g. reliability, local ownership", &text)) {
        Partner copy = partner;
        copy.values.clear();
        size_t start = 0;
        while (start <= text.size()) {
            size_t end = text.find(',', start);
            if (end == std::string::npos) end = text.size();
            std::string tag = text.substr(start, end - start);
            tag.erase(0, tag.find_first_not_of(' '));
            tag.erase(tag.find_last_not_of(' ') + 1);
            if (!tag.empty()) copy.values.push_back(tag);
            start = end + 1;
        }
        commit(cx, std::move(copy), "Values");
    }
    seal_when_left(cx);
}

void draw_profile(ViewContext& cx, const Partner& partner) {
    begin_section();
    ImGui::PushID(partner.id.c_str());
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(partner.name.c_str());
    ImGui::PopFont();
    const bool is_me = cx.ui.me == partner.id;
    const float remove_width = ImGui::GetFrameHeight();
    align_right(ImGui::GetFrameHeight() + ImGui::CalcTextSize("This is me").x + remove_width + em(1.5f));
    bool me = is_me;
    if (ImGui::Checkbox("This is me", &me)) cx.ui.me = me ? partner.id : Id();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Edits made on this device are signed with this partner's name,\nso a merge can tell whose change is whose.");
    align_right(remove_width);
    if (small_icon_button(ICON_DELETE, "remove", "Remove this partner")) cx.ui.partners.confirm_remove = partner.id;
    ImGui::Spacing();

    focus_if_new(cx, partner.id);
    text_field(cx, "Name", partner, &Partner::name);
    text_field(cx, "Organisation", partner, &Partner::organisation);
    text_field(cx, "Email", partner, &Partner::email, "name@example.org");
    field_label("Colour", "The partner's colour in every chart");
    float colour[3] = {((partner.colour >> 16) & 0xFF) / 255.0f, ((partner.colour >> 8) & 0xFF) / 255.0f,
                       (partner.colour & 0xFF) / 255.0f};
    if (ImGui::ColorEdit3("##Colour", colour, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel)) {
        Partner copy = partner;
        auto channel = [](float v) { return static_cast<unsigned>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255)); };
        copy.colour = (channel(colour[0]) << 16) | (channel(colour[1]) << 8) | channel(colour[2]);
        commit(cx, std::move(copy), "Colour");
    }
    seal_when_left(cx);
    ImGui::Spacing();
    text_field(cx, "Strengths", partner, &Partner::strengths, nullptr, true);
    text_field(cx, "Resources", partner, &Partner::resources, nullptr, true);
    text_field(cx, "Limitations", partner, &Partner::limitations, nullptr, true);
    text_field(cx, "Expectations", partner, &Partner::expectations, nullptr, true);
    draw_value_tags(cx, partner);
    draw_remove_confirmation(cx, partner);
    ImGui::PopID();
    end_section();
}

}  // namespace

void draw_partners_view(ViewContext& cx) {
    PartnersState& state = cx.ui.partners;
    if (!cx.ui.focus.empty() && cx.plan.find_partner(cx.ui.focus)) {
        state.selected = cx.ui.focus;
        cx.ui.focus.clear();
    }
    if (!cx.plan.find_partner(state.selected))
        state.selected = cx.plan.partners.empty() ? Id() : cx.plan.partners.front().id;

    begin_pane("##partner-list", ImVec2(em(17), 0));
    draw_list(cx);
    end_pane();
    ImGui::SameLine();
    begin_pane("##partner-profile", ImVec2(0, 0));
    if (const Partner* partner = cx.plan.find_partner(state.selected)) draw_profile(cx, *partner);
    end_pane();
}

}  // namespace accord::ui
