#pragma once
// Internal to core/insights: joining texts from the plan into sentences. A name may end with its
// own full stop ("Wisła Grid Sp. z o.o."), a comment with a quotation mark after one.
#include <string>

namespace accord::insights {

// `text` with a full stop at the end unless it already ends a sentence.
inline std::string ended(std::string text) {
    std::size_t end = text.size();
    const std::string closing_quote = "\u201d";
    if (end >= closing_quote.size() && text.compare(end - closing_quote.size(), closing_quote.size(), closing_quote) == 0)
        end -= closing_quote.size();
    if (end > 0 && (text[end - 1] == '.' || text[end - 1] == '!' || text[end - 1] == '?')) return text;
    return text + ".";
}

}  // namespace accord::insights
