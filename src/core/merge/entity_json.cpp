#include "core/merge/entity_json.hpp"

#include "core/io/plan_file.hpp"
#include "core/io/plan_reader.hpp"
#include "core/io/plan_writer.hpp"
#include "core/model/collections.hpp"

namespace accord::merge::detail {
namespace {

// The envelope a lone part needs to be read as a plan.
nlohmann::json envelope() {
    return nlohmann::json{{"format", io::kFormatName}, {"version", io::kFormatVersion}, {"id", "merge"}};
}

std::optional<Plan> read(const nlohmann::json& document, const std::string& where, std::vector<Problem>& problems) {
    io::ProblemList found(20);
    Plan plan = io::read_plan_v1(document, found);
    if (found.empty()) return plan;
    for (Problem& problem : found.take())
        problems.push_back({where + (problem.path.empty() ? "" : "." + problem.path), std::move(problem.message)});
    return std::nullopt;
}

// The top-level fields that belong to the plan file's envelope and bookkeeping, or are sections.
bool outside_header(std::string_view key) {
    return is_bookkeeping_field(key) || find_section(key) != nullptr;
}

}  // namespace

template <class T>
Doc to_doc(const T& entity) {
    return io::part_to_json(entity);
}

Doc to_doc(const Vision& vision) { return io::part_to_json(vision); }

Doc to_doc(const Communication& communication) { return io::part_to_json(communication); }

Doc to_doc(const Header& header) {
    Plan plan;
    plan.id = header.plan->id;
    plan.title = header.plan->title;
    plan.created = header.plan->created;
    plan.extra = header.plan->extra;
    Doc document = io::plan_to_json(plan);
    Doc out = Doc::object();
    for (auto& [key, value] : document.items())
        if (!outside_header(key)) out[key] = std::move(value);
    out["stamp"] = Doc{{"rev", header.plan->stamp.rev}, {"by", header.plan->stamp.by}};
    return out;
}

template <class T>
std::optional<T> from_doc(const Doc& doc, const std::string& where, std::vector<Problem>& problems) {
    nlohmann::json document = envelope();
    document[Collection<T>::key] = nlohmann::json::array({nlohmann::json(doc)});
    auto plan = read(document, where, problems);
    if (!plan || Collection<T>::of(*plan).size() != 1) return std::nullopt;
    return std::move(Collection<T>::of(*plan).front());
}

std::optional<Vision> vision_from_doc(const Doc& doc, std::vector<Problem>& problems) {
    nlohmann::json document = envelope();
    document["vision"] = nlohmann::json(doc);
    auto plan = read(document, "", problems);
    if (!plan) return std::nullopt;
    return std::move(plan->vision);
}

std::optional<Communication> communication_from_doc(const Doc& doc, std::vector<Problem>& problems) {
    nlohmann::json document = envelope();
    document["communication"] = nlohmann::json(doc);
    auto plan = read(document, "", problems);
    if (!plan) return std::nullopt;
    return std::move(plan->communication);
}

bool header_from_doc(const Doc& doc, Plan& plan, std::vector<Problem>& problems) {
    nlohmann::json document = envelope();
    for (const auto& [key, value] : doc.items())
        if (!outside_header(key) || key == "stamp") document[key] = nlohmann::json(value);
    auto read_back = read(document, "", problems);
    if (!read_back) return false;
    plan.id = std::move(read_back->id);
    plan.title = std::move(read_back->title);
    plan.created = read_back->created;
    plan.extra = std::move(read_back->extra);
    plan.stamp = read_back->stamp;
    return true;
}

#define ACCORD_ENTITY_JSON(T)                      \
    template Doc to_doc<T>(const T&);              \
    template std::optional<T> from_doc<T>(const Doc&, const std::string&, std::vector<Problem>&);

ACCORD_ENTITY_JSON(Partner)
ACCORD_ENTITY_JSON(Value)
ACCORD_ENTITY_JSON(GlossaryTerm)
ACCORD_ENTITY_JSON(Goal)
ACCORD_ENTITY_JSON(Activity)
ACCORD_ENTITY_JSON(DecisionRule)
ACCORD_ENTITY_JSON(Contact)
ACCORD_ENTITY_JSON(EscalationStep)
ACCORD_ENTITY_JSON(Dimension)
ACCORD_ENTITY_JSON(AssessmentRound)
ACCORD_ENTITY_JSON(Risk)
ACCORD_ENTITY_JSON(CheckIn)
ACCORD_ENTITY_JSON(ValueItem)
ACCORD_ENTITY_JSON(Review)
ACCORD_ENTITY_JSON(Approval)
ACCORD_ENTITY_JSON(Conflict)

#undef ACCORD_ENTITY_JSON

}  // namespace accord::merge::detail
