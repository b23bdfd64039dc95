#pragma once
// Internal to core/merge: one entity (or the vision, communication, the plan's own fields) as the
// plan file writes it, and back. The merge writes single entities with the plan file's own writer
// (io::part_to_json) and reads them back with its reader (a plan holding just that entity), so
// there is one definition of the format and fields this version does not know travel in `extra`
// as everywhere else.
#include <optional>
#include <string>
#include <vector>

#include "core/merge/schema.hpp"
#include "core/model/plan.hpp"
#include "core/model/validate.hpp"

namespace accord::merge::detail {

// The plan's own fields that Plan::stamp covers, as one object: id, title, created, stamp and the
// plan's unknown fields.
struct Header {
    const Plan* plan;
};

template <class T>
Doc to_doc(const T& entity);
Doc to_doc(const Vision& vision);
Doc to_doc(const Communication& communication);
Doc to_doc(const Header& header);

// Reads `doc` back; a value of the wrong type (an edited value from a conflict decision) adds
// problems, with paths starting at `where` ("goals/<id>").
template <class T>
std::optional<T> from_doc(const Doc& doc, const std::string& where, std::vector<Problem>& problems);
std::optional<Vision> vision_from_doc(const Doc& doc, std::vector<Problem>& problems);
std::optional<Communication> communication_from_doc(const Doc& doc, std::vector<Problem>& problems);
// Sets the header fields of `plan` from `doc`; false (with problems) when a field has the wrong type.
bool header_from_doc(const Doc& doc, Plan& plan, std::vector<Problem>& problems);

}  // namespace accord::merge::detail
