// The plan's report in Markdown or HTML (report.hpp).
//
// The report is first built as a small document of blocks (headings, paragraphs, lists, tables,
// preformatted text) whose texts are plain; each format then renders it and escapes every text on
// the way out, so no piece of the plan can reach the output unescaped.
//
// Index of this file
// [SECTION] Escaping
// [SECTION] The document
// [SECTION] Rendering: Markdown, HTML
// [SECTION] The report's sections
#include "core/insights/report.hpp"

#include <algorithm>

#include "core/insights/sentences.hpp"
#include "core/scoring/report.hpp"
#include "core/scoring/wording.hpp"

namespace accord::insights {

//-----------------------------------------------------------------------------
// [SECTION] Escaping
//-----------------------------------------------------------------------------

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '#': case '|':
            case '~': case '&':
                out += '\\';
                out += c;
                break;
            case '\r': break;
            case '\n': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

namespace w = scoring::wording;

//-----------------------------------------------------------------------------
// [SECTION] The document
//-----------------------------------------------------------------------------

enum class Style { Plain, Strong, Code };

struct Span {
    std::string text;  // plain: escaped when rendered
    Style style = Style::Plain;
};

using Line = std::vector<Span>;

enum class BlockKind { Heading1, Heading2, Paragraph, Bullets, Numbered, Table, Preformatted };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<Line> lines;              // a heading or paragraph: one; a list: one per item
    std::vector<std::vector<Line>> rows;  // a table: the header row first
    std::string preformatted;
};

class Document {
public:
    void heading1(Line line) { blocks_.push_back({BlockKind::Heading1, {std::move(line)}, {}, {}}); }
    void heading2(Line line) { blocks_.push_back({BlockKind::Heading2, {std::move(line)}, {}, {}}); }
    void paragraph(Line line) { blocks_.push_back({BlockKind::Paragraph, {std::move(line)}, {}, {}}); }
    void bullets(std::vector<Line> items) {
        if (!items.empty()) blocks_.push_back({BlockKind::Bullets, std::move(items), {}, {}});
    }
    void numbered(std::vector<Line> items) {
        if (!items.empty()) blocks_.push_back({BlockKind::Numbered, std::move(items), {}, {}});
    }
    void table(std::vector<std::vector<Line>> rows) { blocks_.push_back({BlockKind::Table, {}, std::move(rows), {}}); }
    void preformatted(std::string text) { blocks_.push_back({BlockKind::Preformatted, {}, {}, std::move(text)}); }
    const std::vector<Block>& blocks() const { return blocks_; }

private:
    std::vector<Block> blocks_;
};

Span plain(std::string text) { return {std::move(text), Style::Plain}; }
Span strong(std::string text) { return {std::move(text), Style::Strong}; }
Span code(std::string text) { return {std::move(text), Style::Code}; }

//-----------------------------------------------------------------------------
// [SECTION] Rendering: Markdown, HTML
//-----------------------------------------------------------------------------

