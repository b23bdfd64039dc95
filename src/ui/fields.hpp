#pragma once
// Form fields bound to one field of one entity. Each draws a label on the left and an input on the
// right; when the user changes the value, it queues an update of the whole entity (a coalescing
// key makes a typing session one undo step), and when the input is left it seals that step.
//
//   text_field(cx, "Title", goal, &Goal::title);
//   enum_field(cx, "Status", goal, &Goal::status, {GoalStatus::NotStarted, GoalStatus::Done});
//
// Inputs are named "##<label>" inside an ID scope of the entity's id, so the e2e tests find them
// by that name ("##Title") and several entities' forms never share state.
//
// Index of this file
// [SECTION] Committing edits
// [SECTION] Layout
// [SECTION] Field kinds
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/commands/edits.hpp"
#include "core/insights/glossary.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

namespace accord::ui {

//-----------------------------------------------------------------------------
// [SECTION] Committing edits
//-----------------------------------------------------------------------------

// What names an entity in ID scopes and coalescing keys: its id; the parts of the plan that exist
// once have a fixed name.
template <class T>
const std::string& key_of(const T& entity) {
    return entity.id;
}
const std::string& key_of(const Vision&);
const std::string& key_of(const Communication&);

// Queues `changed` (a copy of an entity with one field edited) as an update; edits with the same
// key in a row are one undo step.
template <class T>
void commit(ViewContext& cx, T changed, const char* field) {
    std::string key = std::string(field) + "@" + key_of(changed);
    cx.edits.push(edits::update(cx.plan, std::move(changed), std::move(key)));
}
void commit(ViewContext& cx, Vision changed, const char* field);
void commit(ViewContext& cx, Communication changed, const char* field);

// Before an entity's name input: if the entity was just added, the input takes the keyboard with
// its text selected, so the user types the real name straight away.
inline void focus_if_new(ViewContext& cx, const Id& id) {
    if (cx.ui.rename != id) return;
    ImGui::SetKeyboardFocusHere();
    cx.ui.rename.clear();
}

// After an input: leaving it ends the undo step its typing made.
inline void seal_when_left(ViewContext& cx) {
    if (ImGui::IsItemDeactivated()) cx.edits.seal();
}

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------

// A label in the form's left column; the next input fills the rest of the line.
void field_label(const char* label, const char* help = nullptr);

// Name of the input for a label: "##Title".
std::string input_id(const char* label);

// A date as typed ("" or YYYY-MM-DD): the date, or nothing for an empty text; false when the text
// is not a date.
bool parse_date_text(const std::string& text, std::optional<Date>& out);

// A partner's colour swatch followed by their name (or a muted "nobody").
void partner_chip(const Plan& plan, const Id& partner);

//-----------------------------------------------------------------------------
// [SECTION] Field kinds
//-----------------------------------------------------------------------------

// Long texts (vision, notes) show wrapped while read; a click opens them for editing. ImGui 1.86's
// multi-line input cannot wrap, so a paragraph would otherwise be one endless line.
// Returns true while the text is being edited, with the edited text in `text`. `terms`: the glossary
// terms found in the text (glossary_text.hpp), highlighted while it is read.
bool long_text_editor(const char* id, std::string& text, bool& changed, const ViewContext* cx = nullptr,
                      const std::vector<insights::TermSpan>* terms = nullptr);

template <class T>
void text_input(ViewContext& cx, const char* label, const T& entity, std::string T::*member,
                const char* hint = nullptr, bool multiline = false,
                const std::vector<insights::TermSpan>* terms = nullptr) {
    ImGui::PushID(key_of(entity).c_str());
    std::string text = entity.*member;
    const std::string id = input_id(label);
    bool changed = false;
    if (multiline) {
        long_text_editor(id.c_str(), text, changed, &cx, terms);
    } else {
        ImGui::SetNextItemWidth(-FLT_MIN);
        changed = hint ? ImGui::InputTextWithHint(id.c_str(), hint, &text) : ImGui::InputText(id.c_str(), &text);
    }
    if (changed) {
        T copy = entity;
        copy.*member = text;
        commit(cx, std::move(copy), label);
    }
    seal_when_left(cx);
    ImGui::PopID();
}

template <class T>
void text_field(ViewContext& cx, const char* label, const T& entity, std::string T::*member,
                const char* hint = nullptr, bool multiline = false,
                const std::vector<insights::TermSpan>* terms = nullptr) {
    field_label(label);
    text_input(cx, label, entity, member, hint, multiline, terms);
}

template <class T>
void number_input(ViewContext& cx, const char* label, const T& entity, double T::*member, const char* format = "%g") {
    ImGui::PushID(key_of(entity).c_str());
    double value = entity.*member;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputDouble(input_id(label).c_str(), &value, 0, 0, format) && value != entity.*member) {
        T copy = entity;
        copy.*member = value;
        commit(cx, std::move(copy), label);
    }
    seal_when_left(cx);
    ImGui::PopID();
}

template <class T>
void number_field(ViewContext& cx, const char* label, const T& entity, double T::*member, const char* format = "%g") {
    field_label(label);
    number_input(cx, label, entity, member, format);
}

