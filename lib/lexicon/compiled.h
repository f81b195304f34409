// The compiled form of a lexicon set, shared by the loader and the matcher.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimlens/lexicon.h"
#include "trie.h"

namespace claimlens {

// re: entries: one RE2::Set finds which patterns occur in a sentence (one pass),
// then only those are run again for their positions.
struct PatternSet {
  std::unique_ptr<RE2::Set> set;
  std::vector<std::unique_ptr<RE2>> regexes;  // by set index
  std::vector<uint32_t> entries;              // entry id by set index
};

struct CompiledLexicon {
  std::vector<Entry> entries;
  std::vector<bool> disabled;  // overridden by a later file
  PhraseTrie trie;
  PatternSet patterns;
  std::array<std::array<std::optional<Band>, kLevelCount>, kScaleCount> bands;
  std::array<std::array<std::string, kLevelCount>, kScaleCount> labels;
  std::unordered_map<std::string, Band> perceived;
  std::vector<Actor> actors;
  std::unordered_map<std::string, size_t> actor_index;
};

}  // namespace claimlens
