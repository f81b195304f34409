// Sentences and tokens with exact byte offsets (ICU break iterators on UTF-8
// UText over the original bytes; nothing is converted to UTF-16 wholesale).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claimlens/document.h"

namespace claimlens {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };
std::string_view TokenKindName(TokenKind kind);

struct Token {
  enum Flags : uint8_t {
    kHasUpper = 1,  // contains an upper-case letter ("NATO", "Beijing")
    kCompound = 2,  // hyphenated compound; its pieces are in TokenList::parts
    kClitic = 4,    // split-off clitic: 's n't 'll 're 've 'd 'm
    kAllUpper = 8,  // has an upper-case letter and no lower-case one ("NATO", "G7", "U.S.")
  };
  Span span;
  uint32_t norm_start = 0;  // into TokenList::norms
  uint32_t norm_len = 0;
  uint32_t first_part = 0;  // into TokenList::parts when kCompound
  uint16_t nparts = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;

  bool has(Flags f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t index = 0;  // 0-based within the document
  Span span;           // trimmed of surrounding white space
  uint32_t line = 1;   // 1-based position of span.start
  uint32_t col = 1;    // in code points
  uint32_t page = 0;   // 1-based page of span.start in a PDF, else 0
};

// The tokens of one sentence. Reused from sentence to sentence, so memory stays
// flat however long the document is.
struct TokenList {
  std::vector<Token> tokens;
  std::vector<Token> parts;  // pieces of compounds ("Indo", "Pacific")
  std::string norms;

  std::string_view norm(const Token& t) const {
    return std::string_view(norms).substr(t.norm_start, t.norm_len);
  }
  void clear() {
    tokens.clear();
    parts.clear();
    norms.clear();
  }
};

// The data the sentence splitter needs beyond ICU's rules (from the lexicons).
struct SegmentationRules {
  std::unordered_set<std::string>
      abbreviations;                         // "Gen.", "U.S.": no break unless a starter follows
  std::unordered_set<std::string> always;    // "e.g.", "i.e.": never a break after
  std::unordered_set<std::string> starters;  // "The", "It": words that begin sentences
};

class SentenceVisitor {
 public:
  virtual ~SentenceVisitor() = default;
  // Called for each sentence, in document order. `tokens` is empty unless the
  // segmenter was asked for tokens.
  virtual void OnSentence(const Sentence& sentence, const TokenList& tokens) = 0;
};

class Segmenter {
 public:
  // Fails only if ICU's break rules cannot be loaded.
  static std::unique_ptr<Segmenter> Create(SegmentationRules rules, std::string* error);
  ~Segmenter();

  // Splits `doc` into sentences (and, if `with_tokens`, tokens) and hands them
  // to `visitor` one at a time. Spans are offsets into doc.bytes(), or, with
  // `text_offsets`, into doc.text() (for a caller that maps them itself later).
  void Run(const Document& doc, bool with_tokens, SentenceVisitor& visitor,
           bool text_offsets = false);

  // A document cut into sentence-aligned chunks of about `target_bytes` of
  // doc.text(), which RunChunk segments independently (on other threads): the
  // chunks' sentences and tokens, in order, are exactly those Run finds.
  struct Plan {
    std::vector<uint32_t> soft_line_ends;  // line ends inside a paragraph
    std::vector<Span> chunks;              // offsets into doc.text()
  };
  static Plan PlanChunks(const Document& doc, uint32_t target_bytes);
  // Run with tokens and text offsets over one chunk. The sentences' index,
  // line and column are left 0: only the caller knows the chunks before.
  void RunChunk(const Document& doc, const Plan& plan, size_t chunk, SentenceVisitor& visitor);

  // Tokenizes a short text (a lexicon phrase) exactly as document text is tokenized.
  void Tokenize(std::string_view text, TokenList* out);

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimlens
