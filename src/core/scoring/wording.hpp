#pragma once
// How numbers and names are written inside reasons (internal to scoring and its reports).
// Rounding is done here, by hand, so that the native and the wasm builds print the same text and
// a tie rounds the way people expect (3.25 -> "3.3", not the printf way, "3.2").
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/model/date.hpp"
#include "core/model/plan.hpp"

namespace accord::scoring::wording {

std::string percent(double fraction);  // 0.4 -> "40%"
std::string whole(double value);       // 66.67 -> "67"
std::string one_decimal(double value);  // 3.25 -> "3.3", 4 -> "4.0"
std::string number(double value);      // a metric value: 40 -> "40", 2.5 -> "2.5", 1.234 -> "1.23"
std::string signed_whole(double value);  // 6.2 -> "+6", -3 -> "-3", 0 -> "0"
std::string date(Date day);              // "2025-03-01" (Date::iso())

// "1 goal", "3 goals".
std::string count(long long n, const char* one, const char* many);
// "is"/"are", "has"/"have" after a count.
inline const char* is_are(long long n) { return n == 1 ? "is" : "are"; }
inline const char* has_have(long long n) { return n == 1 ? "has" : "have"; }

std::string quoted(const std::string& text);  // 'text'

// A part of concat() or append() written between single quotes: Quoted{title} -> 'title', without
// the string quoted() would make first.
struct Quoted {
    std::string_view text;
};

// Reasons are built from many parts, and chained `+` makes a temporary string or a reallocation
// for nearly each of them: malloc was a quarter of score_plan's time, more in wasm. These add up
// the parts' sizes first and allocate once. A part is anything a std::string_view is made from
// (std::string, a literal, a string_view) or a Quoted.
inline std::size_t part_size(std::string_view part) { return part.size(); }
inline std::size_t part_size(Quoted part) { return part.text.size() + 2; }
inline void put_part(std::string& out, std::string_view part) { out.append(part.data(), part.size()); }
inline void put_part(std::string& out, Quoted part) {
    out += '\'';
    out.append(part.text.data(), part.text.size());
    out += '\'';
}

// Appends the parts to `out`. Growth stays geometric, so appending in a loop stays linear (libc++'s
// reserve() would allocate exactly the size asked for, each time).
template <class... Parts>
void append(std::string& out, const Parts&... parts) {
    const std::size_t size = out.size() + (part_size(parts) + ... + 0);
    if (size > out.capacity()) out.reserve(std::max(size, 2 * out.capacity()));
    (put_part(out, parts), ...);
}

// The parts as one string, allocated once at its final size:
// concat("due ", date(due), " and at ", percent(p)) -> "due 2025-03-01 and at 40%".
template <class... Parts>
std::string concat(const Parts&... parts) {
    std::string out;
    out.reserve((part_size(parts) + ... + 0));
    (put_part(out, parts), ...);
    return out;
}

// A partner's display name ('Acme'), or the id when the partner is unknown.
std::string partner_name(const Plan& plan, const Id& partner);

}  // namespace accord::scoring::wording