// The longest run of backticks in `text`, so a fence or code span can be made longer than it.
std::size_t longest_backtick_run(const std::string& text) {
    std::size_t longest = 0, run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

std::string markdown_line(const Line& line) {
    std::string out;
    for (const Span& span : line) {
        switch (span.style) {
            case Style::Plain: out += escape_markdown(span.text); break;
            case Style::Strong: out += "**" + escape_markdown(span.text) + "**"; break;
            case Style::Code: {
                // A code span shows its text as is; it needs a longer run of backticks around it
                // than any inside, and a space where the text itself starts or ends with one.
                const std::string ticks(longest_backtick_run(span.text) + 1, '`');
                const bool pad = !span.text.empty() && (span.text.front() == '`' || span.text.back() == '`');
                out += ticks + (pad ? " " : "") + span.text + (pad ? " " : "") + ticks;
                break;
            }
        }
    }
    return out;
}

std::string to_markdown(const Document& doc) {
    std::string out;
    for (const Block& b : doc.blocks()) {
        if (!out.empty()) out += "\n";
        switch (b.kind) {
            case BlockKind::Heading1: out += "# " + markdown_line(b.lines[0]) + "\n"; break;
            case BlockKind::Heading2: out += "## " + markdown_line(b.lines[0]) + "\n"; break;
            case BlockKind::Paragraph: out += markdown_line(b.lines[0]) + "\n"; break;
            case BlockKind::Bullets:
                for (const Line& item : b.lines) out += "- " + markdown_line(item) + "\n";
                break;
            case BlockKind::Numbered:
                for (std::size_t i = 0; i < b.lines.size(); ++i)
                    out += std::to_string(i + 1) + ". " + markdown_line(b.lines[i]) + "\n";
                break;
            case BlockKind::Table:
                for (std::size_t r = 0; r < b.rows.size(); ++r) {
                    out += "|";
                    for (const Line& cell : b.rows[r]) out += " " + markdown_line(cell) + " |";
                    out += "\n";
                    if (r == 0) {
                        out += "|";
                        for (std::size_t c = 0; c < b.rows[0].size(); ++c) out += " --- |";
                        out += "\n";
                    }
                }
                break;
            case BlockKind::Preformatted: {
                const std::string fence(std::max<std::size_t>(3, longest_backtick_run(b.preformatted) + 1), '`');
                out += fence + "text\n" + b.preformatted;
                if (!b.preformatted.empty() && b.preformatted.back() != '\n') out += "\n";
                out += fence + "\n";
                break;
            }
        }
    }
    return out;
}

std::string html_line(const Line& line) {
    std::string out;
    for (const Span& span : line) {
        switch (span.style) {
            case Style::Plain: out += escape_html(span.text); break;
            case Style::Strong: out += "<strong>" + escape_html(span.text) + "</strong>"; break;
            case Style::Code: out += "<code>" + escape_html(span.text) + "</code>"; break;
        }
    }
    return out;
}

constexpr const char* kHtmlStyle =
    "body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}"
    "table{border-collapse:collapse;margin:0.5em 0}th,td{border:1px solid #bbb;padding:0.25em 0.5em;text-align:left;"
    "vertical-align:top}th{background:#eee}pre{background:#f6f6f6;padding:0.75em;white-space:pre-wrap}"
    "h2{margin-top:1.6em;border-bottom:1px solid #ddd}@media print{body{margin:0}}";

std::string to_html(const Document& doc, const std::string& title) {
    std::string out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape_html(title) +
                      "</title>\n<style>" + kHtmlStyle + "</style>\n</head>\n<body>\n";
    for (const Block& b : doc.blocks()) {
        switch (b.kind) {
            case BlockKind::Heading1: out += "<h1>" + html_line(b.lines[0]) + "</h1>\n"; break;
            case BlockKind::Heading2: out += "<h2>" + html_line(b.lines[0]) + "</h2>\n"; break;
            case BlockKind::Paragraph: out += "<p>" + html_line(b.lines[0]) + "</p>\n"; break;
            case BlockKind::Bullets:
            case BlockKind::Numbered: {
                const char* tag = b.kind == BlockKind::Bullets ? "ul" : "ol";
                out += std::string("<") + tag + ">\n";
                for (const Line& item : b.lines) out += "<li>" + html_line(item) + "</li>\n";
                out += std::string("</") + tag + ">\n";
                break;
            }
            case BlockKind::Table:
                out += "<table>\n";
                for (std::size_t r = 0; r < b.rows.size(); ++r) {
                    const char* cell_tag = r == 0 ? "th" : "td";
                    out += "<tr>";
                    for (const Line& cell : b.rows[r])
                        out += std::string("<") + cell_tag + ">" + html_line(cell) + "</" + cell_tag + ">";
                    out += "</tr>\n";
                }
                out += "</table>\n";
                break;
            case BlockKind::Preformatted: out += "<pre>" + escape_html(b.preformatted) + "</pre>\n"; break;
        }
    }
    return out + "</body>\n</html>\n";
}

//-----------------------------------------------------------------------------
// [SECTION] The report's sections
//-----------------------------------------------------------------------------

std::string day_of(Instant at) { return format_instant(at).substr(0, 10); }

void agenda_section(Document& doc, const Agenda& agenda) {
    doc.heading2({plain("Agenda for the next check-in")});
    if (agenda.due) {
        const int late = agenda.today - *agenda.due;
        doc.paragraph({plain("Due " + w::date(*agenda.due) + (late > 0 ? ", " + w::count(late, "day", "days") + " overdue." : "."))});
    }
    if (agenda.items.empty()) {
        doc.paragraph({plain("Nothing needs talking about: a good time to look ahead.")});
        return;
    }
    std::vector<Line> items;
    for (const AgendaItem& item : agenda.items)
        items.push_back({plain(std::string("[") + label(item.section) + "] "), strong(item.title), plain(" " + item.detail)});
    doc.numbered(std::move(items));
}

void vision_section(Document& doc, const Plan& plan) {
    doc.heading2({plain("Shared vision")});
    std::vector<Line> lines;
    const auto add = [&](const char* what, const std::string& text) {
        if (!text.empty()) lines.push_back({strong(what), plain(" " + text)});
    };
    add("Vision:", plan.vision.statement);
    add("Mission:", plan.vision.mission);
    add("Why:", plan.vision.why);
    add("Horizon:", plan.vision.horizon);
    if (lines.empty()) lines.push_back({plain("No vision written yet.")});
    doc.bullets(std::move(lines));
    std::vector<Line> values;
    for (const Value& v : plan.values) values.push_back({strong(v.name), plain(v.meaning.empty() ? "" : ": " + v.meaning)});
    if (!values.empty()) {
        doc.paragraph({strong("Values")});
        doc.bullets(std::move(values));
    }
}

void disagreement_section(Document& doc, const Plan& plan, const std::vector<FlaggedDisagreement>& all) {
    doc.heading2({plain("Disagreements")});
    doc.paragraph({plain("Two partners " + w::one_decimal(scoring::kDisagreementFrom) +
                         " points or more apart on a dimension, even where the mean looks fine.")});
    if (all.empty()) {
        doc.paragraph({plain("None: in every round the partners' ratings are within a point of each other.")});
        return;
    }
    std::vector<std::vector<Line>> rows{{{plain("Round")}, {plain("Dimension")}, {plain("Higher rating")},
                                         {plain("Lower rating")}, {plain("Mean")}}};
    // The latest round first; dimensions in plan order within a round.
    std::vector<const FlaggedDisagreement*> order;
    for (const FlaggedDisagreement& d : all) order.push_back(&d);
    std::stable_sort(order.begin(), order.end(),
                     [](const FlaggedDisagreement* a, const FlaggedDisagreement* b) { return a->date > b->date; });
    for (const FlaggedDisagreement* flagged : order) {
        const FlaggedDisagreement& d = *flagged;
        const auto side = [&](const Id& partner, int score, const std::string& comment) {
            Line cell{strong(partner_name(plan, partner) + " " + std::to_string(score))};
            if (!comment.empty()) cell.push_back(plain(": \u201c" + comment + "\u201d"));
            return cell;
        };
        rows.push_back({{plain(w::date(d.date))},
                        {plain(d.dimension_name)},
                        side(d.pair.high_partner, d.pair.high_score, d.pair.high_comment),
                        side(d.pair.low_partner, d.pair.low_score, d.pair.low_comment),
                        {plain(w::one_decimal(d.mean) + (d.hidden ? " (reads as a strength)" : ""))}});
    }
    doc.table(std::move(rows));
}

void evidence_section(Document& doc, const EvidenceReport& evidence) {
    doc.heading2({plain("Feelings against evidence")});
    doc.paragraph({plain("Each dimension's rating in the latest round next to what the plan itself shows.")});
    std::vector<std::vector<Line>> rows{{{plain("Dimension")}, {plain("Rating")}, {plain("Evidence")}, {plain("Verdict")}}};
    for (const DimensionEvidence& d : evidence.dimensions) {
        const std::string rating = d.mean ? w::one_decimal(*d.mean) + " (" + scoring::label(d.band) + ")" : "not rated";
        const Span verdict = d.mismatch() ? strong(label(d.match)) : plain(label(d.match));
        rows.push_back({{plain(d.name)}, {plain(rating)}, {plain(d.evidence)}, {verdict}});
    }
    doc.table(std::move(rows));
    std::vector<Line> steps;
    for (std::size_t i : evidence.mismatches) {
        const DimensionEvidence& d = evidence.dimensions[i];
        Line line{plain(ended(d.headline))};
        for (const std::string& step : d.next_steps) line.push_back(plain(" " + ended(step)));
        steps.push_back(std::move(line));
    }
    if (!steps.empty()) {
        doc.paragraph({strong("Where the rating and the plan disagree")});
        doc.bullets(std::move(steps));
    }
}

void glossary_section(Document& doc, const Plan& plan, const GlossaryReport& glossary) {
    doc.heading2({plain("Glossary")});
    if (plan.glossary.empty()) {
        doc.paragraph({plain("No glossary yet.")});
        return;
    }
    std::vector<Line> terms;
    for (std::size_t i = 0; i < plan.glossary.size(); ++i) {
        const GlossaryTerm& t = plan.glossary[i];
        const int uses = glossary.uses[i];
        terms.push_back({strong(t.term), plain(": " + t.definition + " (" + (uses ? "used " + w::count(uses, "time", "times") : "not used") +
                                               " in the vision, values and goals)")});
    }
    doc.bullets(std::move(terms));
    std::vector<Line> problems;
    for (const DoubleDefinition& d : glossary.doubles) {
        Line line{strong(d.term), plain(" is defined " + w::count(static_cast<long long>(d.terms.size()), "time", "times") + ":")};
        for (std::size_t k = 0; k < d.definitions.size(); ++k)
            line.push_back(plain(std::string(k ? "; " : " ") + "\u201c" + d.definitions[k] + "\u201d"));
        problems.push_back(std::move(line));
    }
    for (const DisputedTerm& d : glossary.disputed) {
        std::string agreed, not_agreed;
        for (const Id& p : d.agreed_by) agreed += (agreed.empty() ? "" : ", ") + partner_name(plan, p);
        for (const Id& p : d.not_agreed_by) not_agreed += (not_agreed.empty() ? "" : ", ") + partner_name(plan, p);
        problems.push_back({strong(d.name), plain(" is disputed: agreed by " + (agreed.empty() ? "nobody" : agreed) +
                                                  (not_agreed.empty() ? "" : "; not by " + not_agreed))});
    }
    if (!problems.empty()) {
        doc.paragraph({strong("To settle")});
        doc.bullets(std::move(problems));
    }
}

void agreement_section(Document& doc, const Plan& plan, const AgreementState& agreement) {
    doc.heading2({plain("Agreement")});
    doc.paragraph({plain("Fingerprint of the plan's agreed content: "), code(agreement.fingerprint)});
    if (agreement.approvals.empty()) {
        doc.paragraph({plain("No partner has approved the plan yet.")});
        return;
    }
    std::vector<std::vector<Line>> rows{{{plain("Partner")}, {plain("Latest approval")}, {plain("Status")}}};
    for (const PartnerApproval& p : agreement.partners) {
        const std::string when = p.latest ? day_of(agreement.approvals[*p.latest].at) : "none";
        const std::string status = !p.latest ? "not approved" : p.current ? "current" : "outdated";
        rows.push_back({{plain(partner_name(plan, p.partner))}, {plain(when)}, {plain(status)}});
    }
    doc.table(std::move(rows));
    if (agreement.approved_by_all) {
        doc.paragraph({plain("Every partner has approved the plan as it is now.")});
        return;
    }
    if (!agreement.last_agreed) {
        doc.paragraph({plain("No version of the plan has been approved by every partner yet.")});
        return;
    }
    doc.paragraph({plain("Last version every partner approved: " + day_of(agreement.last_agreed->at) + ". Changes since:")});
    if (!agreement.changes_known) {
        doc.paragraph({plain("unknown: those approvals carry no part digests.")});
        return;
    }
    std::vector<Line> changes;
    for (const ContentChange& c : agreement.changes) {
        Line line{strong(label(c.kind)), plain(std::string(" ") + label(section_of(c.entity.kind)) + ", " + label(c.entity.kind))};
        if (!c.name.empty()) line.push_back(plain(" \u201c" + c.name + "\u201d"));
        changes.push_back(std::move(line));
    }
    if (changes.empty()) changes.push_back({plain("none to the agreed content")});
    doc.bullets(std::move(changes));
}

}  // namespace

std::string plan_report(const Plan& plan, const scoring::PlanScores& scores, const Insights& insights,
                        ReportFormat format) {
    Document doc;
    const std::string title = plan.title.empty() ? "Partnership plan" : plan.title;
    doc.heading1({plain(title)});
    std::string partners;
    for (const Partner& p : plan.partners)
        partners += (partners.empty() ? "" : ", ") + p.name + (p.organisation.empty() || p.organisation == p.name ? "" : " (" + p.organisation + ")");
    doc.paragraph({plain("Partnership report of " + w::date(scores.today) + (partners.empty() ? "." : ". Partners: " + partners + "."))});
    agenda_section(doc, insights.agenda);
    doc.heading2({plain("Scores")});
    doc.preformatted(scoring::scores_to_text(scores, plan));
    vision_section(doc, plan);
    disagreement_section(doc, plan, insights.disagreements);
    evidence_section(doc, insights.evidence);
    glossary_section(doc, plan, insights.glossary);
    agreement_section(doc, plan, insights.agreement);
    return format == ReportFormat::Html ? to_html(doc, title) : to_markdown(doc);
}

}  // namespace accord::insights
