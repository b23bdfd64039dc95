#include "cli/plan_input.hpp"

#include <chrono>
#include <iostream>

namespace accord::cli {

std::optional<Date> parse_today(const std::string& text) {
    const std::optional<Date> day = Date::parse(text);
    if (!day) std::cerr << "accord: '" << text << "' is not a date; write it as YYYY-MM-DD\n";
    return day;
}

Date today_utc() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return Date::from_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
}

}  // namespace accord::cli
