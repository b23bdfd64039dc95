#include "core/model/date.hpp"

#include <cstdio>

namespace accord {
namespace {

// The days_from_civil / civil_from_days algorithms described by Howard Hinnant ("chrono-compatible
// low-level date algorithms"): exact over the proleptic Gregorian calendar, no tables, no loops.
constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Ymd { std::int64_t y; unsigned m; unsigned d; };

constexpr Ymd civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Reads exactly `n` ASCII digits at `s[pos]`; -1 if any is not a digit.
int read_digits(std::string_view s, size_t pos, size_t n) {
    if (pos + n > s.size()) return -1;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

constexpr std::int64_t kMsPerDay = 86400000;

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
    if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return Date{static_cast<std::int32_t>(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)))};
}

std::optional<Date> Date::parse(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    const int y = read_digits(iso, 0, 4), m = read_digits(iso, 5, 2), d = read_digits(iso, 8, 2);
    if (y < 0 || m < 0 || d < 0) return std::nullopt;
    return from_ymd(y, m, d);
}

Date Date::from_unix_ms(std::int64_t ms) {
    std::int64_t day = ms / kMsPerDay;
    if (ms % kMsPerDay < 0) --day;  // floor for instants before 1970
    return Date{static_cast<std::int32_t>(day)};
}

int Date::year() const { return static_cast<int>(civil_from_days(days).y); }
int Date::month() const { return static_cast<int>(civil_from_days(days).m); }
int Date::day() const { return static_cast<int>(civil_from_days(days).d); }

std::string Date::iso() const {
    const Ymd c = civil_from_days(days);
    if (c.y < 0 || c.y > 9999) {  // outside ISO 8601's four digits: what printf makes of it
        char buf[32];  // room for any year the compiler can imagine, so -Wformat-truncation stays quiet
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(c.y), c.m, c.d);
        return buf;
    }
    // By hand otherwise: a plan file and the scores' reasons hold thousands of dates, and
    // snprintf is slow on both targets (in wasm most of all).
    const auto year = static_cast<unsigned>(c.y);
    const char text[] = {static_cast<char>('0' + year / 1000),  static_cast<char>('0' + year / 100 % 10),
                         static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10),
                         '-',
                         static_cast<char>('0' + c.m / 10),      static_cast<char>('0' + c.m % 10),
                         '-',
                         static_cast<char>('0' + c.d / 10),      static_cast<char>('0' + c.d % 10)};
    return std::string(text, sizeof text);
}

std::string format_instant(Instant ms) {
    const Date date = Date::from_unix_ms(ms);
    std::int64_t rest = ms - static_cast<std::int64_t>(date.days) * kMsPerDay;
    const int h = static_cast<int>(rest / 3600000), mi = static_cast<int>(rest / 60000 % 60),
              s = static_cast<int>(rest / 1000 % 60), milli = static_cast<int>(rest % 1000);
    char buf[40];
    if (milli)
        std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d.%03dZ", date.iso().c_str(), h, mi, s, milli);
    else
        std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", date.iso().c_str(), h, mi, s);
    return buf;
}

std::optional<Instant> parse_instant(std::string_view iso) {
    const auto date = Date::parse(iso.substr(0, 10));
    if (!date) return std::nullopt;
    const std::int64_t base = static_cast<std::int64_t>(date->days) * kMsPerDay;
    if (iso.size() == 10) return base;
    // "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ"
    if (iso.size() != 20 && iso.size() != 24) return std::nullopt;
    if (iso[10] != 'T' || iso[13] != ':' || iso[16] != ':' || iso.back() != 'Z') return std::nullopt;
    const int h = read_digits(iso, 11, 2), mi = read_digits(iso, 14, 2), s = read_digits(iso, 17, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return std::nullopt;
    int milli = 0;
    if (iso.size() == 24) {
        if (iso[19] != '.') return std::nullopt;
        milli = read_digits(iso, 20, 3);
        if (milli < 0) return std::nullopt;
    }
    return base + h * 3600000LL + mi * 60000LL + s * 1000LL + milli;
}

}  // namespace accord
