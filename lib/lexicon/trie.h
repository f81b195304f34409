// A trie over token norms: every lexicon phrase variant is a path of labels.
// A label is a word id with a "needs a capital" bit, or the wildcard. Matching
// walks it from each token, so the cost is linear in the text for any lexicon.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimlens {

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kWildcard = 1;  // label of "*": any one word

  PhraseTrie();

  // The label of a literal word (its norm), creating the word id if needed.
  uint32_t Label(std::string_view norm, bool needs_capital);
  // The id of a norm, or 0 if no phrase uses it.
  uint32_t WordId(std::string_view norm) const;
  static uint32_t LabelOf(uint32_t word_id, bool needs_capital) {
    return word_id << 1 | needs_capital;
  }

  // Adds a path and returns its last node.
  uint32_t Insert(const std::vector<uint32_t>& labels);
  uint32_t Child(uint32_t node, uint32_t label) const {
    auto it = edges_.find(static_cast<uint64_t>(node) << 32 | label);
    return it == edges_.end() ? kNone : it->second;
  }
  bool has_wildcard_edges() const { return wildcard_edges_; }

  // Entry ids ending at `node`.
  const std::vector<uint32_t>& entries(uint32_t node) const { return entries_[node]; }
  std::vector<uint32_t>& mutable_entries(uint32_t node) { return entries_[node]; }
  size_t node_count() const { return entries_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  struct Eq {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
  };

  std::unordered_map<std::string, uint32_t, Hash, Eq> words_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<uint32_t>> entries_;
  bool wildcard_edges_ = false;
};

}  // namespace claimlens
