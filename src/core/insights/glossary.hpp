#pragma once
// Glossary-aware text: the plan's glossary terms found in its own words (vision, mission, why,
// values, goals), as byte spans the UI can underline with the definition on hover; and the
// glossary's own problems: a term defined twice, a term marked disputed.
//
// How a term is found (docs/insights.md, "Glossary-aware text"):
// - words are maximal runs of letters and digits of any script (text::is_letter); a term's words
//   must appear in the same order, separated only by spaces and hyphens ("state of charge",
//   "state-of-charge"), never across other punctuation;
// - case is ignored in Latin, Greek and Cyrillic (text::fold);
// - English plurals: each word also matches its plural and singular in -s, -es and -y/-ies
//   ("battery" finds "batteries", "Members" finds "member"); words of fewer than three letters
//   are compared as they are, so "IT" does not find "its". Other languages' plurals are not
//   recognised: list the plural as a term of its own;
// - whole words only: "member" is not found in "membership";
// - where terms overlap, the one with more words wins, then the earlier in the text; found spans
//   never overlap.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/insights/entity_ref.hpp"
#include "core/model/plan.hpp"

namespace accord::insights {

// One occurrence of a glossary term in a text: bytes [begin, end) of the UTF-8 text.
struct TermSpan {
    std::size_t begin = 0, end = 0;
    // Every glossary entry with this term (case-folded), in glossary order: more than one when the
    // term is defined twice, so hovering can show each definition.
    std::vector<Id> terms;
};

// The glossary prepared for matching: build it once per plan revision, then find terms in any
// text (a field being edited, too).
class GlossaryIndex {
public:
    explicit GlossaryIndex(const std::vector<GlossaryTerm>& glossary);
    std::vector<TermSpan> find(std::string_view text) const;

    struct Entry {  // one distinct term
        std::vector<std::u32string> words;  // folded
        std::vector<Id> terms;              // glossary entries spelling it
    };

private:
    std::vector<Entry> entries_;  // more words first, then glossary order
};

// Where a text of the plan lives.
enum class TextField {
    VisionStatement,
    VisionMission,
    VisionWhy,
    ValueName,
    ValueMeaning,
    GoalTitle,
    GoalDescription,
};

struct FieldTerms {
    EntityRef entity;  // the vision (id ""), a value or a goal
    TextField field;
    std::vector<TermSpan> spans;  // in text order
};

// A term written in two or more entries (compared case-folded, plurals not merged).
struct DoubleDefinition {
    std::string term;       // as the first entry spells it
    std::vector<Id> terms;  // the entries, in glossary order
    std::vector<std::string> definitions;  // theirs, same order
};

struct DisputedTerm {
    Id term;
    std::string name;
    std::string definition;
    std::vector<Id> agreed_by;      // partners who agreed to the definition
    std::vector<Id> not_agreed_by;  // the other partners, plan order
};

struct GlossaryReport {
    std::vector<FieldTerms> fields;  // only texts with at least one term, in plan order
    std::vector<DoubleDefinition> doubles;
    std::vector<DisputedTerm> disputed;
    std::vector<int> uses;  // per glossary entry (glossary order): occurrences in the texts above
};

GlossaryReport check_glossary(const Plan& plan);

const char* label(TextField field);  // "vision statement", "goal title", ...

}  // namespace accord::insights
