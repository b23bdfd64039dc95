#include "core/scoring/wording.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace accord::scoring::wording {
namespace {

constexpr long long kPowersOfTen[] = {1, 10, 100, 1000};

// Room for any number fixed() writes: up to 17 digits, a sign, a point and the suffix, or %g's
// short form and the suffix.
using NumberBuffer = char[32];

// Rounds half away from zero and prints `value` with `decimals` (0..3) digits after the point, then
// `suffix` (a character or none: "%"), into `buf`. Written out by hand: reasons hold many numbers
// and snprintf is slow on both targets. The text stays in the caller's buffer so that each wording
// below makes a single string from the finished text.
std::string_view fixed(double value, int decimals, NumberBuffer& buf, std::string_view suffix = "") {
    if (!std::isfinite(value)) {
        buf[0] = '?';
        suffix.copy(buf + 1, suffix.size());
        return std::string_view(buf, 1 + suffix.size());
    }
    const long long scale = kPowersOfTen[decimals];
    const double scaled = std::round(value * static_cast<double>(scale));  // halves away from zero
    if (std::fabs(scaled) >= 1e17) {  // beyond exact integers: plain %g
        const int length = std::snprintf(buf, sizeof buf, "%g%.*s", value, static_cast<int>(suffix.size()), suffix.data());
        return std::string_view(buf, static_cast<size_t>(length));
    }
    const long long units = static_cast<long long>(scaled);
    unsigned long long magnitude = static_cast<unsigned long long>(std::llabs(units));
    char* end = buf + sizeof buf;
    char* p = end - suffix.size();
    suffix.copy(p, suffix.size());
    for (int digit = 0; digit < decimals; ++digit) {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    }
    if (decimals > 0) *--p = '.';
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (units < 0) *--p = '-';
    return std::string_view(p, static_cast<size_t>(end - p));
}

}  // namespace

std::string percent(double fraction) {
    NumberBuffer buf;
    return std::string(fixed(fraction * 100, 0, buf, "%"));
}

std::string whole(double value) {
    NumberBuffer buf;
    return std::string(fixed(value, 0, buf));
}

std::string one_decimal(double value) {
    NumberBuffer buf;
    return std::string(fixed(value, 1, buf));
}

std::string number(double value) {
    NumberBuffer buf;
    std::string_view out = fixed(value, 2, buf);
    if (out.find('.') != std::string_view::npos) {
        while (out.back() == '0') out.remove_suffix(1);
        if (out.back() == '.') out.remove_suffix(1);
    }
    return std::string(out == "-0" ? "0" : out);
}

std::string signed_whole(double value) {
    const std::string text = whole(value);
    if (text == "0" || text == "-0") return "0";
    return text[0] == '-' ? text : "+" + text;
}

std::string count(long long n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string date(Date day) { return day.iso(); }

std::string quoted(const std::string& text) { return "'" + text + "'"; }

std::string partner_name(const Plan& plan, const Id& partner) {
    const Partner* found = plan.find_partner(partner);
    return quoted(found && !found->name.empty() ? found->name : partner);
}

}  // namespace accord::scoring::wording
