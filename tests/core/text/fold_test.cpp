// Case-insensitive matching in the scripts partners write.
#include <catch2/catch.hpp>

#include "core/text/fold.hpp"

using namespace accord::text;

TEST_CASE("folding lowers capitals in Latin, Greek and Cyrillic") {
    CHECK(fold("ENERGY") == "energy");
    CHECK(fold("ÜBER Straße") == "über straße");
    CHECK(fold("WISŁA Łódź") == "wisła łódź");       // Ł U+0141 is odd in the Ĺ..ň stretch
    CHECK(fold("ŻÓŁW ŹDŹBŁO") == "żółw źdźbło");      // Ż U+017B, Ź U+0179: the second odd stretch
    CHECK(fold("ÇAĞRI İŞ ılık") == "çağri iş ılık");  // Ç, Ğ (U+011E), Ş (U+015E); İ (U+0130) folds to i, ı stays
    CHECK(fold("ΕΝΈΡΓΕΙΑ") == "ενέργεια");            // Έ (U+0388) with tonos
    CHECK(fold("ЭНЕРГИЯ Ёж") == "энергия ёж");        // Ё U+0401 -> ё U+0451
    CHECK(fold("ỨNG") == "ứng");                      // Vietnamese, Latin Extended Additional
}

TEST_CASE("scripts without case, digits and signs pass unchanged") {
    CHECK(fold("共同 1–2 €") == "共同 1–2 €");
    CHECK(fold("×÷") == "×÷");
}

TEST_CASE("broken UTF-8 decodes to replacement characters instead of failing") {
    // A lone continuation byte, a truncated 3-byte sequence, an overlong '/' and a surrogate.
    const auto points = decode("a\x80" "b\xE2\x82" "\xC0\xAF" "\xED\xA0\x80");
    CHECK(points == std::vector<char32_t>{'a', 0xFFFD, 'b', 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD});
}

TEST_CASE("encoding what was decoded gives back the same bytes") {
    const std::string text = "Tartu Ülikool — Energy Lab 🔋";
    CHECK(encode(decode(text)) == text);
}

TEST_CASE("finding text ignores case in any covered script") {
    CHECK(contains_folded("Wisła Grid Sp. z o.o.", "WISŁA"));
    CHECK(contains_folded("Общая цель", "цель"));
    CHECK_FALSE(contains_folded("Battery", "batteries"));
}

TEST_CASE("letters include accented and non-Latin letters but not punctuation") {
    CHECK(is_letter(U'ł'));
    CHECK(is_letter(U'ж'));
    CHECK(is_letter(U'共'));
    CHECK(is_letter(U'7'));
    CHECK_FALSE(is_letter(U' '));
    CHECK_FALSE(is_letter(U'—'));
    CHECK_FALSE(is_letter(U'“'));
    CHECK_FALSE(is_letter(U'-'));
}
