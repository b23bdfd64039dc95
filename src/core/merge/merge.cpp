#include "core/merge/merge.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/insights/sha256.hpp"
#include "core/io/plan_file.hpp"
#include "core/merge/engine.hpp"
#include "core/merge/equality.hpp"

namespace accord::merge {
namespace {

using detail::Engine;
using detail::Inputs;

// What theirs changes in ours, section by section, in plan order.
std::vector<SectionSummary> incoming(const Plan& ours, const Plan& merged) {
    std::vector<SectionSummary> out;
    auto part = [&](const char* key, const char* noun, bool changed) {
        if (changed) out.push_back({key, noun, {}, {std::string(noun)}, {}});
    };
    part("plan", "plan", !detail::same_header(ours, merged));
    detail::for_each_type([&](auto tag) {
        using T = typename decltype(tag)::type;
        if constexpr (std::is_same_v<T, Conflict>) return;  // listed as conflicts, not as changes
        if constexpr (std::is_same_v<T, Value>) part("vision", "vision", !detail::same_content(ours.vision, merged.vision));
        if constexpr (std::is_same_v<T, CheckIn>)
            part("communication", "communication", !detail::same_content(ours.communication, merged.communication));
        const auto& before = Collection<T>::of(ours);
        const auto& after = Collection<T>::of(merged);
        struct Had {
            const T* entity;
            bool still = false;  // the merged plan has it too
        };
        std::unordered_map<std::string_view, Had> had;
        had.reserve(before.size());
        for (const T& e : before) had.emplace(e.id, Had{&e});
        SectionSummary s{Collection<T>::key, Collection<T>::noun, {}, {}, {}};
        for (const T& e : after) {
            const auto it = had.find(e.id);
            if (it == had.end()) {
                s.added.push_back(detail::display_name(e));
                continue;
            }
            it->second.still = true;
            if (!detail::same_content(*it->second.entity, e)) s.changed.push_back(detail::display_name(e));
        }
        for (const T& e : before)
            if (!had.at(e.id).still) s.removed.push_back(detail::display_name(e));
        if (!s.added.empty() || !s.changed.empty() || !s.removed.empty()) out.push_back(std::move(s));
    });
    return out;
}

detail::Decisions index_decisions(const std::vector<Decision>& decisions) {
    detail::Decisions out;
    for (const Decision& d : decisions) out[d.conflict] = d;
    return out;
}

}  // namespace

MergeResult merge_plans(std::optional<Plan> base, Plan ours, Plan theirs, const MergeContext& context) {
    auto inputs = std::make_shared<Inputs>();
    inputs->base = std::move(base);
    inputs->ours = std::move(ours);
    inputs->theirs = std::move(theirs);
    inputs->context = context;
    if (inputs->context.theirs_token.empty()) inputs->context.theirs_token = version_token(inputs->theirs);

    MergeResult result;
    result.two_way = !inputs->base;
    const detail::Decisions none;
    Engine engine(*inputs, none);
    result.plan = engine.run();
    result.plan.based_on = inputs->context.theirs_token;
    result.conflicts = std::move(engine.found);
    // Valid inputs always merge into a valid plan; this only speaks when an input was not valid.
    for (Problem& problem : validate(result.plan, 20))
        result.problems.push_back({problem.path, "the merged plan is not valid: " + problem.message});
    result.incoming = incoming(inputs->ours, result.plan);
    result.inputs = std::move(inputs);
    return result;
}

Resolution resolve(const MergeResult& result, const std::vector<Decision>& decisions) {
    Resolution out;
    if (!result.inputs) {
        out.problems.push_back({"", "there is no merge to resolve"});
        return out;
    }
    std::unordered_set<std::string_view> known;
    for (const Conflict& c : result.conflicts) known.insert(c.id);
    for (const Decision& d : decisions)
        if (!known.count(d.conflict)) out.problems.push_back({"conflicts/" + d.conflict, "this merge has no such conflict"});
    if (!out.problems.empty()) return out;

    const detail::Decisions indexed = index_decisions(decisions);
    Engine engine(*result.inputs, indexed);
    Plan plan = engine.run();
    plan.based_on = result.inputs->context.theirs_token;
    out.problems = std::move(engine.problems);
    // An edited value may break a rule of the model (an empty title, a second role...).
    for (Problem& problem : validate(plan, 20)) out.problems.push_back(std::move(problem));
    if (out.problems.empty()) out.plan = std::move(plan);
    return out;
}

std::string version_token(const Plan& plan) { return sha256_hex(io::export_plan(plan)); }

}  // namespace accord::merge
