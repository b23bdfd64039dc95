#include "core/io/object_reader.hpp"

#include <cmath>
#include <limits>

namespace accord::io {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxIdLength = 64;

// A whole number from an integer, or from a float with no fraction ("3.0" is 3): some tools write
// every number as a float. Nothing when the value is not whole or does not fit in T.
template <class T>
std::optional<T> whole_number(const json& value) {
    if (value.is_number_integer() && !value.is_number_unsigned()) {
        const auto v = value.get<std::int64_t>();
        if (v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max()) return std::nullopt;
        return static_cast<T>(v);
    }
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        if (v > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return std::nullopt;
        return static_cast<T>(v);
    }
    if (value.is_number_float()) {
        const double v = value.get<double>();
        // The bounds are powers of two, exact as doubles; `max + 1` avoids rounding at the top.
        const double low = static_cast<double>(std::numeric_limits<T>::min());
        const double past_high = -low;
        if (std::floor(v) != v || v < low || v >= past_high) return std::nullopt;
        return static_cast<T>(v);
    }
    return std::nullopt;
}

template <class T>
void read_whole(ObjectReader& reader, const char* key, T& out) {
    const json* value = reader.field(key);
    if (!value) return;
    if (const auto v = whole_number<T>(*value))
        out = *v;
    else if (value->is_number() && std::floor(value->get<double>()) == value->get<double>())
        reader.problems().add(reader.path_of(key), "is out of range: " + describe(*value));
    else
        reader.wrong(key, "a whole number", *value);
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

const char* const kIdRule = "an id: 1 to 64 letters, digits, '-', '_', '.' or ':'";

}  // namespace

bool is_valid_id(std::string_view text) {
    if (text.empty() || text.size() > kMaxIdLength) return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.' || c == ':'))
            return false;
    return true;
}

const json* ObjectReader::field(const char* key) {
    known_.push_back(key);
    const auto it = object_.find(key);
    if (it == object_.end() || it->is_null()) return nullptr;
    return &*it;
}

void ObjectReader::wrong(const char* key, const std::string& expected, const json& got) {
    problems_.add(path_of(key), "expected " + expected + ", got " + describe(got));
}

bool ObjectReader::expect_object(const json& value, const std::string& path, ProblemList& problems) {
    if (value.is_object()) return true;
    problems.add(path, "expected an object, got " + describe(value));
    return false;
}

void ObjectReader::text(const char* key, std::string& out) {
    const json* value = field(key);
    if (!value) return;
    if (value->is_string())
        out = value->get<std::string>();
    else
        wrong(key, "text", *value);
}

void ObjectReader::id(const char* key, Id& out) {
    const json* value = field(key);
    if (!value)
        problems_.add(path_of(key), "is missing; every entry needs an id");
    else if (value->is_string() && is_valid_id(value->get_ref<const std::string&>()))
        out = value->get<std::string>();
    else
        wrong(key, kIdRule, *value);
}

void ObjectReader::reference(const char* key, Id& out) {
    const json* value = field(key);
    if (!value) return;
    if (value->is_string() && (value->get_ref<const std::string&>().empty() || is_valid_id(value->get_ref<const std::string&>())))
        out = value->get<std::string>();
    else
        wrong(key, kIdRule, *value);
}

void ObjectReader::number(const char* key, double& out) {
    const json* value = field(key);
    if (!value) return;
    if (value->is_number())
        out = value->get<double>();
    else
        wrong(key, "a number", *value);
}

void ObjectReader::number(const char* key, std::optional<double>& out) {
    out.reset();
    double value = 0;
    if (!field(key)) return;
    number(key, value);
    out = value;
}

void ObjectReader::whole(const char* key, int& out) { read_whole(*this, key, out); }
void ObjectReader::whole(const char* key, std::int64_t& out) { read_whole(*this, key, out); }

void ObjectReader::flag(const char* key, bool& out) {
    const json* value = field(key);
    if (!value) return;
    if (value->is_boolean())
        out = value->get<bool>();
    else
        wrong(key, "true or false", *value);
}

void ObjectReader::date(const char* key, Date& out) {
    std::optional<Date> read;
    date(key, read);
    if (read)
        out = *read;
    else if (!field(key) && !problems_.full())
        problems_.add(path_of(key), "is missing; a date written YYYY-MM-DD is needed");
}

void ObjectReader::date(const char* key, std::optional<Date>& out) {
    const json* value = field(key);
    if (!value) return;
    const auto parsed = value->is_string() ? Date::parse(value->get_ref<const std::string&>()) : std::nullopt;
    if (parsed)
        out = parsed;
    else
        wrong(key, "a date written YYYY-MM-DD", *value);
}

void ObjectReader::instant(const char* key, Instant& out) {
    const json* value = field(key);
    if (!value) return;
    const auto parsed = value->is_string() ? parse_instant(value->get_ref<const std::string&>()) : std::nullopt;
    if (parsed)
        out = *parsed;
    else
        wrong(key, "a UTC time written YYYY-MM-DDTHH:MM:SSZ", *value);
}

void ObjectReader::colour(const char* key, std::uint32_t& out) {
    const json* value = field(key);
    if (!value) return;
    if (value->is_string()) {
        const std::string& text = value->get_ref<const std::string&>();
        std::uint32_t rgb = 0;
        bool ok = text.size() == 7 && text[0] == '#';
        for (std::size_t i = 1; ok && i < 7; ++i) {
            const int digit = hex_digit(text[i]);
            ok = digit >= 0;
            rgb = (rgb << 4) | static_cast<std::uint32_t>(digit);
        }
        if (ok) {
            out = rgb;
            return;
        }
    }
    wrong(key, "a colour written #rrggbb", *value);
}

void ObjectReader::texts(const char* key, std::vector<std::string>& out) {
    const json* value = field(key);
    if (!value) return;
    if (!value->is_array()) return wrong(key, "a list of texts", *value);
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json& item = (*value)[i];
        if (item.is_string())
            out.push_back(item.get<std::string>());
        else
            problems_.add(element_path(path_of(key), i), "expected text, got " + describe(item));
    }
}

