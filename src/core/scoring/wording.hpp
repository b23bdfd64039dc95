#pragma once
// How numbers and names are written inside reasons (internal to scoring and its reports).
// Rounding is done here, by hand, so that the native and the wasm builds print the same text and
// a tie rounds the way people expect (3.25 -> "3.3", not the printf way, "3.2").
#include <string>

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

// A partner's display name ('Acme'), or the id when the partner is unknown.
std::string partner_name(const Plan& plan, const Id& partner);

}  // namespace accord::scoring::wording