template <class T>
void int_slider_input(ViewContext& cx, const char* label, const T& entity, int T::*member, int low, int high) {
    ImGui::PushID(key_of(entity).c_str());
    int value = entity.*member;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::SliderInt(input_id(label).c_str(), &value, low, high) && value != entity.*member) {
        T copy = entity;
        copy.*member = value;
        commit(cx, std::move(copy), label);
    }
    seal_when_left(cx);
    ImGui::PopID();
}

template <class T>
void int_slider_field(ViewContext& cx, const char* label, const T& entity, int T::*member, int low, int high) {
    field_label(label);
    int_slider_input(cx, label, entity, member, low, high);
}

template <class T>
void date_input(ViewContext& cx, const char* label, const T& entity, std::optional<Date> T::*member) {
    ImGui::PushID(key_of(entity).c_str());
    const std::optional<Date>& current = entity.*member;
    std::string text = current ? current->iso() : "";
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint(input_id(label).c_str(), "YYYY-MM-DD", &text)) {
        std::optional<Date> parsed;
        // Half-typed dates are not committed; the field keeps the text until it is a date.
        if (parse_date_text(text, parsed) && parsed != current) {
            T copy = entity;
            copy.*member = parsed;
            commit(cx, std::move(copy), label);
        }
    }
    seal_when_left(cx);
    ImGui::PopID();
}

template <class T>
void date_field(ViewContext& cx, const char* label, const T& entity, std::optional<Date> T::*member) {
    field_label(label);
    date_input(cx, label, entity, member);
}

template <class T>
void checkbox_field(ViewContext& cx, const char* label, const T& entity, bool T::*member) {
    ImGui::PushID(key_of(entity).c_str());
    bool value = entity.*member;
    if (ImGui::Checkbox(label, &value)) {
        T copy = entity;
        copy.*member = value;
        commit(cx, std::move(copy), label);
        cx.edits.seal();
    }
    ImGui::PopID();
}

// Choices named by the model's label() overloads (plan.hpp).
template <class T, class E>
void enum_input(ViewContext& cx, const char* label, const T& entity, E T::*member, std::initializer_list<E> options) {
    ImGui::PushID(key_of(entity).c_str());
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (begin_combo(input_id(label).c_str(), accord::label(entity.*member))) {
        for (E option : options) {
            if (ImGui::Selectable(accord::label(option), option == entity.*member) && option != entity.*member) {
                T copy = entity;
                copy.*member = option;
                commit(cx, std::move(copy), label);
                cx.edits.seal();
            }
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
}

template <class T, class E>
void enum_field(ViewContext& cx, const char* label, const T& entity, E T::*member, std::initializer_list<E> options) {
    field_label(label);
    enum_input(cx, label, entity, member, options);
}

// One partner (or nobody, when allowed).
template <class T>
void partner_input(ViewContext& cx, const char* label, const T& entity, Id T::*member, bool allow_none = true) {
    ImGui::PushID(key_of(entity).c_str());
    const Id& current = entity.*member;
    const Partner* shown = cx.plan.find_partner(current);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (begin_combo(input_id(label).c_str(), shown ? shown->name.c_str() : "Nobody")) {
        auto choose = [&](const Id& id) {
            if (id == current) return;
            T copy = entity;
            copy.*member = id;
            commit(cx, std::move(copy), label);
            cx.edits.seal();
        };
        if (allow_none && ImGui::Selectable("Nobody", current.empty())) choose("");
        for (const auto& partner : cx.plan.partners) {
            ImGui::PushID(partner.id.c_str());
            if (ImGui::Selectable(partner.name.c_str(), partner.id == current)) choose(partner.id);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
}

template <class T>
void partner_field(ViewContext& cx, const char* label, const T& entity, Id T::*member, bool allow_none = true) {
    field_label(label);
    partner_input(cx, label, entity, member, allow_none);
}

// One partner as a toggle chip: their short name, filled with their colour when on. Returns true
// when clicked. The chip's label is "<short name>##<partner id>".
bool partner_chip_toggle(const Partner& partner, bool on);

// Any number of partners, as a row of chips in the partners' order.
template <class T>
void partners_input(ViewContext& cx, const char* label, const T& entity, std::vector<Id> T::*member) {
    ImGui::PushID(key_of(entity).c_str());
    ImGui::PushID(label);
    const std::vector<Id>& chosen = entity.*member;
    if (cx.plan.partners.empty()) ImGui::TextDisabled("No partners yet");
    for (size_t i = 0; i < cx.plan.partners.size(); ++i) {
        const Partner& partner = cx.plan.partners[i];
        const bool on = std::find(chosen.begin(), chosen.end(), partner.id) != chosen.end();
        if (i > 0) ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        if (partner_chip_toggle(partner, on)) {
            T copy = entity;
            std::vector<Id> next;
            for (const auto& p : cx.plan.partners) {
                const bool was = std::find(chosen.begin(), chosen.end(), p.id) != chosen.end();
                if (p.id == partner.id ? !on : was) next.push_back(p.id);
            }
            copy.*member = std::move(next);
            commit(cx, std::move(copy), label);
            cx.edits.seal();
        }
    }
    ImGui::PopID();
    ImGui::PopID();
}

template <class T>
void partners_field(ViewContext& cx, const char* label, const T& entity, std::vector<Id> T::*member) {
    field_label(label);
    partners_input(cx, label, entity, member);
}

}  // namespace accord::ui
