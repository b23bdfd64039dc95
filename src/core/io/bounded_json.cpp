// Index of this file
// [SECTION] Positions and sizes in plain words
// [SECTION] Before parsing: size and encoding
// [SECTION] While parsing: a value builder that enforces the limits
// [SECTION] Syntax errors in plain words
// [SECTION] After parsing: the document walk
#include "core/io/bounded_json.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace accord::io {
namespace {

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Positions and sizes in plain words
//-----------------------------------------------------------------------------

// Where a byte offset is, as an editor shows it: lines from 1, columns in characters from 1.
std::string location(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {  // count code points, not UTF-8 continuation bytes
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string size_in_words(std::size_t bytes) {
    if (bytes < 10 * 1024) return std::to_string(bytes) + " bytes";
    char buf[32];
    if (bytes < 1024 * 1024)
        std::snprintf(buf, sizeof buf, "%.0f KiB", bytes / 1024.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / (1024.0 * 1024.0));
    return buf;
}

// Paths can be as long as the nesting is deep; a message keeps the start, which locates it, cut
// between two steps of the path.
std::string shortened_path(std::string path) {
    constexpr std::size_t kMax = 120;
    if (path.size() <= kMax) return path;
    std::size_t cut = path.find_last_of(".[", kMax);
    if (cut == std::string::npos || cut == 0) cut = kMax;
    return path.substr(0, cut) + "…";
}

//-----------------------------------------------------------------------------
// [SECTION] Before parsing: size and encoding
//-----------------------------------------------------------------------------

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// Recognises files that are plainly something else, so the message can say what to do.
const char* wrong_kind_of_file(std::string_view bytes) {
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF") ||
        (bytes.size() >= 2 && (bytes[0] == '\0' || bytes[1] == '\0')))
        return "the file is UTF-16 or UTF-32 text; plan files are UTF-8 (save it again as UTF-8)";
    if (starts_with(bytes, "PK\x03\x04")) return "the file is a ZIP archive, not a plan file; unpack it first";
    if (starts_with(bytes, "\x1F\x8B")) return "the file is gzip-compressed, not a plan file; unpack it first";
    return nullptr;
}

bool only_whitespace(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

//-----------------------------------------------------------------------------
// [SECTION] While parsing: a value builder that enforces the limits
//-----------------------------------------------------------------------------

// nlohmann's own DOM builder would happily build a million-deep array (and then overflow the stack
// copying or printing it) and silently keep the last of two equal keys. This one is fed by the
// same iterative SAX parser and refuses as soon as a limit is crossed, before the value exists.
class BoundedBuilder {
public:
    BoundedBuilder(const Limits& limits, ProblemList& problems) : limits_(limits), problems_(problems) {}

    json take() { return std::move(root_); }

    // Set when the parser itself failed (rather than a limit); see syntax_problem().
    struct SyntaxError {
        std::size_t position = 0;
        int id = 0;
        std::string detail;
        std::string token;          // its start, for the message
        std::size_t token_size = 0;  // its length as read, to find where it began
    };
    const std::optional<SyntaxError>& syntax_error() const { return syntax_error_; }

    bool null() { return add(nullptr) != nullptr; }
    bool boolean(bool value) { return add(value) != nullptr; }
    bool number_integer(json::number_integer_t value) { return add(value) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return add(value) != nullptr; }
    bool number_float(json::number_float_t value, const std::string&) { return add(value) != nullptr; }
    bool string(std::string& value) { return add(std::move(value)) != nullptr; }
    bool binary(json::binary_t&) { return false; }  // the JSON parser never produces binary values
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& name) {
        const auto& object = stack_.back()->get_ref<const json::object_t&>();
        if (object.count(name)) {
            problems_.add(shortened_path(member_path(path(), name)),
                          "appears twice in the same object, so which value is meant cannot be told");
            return false;
        }
        key_ = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token, const json::exception& error) {
        // Keep only what the message needs: for a huge number token, what() holds all of it.
        std::string what = error.what();
        const std::string last_read = "; last read: '" + token + "'";
        if (auto at = what.find(last_read); at != std::string::npos) what.erase(at, last_read.size());
        if (auto dash = what.find(" - "); dash != std::string::npos) what.erase(0, dash + 3);
        syntax_error_ = SyntaxError{position, error.id, what.substr(0, 200), token.substr(0, 64), token.size()};
        return false;
    }

private:
    // The path of the innermost open container, built only when a message needs it.
    std::string path() const {
        std::string out;
        for (std::size_t i = 1; i < stack_.size(); ++i)
            out = stack_[i - 1]->is_array() ? element_path(out, stack_[i - 1]->size() - 1) : member_path(out, keys_[i]);
        return out;
    }

    std::string next_child_path() const {
        if (stack_.empty()) return "";
        return stack_.back()->is_array() ? element_path(path(), stack_.back()->size()) : member_path(path(), key_);
    }

    json* add(json value) {
        if (++values_ > limits_.max_values) {
            problems_.add("", "the file holds more than " + std::to_string(limits_.max_values) +
                                  " values, more than any plan needs; it was not read further");
            return nullptr;
        }
        if (stack_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.get_ref<json::array_t&>().push_back(std::move(value));
            return &parent.get_ref<json::array_t&>().back();
        }
        return &parent.get_ref<json::object_t&>().emplace(key_, std::move(value)).first->second;
    }

    bool open(json container) {
        if (stack_.size() >= limits_.max_depth) {
            problems_.add(shortened_path(next_child_path()),
                          "nests deeper than " + std::to_string(limits_.max_depth) +
                              " levels of lists and objects; a plan never needs that many");
            return false;
        }
        std::string key = stack_.empty() || stack_.back()->is_array() ? std::string() : key_;
        json* node = add(std::move(container));
        if (!node) return false;
        stack_.push_back(node);
        keys_.push_back(std::move(key));
        return true;
    }

    bool close() {
        stack_.pop_back();
        keys_.pop_back();
        return true;
    }

    const Limits& limits_;
    ProblemList& problems_;
    json root_;
    std::vector<json*> stack_;       // open containers, outermost first
    std::vector<std::string> keys_;  // the field name each open container sits under
    std::string key_;                // the field name of the next value
    std::size_t values_ = 0;
    std::optional<SyntaxError> syntax_error_;
};

//-----------------------------------------------------------------------------
// [SECTION] Syntax errors in plain words
//-----------------------------------------------------------------------------

// The word (letters and signs) that ends at the failing byte: "NaN", "-Infinity", "tru".
std::string_view word_at(std::string_view text, std::size_t offset) {
    auto is_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+'; };
    std::size_t begin = std::min(offset, text.size()), end = begin;
    while (begin > 0 && is_word(text[begin - 1])) --begin;
    while (end < text.size() && is_word(text[end])) ++end;
    return text.substr(begin, end - begin);
}

std::string syntax_problem(std::string_view text, const BoundedBuilder::SyntaxError& error) {
    // The parser counts the end of input as a character read: past the end means it ran out.
    if (error.position > text.size())
        return "the file ends too early, at " + location(text, text.size()) +
               ": it looks cut off (mail programs sometimes do this to long messages); ask for the file "
               "again, sent as an attachment";
    // Where the failing token began: a number too large, or text after the end, is best shown at
    // its start; other errors at the byte where reading failed.
    const std::size_t token_start = error.position > error.token_size ? error.position - error.token_size : 0;
    if (error.id == 406) return location(text, token_start) + ": the number " + quote_text(error.token) + " is too large";
    if (error.detail.find("expected end of input") != std::string::npos)
        return location(text, token_start) + ": there is more text after the end of the plan (its closing '}')";
    const std::size_t offset = error.position == 0 ? 0 : error.position - 1;
    const std::string where = location(text, offset) + ": ";
    const std::string_view word = word_at(text, offset);
    if (word == "NaN" || word == "Infinity" || word == "-Infinity" || word == "+Infinity")
        return where + "NaN and Infinity are not numbers in JSON; write a number or leave the field out";
    if (error.detail.find("ill-formed UTF-8") != std::string::npos)
        return where + "the text is not valid UTF-8 (was the file saved in another encoding, such as "
                       "Windows-1252?)";
    return where + "not valid JSON: " + error.detail;
}

//-----------------------------------------------------------------------------
// [SECTION] After parsing: the document walk
//-----------------------------------------------------------------------------

// Field names that JavaScript gives a special meaning: a tool that copies this file's objects into
// plain JS objects could have its prototypes replaced. Accord never needs them, so none may appear.
bool reserved_name(std::string_view key) {
    return key == "__proto__" || key == "constructor" || key == "prototype";
}

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not a valid one.
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) return 1;
    std::size_t length = 0;
    std::uint32_t code = 0;
    if ((b0 & 0xE0) == 0xC0) length = 2, code = b0 & 0x1F;
    else if ((b0 & 0xF0) == 0xE0) length = 3, code = b0 & 0x0F;
    else if ((b0 & 0xF8) == 0xF0) length = 4, code = b0 & 0x07;
    else return 0;
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        code = (code << 6) | (b & 0x3F);
    }
    const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return length;
}

