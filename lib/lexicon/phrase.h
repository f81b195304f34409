// The phrase syntax of lexicon entries: [optional] (alternative|words), word~
// for regular inflections, * for any one word. Expansion happens once, at load.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimlens {

struct PhraseWord {
  std::string text;  // a literal word as written (tokenized later), or "" for the wildcard
  bool wildcard = false;
};
using PhraseVariant = std::vector<PhraseWord>;

inline constexpr size_t kMaxPhraseVariants = 256;

// Expands `phrase` into its variants. Returns false and sets `error` on bad syntax
// or when the phrase stands for more than kMaxPhraseVariants word sequences.
bool ExpandPhrase(std::string_view phrase, std::vector<PhraseVariant>* out, std::string* error);

// "suggest" -> suggest, suggests, suggested, suggesting (final e, y and sibilants handled).
std::vector<std::string> Inflections(std::string_view word);

}  // namespace claimlens