void ObjectReader::references(const char* key, std::vector<Id>& out) {
    const json* value = field(key);
    if (!value) return;
    if (!value->is_array()) return wrong(key, "a list of ids", *value);
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json& item = (*value)[i];
        if (item.is_string() && is_valid_id(item.get_ref<const std::string&>()))
            out.push_back(item.get<std::string>());
        else
            problems_.add(element_path(path_of(key), i), std::string("expected ") + kIdRule + ", got " + describe(item));
    }
}

void ObjectReader::stamp(Stamp& out) {
    object("stamp", [&](ObjectReader& stamp) {
        stamp.whole("rev", out.rev);
        if (out.rev < 0) problems_.add(stamp.path_of("rev"), "must not be negative, got " + std::to_string(out.rev));
        stamp.reference("by", out.by);
        stamp.refuse_unknown_fields("a stamp", "rev and by");
    });
}

void ObjectReader::any(const char* key, json& out) {
    const json* value = field(key);
    out = value ? *value : json(nullptr);
}

ExtraFields ObjectReader::unknown_fields() const {
    ExtraFields extra;  // null unless there is one (model/plan.hpp)
    for (const auto& [key, value] : object_.items())
        if (!is_known(key)) extra[key] = value;
    return extra;
}

void ObjectReader::refuse_unknown_fields(const char* record, const char* fields) {
    for (const auto& [key, value] : object_.items())
        if (!is_known(key))
            problems_.add(path_of(key), std::string("is not a field of ") + record + " (it has " + fields + " only)");
}

bool ObjectReader::is_known(std::string_view key) const {
    for (const char* known : known_)
        if (key == known) return true;
    return false;
}

}  // namespace accord::io
