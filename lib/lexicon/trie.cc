#include "trie.h"

namespace claimlens {

PhraseTrie::PhraseTrie() : word_slots_(256, 0), edge_slots_(1024) {
  entries_.emplace_back();
  has_children_.push_back(true);
}

uint64_t PhraseTrie::HashWord(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a: norms are short
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

uint32_t PhraseTrie::WordId(std::string_view norm) const {
  const size_t mask = word_slots_.size() - 1;
  for (size_t i = HashWord(norm) & mask;; i = (i + 1) & mask) {
    const uint32_t id = word_slots_[i];
    if (id == 0) return 0;
    if (words_[id - 1] == norm) return id;
  }
}

void PhraseTrie::GrowWords() {
  std::vector<uint32_t> slots(word_slots_.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (uint32_t id = 1; id <= words_.size(); ++id) {
    size_t i = HashWord(words_[id - 1]) & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = id;
  }
  word_slots_.swap(slots);
}

uint32_t PhraseTrie::Label(std::string_view norm, Case needs) {
  uint32_t id = WordId(norm);
  if (id == 0) {
    if ((words_.size() + 1) * 2 > word_slots_.size()) GrowWords();
    words_.emplace_back(norm);
    id = static_cast<uint32_t>(words_.size());  // 0 is "unknown word"
    const size_t mask = word_slots_.size() - 1;
    size_t i = HashWord(norm) & mask;
    while (word_slots_[i] != 0) i = (i + 1) & mask;
    word_slots_[i] = id;
  }
  return LabelOf(id, needs);
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t label) const {
  if (node == kRoot) return label < root_.size() ? root_[label] : kNone;
  const uint64_t key = static_cast<uint64_t>(node) << 32 | label;
  const size_t mask = edge_slots_.size() - 1;
  for (size_t i = HashEdge(key) & mask;; i = (i + 1) & mask) {
    const Edge& e = edge_slots_[i];
    if (e.key == key) return e.child;
    if (e.key == UINT64_MAX) return kNone;
  }
}

void PhraseTrie::GrowEdges() {
  std::vector<Edge> slots(edge_slots_.size() * 2);
  const size_t mask = slots.size() - 1;
  for (const Edge& e : edge_slots_) {
    if (e.key == UINT64_MAX) continue;
    size_t i = HashEdge(e.key) & mask;
    while (slots[i].key != UINT64_MAX) i = (i + 1) & mask;
    slots[i] = e;
  }
  edge_slots_.swap(slots);
}

uint32_t PhraseTrie::Insert(const std::vector<uint32_t>& labels) {
  uint32_t node = kRoot;
  for (uint32_t label : labels) {
    if (label == kWildcard) wildcard_edges_ = true;
    const uint32_t existing = Child(node, label);
    if (existing != kNone) {
      node = existing;
      continue;
    }
    const auto child = static_cast<uint32_t>(entries_.size());
    entries_.emplace_back();
    has_children_.push_back(false);
    has_children_[node] = true;
    if (node == kRoot) {
      if (label >= root_.size()) root_.resize(label + 1, kNone);
      root_[label] = child;
    } else {
      if ((edge_count_ + 1) * 2 > edge_slots_.size()) GrowEdges();
      const uint64_t key = static_cast<uint64_t>(node) << 32 | label;
      const size_t mask = edge_slots_.size() - 1;
      size_t i = HashEdge(key) & mask;
      while (edge_slots_[i].key != UINT64_MAX) i = (i + 1) & mask;
      edge_slots_[i] = Edge{key, child};
      ++edge_count_;
    }
    node = child;
  }
  return node;
}

}  // namespace claimlens
