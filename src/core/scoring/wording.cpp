#include "core/scoring/wording.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace accord::scoring::wording {
namespace {

constexpr long long kPowersOfTen[] = {1, 10, 100, 1000};

// Rounds half away from zero and prints `value` with `decimals` (0..3) digits after the point.
// Written out by hand: reasons hold many numbers and snprintf is slow on both targets.
std::string fixed(double value, int decimals) {
    if (!std::isfinite(value)) return "?";
    const long long scale = kPowersOfTen[decimals];
    const double scaled = std::round(value * static_cast<double>(scale));  // halves away from zero
    if (std::fabs(scaled) >= 1e17) {  // beyond exact integers: plain %g
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", value);
        return buf;
    }
    const long long units = static_cast<long long>(scaled);
    unsigned long long magnitude = static_cast<unsigned long long>(std::llabs(units));
    char buf[32];
    char* end = buf + sizeof buf;
    char* p = end;
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
    return std::string(p, end);
}

}  // namespace

std::string percent(double fraction) { return fixed(fraction * 100, 0) + "%"; }

std::string whole(double value) { return fixed(value, 0); }

std::string one_decimal(double value) { return fixed(value, 1); }

std::string number(double value) {
    std::string out = fixed(value, 2);
    if (out.find('.') != std::string::npos) {
        while (out.back() == '0') out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
    return out == "-0" ? "0" : out;
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
