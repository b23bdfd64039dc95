#include "core/merge/order.hpp"

#include <unordered_map>

namespace accord::merge::detail {
namespace {

// Which of the three lists hold a key, and whether the merged order has it yet. One index for the
// whole merge of a list: entity lists run to thousands of entries, and a set per question asked
// of them cost more than the rest of the merge of those entities.
using Lists = unsigned char;  // a bit per list
constexpr Lists kInBase = 1, kInOurs = 2, kInTheirs = 4;
struct Entry {
    Lists lists = 0;
    bool placed = false;
};
using Index = std::unordered_map<std::string_view, Entry>;

// True when `side` lists the entries it shares with base and with `other` in an order that differs
// from base's.
bool reordered(const Keys& base, const Keys& side, Lists side_list, Lists other_list, const Index& index) {
    const auto in_all = [&](std::string_view key, int wanted) { return (index.at(key).lists & wanted) == wanted; };
    std::vector<std::string_view> base_order, side_order;
    for (std::string_view key : base)
        if (in_all(key, side_list | other_list)) base_order.push_back(key);
    for (std::string_view key : side)
        if (in_all(key, kInBase | other_list)) side_order.push_back(key);
    return base_order != side_order;
}

}  // namespace

Keys merge_order(const Keys* base, const Keys& ours, const Keys& theirs,
                 const std::function<bool(std::string_view)>& present) {
    // Both sides list the same entries in the same order (most lists of a merge: untouched, or
    // changed only inside their entries): then nothing leads and nothing is added, and the rule
    // below gives that list less what is gone, without the index.
    if (ours == theirs) {
        Keys out;
        out.reserve(ours.size());
        for (std::string_view key : ours)
            if (present(key)) out.push_back(key);
        return out;
    }

    Index index;
    index.reserve(ours.size() + theirs.size());
    auto mark = [&](const Keys& keys, Lists list) {
        for (std::string_view key : keys) index[key].lists |= list;
    };
    if (base) mark(*base, kInBase);
    mark(ours, kInOurs);
    mark(theirs, kInTheirs);

    const bool theirs_leads = base && !reordered(*base, ours, kInOurs, kInTheirs, index) &&
                              reordered(*base, theirs, kInTheirs, kInOurs, index);
    const Keys& skeleton = theirs_leads ? theirs : ours;
    const Keys& other = theirs_leads ? ours : theirs;

    std::size_t placed = 0;
    auto place = [&](std::string_view key) {  // false when it was placed already
        bool& flag = index.at(key).placed;
        if (flag) return false;
        flag = true;
        ++placed;
        return true;
    };
    for (std::string_view key : skeleton)
        if (present(key)) place(key);
    // Each addition hangs after its anchor: the nearest preceding entry of `other` that is placed
    // (an earlier addition counts), or at the front when there is none.
    std::vector<std::string_view> front;
    std::unordered_map<std::string_view, std::vector<std::string_view>> after;
    const std::string_view* anchor = nullptr;
    for (const std::string_view& key : other) {
        if (!present(key)) continue;
        if (place(key)) (anchor ? after[*anchor] : front).push_back(key);
        anchor = &key;
    }
    Keys out;
    out.reserve(placed);
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
