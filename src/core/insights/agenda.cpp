// The next check-in's agenda (agenda.hpp; docs/insights.md, "The agenda").
//
// Index of this file
// [SECTION] Items, in order of importance
// [SECTION] build_agenda, agenda_to_text
#include "core/insights/agenda.hpp"

#include <algorithm>

#include "core/insights/sentences.hpp"
#include "core/model/collections.hpp"
#include "core/scoring/wording.hpp"

namespace accord::insights {
namespace {

namespace w = scoring::wording;

// Changes named in the approval item before "and N more".
constexpr std::size_t kListedChanges = 6;

std::string day_of(Instant at) { return format_instant(at).substr(0, 10); }

std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string comment_of(const std::string& comment) { return comment.empty() ? "no comment" : "\u201c" + comment + "\u201d"; }

//-----------------------------------------------------------------------------
// [SECTION] Items, in order of importance
//-----------------------------------------------------------------------------

// HOOK (merge): merge decisions the partners postponed belong first on the agenda. Plan has no
// record of them yet (the merge in core/merge is being written); when it gains one, turn each open
// decision into an item here: section Agreement, title "Decide: <field> of <entity>", the two
// values in the detail, the entity in `entities`.
void merge_decisions(const Plan&, std::vector<AgendaItem>&) {}

// A disagreement gets an item of its own when it is worth a conversation by itself: the partners
// are kGapSpread (1.5) or more apart, the mean hides it, or one of them explained the rating. The
// other one-point differences share one item, so a round of three partners does not fill the
// agenda with "4 against 3".
bool stands_alone(const FlaggedDisagreement& d) {
    return d.pair.difference() >= scoring::kGapSpread || d.hidden || !d.pair.high_comment.empty() ||
           !d.pair.low_comment.empty();
}

void disagreements_of(const Plan& plan, const std::vector<FlaggedDisagreement>& all, std::vector<AgendaItem>& items) {
    std::vector<const FlaggedDisagreement*> alone, together;
    for (const FlaggedDisagreement& d : all)
        if (d.latest) (stands_alone(d) ? alone : together).push_back(&d);
    std::stable_sort(alone.begin(), alone.end(), [](const FlaggedDisagreement* a, const FlaggedDisagreement* b) {
        if (a->pair.difference() != b->pair.difference()) return a->pair.difference() > b->pair.difference();
        return a->hidden && !b->hidden;
    });
    for (const FlaggedDisagreement* d : alone) {
        const std::string high = partner_name(plan, d->pair.high_partner);
        const std::string low = partner_name(plan, d->pair.low_partner);
        AgendaItem item;
        item.kind = AgendaKind::Disagreement;
        item.section = Section::Alignment;
        item.title = "Talk through " + w::quoted(d->dimension_name) + ": " + high + " rated " +
                     std::to_string(d->pair.high_score) + ", " + low + " rated " + std::to_string(d->pair.low_score);
        item.detail = ended(high + ": " + comment_of(d->pair.high_comment)) + " " +
                      ended(low + ": " + comment_of(d->pair.low_comment)) + " Mean " + w::one_decimal(d->mean) +
                      (d->hidden ? ", which reads as a strength and hides the difference."
                                 : ", " + lower(scoring::label(d->band)) + ".");
        item.entities = {{EntityKind::Dimension, d->dimension},
                         {EntityKind::AssessmentRound, d->round},
                         {EntityKind::Partner, d->pair.high_partner},
                         {EntityKind::Partner, d->pair.low_partner}};
        items.push_back(std::move(item));
    }
    if (together.empty()) return;
    AgendaItem item;
    item.kind = AgendaKind::Disagreement;
    item.section = Section::Alignment;
    std::string names;
    for (std::size_t k = 0; k < together.size(); ++k) {
        const FlaggedDisagreement& d = *together[k];
        names += (k ? ", " : "") + w::quoted(d.dimension_name);
        item.detail += (k ? "; " : "") + d.dimension_name + ": " + partner_name(plan, d.pair.high_partner) + " " +
                       std::to_string(d.pair.high_score) + ", " + partner_name(plan, d.pair.low_partner) + " " +
                       std::to_string(d.pair.low_score);
        item.entities.push_back({EntityKind::Dimension, d.dimension});
    }
    item.detail = ended(item.detail);
    item.title = "Ask about the smaller differences in " + names;
    item.entities.push_back({EntityKind::AssessmentRound, together.front()->round});
    items.push_back(std::move(item));
}

void mismatches_of(const EvidenceReport& evidence, std::vector<AgendaItem>& items) {
    for (std::size_t i : evidence.mismatches) {
        const DimensionEvidence& d = evidence.dimensions[i];
        AgendaItem item;
        item.kind = AgendaKind::EvidenceMismatch;
        item.section = Section::Alignment;
        item.title = w::quoted(d.name) + (d.match == Match::RatedHighButProblems ? " is rated high, but the plan shows problems"
                                                                               : " is rated low, but the plan shows no problem");
        item.detail = ended(d.headline);
        for (const std::string& step : d.next_steps) item.detail += " " + ended(step);
        item.entities.push_back({EntityKind::Dimension, d.dimension});
        item.entities.insert(item.entities.end(), d.entities.begin(), d.entities.end());
        items.push_back(std::move(item));
    }
}

void overdue_of(const Plan& plan, const scoring::PlanScores& scores, std::vector<AgendaItem>& items) {
    std::vector<std::pair<int, AgendaItem>> overdue;  // days late, item
    for (std::size_t i = 0; i < plan.goals.size(); ++i) {
        const scoring::GoalProgress& g = scores.goals.goals[i];
        if (g.pace != scoring::Pace::Overdue) continue;
        const Goal& goal = plan.goals[i];
        AgendaItem item;
        item.kind = AgendaKind::Overdue;
        item.section = Section::Goals;
        item.title = "Goal " + w::quoted(goal.title) + " is " + w::count(g.days_overdue, "day", "days") + " overdue";
        std::string owners;
        for (std::size_t k = 0; k < goal.owners.size(); ++k) owners += (k ? ", " : "") + partner_name(plan, goal.owners[k]);
        item.detail = ended("Due " + w::date(*goal.due) + ", " + w::percent(g.progress) + " done" +
                            (owners.empty() ? ", no owner" : ", owned by " + owners)) +
                      " Finish it, agree a new date or drop it.";
        item.entities = {{EntityKind::Goal, goal.id}};
        for (const Id& owner : goal.owners) item.entities.push_back({EntityKind::Partner, owner});
        overdue.emplace_back(g.days_overdue, std::move(item));
    }
    for (const scoring::OverdueAction& a : scores.communication.overdue_actions) {
        AgendaItem item;
        item.kind = AgendaKind::Overdue;
        item.section = Section::CheckIns;
        item.title = "Action " + w::quoted(a.text) + " is " + w::count(a.days_late, "day", "days") + " past its due date";
        const CheckIn* checkin = find_in<CheckIn>(plan, a.checkin);
        item.detail = ended("Agreed at the check-in of " + (checkin ? w::date(checkin->date) : a.checkin) + ", due " +
                            w::date(a.due) + (a.owner.empty() ? ", no owner" : ", owned by " + partner_name(plan, a.owner))) +
                      " Settle it or give it a new date.";
        item.entities = {{EntityKind::CheckIn, a.checkin}};
        if (!a.owner.empty()) item.entities.push_back({EntityKind::Partner, a.owner});
        overdue.emplace_back(a.days_late, std::move(item));
    }
    std::stable_sort(overdue.begin(), overdue.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [days, item] : overdue) items.push_back(std::move(item));
}

void risks_of(const Plan& plan, const scoring::PlanScores& scores, std::vector<AgendaItem>& items) {
    for (const Id& id : scores.risks.high_without_contingency) {
        const Risk* risk = find_in<Risk>(plan, id);
        if (!risk) continue;
        AgendaItem item;
        item.kind = AgendaKind::RiskWithoutContingency;
        item.section = Section::Risks;
        item.title = "Risk " + w::quoted(risk->title) + " (exposure " + std::to_string(risk->likelihood * risk->impact) +
                     ") has no contingency plan";
        item.detail = ended("Likelihood " + std::to_string(risk->likelihood) + " x impact " + std::to_string(risk->impact) +
                            ", " + (risk->owner.empty() ? "no owner" : "owned by " + partner_name(plan, risk->owner))) +
                      " Agree what the partners will do if it happens.";
        item.entities = {{EntityKind::Risk, risk->id}};
        if (!risk->owner.empty()) item.entities.push_back({EntityKind::Partner, risk->owner});
        items.push_back(std::move(item));
    }
}

std::string change_words(const ContentChange& change) {
    const std::string what = std::string(label(change.entity.kind));
    switch (change.kind) {
        case ChangeKind::Added: return what + " " + w::quoted(change.name) + " added";
        case ChangeKind::Removed: return what + " " + w::quoted(change.name) + " removed";
        case ChangeKind::Reordered: return change.part + " reordered";
        case ChangeKind::Changed:
            return change.entity.id.empty() ? what + " changed" : what + " " + w::quoted(change.name) + " changed";
    }
    return "";
}

void approvals_of(const Plan& plan, const AgreementState& agreement, std::vector<AgendaItem>& items) {
    if (agreement.approvals.empty() || agreement.approved_by_all) return;
    AgendaItem item;
    item.kind = AgendaKind::ApprovalOutdated;
    item.section = Section::Agreement;
    if (agreement.last_agreed)
        item.title = "Approve the plan again: it changed since every partner approved it on " + day_of(agreement.last_agreed->at);
    else
        item.title = "Approve the plan: no version of it has been approved by every partner yet";

    std::string current, outdated, missing;
    for (const PartnerApproval& p : agreement.partners) {
        const std::string name = partner_name(plan, p.partner);
        std::string& list = !p.latest ? missing : p.current ? current : outdated;
        list += (list.empty() ? "" : ", ") + name;
        if (p.latest && !p.current) {
            list += " (" + day_of(agreement.approvals[*p.latest].at) + ")";
            item.entities.push_back({EntityKind::Approval, agreement.approvals[*p.latest].approval});
        }
    }
    std::vector<std::string> parts;
    if (!current.empty()) parts.push_back(ended("Approved as it is now: " + current));
    if (!outdated.empty()) parts.push_back(ended("Approved an earlier version: " + outdated));
    if (!missing.empty()) parts.push_back(ended("Not approved yet: " + missing));
    if (agreement.last_agreed && agreement.changes_known) {
        std::string changes;
        for (std::size_t k = 0; k < agreement.changes.size() && k < kListedChanges; ++k)
            changes += (k ? "; " : "") + change_words(agreement.changes[k]);
        if (agreement.changes.size() > kListedChanges)
            changes += " and " + std::to_string(agreement.changes.size() - kListedChanges) + " more";
        parts.push_back(ended("Since then: " + (changes.empty() ? std::string("no change to the agreed content") : changes)));
        for (const ContentChange& change : agreement.changes)
            if (change.kind != ChangeKind::Removed && change.kind != ChangeKind::Reordered) item.entities.push_back(change.entity);
    } else if (agreement.last_agreed) {
        parts.push_back("What changed cannot be told: those approvals carry no part digests.");
    }
    for (std::size_t k = 0; k < parts.size(); ++k) item.detail += (k ? " " : "") + parts[k];
    items.push_back(std::move(item));
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] build_agenda, agenda_to_text
//-----------------------------------------------------------------------------

Agenda build_agenda(const Plan& plan, const scoring::PlanScores& scores,
                    const std::vector<FlaggedDisagreement>& disagreements, const EvidenceReport& evidence,
                    const AgreementState& agreement) {
    Agenda agenda;
    agenda.plan_title = plan.title;
    agenda.today = scores.today;
    agenda.due = scores.communication.next_due;
    merge_decisions(plan, agenda.items);
    disagreements_of(plan, disagreements, agenda.items);
    mismatches_of(evidence, agenda.items);
    overdue_of(plan, scores, agenda.items);
    risks_of(plan, scores, agenda.items);
    approvals_of(plan, agreement, agenda.items);
    return agenda;
}

namespace {

// Texts from the plan may hold line breaks; an agenda item stays on its two lines.
std::string one_line(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != '\r') out += c == '\n' ? ' ' : c;
    return out;
}

}  // namespace

std::string agenda_to_text(const Agenda& agenda) {
    std::string out = "Agenda for the next check-in";
    if (!agenda.plan_title.empty()) out += ": " + agenda.plan_title;
    out += "\n";
    if (agenda.due) {
        const int late = agenda.today - *agenda.due;
        out += "Due " + w::date(*agenda.due) +
               (late > 0 ? " (" + w::count(late, "day", "days") + " overdue on " + w::date(agenda.today) + ")" : "") + "\n";
    }
    out += "\n";
    if (agenda.items.empty()) return out + "Nothing needs talking about: a good time to look ahead.\n";
    for (std::size_t i = 0; i < agenda.items.size(); ++i) {
        const AgendaItem& item = agenda.items[i];
        const std::string number = std::to_string(i + 1) + ". ";
        out += number + "[" + label(item.section) + "] " + one_line(item.title) + "\n";
        if (!item.detail.empty()) out += std::string(number.size(), ' ') + one_line(item.detail) + "\n";
    }
    return out;
}

const char* label(AgendaKind kind) {
    switch (kind) {
        case AgendaKind::MergeDecision: return "Merge decision";
        case AgendaKind::Disagreement: return "Disagreement";
        case AgendaKind::EvidenceMismatch: return "Rating against evidence";
        case AgendaKind::Overdue: return "Overdue";
        case AgendaKind::RiskWithoutContingency: return "Risk without contingency";
        case AgendaKind::ApprovalOutdated: return "Approval";
    }
    return "";
}

}  // namespace accord::insights
