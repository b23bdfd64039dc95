#pragma once
// Internal to core/io: reading one JSON object field by field into model values, with a problem
// (path + plain words) for every field of the wrong type. Fields it is asked about are "known";
// the rest are the object's unknown fields, kept in the entity's `extra`.
//
// Rules shared by every field (docs/plan-format.md, "Reading rules"): a missing field and `null`
// both mean "use the default"; a wrong type is a problem, never a silent default.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/io/problem_list.hpp"
#include "core/io/tokens.hpp"
#include "core/model/plan.hpp"

namespace accord::io {

class ObjectReader {
public:
    // `object` must be a JSON object (callers check with expect_object()).
    ObjectReader(const nlohmann::json& object, std::string path, ProblemList& problems)
        : object_(object), path_(std::move(path)), problems_(problems) {}

    const std::string& path() const { return path_; }
    std::string path_of(std::string_view key) const { return member_path(path_, key); }
    ProblemList& problems() const { return problems_; }

    // The field's value, or nullptr when it is missing or null. Marks the field known.
    const nlohmann::json* field(const char* key);

    void text(const char* key, std::string& out);
    void id(const char* key, Id& out);           // the entity's own id: required
    void reference(const char* key, Id& out);    // an id naming another entity; "" = none
    void number(const char* key, double& out);   // finite (the parser refuses NaN and overflow)
    void number(const char* key, std::optional<double>& out);  // missing or null: no value
    void whole(const char* key, int& out);
    void whole(const char* key, std::int64_t& out);
    void flag(const char* key, bool& out);
    void date(const char* key, Date& out);       // required
    void date(const char* key, std::optional<Date>& out);
    void instant(const char* key, Instant& out);
    void colour(const char* key, std::uint32_t& out);
    void texts(const char* key, std::vector<std::string>& out);
    void references(const char* key, std::vector<Id>& out);
    void stamp(Stamp& out);
    void any(const char* key, nlohmann::json& out);  // any JSON value, kept as it is; missing = null

    template <class E>
    void choice(const char* key, E& out) {
        const nlohmann::json* value = field(key);
        if (!value) return;
        const auto parsed = value->is_string() ? from_token<E>(value->get_ref<const std::string&>()) : std::nullopt;
        if (parsed)
            out = *parsed;
        else
            wrong(key, "one of " + token_choices<E>(), *value);
    }

    // A list of objects; read(ObjectReader&) fills one entry from each.
    template <class T, class Read>
    void list(const char* key, std::vector<T>& out, Read read) {
        const nlohmann::json* value = field(key);
        if (!value) return;
        if (!value->is_array()) return wrong(key, "a list", *value);
        const std::string path = path_of(key);
        out.reserve(value->size());
        for (std::size_t i = 0; i < value->size() && !problems_.full(); ++i) {
            const nlohmann::json& item = (*value)[i];
            const std::string item_path = element_path(path, i);
            if (!expect_object(item, item_path, problems_)) continue;
            ObjectReader reader(item, item_path, problems_);
            out.push_back(read(reader));
        }
    }

    // A nested object; read(ObjectReader&) fills it. False when the field is missing or null.
    template <class Read>
    bool object(const char* key, Read read) {
        const nlohmann::json* value = field(key);
        if (!value) return false;
        if (!expect_object(*value, path_of(key), problems_)) return false;
        ObjectReader reader(*value, path_of(key), problems_);
        read(reader);
        return true;
    }

    // The fields nobody asked about, for the entity's `extra` (sorted by name, as JSON objects are);
    // null when there are none.
    ExtraFields unknown_fields() const;

    // For records the format keeps closed (stamps, review scores): unknown fields are refused
    // rather than dropped, because there is nowhere to keep them.
    void refuse_unknown_fields(const char* record, const char* fields);

    // "expected a number, got "ten"" at this object's `key`.
    void wrong(const char* key, const std::string& expected, const nlohmann::json& got);

    static bool expect_object(const nlohmann::json& value, const std::string& path, ProblemList& problems);

private:
    bool is_known(std::string_view key) const;

    const nlohmann::json& object_;
    std::string path_;
    ProblemList& problems_;
    std::vector<const char*> known_;
};

// Entity ids: 1 to 64 characters from A-Z a-z 0-9 and - _ . : (Accord writes UUIDs; hand-written
// files may use shorter names). Narrow on purpose: ids appear in messages, paths and merges.
bool is_valid_id(std::string_view text);

}  // namespace accord::io
