#include "core/text/fold.hpp"

namespace accord::text {

std::vector<char32_t> decode(std::string_view s) {
    std::vector<char32_t> out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char lead = static_cast<unsigned char>(s[i]);
        const int extra = lead < 0x80 ? 0 : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
        bool ok = extra >= 0 && i + static_cast<size_t>(extra) < s.size();
        char32_t c = extra == 0 ? lead : extra == 1 ? (lead & 0x1F) : extra == 2 ? (lead & 0x0F) : (lead & 0x07);
        for (int k = 1; ok && k <= extra; ++k) {
            const unsigned char next = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            ok = (next >> 6) == 0x2;
            c = (c << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not characters.
        static const char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (!ok || c < kMin[extra] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(c);
        i += static_cast<size_t>(extra) + 1;
    }
    return out;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string encode(const std::vector<char32_t>& code_points) {
    std::string out;
    for (char32_t c : code_points) append_utf8(out, c);
    return out;
}

char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c < 0xC0) return c;
    if (c <= 0xDE) return c == 0xD7 ? c : c + 32;  // À..Þ, except ×
    // Latin Extended-A pairs each capital (even) with its small letter (odd), but for a stretch
    // in the middle (Ĺ..ň, Ź..ž) where the capitals are odd.
    if (c == 0x130) return 'i';  // Turkish İ; its dotless partner ı (U+0131) stays as it is
    if (c >= 0x100 && c <= 0x137 && c != 0x131) return c | 1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    if (c >= 0x14A && c <= 0x177) return c | 1;
    if (c == 0x178) return 0xFF;  // Ÿ
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek capitals
    if (c == 0x3C2) return 0x3C3;                               // final sigma matches sigma
    if (c >= 0x386 && c <= 0x38F) {                             // Greek capitals with tonos
        static const char32_t kSmall[] = {0x3AC, 0x387, 0x3AD, 0x3AE, 0x3AF, 0x38B, 0x3CC, 0x38D, 0x3CD, 0x3CE};
        return kSmall[c - 0x386];
    }
    if (c >= 0x410 && c <= 0x42F) return c + 32;   // Cyrillic А..Я
    if (c >= 0x400 && c <= 0x40F) return c + 80;   // Ѐ..Џ
    if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) {
        if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x4FF)) return c | 1;
        if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : c;
    }
    if (c >= 0x1E00 && c <= 0x1EFF && c != 0x1E9E) return c | 1;  // Latin Extended Additional pairs
    if (c == 0x1E9E) return 0xDF;                                  // capital sharp s
    return c;
}

std::string fold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (char32_t c : decode(utf8)) append_utf8(out, fold(c));
    return out;
}

bool is_letter(char32_t c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7) return false;  // × ÷
    if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, shapes
    if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
    if (c >= 0xFF00 && c <= 0xFF0F) return false;
    if (c == 0xFFFD) return false;
    return true;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
    return fold(haystack).find(fold(needle)) != std::string::npos;
}

}  // namespace accord::text
