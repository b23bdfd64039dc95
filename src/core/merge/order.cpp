#include "core/merge/order.hpp"

#include <unordered_map>
#include <unordered_set>

namespace accord::merge::detail {
namespace {

// True when `side` lists the entries it shares with base and with `other` in an order that differs
// from base's.
bool reordered(const Keys& base, const Keys& side, const Keys& other) {
    std::unordered_set<std::string_view> in_side(side.begin(), side.end()), in_other(other.begin(), other.end());
    std::vector<std::string_view> base_order, side_order;
    for (std::string_view key : base)
        if (in_side.count(key) && in_other.count(key)) base_order.push_back(key);
    std::unordered_set<std::string_view> shared(base_order.begin(), base_order.end());
    for (std::string_view key : side)
        if (shared.count(key)) side_order.push_back(key);
    return base_order != side_order;
}

}  // namespace

Keys merge_order(const Keys* base, const Keys& ours, const Keys& theirs,
                 const std::function<bool(std::string_view)>& present) {
    const bool theirs_leads = base && !reordered(*base, ours, theirs) && reordered(*base, theirs, ours);
    const Keys& skeleton = theirs_leads ? theirs : ours;
    const Keys& other = theirs_leads ? ours : theirs;

    std::unordered_set<std::string_view> placed;
    for (std::string_view key : skeleton)
        if (present(key)) placed.insert(key);
    // Each addition hangs after its anchor: the nearest preceding entry of `other` that is placed
    // (an earlier addition counts), or at the front when there is none.
    std::vector<std::string_view> front;
    std::unordered_map<std::string_view, std::vector<std::string_view>> after;
    const std::string_view* anchor = nullptr;
    for (const std::string_view& key : other) {
        if (!present(key)) continue;
        if (placed.insert(key).second) (anchor ? after[*anchor] : front).push_back(key);
        anchor = &key;
    }
    Keys out;
    out.reserve(placed.size());
    // Depth first, so a run of additions keeps its order; a stack rather than recursion because a
    // run can be thousands long.
    std::vector<std::string_view> pending;
    auto emit = [&](std::string_view key) {
        pending.push_back(key);
        while (!pending.empty()) {
            const std::string_view next = pending.back();
            pending.pop_back();
            out.push_back(next);
            if (auto it = after.find(next); it != after.end())
                pending.insert(pending.end(), it->second.rbegin(), it->second.rend());
        }
    };
    for (std::string_view key : front) emit(key);
    for (std::string_view key : skeleton)
        if (present(key)) emit(key);
    return out;
}

}  // namespace accord::merge::detail
