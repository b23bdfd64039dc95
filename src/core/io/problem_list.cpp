#include "core/io/problem_list.hpp"

namespace accord::io {
namespace {

constexpr std::size_t kQuotedCodePoints = 48;  // long enough to recognise the text, short enough for one line

bool is_identifier(std::string_view key) {
    if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

}  // namespace

void ProblemList::add(std::string path, std::string message) {
    if (!full()) problems_.push_back({std::move(path), std::move(message)});
}

std::string member_path(const std::string& parent, std::string_view key) {
    if (is_identifier(key) && key.size() <= kQuotedCodePoints)
        return parent.empty() ? std::string(key) : parent + "." + std::string(key);
    return parent + "[" + quote_text(key) + "]";
}

std::string element_path(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

std::string quote_text(std::string_view text) {
    // Cut on a code point boundary (never inside a UTF-8 sequence), then let the JSON writer
    // escape quotes and control characters; invalid UTF-8 becomes U+FFFD rather than an exception.
    std::size_t cut = 0, code_points = 0;
    while (cut < text.size() && code_points < kQuotedCodePoints) {
        ++cut;
        while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
        ++code_points;
    }
    const bool shortened = cut < text.size();
    std::string out = nlohmann::json(std::string(text.substr(0, cut)))
                          .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (shortened) out.insert(out.size() - 1, "…");
    return out;
}

std::string describe(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null: return "null";
        case nlohmann::json::value_t::boolean: return value.get<bool>() ? "true" : "false";
        case nlohmann::json::value_t::string: return quote_text(value.get_ref<const std::string&>());
        case nlohmann::json::value_t::array: return "a list";
        case nlohmann::json::value_t::object: return "an object";
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float: return value.dump();
        default: return "a value of an unknown kind";
    }
}

}  // namespace accord::io
