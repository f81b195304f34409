// A trie over token norms: every lexicon phrase variant is a path of labels.
// A label is a word id with a case requirement (any case, a capital, or
// capitals only), or the wildcard. Matching
// walks it from each token, so the cost is linear in the text for any lexicon.
// Lookups use flat open-addressing tables: the matcher does one or two a token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimlens {

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kWildcard = 1;  // label of "*": any one word

  PhraseTrie();

  // What a phrase word asks of a token's case: "likely" any, "Turkey" a
  // capital (not "turkey"), "PLAN" capitals only (not "Plan", "plan").
  enum Case : uint32_t { kAnyCase = 0, kCapital = 1, kCapitals = 2 };

  // The label of a literal word (its norm), creating the word id if needed.
  uint32_t Label(std::string_view norm, Case needs);
  // The id of a norm, or 0 if no phrase uses it.
  uint32_t WordId(std::string_view norm) const;
  static uint32_t LabelOf(uint32_t word_id, Case needs) { return word_id << 2 | needs; }

  // Adds a path and returns its last node.
  uint32_t Insert(const std::vector<uint32_t>& labels);
  uint32_t Child(uint32_t node, uint32_t label) const;
  // False for a leaf: a walk that reaches it can stop without another lookup.
  bool has_children(uint32_t node) const { return node == kRoot || has_children_[node]; }
  bool has_wildcard_edges() const { return wildcard_edges_; }

  // Entry ids ending at `node`.
  const std::vector<uint32_t>& entries(uint32_t node) const { return entries_[node]; }
  std::vector<uint32_t>& mutable_entries(uint32_t node) { return entries_[node]; }
  size_t node_count() const { return entries_.size(); }

 private:
  static uint64_t HashWord(std::string_view s);
  // The node and the label both sit in the key's low and high halves; a full
  // 64-bit mix (MurmurHash3's finalizer) spreads them over every bit, so the
  // linear probes stay short (a multiplication alone left runs of dozens).
  static uint64_t HashEdge(uint64_t key) {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    key *= 0xc4ceb9fe1a85ec53ull;
    return key ^ (key >> 33);
  }
  void GrowWords();
  void GrowEdges();

  // Words: slots hold a word id (0 = empty); words_[id - 1] is its norm.
  std::vector<std::string> words_;
  std::vector<uint32_t> word_slots_;
  // Edges: (node << 32 | label) -> child; a key of UINT64_MAX marks an empty slot.
  struct Edge {
    uint64_t key = UINT64_MAX;
    uint32_t child = kNone;
  };
  std::vector<Edge> edge_slots_;
  size_t edge_count_ = 0;
  std::vector<uint32_t> root_;  // the root's children by label: most walks end there
  std::vector<std::vector<uint32_t>> entries_;
  std::vector<bool> has_children_;
  bool wildcard_edges_ = false;
};

}  // namespace claimlens
