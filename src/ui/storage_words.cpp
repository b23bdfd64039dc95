#include "ui/storage_words.hpp"

#include <cstdio>
#include <ctime>

namespace accord::ui {

std::string storage_problem_words(platform::StorageProblem problem, const std::string& detail) {
    using platform::StorageProblem;
    switch (problem) {
        case StorageProblem::None: return {};
        case StorageProblem::Unavailable:
            return "This browser does not let Accord keep plans on this device (a private window, or site data "
                   "blocked in its settings). Your changes are kept only while this page stays open: download the "
                   "plan file before you close it.";
        case StorageProblem::InUseElsewhere:
            return "Accord is open in another tab or window, and only one of them can keep your plans. Changes "
                   "made here are not saved: continue in the other one, or close it and reload this page.";
        case StorageProblem::Quota:
            return "The space this browser gives Accord is full, so the latest changes are not saved. Empty the "
                   "trash or delete plans you no longer need, or download the plan file.";
        case StorageProblem::Failed:
            return "The browser could not save the latest changes" + (detail.empty() ? std::string() : " (" + detail + ")") +
                   ". Accord tries again in a few seconds; download the plan file to be safe.";
    }
    return {};
}

std::string when_words(std::int64_t unix_ms, std::int64_t now_ms) {
    if (unix_ms <= 0) return "unknown";
    const std::time_t then_s = static_cast<std::time_t>(unix_ms / 1000);
    const std::time_t now_s = static_cast<std::time_t>(now_ms / 1000);
    std::tm then{}, now{};
    localtime_r(&then_s, &then);
    localtime_r(&now_s, &now);
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char out[48];
    const bool same_year = then.tm_year == now.tm_year;
    if (same_year && then.tm_yday == now.tm_yday) {
        std::snprintf(out, sizeof out, "today %02d:%02d", then.tm_hour, then.tm_min);
    } else if (same_year && then.tm_yday + 1 == now.tm_yday) {
        std::snprintf(out, sizeof out, "yesterday %02d:%02d", then.tm_hour, then.tm_min);
    } else if (same_year) {
        std::snprintf(out, sizeof out, "%d %s %02d:%02d", then.tm_mday, kMonths[then.tm_mon], then.tm_hour, then.tm_min);
    } else {
        std::snprintf(out, sizeof out, "%d %s %d", then.tm_mday, kMonths[then.tm_mon], then.tm_year + 1900);
    }
    return out;
}

std::string size_words(double bytes) {
    char out[32];
    if (bytes < 1000) std::snprintf(out, sizeof out, "%.0f bytes", bytes);
    else if (bytes < 1e6) std::snprintf(out, sizeof out, "%.0f KB", bytes / 1e3);
    else if (bytes < 1e9) std::snprintf(out, sizeof out, "%.1f MB", bytes / 1e6);
    else std::snprintf(out, sizeof out, "%.1f GB", bytes / 1e9);
    return out;
}

std::string plan_file_name(const std::string& title) {
    std::string name;
    for (unsigned char c : title) {
        const bool refused = c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' ||
                             c == '"' || c == '<' || c == '>' || c == '|';
        name += refused ? '_' : static_cast<char>(c);
    }
    // Leading and trailing spaces and dots confuse Windows; a name of only those is no name.
    const auto first = name.find_first_not_of(" ._");
    const auto last = name.find_last_not_of(" .");
    name = first == std::string::npos ? std::string("Plan") : name.substr(first, last - first + 1);
    if (name.size() > 120) {  // under every file system's limit, cut between UTF-8 sequences
        std::size_t cut = 120;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
        name.resize(cut);
    }
    return name + ".accord.json";
}

}  // namespace accord::ui
