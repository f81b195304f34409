#include "tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "sentences.h"

namespace claimlens {
namespace {

bool IsHyphenText(std::string_view t) { return t == "-" || t == "\u2010" || t == "\u2011"; }

// Byte length of a clitic at the end of `t` ('s n't 'll 're 've 'd 'm, with ' or ’),
// or 0. The clitic must leave something before it.
size_t CliticLength(std::string_view t) {
  // Every clitic has an apostrophe (' or the last byte of ’) within its last 4 bytes.
  const size_t tail = std::min<size_t>(t.size(), 5);
  bool apostrophe = false;
  for (size_t i = t.size() - tail; i < t.size(); ++i) apostrophe |= t[i] == '\'' || t[i] == '\x99';
  if (!apostrophe) return 0;
  static constexpr std::string_view kClitics[] = {
      "n't",      "'s",      "'ll",      "'re",      "'ve",      "'d",      "'m",
      "n\u2019t", "\u2019s", "\u2019ll", "\u2019re", "\u2019ve", "\u2019d", "\u2019m"};
  for (std::string_view clitic : kClitics) {
    if (t.size() <= clitic.size()) continue;
    const std::string_view end = t.substr(t.size() - clitic.size());
    bool same = true;
    for (size_t i = 0; i < end.size() && same; ++i) {
      const char c = end[i];
      same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c) == clitic[i];
    }
    if (same) return clitic.size();
  }
  return 0;
}

// Whether a token that is not all ASCII has a capital (upper or title case)
// and a small letter.
void LetterCases(std::string_view t, bool* upper, bool* lower) {
  const char* s = t.data();
  const auto n = static_cast<int32_t>(t.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    *upper |= u_isupper(c) || u_istitle(c);
    *lower |= u_islower(c) != 0;
  }
}

bool IsWordish(TokenKind k) { return k == TokenKind::kWord || k == TokenKind::kNumber; }

}  // namespace

TokenStream::TokenStream(std::unique_ptr<icu::BreakIterator> iter, const Folder& folder)
    : iter_(std::move(iter)), folder_(folder) {}

TokenStream::~TokenStream() = default;

void TokenStream::Reset(std::string_view bytes, uint32_t start, uint32_t end) {
  bytes_ = bytes;
  base_ = start;
  pos_ = start;
  have_ = false;
  iter_.SetText(bytes.substr(start, end - start));
}

bool TokenStream::Fetch() {
  const int32_t b = iter_.Next();
  if (b == BreakEngine::kDone) return false;
  const uint32_t end = base_ + static_cast<uint32_t>(b);
  pending_ = {{pos_, end}, iter_.RuleStatus()};
  pos_ = end;
  have_ = true;
  return true;
}

bool TokenStream::IsSpace(Span span) const {
  for (uint32_t i = span.start; i < span.end;) {
    const size_t n = SpaceAt(bytes_, i);
    if (n == 0) return false;
    i += static_cast<uint32_t>(n);
  }
  return true;
}

