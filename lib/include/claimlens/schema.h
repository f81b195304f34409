// The records scripts rely on (CONTRACT.md): one struct per record type, whose
// Visit lists the fields in their documented order for every machine format.
#pragma once

#include <cstdint>
#include <string_view>

#include "claimlens/document.h"
#include "claimlens/segment.h"

namespace claimlens {

struct SentenceRecord {
  std::string_view doc;
  Sentence sentence;
  std::string_view text;

  template <typename W>
  void Visit(W& w) const {
    w.Doc("doc", doc);
    w.Int("sentence", sentence.index);
    w.Int("start", sentence.span.start);
    w.Int("end", sentence.span.end);
    w.Int("line", sentence.line);
    w.Int("col", sentence.col);
    w.Str("text", text);
  }
};

struct TokenRecord {
  std::string_view doc;
  uint32_t sentence = 0;
  Token token;
  std::string_view text;
  std::string_view norm;

  template <typename W>
  void Visit(W& w) const {
    w.Doc("doc", doc);
    w.Int("sentence", sentence);
    w.Int("start", token.span.start);
    w.Int("end", token.span.end);
    w.Str("kind", TokenKindName(token.kind));
    w.Str("text", text);
    w.Str("norm", norm);
  }
};

}  // namespace claimlens