// Why a text is not acceptable, or empty when it is.
std::string text_problem(std::string_view text, std::size_t max_bytes) {
    if (text.size() > max_bytes)
        return "is " + std::to_string(text.size()) + " bytes long; one text may hold at most " + std::to_string(max_bytes) +
               " bytes";
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII, nearly every byte: no call per byte
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence(text, i);
        if (length == 0) return "is not valid UTF-8 text";
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", c);
            return std::string("contains the control character ") + code +
                   "; text may hold tabs and line breaks but no other control characters";
        }
        i += length;
    }
    return {};
}

template <class Json>
class DocumentWalk {
public:
    DocumentWalk(const Limits& limits, ProblemList& problems) : limits_(limits), problems_(problems) {}

    // Depth-first in document order, with an explicit stack instead of recursion.
    void run(const Json& root) {
        if (!enter(root, [] { return std::string(); }, 1)) return;
        while (!frames_.empty() && !problems_.full()) {
            Frame& frame = frames_.back();
            if (frame.next == frame.end) {
                frames_.pop_back();
                continue;
            }
            const auto item = frame.next++;
            const std::size_t index = frame.index++;
            const bool in_object = frame.node->is_object();
            if (in_object) check_name(frame.path, item.key());
            // Built only for a problem or an open container: most values are texts and numbers
            // that pass, and a path per value was most of the time this walk took.
            const std::string& parent = frame.path;  // read before enter() pushes, which may move `frame`
            auto child_path = [&] { return in_object ? member_path(parent, item.key()) : element_path(parent, index); };
            enter(*item, child_path, frame.depth + 1);
        }
    }

private:
    struct Frame {
        const Json* node;
        std::string path;
        typename Json::const_iterator next, end;
        std::size_t index;
        std::size_t depth;
    };

