#include "core/merge/schema.hpp"

namespace accord::merge::detail {
namespace {

Field value(const char* name, Target target = Target::None, bool required = false) {
    Field f;
    f.name = name;
    f.target = target;
    f.required = required;
    return f;
}

Field set_of(const char* name, Target target = Target::None) {
    Field f;
    f.name = name;
    f.kind = Kind::Set;
    f.target = target;
    return f;
}

Field keyed(const char* name, std::vector<const char*> key, const Rule* item) {
    Field f;
    f.name = name;
    f.kind = Kind::Keyed;
    f.key = std::move(key);
    f.item = item;
    return f;
}

Field nested(const char* name, Kind kind, const Rule* item) {
    Field f;
    f.name = name;
    f.kind = kind;
    f.item = item;
    return f;
}

}  // namespace

const Field* Rule::find(std::string_view name) const {
    for (const Field& field : fields)
        if (name == field.name) return &field;
    return nullptr;
}

const std::vector<Section>& sections() {
    // Function-local, so that the rules exist before anything asks for them.
    static const Rule nothing_special{};
    static const Rule partner{{set_of("values")}};
    static const Rule shared_value{{set_of("endorsed_by", Target::Partner)}};
    static const Rule term{{set_of("agreed_by", Target::Partner)}};
    static const Rule metric{{keyed("history", {"date"}, &nothing_special)}};
    static const Rule goal{{value("parent", Target::Goal, true), set_of("owners", Target::Partner),
                            nested("metric", Kind::Record, &metric)}};
    static const Rule assignment{{value("partner", Target::Partner, true)}};
    static const Rule activity{{value("goal", Target::Goal), keyed("roles", {"partner"}, &assignment)}};
    static const Rule decision_rule{{value("lead", Target::Partner)}};
    static const Rule belongs_to_partner{{value("partner", Target::Partner, true)}};
    static const Rule rating{{value("dimension", Target::Dimension, true), value("partner", Target::Partner, true)}};
    static const Rule round{{keyed("ratings", {"dimension", "partner"}, &rating)}};
    static const Rule risk{{value("owner", Target::Partner)}};
    static const Rule communication{{set_of("channels")}};
    static const Rule action{{value("owner", Target::Partner)}};
    static const Rule checkin{{set_of("attendees", Target::Partner), set_of("decisions"),
                               nested("actions", Kind::Records, &action)}};
    static const Rule review{{nested("scores", Kind::Record, &nothing_special)}};
    // An open conflict's values are whole snapshots: merging them field by field would invent
    // values neither side ever had.
    static const Rule conflict{{value("base"), value("ours"), value("theirs")}};

    static const std::vector<Section> all = {
        {"partners", "partner", "name", true, Target::Partner, &partner},
        {"vision", "vision", nullptr, false, Target::None, &nothing_special},
        {"values", "value", "name", true, Target::None, &shared_value},
        {"glossary", "glossary term", "term", true, Target::None, &term},
        {"goals", "goal", "title", true, Target::Goal, &goal},
        {"activities", "activity", "name", true, Target::None, &activity},
        {"decision_rules", "decision rule", "area", true, Target::None, &decision_rule},
        {"contacts", "contact", "name", true, Target::None, &belongs_to_partner},
        {"escalation", "escalation step", "who", true, Target::None, &nothing_special},
        {"dimensions", "dimension", "name", true, Target::Dimension, &nothing_special},
        {"rounds", "assessment round", "title", true, Target::None, &round},
        {"risks", "risk", "title", true, Target::None, &risk},
        {"communication", "communication", nullptr, false, Target::None, &communication},
        {"checkins", "check-in", "date", true, Target::None, &checkin},
        {"exchange", "value item", "description", true, Target::None, &belongs_to_partner},
        {"reviews", "review", "title", true, Target::None, &review},
        {"approvals", "approval", "at", true, Target::None, &belongs_to_partner},
        {"conflicts", "open conflict", "entity_name", true, Target::None, &conflict},
    };
    return all;
}

const Section& plan_section() {
    static const Rule nothing_special{};
    static const Section plan{"plan", "plan", "title", false, Target::None, &nothing_special};
    return plan;
}

const Section* find_section(std::string_view key) {
    for (const Section& section : sections())
        if (key == section.key) return &section;
    return nullptr;
}

bool is_bookkeeping_field(std::string_view key) {
    return key == "format" || key == "version" || key == "revision" || key == "modified" || key == "based_on" ||
           key == "stamp";
}

}  // namespace accord::merge::detail
