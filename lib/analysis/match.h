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
  // The word id each clitic token reads as (contractions.tsv) in reads_, 0 for other
  // tokens; false if no token reads as a word.
  bool ReadClitics(const TokenList& tokens);
  // Walks the trie from each of the n tokens of seq (a sentence, or a compound's pieces);
  // with kReads, `reads` holds the word each token also reads as.
  template <bool kReads>
  void Walk(const Token* seq, const uint32_t* ids, const uint32_t* reads, size_t n, bool part,
            uint32_t offset, std::vector<Match>* out);
  // Adds, as a match of the compound `token` (t), each cue phrase found from
  // out[from] on that spans all of its pieces.
  void WholeCompound(uint32_t token, const Token& t, size_t from, std::vector<Match>* out);
  void Patterns(std::string_view bytes, Span sentence, const TokenList& tokens,
                std::vector<Match>* out);

  const CompiledLexicon& lex_;
  std::vector<uint32_t> ids_;
  std::vector<uint32_t> reads_;
  std::vector<uint32_t> part_ids_;
  std::vector<uint32_t> states_;
  std::vector<uint32_t> next_;
  std::vector<int> hits_;
};

}  // namespace claimlens
