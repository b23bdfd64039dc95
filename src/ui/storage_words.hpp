#pragma once
// Plain words for storage: what went wrong and what to do, when something was saved, how big it
// is, and a file name for a download. Shared by the title bar, the banner and the library window.
#include <cstdint>
#include <string>

#include "platform/platform.hpp"

namespace accord::ui {

// What a storage problem means for the person, and what they can do about it.
std::string storage_problem_words(platform::StorageProblem problem, const std::string& detail);

// "today 14:05", "yesterday 09:12", "12 Mar 14:05", "12 Mar 2024" (local time).
std::string when_words(std::int64_t unix_ms, std::int64_t now_ms);

// "830 bytes", "12 KB", "3.4 MB", "1.2 GB".
std::string size_words(double bytes);

// "<title>.accord.json" with the characters file systems refuse replaced ("Plan.accord.json" when
// nothing is left).
std::string plan_file_name(const std::string& title);

}  // namespace accord::ui
