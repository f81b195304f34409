// Lexicon matching: every phrase of the trie that occurs in a sentence, found by
// walking the trie from each token (linear in the text for any lexicon), plus the
// re: patterns through one RE2::Set pass.
#pragma once

#include <string_view>
#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"

namespace claimlens {

class Matcher {
 public:
  explicit Matcher(const CompiledLexicon& lexicon) : lex_(lexicon) {}

  // Replaces `out` with the matches in `tokens` (of the sentence `sentence` of
  // `bytes`), ordered by start token, longest first.
  void Run(std::string_view bytes, Span sentence, const TokenList& tokens, std::vector<Match>* out);

 private:
  // Walks the trie from each of the n tokens of seq (a sentence, or a compound's pieces).
  void Walk(const Token* seq, const uint32_t* ids, size_t n, bool part, uint32_t offset,
            std::vector<Match>* out);
  void Patterns(std::string_view bytes, Span sentence, const TokenList& tokens,
                std::vector<Match>* out);

  const CompiledLexicon& lex_;
  std::vector<uint32_t> ids_;
  std::vector<uint32_t> part_ids_;
  std::vector<uint32_t> states_;
  std::vector<uint32_t> next_;
  std::vector<int> hits_;
};

}  // namespace claimlens
