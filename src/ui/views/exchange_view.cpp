#include "ui/views/exchange_view.hpp"

#include <cstdio>
#include <string>

#include "core/exchange/sending.hpp"
#include "core/insights/report.hpp"
#include "core/insights/sha256.hpp"
#include "core/io/plan_file.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "platform/platform.hpp"
#include "ui/fonts.hpp"
#include "ui/storage_words.hpp"
#include "ui/icons.hpp"
#include "ui/test_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/view_context.hpp"
#include "ui/widgets.hpp"

// Index of this file
// [SECTION] Receiving a file
// [SECTION] Sending the plan
// [SECTION] Opening a partner's copy
// [SECTION] What arrived
// [SECTION] Merge review
// [SECTION] The view

namespace accord::ui {
namespace {

constexpr const char* kPlanMime = "application/json";

std::string size_text(size_t bytes) {
    char text[32];
    if (bytes < 1024) std::snprintf(text, sizeof text, "%zu bytes", bytes);
    else if (bytes < 1024 * 1024) std::snprintf(text, sizeof text, "%.0f KB", bytes / 1024.0);
    else std::snprintf(text, sizeof text, "%.1f MB", bytes / (1024.0 * 1024.0));
    return text;
}

// Wrapped text that tests can find by what it says (plain text is no ImGui item with a label).
void wrapped(const std::string& text) {
    ImGui::TextWrapped("%s", text.c_str());
    if (test_hooks::enabled()) test_hooks::mark(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void muted_wrapped(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    wrapped(text);
    ImGui::PopStyleColor();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Receiving a file
//-----------------------------------------------------------------------------

void receive_plan_file(ExchangeState& state, std::string name, const std::string& bytes, const std::string& error) {
    IncomingFile file;
    file.name = std::move(name);
    if (!error.empty()) {
        file.problems.push_back(error);
    } else {
        io::ImportResult result = io::import_plan(bytes);
        for (const Problem& problem : result.problems) file.problems.push_back(problem.text());
        file.plan = std::move(result.plan);
        file.migrated = result.migrated;
        if (file.plan) {
            file.token = sha256_hex(bytes);
            state.known_files[file.token] = bytes;
            state.unstored.emplace_back(file.plan->id, file.token);
        }
    }
    state.incoming = std::move(file);
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Sending the plan
//-----------------------------------------------------------------------------

// The exported file, remembered as a version the partners now share.
std::string sent_file(ViewContext& cx) {
    std::string bytes = io::export_plan(cx.plan);
    const std::string token = sha256_hex(bytes);
    cx.ui.exchange.known_files[token] = bytes;
    cx.ui.exchange.unstored.emplace_back(cx.plan.id, token);
    return bytes;
}

std::string clock_now() {
    const std::int64_t ms = platform::wall_clock_ms();
    const std::string stamp = format_instant(ms);  // "YYYY-MM-DDTHH:MM:SSZ"
    return stamp.substr(11, 5) + " UTC";
}

void draw_send(ViewContext& cx) {
    ExchangeState& state = cx.ui.exchange;
    begin_section("Send your copy");
    const std::string name = exchange::plan_file_name(cx.plan.title);
    wrapped("Your copy of the plan as one file, " + name + ". Send it to your partners: they open it in "
            "Accord, and what they change comes back to you the same way and is merged with your work.");
    ImGui::Spacing();
    if (icon_button(ICON_DOWNLOAD, "Download plan file")) {
        const std::string bytes = sent_file(cx);
        platform::download_file(name, kPlanMime, bytes);
        state.last_sent = "Downloaded " + name + " (" + size_text(bytes.size()) + ") at " + clock_now() + ".";
    }
    ImGui::SameLine();
    const exchange::EmailDraft draft = exchange::email_draft(cx.plan, cx.ui.me, name, cx.today, platform::page_address());
    if (icon_button(ICON_EMAIL, "Prepare email")) {
        const std::string bytes = sent_file(cx);
        platform::download_file(name, kPlanMime, bytes);
        platform::open_url(exchange::mailto_url(draft));
        state.last_sent = "Downloaded " + name + " and opened an email draft at " + clock_now() +
                          ": attach the downloaded file to it.";
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Downloads the plan file and opens your mail program with a message that tells\n"
                          "your partners how to open it. Attach the downloaded file before sending.");
    ImGui::SameLine();
    if (icon_button(ICON_COPY, "Copy as text")) {
        platform::copy_to_clipboard(sent_file(cx));
        state.last_sent = "Copied the plan file's text at " + clock_now() + ": paste it into a message or a file.";
    }
    if (platform::can_share_files()) {
        ImGui::SameLine();
        if (icon_button(ICON_SHARE, "Share")) {
            platform::share_file(name, kPlanMime, sent_file(cx), cx.plan.title);
            state.last_sent = "Opened the share sheet at " + clock_now() + ".";
        }
    }
    switch (platform::take_share_result()) {
        case platform::ShareResult::Failed: cx.notify("The browser could not share the file: download it instead.", true); break;
        case platform::ShareResult::Done:
        case platform::ShareResult::None: break;
    }
    if (draft.to.empty()) {
        muted_wrapped("No other partner has an email address yet: the email will have no recipient. "
                      "Add addresses in Partners.");
    } else {
        std::string to;
        for (const std::string& address : draft.to) to += (to.empty() ? "" : ", ") + address;
        muted_wrapped("The email goes to " + to + ".");
    }
    if (!state.last_sent.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().good);
        wrapped(std::string(ICON_CHECK "  ") + state.last_sent);
        ImGui::PopStyleColor();
    }
    end_section();
}

void draw_report(ViewContext& cx) {
    begin_section("Report");
    wrapped("The plan, its scores and what to talk about, as a document to print or paste into an email.");
    ImGui::Spacing();
    using insights::ReportFormat;
    if (icon_button(ICON_DOWNLOAD, "Download report (HTML)"))
        platform::download_file(exchange::report_file_name(cx.plan.title, ".html"), "text/html;charset=utf-8",
                                insights::plan_report(cx.plan, cx.scores, cx.insights, ReportFormat::Html));
    ImGui::SameLine();
    if (icon_button(ICON_DOWNLOAD, "Download report (Markdown)"))
        platform::download_file(exchange::report_file_name(cx.plan.title, ".md"), "text/markdown;charset=utf-8",
                                insights::plan_report(cx.plan, cx.scores, cx.insights, ReportFormat::Markdown));
    ImGui::SameLine();
    if (icon_button(ICON_COPY, "Copy report (Markdown)")) {
        platform::copy_to_clipboard(insights::plan_report(cx.plan, cx.scores, cx.insights, ReportFormat::Markdown));
        cx.notify("Copied the report as Markdown");
    }
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Opening a partner's copy
//-----------------------------------------------------------------------------

void draw_receive(ViewContext& cx) {
    ExchangeState& state = cx.ui.exchange;
    begin_section("Open a partner's copy");
    wrapped("A plan file from a partner: when it is this plan, Accord merges their changes into yours and "
            "shows you anything you both changed differently. Your plan stays as it is until you say so.");
    ImGui::Spacing();
    if (icon_button(ICON_OPEN, "Open a plan file")) platform::pick_file();
    ImGui::SameLine();
    muted_text("or drop a .accord.json file anywhere on this page");
    ImGui::Spacing();
    muted_text("Or paste a plan file's text:");
    ImGui::InputTextMultiline("##pasted", &state.pasted, ImVec2(-FLT_MIN, em(4.5f)));
    ImGui::BeginDisabled(state.pasted.empty());
    if (icon_button(ICON_PASTE, "Open pasted text")) {
        receive_plan_file(state, "pasted text", state.pasted);
        if (state.incoming && state.incoming->plan) state.pasted.clear();
    }
    ImGui::EndDisabled();
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] What arrived
//-----------------------------------------------------------------------------

std::string count_text(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void draw_unreadable(ViewContext& cx, const IncomingFile& file) {
    begin_section();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
    ImGui::PushFont(fonts().title);
    wrapped(std::string(ICON_ERROR "  Cannot open ") + file.name);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    wrapped("It is not a plan file Accord can read, so nothing was changed. What is wrong with it:");
    for (const std::string& problem : file.problems) {
        ImGui::Bullet();
        wrapped(problem);
    }
    ImGui::Spacing();
    if (icon_button(ICON_CLOSE, "Dismiss")) cx.ui.exchange.incoming.reset();
    end_section();
}

// A plan that is not the open one. When the library holds it, the file is merged into that copy,
// never opened over it or beside it: the person opens the copy and sees the merge review. A plan new
// to this device opens as a plan of its own, after asking.
void draw_other_plan(ViewContext& cx, IncomingFile& file) {
    const Plan& plan = *file.plan;
    if (!file.holding) file.holding = cx.ui.exchange.holding ? cx.ui.exchange.holding(plan.id) : std::vector<library::PlanInfo>{};
    const std::vector<library::PlanInfo>& holding = *file.holding;
    begin_section();
    ImGui::PushFont(fonts().title);
    wrapped(std::string(ICON_OPEN "  ") + file.name + (holding.empty() ? " holds another plan" : " holds a plan you have"));
    ImGui::PopFont();
    wrapped("\"" + plan.title + "\": " + count_text(plan.partners.size(), "partner", "partners") + ", " +
            count_text(plan.goals.size(), "goal", "goals") + ", " + count_text(plan.risks.size(), "risk", "risks") +
            (file.migrated ? " (written by an older Accord: it was upgraded on reading)." : "."));
    if (holding.empty()) {
        muted_wrapped("It is not the plan open now (\"" + cx.plan.title + "\"), so there is nothing to merge.");
        ImGui::Spacing();
        if (icon_button(ICON_OPEN, "Open this plan")) {
            Plan opened = std::move(*file.plan);
            // The received file is the version both partners now share: a later merge starts from it.
            opened.based_on = file.token;
            cx.edits.open(std::move(opened));
            cx.ui.exchange.incoming.reset();
            end_section();
            return;
        }
    } else {
        muted_wrapped(std::string(holding.size() == 1 ? "Your copy of it is kept on this device. Open it"
                                                      : "Your copies of it are kept on this device. Open one") +
                      " to see what the file brings and merge it in: nothing is overwritten, and what you both "
                      "changed differently is yours to decide.");
        ImGui::Spacing();
        for (const library::PlanInfo& entry : holding) {
            ImGui::PushID(entry.id.c_str());
            const std::string label = "Merge into \u201c" + (entry.title.empty() ? std::string("Untitled plan") : entry.title) + "\u201d";
            if (icon_button(ICON_EXCHANGE, label.c_str())) cx.edits.open_entry(entry.id);  // the review follows
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Changed %s", when_words(entry.changed, platform::wall_clock_ms()).c_str());
            ImGui::PopID();
        }
    }
    ImGui::SameLine();
    if (icon_button(ICON_CLOSE, "Dismiss")) cx.ui.exchange.incoming.reset();
    end_section();
}

//-----------------------------------------------------------------------------
// [SECTION] Merge review
//-----------------------------------------------------------------------------

// The version the incoming copy was based on, when this device has it: a file sent or received
// earlier whose token the copy names (Plan::based_on). Without it the merge is two-way.
std::optional<Plan> merge_base(const ExchangeState& state, const Plan& theirs) {
    if (theirs.based_on.empty()) return std::nullopt;
    std::optional<std::string> bytes;
    if (const auto known = state.known_files.find(theirs.based_on); known != state.known_files.end())
        bytes = known->second;
    else if (state.stored)
        bytes = state.stored(theirs.based_on);
    if (!bytes) return std::nullopt;
    io::ImportResult base = io::import_plan(*bytes);
    return std::move(base.plan);
}

// Merges again when the file or the open plan changed since (an edit made while reviewing).
MergeReview& current_review(ViewContext& cx, const IncomingFile& file) {
    MergeReview& review = cx.ui.exchange.review;
    if (review.result && review.token == file.token && review.ours_revision == cx.plan.revision) return review;
    MergeReview fresh;
    fresh.token = file.token;
    fresh.ours_revision = cx.plan.revision;
    merge::MergeContext context{cx.ui.me, platform::wall_clock_ms(), file.token};
    fresh.result = merge::merge_plans(merge_base(cx.ui.exchange, *file.plan), cx.plan, *file.plan, context);
    for (const Conflict& conflict : fresh.result->conflicts) {  // keep what was decided before
        const auto chosen = review.choices.find(conflict.id);
        fresh.choices[conflict.id] = chosen == review.choices.end() ? merge::Choice::Postpone : chosen->second;
        const auto edited = review.edited.find(conflict.id);
        if (edited != review.edited.end()) fresh.edited[conflict.id] = edited->second;
    }
    review = std::move(fresh);
    return review;
}

std::string joined(const std::vector<std::string>& names) {
    constexpr size_t kShown = 6;  // a long list is summed up after a few names
    std::string out;
    for (size_t i = 0; i < names.size() && i < kShown; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > kShown) out += " and " + std::to_string(names.size() - kShown) + " more";
    return out;
}

void draw_incoming_changes(const merge::MergeResult& result) {
    if (result.incoming.empty()) {
        muted_wrapped("Nothing comes in that you do not have.");
        return;
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##incoming", 2, kFlags)) return;
    ImGui::TableSetupColumn("Section", ImGuiTableColumnFlags_WidthFixed, em(9));
    ImGui::TableSetupColumn("What changes", ImGuiTableColumnFlags_WidthStretch);
    for (const merge::SectionSummary& section : result.incoming) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(section.section.c_str());
        ImGui::TableNextColumn();
        const Palette& p = palette();
        auto line = [&](const char* verb, const std::vector<std::string>& names, ImU32 colour) {
            if (names.empty()) return;
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            wrapped(std::string(verb) + ": " + joined(names));
            ImGui::PopStyleColor();
        };
        line("Added", section.added, p.good);
        line("Changed", section.changed, p.text);
        line("Removed", section.removed, p.bad);
    }
    ImGui::EndTable();
}

// One conflict: what each side has, and the person's choice.
void draw_conflict(ViewContext& cx, MergeReview& review, const Conflict& conflict) {
    const merge::ConflictView view = merge::describe(review.result->plan, conflict);
    const Palette& p = palette();
    ImGui::PushID(conflict.id.c_str());
    rule();
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    wrapped(view.label);
    ImGui::PopFont();
    // The engine's note repeats the label for a plain edit on both sides ("both sides changed title").
    muted_wrapped(conflict.kind == ConflictKind::EditEdit ? std::string("You both changed it, differently.")
                                                                 : view.kind_label + std::string(": ") + view.note);
    auto side = [&](const char* who, const std::string& by, const std::string& value, ImU32 colour) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(who);
        ImGui::PopStyleColor();
        if (!by.empty()) {
            ImGui::SameLine();
            muted_text(("(" + by + ")").c_str());
        }
        ImGui::Indent(em(1));
        wrapped(value.empty() ? std::string(u8"\u2013") : value);
        ImGui::Unindent(em(1));
    };
    side("Yours", view.ours_by, view.ours, p.accent);
    side("Theirs", view.theirs_by, view.theirs, p.warn);
    if (!review.result->two_way) side("Before", "", view.base, p.text_muted);
    merge::Choice& choice = review.choices[conflict.id];
    auto option = [&](const char* label, merge::Choice value) {
        if (ImGui::RadioButton(label, choice == value)) choice = value;
        ImGui::SameLine(0, em(1.2f));
    };
    option("Keep yours", merge::Choice::Ours);
    option("Take theirs", merge::Choice::Theirs);
    if (view.editable) option("Write another", merge::Choice::Custom);
    option("Decide later", merge::Choice::Postpone);
    ImGui::NewLine();
    if (choice == merge::Choice::Custom) {
        auto edited = review.edited.find(conflict.id);
        if (edited == review.edited.end()) edited = review.edited.emplace(conflict.id, view.ours).first;
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputText("##edited", &edited->second);
    }
    for (const Problem& problem : review.problems)
        if (problem.path.find(conflict.id) != std::string::npos) {
            ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
            wrapped(problem.message);
            ImGui::PopStyleColor();
        }
    ImGui::PopID();
}

// An edited value in the plan file's terms: a number where the field holds one, else the text.
nlohmann::json edited_value(const Conflict& conflict, const std::string& text) {
    if (conflict.ours.is_number() || conflict.theirs.is_number()) {
        try {
            size_t used = 0;
            const double number = std::stod(text, &used);
            if (used == text.size()) return number;
        } catch (const std::exception&) {
        }
    }
    return text;
}

void apply_merge(ViewContext& cx, IncomingFile& file, MergeReview& review) {
    std::vector<merge::Decision> decisions;
    size_t later = 0;
    for (const Conflict& conflict : review.result->conflicts) {
        const merge::Choice choice = review.choices[conflict.id];
        if (choice == merge::Choice::Postpone) ++later;
        merge::Decision decision{conflict.id, choice, nullptr};
        if (choice == merge::Choice::Custom) decision.value = edited_value(conflict, review.edited[conflict.id]);
        decisions.push_back(std::move(decision));
    }
    merge::Resolution resolution = merge::resolve(*review.result, decisions);
    review.problems = resolution.problems;
    if (!resolution.ok()) return;
    Transaction merge = merge::merge_transaction(cx.plan, *resolution.plan);
    merge.label = "Merge " + file.name;
    cx.edits.push(std::move(merge));  // based_on moves with it, and back on undo
    cx.notify("Merged " + file.name + (later == 0 ? std::string()
                                                  : ": " + count_text(later, "decision", "decisions") +
                                                        " left for later, listed in the agenda"));
    cx.ui.exchange.incoming.reset();
    cx.ui.exchange.review = {};
}

void draw_merge_review(ViewContext& cx, IncomingFile& file) {
    MergeReview& review = current_review(cx, file);
    const merge::MergeResult& result = *review.result;
    begin_section();
    ImGui::PushFont(fonts().title);
    wrapped(std::string(ICON_EXCHANGE "  Merge ") + file.name);
    ImGui::PopFont();
    if (!result.ok()) {
        wrapped("It cannot be merged, so nothing was changed:");
        for (const Problem& problem : result.problems) {
            ImGui::Bullet();
            wrapped(problem.text());
        }
        if (icon_button(ICON_CLOSE, "Dismiss")) cx.ui.exchange.incoming.reset();
        end_section();
        return;
    }
    if (result.clean() && result.incoming.empty()) {
        wrapped("Nothing new: this copy holds nothing you do not have already.");
        if (icon_button(ICON_CLOSE, "Dismiss")) cx.ui.exchange.incoming.reset();
        end_section();
        return;
    }
    muted_wrapped(result.two_way
                      ? "This device has no copy of the version you both started from, so the two copies were "
                        "compared entity by entity, using who changed what last."
                      : "Compared with the version you both had: only what each side changed since counts.");
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("What comes in");
    ImGui::PopFont();
    draw_incoming_changes(result);
    if (!result.conflicts.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(fonts().bold);
        wrapped("To decide: " + count_text(result.conflicts.size(), "change", "changes") +
                " you both made differently");
        ImGui::PopFont();
        for (const Conflict& conflict : result.conflicts) draw_conflict(cx, review, conflict);
    }
    ImGui::Spacing();
    if (icon_button(ICON_CHECK, "Apply merge")) {
        apply_merge(cx, file, review);
        end_section();
        return;
    }
    ImGui::SameLine();
    if (icon_button(ICON_CLOSE, "Cancel")) {
        cx.ui.exchange.incoming.reset();
        cx.ui.exchange.review = {};
    }
    end_section();
}

void draw_incoming(ViewContext& cx) {
    IncomingFile& file = *cx.ui.exchange.incoming;
    if (!file.plan) draw_unreadable(cx, file);
    else if (file.plan->id != cx.plan.id) draw_other_plan(cx, file);
    else draw_merge_review(cx, file);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The view
//-----------------------------------------------------------------------------

void draw_exchange_view(ViewContext& cx) {
    if (cx.ui.exchange.incoming) draw_incoming(cx);
    draw_send(cx);
    draw_receive(cx);
    draw_report(cx);
}

}  // namespace accord::ui
