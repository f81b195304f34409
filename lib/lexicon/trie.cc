#include "trie.h"

namespace claimlens {

PhraseTrie::PhraseTrie() { entries_.emplace_back(); }

uint32_t PhraseTrie::Label(std::string_view norm, bool needs_capital) {
  auto it = words_.find(norm);
  uint32_t id;
  if (it != words_.end()) {
    id = it->second;
  } else {
    id = static_cast<uint32_t>(words_.size()) + 1;  // 0 is "unknown word"
    words_.emplace(std::string(norm), id);
  }
  return LabelOf(id, needs_capital);
}

uint32_t PhraseTrie::WordId(std::string_view norm) const {
  auto it = words_.find(norm);
  return it == words_.end() ? 0 : it->second;
}

uint32_t PhraseTrie::Insert(const std::vector<uint32_t>& labels) {
  uint32_t node = kRoot;
  for (uint32_t label : labels) {
    if (label == kWildcard) wildcard_edges_ = true;
    const uint64_t key = static_cast<uint64_t>(node) << 32 | label;
    auto it = edges_.find(key);
    if (it != edges_.end()) {
      node = it->second;
      continue;
    }
    const auto child = static_cast<uint32_t>(entries_.size());
    entries_.emplace_back();
    edges_.emplace(key, child);
    node = child;
  }
  return node;
}

}  // namespace claimlens
