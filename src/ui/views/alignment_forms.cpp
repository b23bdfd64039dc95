// The Alignment view's forms: a partner's ratings for a round (1-5 and a comment per dimension),
// the rounds (title, date, removal) and the dimensions (name, description, order, removal). Every
// change is one core edit; removing a round or a dimension asks first, as its ratings go with it.
//
// Index of this file
// [SECTION] Rating form
// [SECTION] Rounds
// [SECTION] Dimensions
#include <string>

#include "core/model/collections.hpp"
#include "ui/fields.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/views/alignment_parts.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {
namespace {

// What each point of the scale says, for the buttons' tooltips.
constexpr const char* kScale[] = {"", "1: not at all true for us", "2: rarely true", "3: partly true",
                                  "4: mostly true", "5: fully true for us"};

const Partner* rating_partner(ViewContext& cx) {
    AlignmentState& state = cx.ui.alignment;
    if (const Partner* chosen = cx.plan.find_partner(state.partner)) return chosen;
    const Partner* fallback = cx.plan.find_partner(cx.ui.me);
    if (!fallback && !cx.plan.partners.empty()) fallback = &cx.plan.partners.front();
    state.partner = fallback ? fallback->id : Id();
    return fallback;
}

void partner_picker(ViewContext& cx, const Partner& current) {
    muted_text("Rating as");
    for (size_t i = 0; i < cx.plan.partners.size(); ++i) {
        const Partner& partner = cx.plan.partners[i];
        if (i > 0) ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        if (partner_chip_toggle(partner, partner.id == current.id)) cx.ui.alignment.partner = partner.id;
    }
    if (current.id == cx.ui.me) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
        ImGui::TextUnformatted("you");
        ImGui::PopStyleColor();
    }
}

// Five buttons, the chosen one filled with the partner's colour. Named "<n>##rate:<dimension>:<n>".
// The first goes where the cursor is; the others follow on the same line.
void score_buttons(ViewContext& cx, const AssessmentRound& round, const Dimension& dimension, const Partner& partner,
                   const Rating* rating, float button) {
    for (int score = 1; score <= 5; ++score) {
        if (score > 1) ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        const bool chosen = rating && rating->score == score;
        if (chosen) {
            ImGui::PushStyleColor(ImGuiCol_Button, rgb_vec(partner.colour));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, rgb_vec(partner.colour, 0.85f));
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        const std::string text = std::to_string(score) + "##rate:" + dimension.name + ":" + std::to_string(score);
        if (ImGui::Button(text.c_str(), ImVec2(button, 0)) && !chosen)
            cx.edits.push(edits::set_rating(cx.plan, round.id, dimension.id, partner.id, score, rating ? rating->comment : ""));
        if (chosen) ImGui::PopStyleColor(3);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kScale[score]);
    }
}

void comment_input(ViewContext& cx, const AssessmentRound& round, const Dimension& dimension, const Partner& partner,
                   const Rating* rating) {
    std::string comment = rating ? rating->comment : "";
    const std::string id = "##comment:" + dimension.name;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::BeginDisabled(!rating);
    if (ImGui::InputTextWithHint(id.c_str(), rating ? "Why this rating? (optional)" : "Pick a rating to add a comment",
                                 &comment) &&
        rating) {
        const std::string key = "comment@" + round.id + "/" + dimension.id + "/" + partner.id;
        cx.edits.push(edits::set_rating(cx.plan, round.id, dimension.id, partner.id, rating->score, comment, key));
    }
    seal_when_left(cx);
    ImGui::EndDisabled();
}

