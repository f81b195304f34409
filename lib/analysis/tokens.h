// Tokens: ICU word boundaries over the whole document, handed out sentence by
// sentence, then shaped for matching (compounds, clitics, abbreviations).
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "break_engine.h"
#include "claimlens/segment.h"
#include "fold.h"

namespace claimlens {

class TokenStream {
 public:
  TokenStream(std::unique_ptr<icu::BreakIterator> iter, const Folder& folder);
  ~TokenStream();

  // Starts reading words of bytes[start, end) (to the end by default). `bytes`
  // must outlive the calls to Take.
  void Reset(std::string_view bytes, uint32_t start, uint32_t end = UINT32_MAX);
  // Replaces `out` with the tokens inside `span`. Spans must come in order.
  void Take(Span span, TokenList* out);

 private:
  struct Piece {
    Span span;
    int32_t status;  // ICU word rule status
  };
  bool Fetch();
  void Build(TokenList* out);
  void Emit(const Piece* first, size_t count, TokenList* out);
  void AddToken(Span span, TokenKind kind, uint8_t flags, std::vector<Token>* dest, TokenList* out);
  TokenKind KindOf(const Piece& p) const;
  bool IsSpace(Span span) const;
  std::string_view Text(Span s) const { return bytes_.substr(s.start, s.size()); }

  BreakEngine iter_;
  const Folder& folder_;
  std::string_view bytes_;
  uint32_t base_ = 0;
  uint32_t pos_ = 0;
  bool have_ = false;
  Piece pending_{};
  std::vector<Piece> pieces_;
};

}  // namespace claimlens
