#pragma once
// Internal to core: one part of the canonical document on its own, exactly as plan_to_json()
// writes it inside a plan. The merge reads and writes entities one at a time (core/merge).
#include <nlohmann/json.hpp>

#include "core/model/plan.hpp"

namespace accord::io {

nlohmann::ordered_json part_to_json(const Partner&);
nlohmann::ordered_json part_to_json(const Vision&);
nlohmann::ordered_json part_to_json(const Value&);
nlohmann::ordered_json part_to_json(const GlossaryTerm&);
nlohmann::ordered_json part_to_json(const Goal&);
nlohmann::ordered_json part_to_json(const Activity&);
nlohmann::ordered_json part_to_json(const DecisionRule&);
nlohmann::ordered_json part_to_json(const Contact&);
nlohmann::ordered_json part_to_json(const EscalationStep&);
nlohmann::ordered_json part_to_json(const Dimension&);
nlohmann::ordered_json part_to_json(const AssessmentRound&);
nlohmann::ordered_json part_to_json(const Risk&);
nlohmann::ordered_json part_to_json(const Communication&);
nlohmann::ordered_json part_to_json(const CheckIn&);
nlohmann::ordered_json part_to_json(const ValueItem&);
nlohmann::ordered_json part_to_json(const Review&);
nlohmann::ordered_json part_to_json(const Approval&);
nlohmann::ordered_json part_to_json(const Conflict&);

}  // namespace accord::io
