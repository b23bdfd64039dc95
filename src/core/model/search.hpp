#pragma once
// Find anything in a plan by the words in it: names, titles, descriptions, notes. Case is ignored
// in every script partners write (core/text/fold.hpp). Hits come in the plan's order, names before
// longer texts, so typing a goal's title puts that goal first.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/plan.hpp"

namespace accord {

enum class HitKind { Partner, Value, GlossaryTerm, Goal, Activity, Dimension, Risk, CheckIn, Review };

struct SearchHit {
    HitKind kind;
    Id id;
    std::string title;  // the entity's name or title
    std::string field;  // where the words were found ("title", "description", "notes"...)
};

// At most `limit` hits; an empty or blank query finds nothing.
std::vector<SearchHit> search(const Plan& plan, std::string_view query, size_t limit = 50);

const char* label(HitKind kind);  // "Goal", "Glossary term"...

}  // namespace accord
