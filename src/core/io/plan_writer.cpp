// Writes a Plan as the canonical format-1 document. Key order is the schema order below (the same
// as plan_reader.cpp and docs/plan-format.md); each entity's unknown fields follow its known ones,
// sorted by name. Optional values that are absent are written as null so every field is visible.
//
// The schema is written once, as one `fields` function per entity that hands each field's name
// and value to a callback, and read by two writers: DocBuilder builds the ordered_json document
// (plan_to_json, part_to_json: the merge and the fingerprints work on values), TextWriter writes
// the file's bytes straight away (export_plan). Building the document and then dumping it cost an
// allocation per field and per string, and a 5 MB export is some 300,000 of them: in wasm, where
// dlmalloc is slower than glibc's malloc, the export took twice as long as natively. The text is
// the same bytes nlohmann's dump(2) writes for the document, which tests/core/io pins.
//
// Index of this file
// [SECTION] Schema: each entity's fields, in order
// [SECTION] As a document
// [SECTION] As text
// [SECTION] One part on its own
// [SECTION] Plan
#include "core/io/plan_writer.hpp"

#include <charconv>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <type_traits>

#include "core/io/plan_file.hpp"
#include "core/io/tokens.hpp"

namespace accord::io {
namespace {

using Doc = nlohmann::ordered_json;

//-----------------------------------------------------------------------------
// [SECTION] Schema: each entity's fields, in order
//-----------------------------------------------------------------------------

// A partner's colour, written as "#rrggbb".
struct Colour {
    std::uint32_t rgb;
};

// The "#rrggbb" of a colour, 7 characters (not terminated).
void colour_text(Colour c, char* text) {
    constexpr char kHex[] = "0123456789abcdef";
    text[0] = '#';
    for (int digit = 0; digit < 6; ++digit) text[6 - digit] = kHex[(c.rgb >> (4 * digit)) & 0xF];
}

// One line per part, "<16 hex digits> <name>" (the name and its space only when there is one),
// sorted by part name (the map's order) so the same approval always gives the same bytes.
using Digests = std::map<std::string, ContentDigest>;
std::string digest_line(const ContentDigest& digest) {
    return digest.name.empty() ? digest.hash : digest.hash + " " + digest.name;
}

// The value a field is written from: a model value, a token (const char*), a timestamp already
// formatted, or one of the wrappers above. Both writers accept exactly these types.

template <class F>
void fields(const Stamp& s, F&& f) {
    f("rev", s.rev);
    f("by", s.by);
}

template <class F>
void fields(const Partner& p, F&& f) {
    f("id", p.id);
    f("name", p.name);
    f("organisation", p.organisation);
    f("email", p.email);
    f("colour", Colour{p.colour});
    f("strengths", p.strengths);
    f("resources", p.resources);
    f("limitations", p.limitations);
    f("expectations", p.expectations);
    f("values", p.values);
    f("stamp", p.stamp);
}

template <class F>
void fields(const Vision& v, F&& f) {
    f("statement", v.statement);
    f("mission", v.mission);
    f("why", v.why);
    f("horizon", v.horizon);
    f("stamp", v.stamp);
}

template <class F>
void fields(const Value& v, F&& f) {
    f("id", v.id);
    f("name", v.name);
    f("meaning", v.meaning);
    f("endorsed_by", v.endorsed_by);
    f("stamp", v.stamp);
}

template <class F>
void fields(const GlossaryTerm& t, F&& f) {
    f("id", t.id);
    f("term", t.term);
    f("definition", t.definition);
    f("agreed_by", t.agreed_by);
    f("disputed", t.disputed);
    f("stamp", t.stamp);
}

template <class F>
void fields(const MetricReading& r, F&& f) {
    f("date", r.date);
    f("value", r.value);
    f("note", r.note);
}

template <class F>
void fields(const Metric& m, F&& f) {
    f("unit", m.unit);
    f("baseline", m.baseline);
    f("target", m.target);
    f("current", m.current);
    f("direction", token(m.direction));
    f("history", m.history);
}

template <class F>
void fields(const Goal& g, F&& f) {
    f("id", g.id);
    f("parent", g.parent);
    f("kind", token(g.kind));
    f("title", g.title);
    f("description", g.description);
    f("owners", g.owners);
    f("weight", g.weight);
    f("start", g.start);
    f("due", g.due);
    f("status", token(g.status));
    f("confidence", g.confidence);
    f("metric", g.metric);
    f("stamp", g.stamp);
}

template <class F>
void fields(const RoleAssignment& a, F&& f) {
    f("partner", a.partner);
    f("role", token(a.role));
}

template <class F>
void fields(const Activity& a, F&& f) {
    f("id", a.id);
    f("name", a.name);
    f("area", a.area);
    f("goal", a.goal);
    f("roles", a.roles);
    f("stamp", a.stamp);
}

template <class F>
void fields(const DecisionRule& r, F&& f) {
    f("id", r.id);
    f("area", r.area);
    f("method", token(r.method));
    f("lead", r.lead);
    f("notes", r.notes);
    f("stamp", r.stamp);
}

template <class F>
void fields(const Contact& c, F&& f) {
    f("id", c.id);
    f("partner", c.partner);
    f("name", c.name);
    f("role", c.role);
    f("email", c.email);
    f("phone", c.phone);
    f("stamp", c.stamp);
}

template <class F>
void fields(const EscalationStep& s, F&& f) {
    f("id", s.id);
    f("who", s.who);
    f("within_days", s.within_days);
    f("how", s.how);
    f("stamp", s.stamp);
}

template <class F>
void fields(const Dimension& d, F&& f) {
    f("id", d.id);
    f("name", d.name);
    f("description", d.description);
    f("topic", d.topic ? std::optional<const char*>(token(*d.topic)) : std::nullopt);
    f("stamp", d.stamp);
}

template <class F>
void fields(const Rating& r, F&& f) {
    f("dimension", r.dimension);
    f("partner", r.partner);
    f("score", r.score);
    f("comment", r.comment);
}

template <class F>
void fields(const AssessmentRound& r, F&& f) {
    f("id", r.id);
    f("title", r.title);
    f("date", r.date);
    f("ratings", r.ratings);
    f("stamp", r.stamp);
}

template <class F>
void fields(const Risk& r, F&& f) {
    f("id", r.id);
    f("title", r.title);
    f("description", r.description);
    f("likelihood", r.likelihood);
    f("impact", r.impact);
    f("owner", r.owner);
    f("trigger", r.trigger);
    f("contingency", r.contingency);
    f("status", token(r.status));
    f("stamp", r.stamp);
}

template <class F>
void fields(const Communication& c, F&& f) {
    f("cadence_days", c.cadence_days);
    f("channels", c.channels);
    f("stamp", c.stamp);
}

template <class F>
void fields(const Action& a, F&& f) {
    f("text", a.text);
    f("owner", a.owner);
    f("due", a.due);
    f("done", a.done);
}

template <class F>
void fields(const CheckIn& c, F&& f) {
    f("id", c.id);
    f("date", c.date);
    f("attendees", c.attendees);
    f("notes", c.notes);
    f("decisions", c.decisions);
    f("actions", c.actions);
    f("stamp", c.stamp);
}

template <class F>
void fields(const ValueItem& v, F&& f) {
    f("id", v.id);
    f("partner", v.partner);
    f("flow", token(v.flow));
    f("description", v.description);
    f("amount", v.amount);
    f("stamp", v.stamp);
}

// A figure with nothing to measure at the time is written as null.
template <class F>
void fields(const ScoreSnapshot& s, F&& f) {
    f("health", s.health);
    f("goal_progress", s.goal_progress);
    f("alignment", s.alignment);
    f("roles", s.roles);
    f("risk", s.risk);
    f("communication", s.communication);
    f("balance", s.balance);
}

template <class F>
void fields(const Review& r, F&& f) {
    f("id", r.id);
    f("date", r.date);
    f("title", r.title);
    f("notes", r.notes);
    f("adjustments", r.adjustments);
    f("scores", r.scores);
    f("stamp", r.stamp);
}

template <class F>
void fields(const Approval& a, F&& f) {
    f("id", a.id);
    f("partner", a.partner);
    f("at", format_instant(a.at));
    f("fingerprint", a.fingerprint);
    f("note", a.note);
    f("digests", a.digests);
    f("stamp", a.stamp);
}

template <class F>
void fields(const Conflict& c, F&& f) {
    f("id", c.id);
    f("kind", token(c.kind));
    f("section", c.section);
    f("entity", c.entity);
    f("entity_name", c.entity_name);
    f("field", c.field);
    f("base", c.base);
    f("ours", c.ours);
    f("theirs", c.theirs);
    f("note", c.note);
    f("ours_by", c.ours_by);
    f("theirs_by", c.theirs_by);
    f("found", format_instant(c.found));
    f("stamp", c.stamp);
}

template <class F>
void fields(const Plan& plan, F&& f) {
    f("format", kFormatName);
    f("version", kFormatVersion);
    f("id", plan.id);
    f("title", plan.title);
    f("created", format_instant(plan.created));
    f("modified", format_instant(plan.modified));
    f("revision", plan.revision);
    f("based_on", plan.based_on);
    f("stamp", plan.stamp);
    f("partners", plan.partners);
    f("vision", plan.vision);
    f("values", plan.values);
    f("glossary", plan.glossary);
    f("goals", plan.goals);
    f("activities", plan.activities);
    f("decision_rules", plan.decision_rules);
    f("contacts", plan.contacts);
    f("escalation", plan.escalation);
    f("dimensions", plan.dimensions);
    f("rounds", plan.rounds);
    f("risks", plan.risks);
    f("communication", plan.communication);
    f("checkins", plan.checkins);
    f("exchange", plan.exchange);
    f("reviews", plan.reviews);
    f("approvals", plan.approvals);
    // Written only when a merge left decisions open, so that the files of every plan without
    // one (nearly all) keep their bytes.
    if (!plan.conflicts.empty()) f("conflicts", plan.conflicts);
}

// Whether an entity keeps unknown fields (`extra`): all but Stamp and ScoreSnapshot do.
template <class T, class = void>
struct HasExtra : std::false_type {};
template <class T>
struct HasExtra<T, std::void_t<decltype(std::declval<const T&>().extra)>> : std::true_type {};

// Whether `key` names one of the entity's known fields. A field name in `extra` that the schema
// also uses can only come from code, never from a file; the known field wins so that what is
// written reads back the same.
template <class T>
bool known_field(const T& entity, const std::string& key) {
    bool known = false;
    fields(entity, [&](const char* name, const auto&) { known = known || key == name; });
    return known;
}

//-----------------------------------------------------------------------------
// [SECTION] As a document
//-----------------------------------------------------------------------------

struct DocBuilder {
    static Doc value(const std::string& text) { return text; }
    static Doc value(const char* text) { return text; }
    static Doc value(double number) { return number; }
    static Doc value(int number) { return number; }
    static Doc value(std::int64_t number) { return number; }
    static Doc value(bool flag) { return flag; }
    static Doc value(const Date& day) { return day.iso(); }
    static Doc value(const nlohmann::json& any) { return Doc(any); }

