// A stable sort for the short lists of one sentence (its matches, markers,
// candidates): std::stable_sort allocates a buffer on every call, however few
// the elements; an insertion sort needs none and is as fast at these sizes.
#pragma once

#include <algorithm>
#include <iterator>
#include <utility>

namespace claimlens {

template <typename It, typename Less>
void StableSortSmall(It begin, It end, Less less) {
  // Past this, insertion's quadratic worst case could show (one sentence may
  // hold thousands of matches).
  constexpr std::ptrdiff_t kInsertionMax = 32;
  if (end - begin > kInsertionMax) {
    std::stable_sort(begin, end, less);
    return;
  }
  for (It i = begin; i != end; ++i) {
    auto v = std::move(*i);
    It j = i;
    // Strictly less: an equal element stays after the ones before it.
    for (; j != begin && less(v, *std::prev(j)); --j) *j = std::move(*std::prev(j));
    *j = std::move(v);
  }
}

}  // namespace claimlens
