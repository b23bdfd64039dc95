// Glossary-aware text (glossary.hpp; docs/insights.md, "Glossary-aware text").
//
// Index of this file
// [SECTION] Words of a text
// [SECTION] Matching words and terms
// [SECTION] GlossaryIndex
// [SECTION] check_glossary
#include "core/insights/glossary.hpp"

#include <algorithm>
#include <map>

#include "core/text/fold.hpp"

namespace accord::insights {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Words of a text
//-----------------------------------------------------------------------------

struct Word {
    std::u32string folded;
    std::size_t begin = 0, end = 0;  // bytes
    bool joined = false;  // only spaces and hyphens separate it from the word before
};

// The code point at `at` and its length in bytes, decoded by text::decode so that malformed bytes
// count exactly as they do everywhere else (one byte, U+FFFD).
char32_t code_point_at(std::string_view text, std::size_t at, std::size_t& length) {
    const unsigned char lead = static_cast<unsigned char>(text[at]);
    std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
    n = std::min(n, text.size() - at);
    const std::vector<char32_t> decoded = text::decode(text.substr(at, n));
    length = decoded.size() == 1 ? n : 1;
    return decoded.front();
}

bool joins_words(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == '-' || c == 0x2010 || c == 0x2011;
}

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    bool in_word = false, joinable = false;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = 1;
        const char32_t c = code_point_at(text, at, length);
        if (text::is_letter(c)) {
            if (!in_word) {
                words.push_back({{}, at, at, joinable && !words.empty()});
                in_word = true;
            }
            words.back().folded.push_back(text::fold(c));
            words.back().end = at + length;
        } else {
            joinable = in_word ? joins_words(c) : joinable && joins_words(c);
            in_word = false;
        }
        at += length;
    }
    return words;
}

//-----------------------------------------------------------------------------
// [SECTION] Matching words and terms
//-----------------------------------------------------------------------------

bool is_vowel(char32_t c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// True when `plural` is an English plural of `single` in -s, -es or -ies (consonant + y).
bool is_plural_of(const std::u32string& single, const std::u32string& plural) {
    if (single.size() < 3) return false;
    if (plural == single + U"s" || plural == single + U"es") return true;
    const std::size_t n = single.size();
    return single[n - 1] == 'y' && !is_vowel(single[n - 2]) && plural == single.substr(0, n - 1) + U"ies";
}

bool same_word(const std::u32string& a, const std::u32string& b) {
    return a == b || is_plural_of(a, b) || is_plural_of(b, a);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] GlossaryIndex
//-----------------------------------------------------------------------------

GlossaryIndex::GlossaryIndex(const std::vector<GlossaryTerm>& glossary) {
    std::map<std::u32string, std::size_t> by_spelling;  // folded words joined by spaces -> entry
    for (const GlossaryTerm& term : glossary) {
        Entry entry;
        for (Word& word : words_of(term.term)) entry.words.push_back(std::move(word.folded));
        if (entry.words.empty()) continue;  // a term of punctuation only cannot be found in words
        std::u32string spelling;
        for (const auto& word : entry.words) spelling += word + U" ";
        auto [at, added] = by_spelling.emplace(spelling, entries_.size());
        if (added) {
            entry.terms.push_back(term.id);
            entries_.push_back(std::move(entry));
        } else {
            entries_[at->second].terms.push_back(term.id);
        }
    }
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
}

std::vector<TermSpan> GlossaryIndex::find(std::string_view text) const {
    std::vector<TermSpan> spans;
    if (entries_.empty()) return spans;
    const std::vector<Word> words = words_of(text);
    for (std::size_t i = 0; i < words.size();) {
        const Entry* found = nullptr;
        for (const Entry& entry : entries_) {
            const std::size_t n = entry.words.size();
            if (i + n > words.size()) continue;
            bool match = true;
            for (std::size_t k = 0; k < n && match; ++k)
                match = (k == 0 || words[i + k].joined) && same_word(entry.words[k], words[i + k].folded);
            if (match) {
                found = &entry;
                break;
            }
        }
        if (!found) {
            ++i;
            continue;
        }
        const std::size_t n = found->words.size();
        spans.push_back({words[i].begin, words[i + n - 1].end, found->terms});
        i += n;
    }
    return spans;
}

//-----------------------------------------------------------------------------
// [SECTION] check_glossary
//-----------------------------------------------------------------------------

GlossaryReport check_glossary(const Plan& plan) {
    GlossaryReport report;
    const GlossaryIndex index(plan.glossary);
    std::map<Id, std::size_t> position;
    for (std::size_t i = 0; i < plan.glossary.size(); ++i) position.emplace(plan.glossary[i].id, i);
    report.uses.assign(plan.glossary.size(), 0);

    const auto scan = [&](EntityRef entity, TextField field, const std::string& text) {
        std::vector<TermSpan> spans = index.find(text);
        if (spans.empty()) return;
        for (const TermSpan& span : spans)
            for (const Id& term : span.terms) ++report.uses[position[term]];
        report.fields.push_back({std::move(entity), field, std::move(spans)});
    };
    scan({EntityKind::Vision, ""}, TextField::VisionStatement, plan.vision.statement);
    scan({EntityKind::Vision, ""}, TextField::VisionMission, plan.vision.mission);
    scan({EntityKind::Vision, ""}, TextField::VisionWhy, plan.vision.why);
    for (const Value& v : plan.values) {
        scan({EntityKind::Value, v.id}, TextField::ValueName, v.name);
        scan({EntityKind::Value, v.id}, TextField::ValueMeaning, v.meaning);
    }
    for (const Goal& g : plan.goals) {
        scan({EntityKind::Goal, g.id}, TextField::GoalTitle, g.title);
        scan({EntityKind::Goal, g.id}, TextField::GoalDescription, g.description);
    }

    // Doubles are reported in the order of their first entry.
    std::map<std::string, std::vector<std::size_t>> by_spelling;
    std::vector<std::string> order;
    for (std::size_t i = 0; i < plan.glossary.size(); ++i) {
        std::string spelling;
        for (const Word& word : words_of(plan.glossary[i].term)) spelling += text::encode({word.folded.begin(), word.folded.end()}) + " ";
        if (spelling.empty()) continue;
        auto& entries = by_spelling[spelling];
        if (entries.empty()) order.push_back(spelling);
        entries.push_back(i);
    }
    for (const std::string& spelling : order) {
        const auto& entries = by_spelling[spelling];
        if (entries.size() < 2) continue;
        DoubleDefinition d;
        d.term = plan.glossary[entries.front()].term;
        for (std::size_t i : entries) {
            d.terms.push_back(plan.glossary[i].id);
            d.definitions.push_back(plan.glossary[i].definition);
        }
        report.doubles.push_back(std::move(d));
    }

    for (const GlossaryTerm& t : plan.glossary) {
        if (!t.disputed) continue;
        DisputedTerm d{t.id, t.term, t.definition, t.agreed_by, {}};
        for (const Partner& p : plan.partners)
            if (std::find(t.agreed_by.begin(), t.agreed_by.end(), p.id) == t.agreed_by.end()) d.not_agreed_by.push_back(p.id);
        report.disputed.push_back(std::move(d));
    }
    return report;
}

const char* label(TextField field) {
    switch (field) {
        case TextField::VisionStatement: return "vision statement";
        case TextField::VisionMission: return "mission";
        case TextField::VisionWhy: return "why";
        case TextField::ValueName: return "value name";
        case TextField::ValueMeaning: return "value meaning";
        case TextField::GoalTitle: return "goal title";
        case TextField::GoalDescription: return "goal description";
    }
    return "";
}

}  // namespace accord::insights