    static Doc value(Colour c) {
        char text[7];
        colour_text(c, text);
        return std::string(text, sizeof text);
    }

    static Doc value(const Digests& parts) {
        Doc out = Doc::object();
        for (const auto& [part, digest] : parts) out[part] = digest_line(digest);
        return out;
    }

    template <class T>
    static Doc value(const std::optional<T>& maybe) {
        return maybe ? value(*maybe) : Doc(nullptr);
    }

    template <class T>
    static Doc value(const std::vector<T>& items) {
        Doc out = Doc::array();
        out.get_ref<Doc::array_t&>().reserve(items.size());
        for (const T& item : items) out.push_back(value(item));
        return out;
    }

    // An entity: its members appended in order to a vector reserved once. Doc's own
    // initializer-list constructor never reserves, and each time its vector grew it copied every
    // member so far, nested lists and objects included (a member's key is const, so it cannot be
    // moved).
    template <class T>
    static Doc value(const T& entity) {
        std::size_t count = 0;
        fields(entity, [&](const char*, const auto&) { ++count; });
        Doc out = Doc::object();
        auto& object = out.get_ref<Doc::object_t&>();
        object.reserve(count);
        fields(entity, [&](const char* key, const auto& field) { object.emplace_back(key, value(field)); });
        if constexpr (HasExtra<T>::value) {
            if (entity.extra.is_object())
                for (const auto& [key, field] : entity.extra.items())
                    if (!known_field(entity, key)) out[key] = Doc(field);
        }
        return out;
    }
};

//-----------------------------------------------------------------------------
// [SECTION] As text
//-----------------------------------------------------------------------------

// Whether `text` is well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF), the sequences nlohmann's serializer accepts.
bool valid_utf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation;
        unsigned char low = 0x80, high = 0xBF;  // the range of the byte after the lead
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0) low = 0xA0;
            if (lead == 0xED) high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0) low = 0x90;
            if (lead == 0xF4) high = 0x8F;
        } else {
            return false;
        }
        if (end - p <= continuation) return false;
        if (p[1] < low || p[1] > high) return false;
        for (int k = 2; k <= continuation; ++k)
            if (p[k] < 0x80 || p[k] > 0xBF) return false;
        p += continuation + 1;
    }
    return true;
}

