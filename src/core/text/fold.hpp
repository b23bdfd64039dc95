#pragma once
// Text as partners type it: UTF-8, any language. Matching words (find, glossary terms in the
// vision) must ignore case in every script partners write, not only ASCII.
//
// Case folding covers the scripts the UI font draws (fonts.cpp): Latin with its extensions,
// Greek and Cyrillic. Other scripts (CJK, Arabic, Hebrew...) have no case and pass unchanged.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace accord::text {

// Decodes UTF-8; a malformed byte decodes to U+FFFD so text from anywhere never breaks a search.
std::vector<char32_t> decode(std::string_view utf8);
std::string encode(const std::vector<char32_t>& code_points);
void append_utf8(std::string& out, char32_t code_point);

char32_t fold(char32_t c);                    // the lower-case form used for matching
std::string fold(std::string_view utf8);      // folded UTF-8
bool is_letter(char32_t c);                   // letters and digits of the covered scripts, and any code point >= U+0370 that is not punctuation or a symbol we know

// True when `needle` occurs in `haystack`, ignoring case.
bool contains_folded(std::string_view haystack, std::string_view needle);

}  // namespace accord::text