void add_dimension(ViewContext& cx) {
    Dimension dimension;
    dimension.id = cx.ids.next();
    dimension.name = "New dimension";
    cx.ui.rename = dimension.id;
    cx.edits.push(edits::add(cx.plan, std::move(dimension)));
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Rating form
//-----------------------------------------------------------------------------

void draw_rating_form(ViewContext& cx, const RoundChoice& choice) {
    if (!choice.round) {
        muted_text("There is no round to rate yet.");
        if (icon_button(ICON_ADD, "Add round")) add_round(cx);
        return;
    }
    const Partner* partner = rating_partner(cx);
    if (!partner) {
        muted_text("Add the partners first (Partners view): each rates on their own.");
        return;
    }
    const AssessmentRound& round = *choice.round;
    partner_picker(cx, *partner);
    int rated = 0;
    for (const Dimension& dimension : cx.plan.dimensions) rated += round.find(dimension.id, partner->id) ? 1 : 0;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextWrapped("%d of %zu rated in %s. 1 = not at all true for us, 5 = fully true.", rated,
                       cx.plan.dimensions.size(), round.title.empty() ? "this round" : round.title.c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float button = em(2.0f);
    const float clear = ImGui::GetFrameHeight();
    const float buttons_width = 5 * button + 4 * style.ItemInnerSpacing.x;
    const float name_width = ImGui::GetContentRegionAvail().x - buttons_width - clear - 2 * style.ItemSpacing.x;
    for (const Dimension& dimension : cx.plan.dimensions) {
        ImGui::PushID(dimension.id.c_str());
        const Rating* rating = round.find(dimension.id, partner->id);
        ImGui::AlignTextToFramePadding();
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(fit_text(dimension.name, name_width).c_str());
        ImGui::PopFont();
        if (ImGui::IsItemHovered() && !dimension.description.empty()) ImGui::SetTooltip("%s", dimension.description.c_str());
        ImGui::SameLine();
        ImGui::SetCursorScreenPos(ImVec2(start.x + name_width + style.ItemSpacing.x, ImGui::GetCursorScreenPos().y));
        score_buttons(cx, round, dimension, *partner, rating, button);
        ImGui::SameLine();
        ImGui::BeginDisabled(!rating);
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        if (small_icon_button(ICON_CLOSE, "clear", "Clear this rating"))
            cx.edits.push(edits::set_rating(cx.plan, round.id, dimension.id, partner->id, 0, ""));
        ImGui::PopStyleColor();
        ImGui::EndDisabled();
        comment_input(cx, round, dimension, *partner, rating);
        ImGui::Spacing();
        ImGui::PopID();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Rounds
//-----------------------------------------------------------------------------

void add_round(ViewContext& cx) {
    AlignmentState& state = cx.ui.alignment;
    AssessmentRound round;
    round.id = cx.ids.next();
    round.title = "New round";
    round.date = cx.today;
    state.round = round.id;
    state.tab = AlignmentTab::Rounds;
    cx.ui.rename = round.id;
    cx.edits.push(edits::add(cx.plan, std::move(round)));
}

namespace {

void round_date_input(ViewContext& cx, const AssessmentRound& round) {
    std::string text = round.date.iso();
    ImGui::SetNextItemWidth(em(7.2f));
    if (ImGui::InputTextWithHint("##Round date", "YYYY-MM-DD", &text)) {
        // Half-typed dates are not committed; the field keeps the text until it is a date.
        const std::optional<Date> parsed = Date::parse(text);
        if (parsed && *parsed != round.date) {
            AssessmentRound copy = round;
            copy.date = *parsed;
            commit(cx, std::move(copy), "Round date");
        }
    }
    seal_when_left(cx);
}

void confirm_round_removal(ViewContext& cx) {
    AlignmentState& state = cx.ui.alignment;
    ImGui::SetNextWindowSize(ImVec2(em(26), 0));
    if (!ImGui::BeginPopupModal("Remove round?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    const AssessmentRound* round = find_in<AssessmentRound>(cx.plan, state.confirm_remove_round);
    if (!round) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextWrapped("Remove %s?", round_label(*round).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextWrapped("Its %zu rating%s go with it. You can undo it.", round->ratings.size(),
                       round->ratings.size() == 1 ? "" : "s");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    if (icon_button(ICON_DELETE, "Remove")) {
        cx.edits.push(edits::remove<AssessmentRound>(cx.plan, round->id));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep") || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void draw_round_list(ViewContext& cx) {
    AlignmentState& state = cx.ui.alignment;
    muted_text("Rate again every few months to see how the partnership moves.");
    if (icon_button(ICON_ADD, "Add round")) add_round(cx);
    ImGui::Spacing();
    bool ask = false;  // the dialog opens in the list's ID scope, where it is drawn
    // Newest first: the round being prepared is the one most often edited.
    for (auto it = cx.plan.rounds.rbegin(); it != cx.plan.rounds.rend(); ++it) {
        const AssessmentRound& round = *it;
        ImGui::PushID(round.id.c_str());
        ImGui::Separator();
        const bool shown = state.round == round.id;
        ImGui::PushStyleColor(ImGuiCol_Text, shown ? palette().accent : palette().text_muted);
        if (small_icon_button(ICON_VISION, "show", "Show and rate this round")) state.round = round.id;
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x);
        focus_if_new(cx, round.id);
        std::string title = round.title;
        if (ImGui::InputTextWithHint("##Round title", "Title, e.g. Spring review", &title)) {
            AssessmentRound copy = round;
            copy.title = title;
            commit(cx, std::move(copy), "Round title");
        }
        seal_when_left(cx);
        ImGui::SameLine();
        if (small_icon_button(ICON_DELETE, "remove", "Remove this round")) {
            state.confirm_remove_round = round.id;
            ask = true;
        }
        ImGui::Dummy(ImVec2(ImGui::GetFrameHeight(), 0));
        ImGui::SameLine();
        round_date_input(cx, round);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        const std::string count = std::to_string(round.ratings.size()) + (round.ratings.size() == 1 ? " rating" : " ratings");
        muted_text(count.c_str());
        ImGui::PopID();
    }
    if (cx.plan.rounds.empty()) muted_text("No rounds yet.");
    if (ask) ImGui::OpenPopup("Remove round?");
    confirm_round_removal(cx);
}

//-----------------------------------------------------------------------------
// [SECTION] Dimensions
//-----------------------------------------------------------------------------

namespace {

void confirm_dimension_removal(ViewContext& cx) {
    AlignmentState& state = cx.ui.alignment;
    ImGui::SetNextWindowSize(ImVec2(em(26), 0));
    if (!ImGui::BeginPopupModal("Remove dimension?", nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    const Dimension* dimension = cx.plan.find_dimension(state.confirm_remove_dimension);
    if (!dimension) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    size_t ratings = 0, rounds = 0;
    for (const AssessmentRound& round : cx.plan.rounds) {
        size_t here = 0;
        for (const Rating& rating : round.ratings) here += rating.dimension == dimension->id ? 1 : 0;
        ratings += here;
        rounds += here ? 1 : 0;
    }
    ImGui::TextWrapped("Remove the dimension %s?", dimension->name.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    if (ratings)
        ImGui::TextWrapped("Its %zu rating%s in %zu round%s go with it. You can undo it.", ratings, ratings == 1 ? "" : "s",
                           rounds, rounds == 1 ? "" : "s");
    else
        ImGui::TextWrapped("Nobody has rated it yet. You can undo it.");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    if (icon_button(ICON_DELETE, "Remove")) {
        cx.edits.push(edits::remove<Dimension>(cx.plan, dimension->id));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep") || key_pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void draw_dimension_list(ViewContext& cx) {
    AlignmentState& state = cx.ui.alignment;
    muted_text("What the partners rate. Each is an axis of the radar.");
    if (icon_button(ICON_ADD, "Add dimension")) add_dimension(cx);
    ImGui::Spacing();
    const auto& dimensions = cx.plan.dimensions;
    const float button = ImGui::GetFrameHeight();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    bool ask = false;  // the dialog opens in the list's ID scope, where it is drawn
    for (size_t i = 0; i < dimensions.size(); ++i) {
        const Dimension& dimension = dimensions[i];
        ImGui::PushID(dimension.id.c_str());
        ImGui::Separator();
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 3 * (button + spacing));
        focus_if_new(cx, dimension.id);
        std::string name = dimension.name;
        if (ImGui::InputTextWithHint("##Dimension name", "Name", &name)) {
            Dimension copy = dimension;
            copy.name = name;
            commit(cx, std::move(copy), "Dimension name");
        }
        seal_when_left(cx);
        ImGui::SameLine();
        ImGui::BeginDisabled(i == 0);
        if (small_icon_button(ICON_ARROW_UP, "up", "Move up (the radar goes round in this order)"))
            cx.edits.push(edits::move<Dimension>(cx.plan, dimension.id, i - 1));
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == dimensions.size());
        if (small_icon_button(ICON_ARROW_DOWN, "down", "Move down"))
            cx.edits.push(edits::move<Dimension>(cx.plan, dimension.id, i + 1));
        ImGui::EndDisabled();
        ImGui::SameLine();
        const std::string remove_id = "remove:" + dimension.name;  // named for the tests: rows scroll
        if (small_icon_button(ICON_DELETE, remove_id.c_str(), "Remove this dimension")) {
            state.confirm_remove_dimension = dimension.id;
            ask = true;
        }
        text_input(cx, "Dimension description", dimension, &Dimension::description, "What a 5 means here");
        ImGui::PopID();
    }
    if (ask) ImGui::OpenPopup("Remove dimension?");
    confirm_dimension_removal(cx);
}

}  // namespace accord::ui