// Appends the document's text to `out` as nlohmann's dump(2, ' ', false, replace) writes it:
// objects and arrays one member a line, indented two spaces a level, "{}" and "[]" when empty.
// Bytes go through put(), which copies into room made ahead (`out` is sized past `used_` and cut
// back at the end): a std::string append per token checked capacity and called out of line each
// time, the largest cost after the strings themselves.
class TextWriter {
public:
    explicit TextWriter(std::string& out) : out_(out), used_(out.size()) {}
    ~TextWriter() { out_.resize(used_); }
    TextWriter(const TextWriter&) = delete;
    TextWriter& operator=(const TextWriter&) = delete;

    void value(const std::string& text) { string(text); }
    void value(const char* text) { string(text); }
    void value(int number) { integer(number); }
    void value(std::int64_t number) { integer(number); }
    void value(bool flag) { flag ? put("true", 4) : put("false", 5); }

    void value(double number) {
        if (!std::isfinite(number)) {
            put("null", 4);
            return;
        }
        char text[64];
        const char* end = nlohmann::detail::to_chars(text, text + sizeof text, number);
        put(text, static_cast<std::size_t>(end - text));
    }

    void value(const Date& day) {  // digits and dashes only: nothing to escape
        const std::string iso = day.iso();
        put('"');
        put(iso.data(), iso.size());
        put('"');
    }