TokenKind TokenStream::KindOf(const Piece& p) const {
  const std::string_view t = Text(p.span);
  if (p.status >= UBRK_WORD_NUMBER && p.status < UBRK_WORD_NUMBER_LIMIT) {
    // ICU calls "IP4" and "F35" numbers; a token with a letter in it is a word.
    for (unsigned char c : t) {
      if (c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return TokenKind::kWord;
    }
    return TokenKind::kNumber;
  }
  if (p.status >= UBRK_WORD_LETTER) return TokenKind::kWord;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(t.data(), i, static_cast<int32_t>(t.size()), c);
  if (c < 0) return TokenKind::kSymbol;
  switch (u_charType(c)) {
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return TokenKind::kPunct;
    default:
      return TokenKind::kSymbol;
  }
}

void TokenStream::Take(Span span, TokenList* out) {
  out->clear();
  pieces_.clear();
  for (;;) {
    if (!have_ && !Fetch()) break;
    Piece& p = pending_;
    if (p.span.start >= span.end) break;
    if (p.span.end <= span.start) {
      have_ = false;
      continue;
    }
    const Span inside{std::max(p.span.start, span.start), std::min(p.span.end, span.end)};
    if (!IsSpace(inside)) pieces_.push_back({inside, p.status});
    if (p.span.end > span.end) {  // the rest belongs to the next sentence
      p.span.start = span.end;
      break;
    }
    have_ = false;
  }
  Build(out);
}

void TokenStream::AddToken(Span span, TokenKind kind, uint8_t flags, std::vector<Token>* dest,
                           TokenList* out) {
  Token t;
  t.span = span;
  t.kind = kind;
  t.flags = flags;
  const std::string_view text = Text(span);
  t.norm_start = static_cast<uint32_t>(out->norms.size());
  bool upper = false, lower = false;
  if (!Folder::AppendAscii(text, &out->norms, &upper, &lower)) {
    LetterCases(text, &upper, &lower);
    folder_.AppendUnicode(text, &out->norms);
  }
  if (upper) t.flags |= Token::kHasUpper;
  if (upper && !lower) t.flags |= Token::kAllUpper;
  t.norm_len = static_cast<uint32_t>(out->norms.size()) - t.norm_start;
  dest->push_back(t);
}

// Emits one word, or a hyphenated compound of `count` pieces (word, hyphen, word,
// ...), splitting a final clitic ("NATO’s" -> "NATO" "’s") into its own token.
void TokenStream::Emit(const Piece* first, size_t count, TokenList* out) {
  const Piece& last = first[count - 1];
  const uint32_t clitic = static_cast<uint32_t>(CliticLength(Text(last.span)));
  const uint32_t end = last.span.end - clitic;
  if (count == 1) {
    AddToken({first->span.start, end}, KindOf(*first), 0, &out->tokens, out);
  } else {
    const auto first_part = static_cast<uint32_t>(out->parts.size());
    bool word = false;
    for (size_t i = 0; i < count; i += 2) {
      Span s = first[i].span;
      if (i + 1 == count) s.end = end;
      const TokenKind kind = KindOf(first[i]);
      word |= kind == TokenKind::kWord;
      AddToken(s, kind, 0, &out->parts, out);
    }
    AddToken({first->span.start, end}, word ? TokenKind::kWord : TokenKind::kNumber,
             Token::kCompound, &out->tokens, out);
    Token& compound = out->tokens.back();
    compound.first_part = first_part;
    compound.nparts =
        static_cast<uint16_t>(std::min<size_t>(out->parts.size() - first_part, 0xFFFF));
  }
  if (clitic > 0)
    AddToken({end, last.span.end}, TokenKind::kWord, Token::kClitic, &out->tokens, out);
}

void TokenStream::Build(TokenList* out) {
  const Piece* p = pieces_.data();
  const size_t n = pieces_.size();
  size_t i = 0;
  while (i < n) {
    const TokenKind kind = KindOf(p[i]);
    if (!IsWordish(kind)) {
      AddToken(p[i].span, kind, 0, &out->tokens, out);
      ++i;
      continue;
    }
    // "U.S" + "." -> "U.S.": a final period after an inner one belongs to the word.
    if (i + 1 < n && p[i + 1].span.start == p[i].span.end && Text(p[i + 1].span) == "." &&
        Text(p[i].span).find('.') != std::string_view::npos) {
      AddToken({p[i].span.start, p[i + 1].span.end}, TokenKind::kWord, 0, &out->tokens, out);
      i += 2;
      continue;
    }
    size_t j = i + 1;
    while (j + 1 < n && p[j].span.start == p[j - 1].span.end && IsHyphenText(Text(p[j].span)) &&
           p[j + 1].span.start == p[j].span.end && IsWordish(KindOf(p[j + 1])) && j - i < 0xFFFF) {
      j += 2;
    }
    Emit(p + i, j - i, out);
    i = j;
  }
}

}  // namespace claimlens