    // `path_of()` gives the value's path; it is called only when the path is needed.
    template <class PathOf>
    bool enter(const Json& value, const PathOf& path_of, std::size_t depth) {
        if (value.is_string()) {
            const std::string problem = text_problem(value.template get_ref<const std::string&>(), limits_.max_string_bytes);
            if (!problem.empty()) problems_.add(path_of(), problem);
            return true;
        }
        if (!value.is_structured()) return true;
        if (depth > limits_.max_depth) {
            problems_.add(shortened_path(path_of()), "nests deeper than " + std::to_string(limits_.max_depth) +
                                                         " levels of lists and objects; a plan never needs that many");
            return false;
        }
        if (value.size() > limits_.max_items) {
            problems_.add(path_of(), std::string("has ") + std::to_string(value.size()) +
                                         (value.is_array() ? " entries" : " fields") + "; the limit is " +
                                         std::to_string(limits_.max_items));
            return false;
        }
        std::string path = path_of();
        frames_.push_back(Frame{&value, std::move(path), value.cbegin(), value.cend(), 0, depth});
        return true;
    }

    void check_name(const std::string& parent, const std::string& key) {
        if (reserved_name(key)) {
            problems_.add(member_path(parent, key),
                          "the field name " + quote_text(key) +
                              " is not allowed: JavaScript tools give it a special meaning, so a file carrying it "
                              "could be used to attack them");
        } else if (key.size() > limits_.max_key_bytes) {
            problems_.add(member_path(parent, key), "this field name is " + std::to_string(key.size()) +
                                                        " bytes long; the limit is " +
                                                        std::to_string(limits_.max_key_bytes));
        } else if (const std::string problem = text_problem(key, limits_.max_key_bytes); !problem.empty()) {
            problems_.add(member_path(parent, key), "this field name " + problem);
        }
    }

    const Limits& limits_;
    ProblemList& problems_;
    std::vector<Frame> frames_;
};

}  // namespace

std::optional<json> parse_bounded(std::string_view bytes, const Limits& limits, ProblemList& problems) {
    if (bytes.size() > limits.max_bytes) {
        std::string size = size_in_words(bytes.size()), limit = size_in_words(limits.max_bytes);
        if (size == limit)  // just over: rounding would say "16.0 MiB; at most 16.0 MiB"
            size = std::to_string(bytes.size()) + " bytes", limit = std::to_string(limits.max_bytes) + " bytes";
        problems.add("", "the file is " + size + "; plan files may be at most " + limit);
        return std::nullopt;
    }
    if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);  // a UTF-8 byte order mark (Notepad adds one)
    if (only_whitespace(bytes)) {
        problems.add("", "the file is empty");
        return std::nullopt;
    }
    if (const char* problem = wrong_kind_of_file(bytes)) {
        problems.add("", problem);
        return std::nullopt;
    }
    BoundedBuilder builder(limits, problems);
    if (json::sax_parse(bytes.begin(), bytes.end(), &builder)) return builder.take();
    if (builder.syntax_error()) problems.add("", syntax_problem(bytes, *builder.syntax_error()));
    return std::nullopt;
}

void check_document(const json& document, const Limits& limits, ProblemList& problems) {
    DocumentWalk<json>(limits, problems).run(document);
}

void check_document(const nlohmann::ordered_json& document, const Limits& limits, ProblemList& problems) {
    DocumentWalk<nlohmann::ordered_json>(limits, problems).run(document);
}

}  // namespace accord::io