    void value(Colour c) {
        char text[9] = {'"'};
        colour_text(c, text + 1);
        text[8] = '"';
        put(text, sizeof text);
    }

    void value(const nlohmann::json& any) {
        with_serializer([&](auto& serializer) { serializer.dump(any, true, false, kIndentStep, depth_ * kIndentStep); });
    }

    void value(const Digests& parts) {
        Container object(*this, '{', '}');
        for (const auto& [part, digest] : parts) {
            object.key(part);
            value(digest_line(digest));
        }
    }

    template <class T>
    void value(const std::optional<T>& maybe) {
        if (maybe)
            value(*maybe);
        else
            put("null", 4);
    }

    template <class T>
    void value(const std::vector<T>& items) {
        Container array(*this, '[', ']');
        for (const T& item : items) {
            array.next();
            value(item);
        }
    }

    // Each entity's writer is a function of its own: inlined at -O2, the plan's writer was one
    // function of 55 KB of wasm, which the browser compiles whole on its first call (~30 ms of a
    // first visit's start, to write a new plan holding none of those entities).
    template <class T>
    [[gnu::noinline]] void value(const T& entity) {
        Container object(*this, '{', '}');
        fields(entity, [&](const char* key, const auto& field) {
            object.key(key);
            value(field);
        });
        if constexpr (HasExtra<T>::value) {
            if (entity.extra.is_object())
                for (const auto& [key, field] : entity.extra.items())
                    if (!known_field(entity, key)) {
                        object.key(key);
                        value(field);
                    }
        }
    }

private:
    static constexpr unsigned kIndentStep = 2;

    // An object or array being written: next() starts a member on its own line one level in;
    // the destructor closes it on a line of its own, or right after the opening when empty.
    class Container {
    public:
        Container(TextWriter& writer, char open, char close) : writer_(writer), close_(close) {
            writer_.put(open);
            ++writer_.depth_;
        }
        ~Container() {
            --writer_.depth_;
            if (!empty_) writer_.new_line();
            writer_.put(close_);
        }
        Container(const Container&) = delete;
        Container& operator=(const Container&) = delete;

        void next() {
            if (!empty_) writer_.put(',');
            empty_ = false;
            writer_.new_line();
        }
        void key(std::string_view name) {
            next();
            writer_.string(name);
            writer_.put(": ", 2);
        }

    private:
        TextWriter& writer_;
        char close_;
        bool empty_ = true;
    };

    // Room for `n` more bytes after `used_`, growing `out_` by at least half each time.
    char* room(std::size_t n) {
        if (out_.size() - used_ < n) out_.resize(std::max(used_ + n, out_.size() + out_.size() / 2 + 4096));
        return &out_[used_];
    }
    void put(const char* text, std::size_t n) {
        std::memcpy(room(n), text, n);
        used_ += n;
    }
    void put(char c) {
        *room(1) = c;
        ++used_;
    }

