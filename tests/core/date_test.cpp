#include <catch2/catch.hpp>

#include "core/model/date.hpp"

using accord::Date;

TEST_CASE("a date counts days from 1970-01-01") {
    CHECK(Date::parse("1970-01-01")->days == 0);
    CHECK(Date::parse("1970-02-01")->days == 31);
    // 2000 is a leap year: 30 years * 365 + 7 leap days (72, 76, 80, 84, 88, 92, 96) = 10957.
    CHECK(Date::parse("2000-01-01")->days == 10957);
    CHECK(Date::parse("1969-12-31")->days == -1);
}

TEST_CASE("a date prints back the text it was read from") {
    for (const char* text : {"2024-02-29", "1999-12-31", "2030-06-15", "0001-01-01", "9999-12-31"})
        CHECK(Date::parse(text)->iso() == text);
}

TEST_CASE("dates that do not exist are refused") {
    CHECK_FALSE(Date::parse("2023-02-29"));  // 2023 is not a leap year
    CHECK_FALSE(Date::parse("1900-02-29"));  // century, not divisible by 400
    CHECK(Date::parse("2000-02-29"));        // divisible by 400
    CHECK_FALSE(Date::parse("2024-13-01"));
    CHECK_FALSE(Date::parse("2024-04-31"));
    CHECK_FALSE(Date::parse("2024-1-01"));
    CHECK_FALSE(Date::parse("2024-01-01T00:00:00Z"));
    CHECK_FALSE(Date::parse("２０２４-01-01"));
}

TEST_CASE("date differences are whole days") {
    CHECK(*Date::parse("2025-03-01") - *Date::parse("2025-02-01") == 28);
    CHECK(*Date::parse("2024-03-01") - *Date::parse("2024-02-01") == 29);
    CHECK(Date::parse("2025-01-31")->plus_days(1).iso() == "2025-02-01");
}

TEST_CASE("instants print as UTC ISO 8601 and read back") {
    // 2024-05-06 is day 19849; 19849 * 86400000 + 13h 7m 9s = 1714914429000 + 47229000.
    const accord::Instant t = 19849LL * 86400000 + (13 * 3600 + 7 * 60 + 9) * 1000LL;
    CHECK(accord::format_instant(t) == "2024-05-06T13:07:09Z");
    CHECK(accord::format_instant(t + 250) == "2024-05-06T13:07:09.250Z");
    CHECK(accord::parse_instant("2024-05-06T13:07:09Z") == t);
    CHECK(accord::parse_instant("2024-05-06T13:07:09.250Z") == t + 250);
    CHECK(accord::parse_instant("2024-05-06") == 19849LL * 86400000);
    CHECK_FALSE(accord::parse_instant("2024-05-06T25:00:00Z"));
    CHECK(accord::format_instant(-1) == "1969-12-31T23:59:59.999Z");
}
