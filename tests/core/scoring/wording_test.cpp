// How numbers are written inside reasons: the same text on every target.
#include <catch2/catch.hpp>

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