    void new_line() {
        const std::size_t n = 1 + depth_ * kIndentStep;
        char* at = room(n);
        at[0] = '\n';
        std::memset(at + 1, ' ', n - 1);
        used_ += n;
    }

    template <class Integer>
    void integer(Integer number) {
        char text[24];
        const auto written = std::to_chars(text, text + sizeof text, number);
        put(text, static_cast<std::size_t>(written.ptr - text));
    }

    // A JSON string: quotes, backslashes and control characters escaped as nlohmann escapes them
    // (\n and its kin by name, the others as \u00xx), everything else as it is. Text that is not
    // UTF-8 goes to nlohmann's own serializer, which writes each bad sequence as U+FFFD.
    void string(std::string_view text) {
        if (!valid_utf8(text)) {
            with_serializer([&](auto& serializer) { serializer.dump(nlohmann::json(text), false, false, 0); });
            return;
        }
        // At most 6 bytes for each byte of text (\u00xx), and the quotes.
        char* at = room(text.size() * 6 + 2);
        char* const begin = at;
        *at++ = '"';
        for (const char byte : text) {
            const auto c = static_cast<unsigned char>(byte);
            if (c >= 0x20 && c != '"' && c != '\\') {
                *at++ = byte;
                continue;
            }
            at = escape(c, at);
        }
        *at++ = '"';
        used_ += static_cast<std::size_t>(at - begin);
    }

    static char* escape(unsigned char c, char* at) {
        *at++ = '\\';
        switch (c) {
            case '"': *at++ = '"'; return at;
            case '\\': *at++ = '\\'; return at;
            case '\b': *at++ = 'b'; return at;
            case '\f': *at++ = 'f'; return at;
            case '\n': *at++ = 'n'; return at;
            case '\r': *at++ = 'r'; return at;
            case '\t': *at++ = 't'; return at;
            default: {
                constexpr char kHex[] = "0123456789abcdef";
                const char text[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
                std::memcpy(at, text, sizeof text);
                return at + sizeof text;
            }
        }
    }

    // Runs `use` with nlohmann's serializer appending to the text so far: for values whose shape
    // the schema does not know (unknown fields, a conflict's sides) and for text that is not UTF-8.
    template <class Use>
    void with_serializer(Use use) {
        out_.resize(used_);
        nlohmann::detail::serializer<nlohmann::json> serializer(nlohmann::detail::output_adapter<char>(out_), ' ',
                                                                nlohmann::json::error_handler_t::replace);
        use(serializer);
        used_ = out_.size();
    }

    std::string& out_;
    std::size_t used_;  // the bytes of out_ written so far; the rest is room
    unsigned depth_ = 0;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] One part on its own
//-----------------------------------------------------------------------------

Doc part_to_json(const Partner& p) { return DocBuilder::value(p); }
Doc part_to_json(const Vision& v) { return DocBuilder::value(v); }
Doc part_to_json(const Value& v) { return DocBuilder::value(v); }
Doc part_to_json(const GlossaryTerm& t) { return DocBuilder::value(t); }
Doc part_to_json(const Goal& g) { return DocBuilder::value(g); }
Doc part_to_json(const Activity& a) { return DocBuilder::value(a); }
Doc part_to_json(const DecisionRule& r) { return DocBuilder::value(r); }
Doc part_to_json(const Contact& c) { return DocBuilder::value(c); }
Doc part_to_json(const EscalationStep& s) { return DocBuilder::value(s); }
Doc part_to_json(const Dimension& d) { return DocBuilder::value(d); }
Doc part_to_json(const AssessmentRound& r) { return DocBuilder::value(r); }
Doc part_to_json(const Risk& r) { return DocBuilder::value(r); }
Doc part_to_json(const Communication& c) { return DocBuilder::value(c); }
Doc part_to_json(const CheckIn& c) { return DocBuilder::value(c); }
Doc part_to_json(const ValueItem& v) { return DocBuilder::value(v); }
Doc part_to_json(const Review& r) { return DocBuilder::value(r); }
Doc part_to_json(const Approval& a) { return DocBuilder::value(a); }
Doc part_to_json(const Conflict& c) { return DocBuilder::value(c); }

//-----------------------------------------------------------------------------
// [SECTION] Plan
//-----------------------------------------------------------------------------

nlohmann::ordered_json plan_to_json(const Plan& plan) { return DocBuilder::value(plan); }

std::string export_plan(const Plan& plan) {
    std::string out;
    TextWriter(out).value(plan);
    out += '\n';
    return out;
}

}  // namespace accord::io
