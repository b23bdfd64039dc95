#pragma once
// Internal to core/merge: the order of a merged list (entities, keyed items, set elements).
//
// The rule, deterministic and loss-free for one-sided moves:
//  - the skeleton is ours' order, unless ours kept the base order of the entries all three share
//    and theirs did not (theirs moved something): then it is theirs' order;
//  - the entries of the other side that the skeleton lacks (its additions) are placed right after
//    their nearest preceding neighbour on that side, or first when they have none.
// Both sides reordering the same list keeps ours' order (an order is not a field; nothing is lost).
#include <functional>
#include <string_view>
#include <vector>

namespace accord::merge::detail {

using Keys = std::vector<std::string_view>;

// `present(key)` says whether an entry is in the merged list; every present key is in ours or
// theirs. `base` is null when no base is known.
Keys merge_order(const Keys* base, const Keys& ours, const Keys& theirs,
                 const std::function<bool(std::string_view)>& present);

}  // namespace accord::merge::detail
