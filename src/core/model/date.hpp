#pragma once
// Calendar dates and instants for the plan. Dates are whole days (no time zone: a due date is the
// same day for every partner); instants are UTC milliseconds. Both print as ISO 8601.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord {

// A civil date, stored as days since 1970-01-01 so that differences are plain subtraction.
struct Date {
    std::int32_t days = 0;

    static std::optional<Date> from_ymd(int year, int month, int day);  // nullopt if not a real date
    static std::optional<Date> parse(std::string_view iso);              // "YYYY-MM-DD" only
    static Date from_unix_ms(std::int64_t ms);

    int year() const;
    int month() const;
    int day() const;
    std::string iso() const;  // "YYYY-MM-DD"

    Date plus_days(int n) const { return Date{days + n}; }
    friend int operator-(Date a, Date b) { return a.days - b.days; }
    friend bool operator==(Date a, Date b) { return a.days == b.days; }
    friend bool operator!=(Date a, Date b) { return a.days != b.days; }
    friend bool operator<(Date a, Date b) { return a.days < b.days; }
    friend bool operator<=(Date a, Date b) { return a.days <= b.days; }
    friend bool operator>(Date a, Date b) { return a.days > b.days; }
    friend bool operator>=(Date a, Date b) { return a.days >= b.days; }
};

// UTC instant in milliseconds since the Unix epoch.
using Instant = std::int64_t;
std::string format_instant(Instant ms);                        // "YYYY-MM-DDTHH:MM:SSZ", with ".mmm" before the Z when the milliseconds are not zero
std::optional<Instant> parse_instant(std::string_view iso);    // accepts the format above, and a bare date

}  // namespace accord
