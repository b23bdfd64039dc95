// How numbers are written inside reasons: the same text on every target.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <string_view>

#include "core/scoring/wording.hpp"
#include "plan_builder.hpp"

namespace w = accord::scoring::wording;
using accord::test::day;

TEST_CASE("numbers in reasons round halves away from zero", "[scoring][wording]") {
    CHECK(w::one_decimal(3.25) == "3.3");  // printf would give "3.2"
    CHECK(w::one_decimal(4) == "4.0");
    CHECK(w::whole(67.5) == "68");
    CHECK(w::whole(-2.5) == "-3");
    CHECK(w::percent(0.125) == "13%");
    CHECK(w::percent(0) == "0%");
}

TEST_CASE("metric values drop trailing zeros and keep at most two decimals", "[scoring][wording]") {
    CHECK(w::number(40) == "40");
    CHECK(w::number(2.5) == "2.5");
    CHECK(w::number(1.234) == "1.23");
    CHECK(w::number(-0.001) == "0");
    CHECK(w::number(-12.5) == "-12.5");
    CHECK(w::number(1e18) == "1e+18");
}

TEST_CASE("a percentage keeps its sign when too large to write out or not a number", "[scoring][wording]") {
    CHECK(w::percent(1e16) == "1e+18%");  // 1e18 is beyond the exact integers: %g's form
    CHECK(w::percent(std::nan("")) == "?%");
    CHECK(w::number(std::nan("")) == "?");
}

TEST_CASE("changes are written with their sign", "[scoring][wording]") {
    CHECK(w::signed_whole(6.2) == "+6");
    CHECK(w::signed_whole(-3) == "-3");
    CHECK(w::signed_whole(0.4) == "0");
}

TEST_CASE("counts agree with their noun", "[scoring][wording]") {
    CHECK(w::count(1, "goal", "goals") == "1 goal");
    CHECK(w::count(0, "goal", "goals") == "0 goals");
    CHECK(w::count(3, "activity", "activities") == "3 activities");
}

TEST_CASE("dates in reasons are ISO 8601, as the model prints them", "[scoring][wording]") {
    for (const char* text : {"2025-03-01", "1999-12-31", "0001-01-01", "9999-12-31"}) CHECK(w::date(day(text)) == text);
}

TEST_CASE("concat joins strings, literals, views and quoted text into one string", "[scoring][wording]") {
    const std::string title = "Battery";
    const std::string_view unit = "kWh";
    CHECK(w::concat("metric at ", w::number(180), " ", unit, ": ", w::Quoted{title}) == "metric at 180 kWh: 'Battery'");
    CHECK(w::concat() == "");
    CHECK(w::concat(w::Quoted{""}) == "''");
}

TEST_CASE("concat allocates once, at the final size", "[scoring][wording]") {
    // 40 characters: "expected " (9) + "40%" (3) + " by today (" (11) + "starts " (7) + "2025-03-01" (10).
    const std::string text = w::concat("expected ", w::percent(0.4), " by today (", "starts ", w::date(day("2025-03-01")));
    CHECK(text == "expected 40% by today (starts 2025-03-01");
    CHECK(text.size() == 40);
    CHECK(text.capacity() - text.size() < 16);  // 40 reserved, rounded up by the library at most to 47
}

TEST_CASE("append adds parts to what a string already holds", "[scoring][wording]") {
    std::string list = "'A' 50%";
    w::append(list, ", ", w::Quoted{"B"}, " ", w::percent(0.25));
    CHECK(list == "'A' 50%, 'B' 25%");
    std::string empty;
    w::append(empty);
    CHECK(empty.empty());
}

TEST_CASE("append in a loop grows the string geometrically", "[scoring][wording]") {
    std::string list;
    size_t reallocations = 0;
    for (int k = 0; k < 1000; ++k) {
        const size_t before = list.capacity();
        w::append(list, "x");
        reallocations += list.capacity() != before;
    }
    CHECK(list.size() == 1000);
    // Doubling from the 15 (libstdc++) or 10 (libc++, wasm) characters stored in place reaches 1000
    // in 7 steps; growing by the one character asked each time would take hundreds.
    CHECK(reallocations <= 8);
}
