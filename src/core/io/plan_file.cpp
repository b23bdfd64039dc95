// The one restore path: bytes → bounded parse → document limits → envelope → migrations → typed
// reading → goal tree shape → validate(). Each stage runs only when the one before found nothing,
// so every problem reported is about the file as the next stage would see it.
#include "core/io/plan_file.hpp"

#include <algorithm>
#include <limits>
#include <new>
#include <unordered_map>

#include "core/io/bounded_json.hpp"
#include "core/io/migrations.hpp"
#include "core/io/plan_reader.hpp"

namespace accord::io {
namespace {

using nlohmann::json;

// validate() finds cycles by walking up from every goal, which costs goals × depth: fine for any
// real plan, quadratic for a crafted one (a 100,000-goal chain, or many goals under a loop). This
// pass measures the tree in linear time first and stops there when it is too deep or loops,
// reporting loops in validate()'s own words.
void check_goal_tree(const Plan& plan, const Limits& limits, ProblemList& problems) {
    constexpr std::size_t kUnknown = std::numeric_limits<std::size_t>::max();
    constexpr std::size_t kOnPath = kUnknown - 1;
    constexpr std::size_t kInCycle = kUnknown - 2;
    const auto& goals = plan.goals;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < goals.size(); ++i) index.emplace(goals[i].id, i);

    std::vector<std::size_t> depth(goals.size(), kUnknown), path;
    bool reported_depth = false;
    for (std::size_t start = 0; start < goals.size() && !problems.full(); ++start) {
        if (depth[start] != kUnknown) continue;
        // Walk up until a root, a missing parent (validate reports it), a goal already measured,
        // or a goal on this walk (a loop).
        path.clear();
        std::size_t at = start, above = 0;
        for (;;) {
            depth[at] = kOnPath;
            path.push_back(at);
            const auto parent = goals[at].parent.empty() ? index.end() : index.find(goals[at].parent);
            if (parent == index.end()) break;
            const std::size_t next = parent->second;
            if (depth[next] == kOnPath) {
                const auto first = std::find(path.begin(), path.end(), next);
                std::vector<std::size_t> cycle(first, path.end());
                std::sort(cycle.begin(), cycle.end());
                for (std::size_t member : cycle) {
                    depth[member] = kInCycle;
                    problems.add("goals[" + std::to_string(member) + "].parent",
                                 cycle.size() == 1 ? "a goal cannot be its own parent" : "makes a cycle in the goal tree");
                }
                path.erase(first, path.end());
                above = kInCycle;
                break;
            }
            if (depth[next] != kUnknown) {
                above = depth[next];
                break;
            }
            at = next;
        }
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            above = above == kInCycle ? kInCycle : above + 1;
            depth[*it] = above;
            if (above != kInCycle && above > limits.max_goal_depth && !reported_depth) {
                problems.add("goals[" + std::to_string(*it) + "].parent",
                             "the goal tree is more than " + std::to_string(limits.max_goal_depth) +
                                 " levels deep; a plan never needs that many");
                reported_depth = true;
            }
        }
    }
}

ImportResult fail(ImportResult result, ProblemList& problems) {
    result.plan.reset();
    result.problems = problems.take();
    return result;
}

// Everything after the document limits hold.
ImportResult restore_checked(const json& document, const Limits& limits, ProblemList& problems) {
    ImportResult result;
    const auto version = declared_version(document, problems);
    if (!version) return fail(std::move(result), problems);
    result.file_version = *version;

    std::optional<json> upgraded;
    if (*version < kFormatVersion) {
        upgraded = migrate(document, *version, problems);
        if (!upgraded) return fail(std::move(result), problems);
        result.migrated = true;
    }
    Plan plan = read_plan_v1(upgraded ? *upgraded : document, problems);
    if (!problems.empty()) return fail(std::move(result), problems);

    check_goal_tree(plan, limits, problems);
    if (!problems.empty()) return fail(std::move(result), problems);
    for (Problem& problem : validate(plan, limits.max_problems)) problems.add(std::move(problem.path), std::move(problem.message));
    if (!problems.empty()) return fail(std::move(result), problems);

    result.plan = std::move(plan);
    return result;
}

// A failure of this code rather than of the file must still leave the user's plan untouched and
// the app running; the fuzz target treats this message as a crash.
ImportResult internal_error(const char* what) {
    ImportResult result;
    result.problems.push_back({"", std::string("the file could not be read (internal error: ") + what + ")"});
    return result;
}

}  // namespace

ImportResult import_plan(std::string_view bytes, const Limits& limits) {
    try {
        ProblemList problems(limits.max_problems);
        const auto document = parse_bounded(bytes, limits, problems);
        if (!document) return fail(ImportResult{}, problems);
        check_document(*document, limits, problems);
        if (!problems.empty()) return fail(ImportResult{}, problems);
        return restore_checked(*document, limits, problems);
    } catch (const std::bad_alloc&) {
        return internal_error("not enough memory");
    } catch (const std::exception& e) {
        return internal_error(e.what());
    }
}

ImportResult plan_from_json(const json& document, const Limits& limits) {
    try {
        ProblemList problems(limits.max_problems);
        check_document(document, limits, problems);
        if (!problems.empty()) return fail(ImportResult{}, problems);
        return restore_checked(document, limits, problems);
    } catch (const std::bad_alloc&) {
        return internal_error("not enough memory");
    } catch (const std::exception& e) {
        return internal_error(e.what());
    }
}

ImportResult plan_from_json(const nlohmann::ordered_json& document, const Limits& limits) {
    try {
        // Check first: the conversion below recurses, which is safe only once the depth is known.
        ProblemList problems(limits.max_problems);
        check_document(document, limits, problems);
        if (!problems.empty()) return fail(ImportResult{}, problems);
        return restore_checked(json(document), limits, problems);
    } catch (const std::bad_alloc&) {
        return internal_error("not enough memory");
    } catch (const std::exception& e) {
        return internal_error(e.what());
    }
}

}  // namespace accord::io
