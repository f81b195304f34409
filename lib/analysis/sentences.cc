#include "sentences.h"

#include <algorithm>
#include <cstring>

#include "lines.h"

namespace claimlens {

size_t SpaceAt(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (i >= s.size()) return 0;
  switch (b(0)) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
      return 1;
    case 0xC2:
      return i + 1 < s.size() && (b(1) == 0xA0 || b(1) == 0x85) ? 2 : 0;
    case 0xE1:
      return i + 2 < s.size() && b(1) == 0x9A && b(2) == 0x80 ? 3 : 0;
    case 0xE2:
      if (i + 2 >= s.size()) return 0;
      if (b(1) == 0x80 && (b(2) <= 0x8B || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF)) return 3;
      return b(1) == 0x81 && b(2) == 0x9F ? 3 : 0;
    case 0xE3:
      return i + 2 < s.size() && b(1) == 0x80 && b(2) == 0x80 ? 3 : 0;
    case 0xEF:
      return i + 2 < s.size() && b(1) == 0xBB && b(2) == 0xBF ? 3 : 0;
    default:
      return 0;
  }
}

size_t SpaceBefore(std::string_view s, size_t i) {
  for (size_t len = 1; len <= 3 && len <= i; ++len) {
    if (SpaceAt(s, i - len) == len) return len;
  }
  return 0;
}

namespace {

bool IsOpening(unsigned char c) {
  return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'';
}

// Strips opening brackets and quotes (ASCII and “ ‘) from the front of a word.
std::string_view StripOpening(std::string_view w) {
  for (;;) {
    if (!w.empty() && IsOpening(static_cast<unsigned char>(w[0]))) {
      w.remove_prefix(1);
    } else if (w.size() >= 3 && w.substr(0, 2) == "\xE2\x80" &&
               (static_cast<unsigned char>(w[2]) == 0x9C ||
                static_cast<unsigned char>(w[2]) == 0x98)) {
      w.remove_prefix(3);
    } else {
      return w;
    }
  }
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// "2", "12", "3.1" (the final period is not part of it): at most three digits a part.
bool IsEnumerator(std::string_view s) {
  if (s.empty() || s.size() > 8) return false;
  size_t digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (++digits > 3) return false;
    } else if (c == '.' && digits > 0) {
      digits = 0;
    } else {
      return false;
    }
  }
  return digits > 0;
}
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || IsUpper(c); }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (IsUpper(c)) c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const SegmentationRules& rules,
                                   std::unique_ptr<icu::BreakIterator> iter)
    : rules_(rules), iter_(std::move(iter)) {}

// ICU breaks after every period followed by a capital. Policy prose is full of
// periods that end abbreviations ("U.S. Naval War College", "Gen. Smith", "J.
// Smith"), so we join such breaks back unless the next word is one that
// typically begins a sentence ("The", "It"). "e.g." and the like never end one.
bool SentenceSplitter::ShouldJoin(std::string_view v, size_t boundary) const {
  size_t p = boundary;
  while (size_t n = SpaceBefore(v, p)) p -= n;
  size_t q = boundary;
  while (size_t n = SpaceAt(v, q)) q += n;
  if (p == 0 || q >= v.size() || v[p - 1] != '.') return false;
  const std::string_view gap = v.substr(p, q - p);
  if (gap.find_first_of("\r\n") != std::string_view::npos) return false;  // a hard line end

  size_t t = p;
  while (t > 0 && SpaceBefore(v, t) == 0) --t;
  const std::string_view tail = StripOpening(v.substr(t, p - t));
  // A numbered heading or list item ("2. Key Judgements", "3.1. Outlook") at
  // the start of a line: the number is no sentence.
  if (IsEnumerator(v.substr(t, p - 1 - t))) {
    size_t u = t;
    while (u > 0 && (v[u - 1] == ' ' || v[u - 1] == '\t')) --u;
    if (u == 0 || v[u - 1] == '\n' || v[u - 1] == '\r') return true;
  }
  size_t e = q;
  while (e < v.size() && SpaceAt(v, e) == 0) ++e;
  const std::string_view next = StripOpening(v.substr(q, e - q));

  if (NeverEnds(tail)) return true;
  if (!Abbreviation(tail)) return false;
  size_t letters = 0;
  while (letters < next.size() && IsLetter(next[letters])) ++letters;
  return !rules_.starters.count(std::string(next.substr(0, letters)));
}

// ICU reads on after a period when a lower-case word follows the next
// number ("... strategy. 84% of experts believe", UAX #29 rule SB8): a sentence
// that opens with a figure. Where it starts, after the period at `period` that
// ends a word no abbreviation ("p. 84 of", "No. 5 is", "J. 5"), or 0.
size_t SentenceSplitter::NumberOpensAfter(std::string_view v, size_t period) const {
  if (period == 0 || !IsLetter(v[period - 1])) return 0;
  size_t q = period + 1;
  if (SpaceAt(v, q) == 0) return 0;
  while (size_t n = SpaceAt(v, q)) q += n;
  if (q >= v.size() || v[q] < '0' || v[q] > '9') return 0;
  size_t t = period;
  while (t > 0 && SpaceBefore(v, t) == 0) --t;
  const std::string_view tail = StripOpening(v.substr(t, period + 1 - t));
  if (tail.find('.') + 1 < tail.size()) return 0;  // "D.C.": an inner period
  return NeverEnds(tail) || Abbreviation(tail) ? 0 : q;
}

bool SentenceSplitter::NeverEnds(std::string_view word) const {
  return rules_.always.count(std::string(word)) || rules_.always.count(AsciiLower(word));
}

bool SentenceSplitter::Abbreviation(std::string_view word) const {
  const bool initial = word.size() == 2 && IsUpper(word[0]);
  return initial || rules_.abbreviations.count(std::string(word));
}

void SentenceSplitter::SplitRegion(std::string_view region, uint32_t begin, std::string_view bytes,
                                   const std::function<void(Span)>& emit) {
  const auto end = static_cast<uint32_t>(begin + region.size());
  iter_.SetText(region);
  auto emit_trimmed = [&](uint32_t a, uint32_t b) {
    for (;;) {
      // A multi-byte space may reach past the other end on ill-formed input: clamp.
      while (a < b && SpaceAt(bytes, a))
        a = std::min(b, a + static_cast<uint32_t>(SpaceAt(bytes, a)));
      while (b > a && SpaceBefore(bytes, b))
        b = std::max(a, b - static_cast<uint32_t>(SpaceBefore(bytes, b)));
      if (b - a <= kMaxSentenceBytes) break;
      // No real sentence is this long (a 50 MB line without a period): cut it at
      // the last space before the limit, or else at a character boundary, so the
      // work and memory per sentence stay bounded whatever the input.
      uint32_t cut = a + kMaxSentenceBytes;
      uint32_t space = cut;
      while (space > a + kMaxSentenceBytes / 2 && SpaceAt(bytes, space) == 0) --space;
      if (space > a + kMaxSentenceBytes / 2) {
        cut = space;
      } else {
        while (cut > a && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80) --cut;
      }
      uint32_t end = cut;
      while (end > a && SpaceBefore(bytes, end))
        end = std::max(a, end - static_cast<uint32_t>(SpaceBefore(bytes, end)));
      emit({a, end});
      a = cut;
    }
    if (a < b) emit({a, b});
  };
  uint32_t sentence_start = 0;
  size_t scanned = 0;
  // The sentences inside [sentence_start, to) that open with a number.
  auto split_numbers = [&](size_t to) {
    for (size_t i = region.find('.', scanned); i < to; i = region.find('.', i + 1)) {
      const size_t q = NumberOpensAfter(region, i);
      if (q == 0 || q >= to) continue;
      emit_trimmed(begin + sentence_start, begin + static_cast<uint32_t>(q));
      sentence_start = static_cast<uint32_t>(q);
    }
    scanned = to;
  };
  for (int32_t b = iter_.Next(); b != BreakEngine::kDone; b = iter_.Next()) {
    if (static_cast<size_t>(b) < region.size() && ShouldJoin(region, static_cast<size_t>(b)))
      continue;
    split_numbers(static_cast<size_t>(b));
    emit_trimmed(begin + sentence_start, begin + static_cast<uint32_t>(b));
    sentence_start = static_cast<uint32_t>(b);
  }
  if (sentence_start < region.size()) {
    split_numbers(region.size());
    emit_trimmed(begin + sentence_start, end);
  }
}

void SentenceSplitter::Split(std::string_view bytes, uint32_t start,
                             const std::function<void(Span)>& emit) {
  const auto size = static_cast<uint32_t>(bytes.size());
  SplitRange(bytes, {start, size}, FindSoftLineEnds(bytes, start), emit);
}

void SentenceSplitter::SplitRange(std::string_view bytes, Span range,
                                  const std::vector<uint32_t>& soft,
                                  const std::function<void(Span)>& emit) {
  const uint32_t size = range.end;
  uint32_t cursor = range.start;
  size_t k = std::lower_bound(soft.begin(), soft.end(), range.start) - soft.begin();
  // Paragraphs with soft line ends are copied (only they) with those line ends
  // turned into spaces, so ICU reads them as running text; offsets are unchanged.
  while (k < soft.size() && soft[k] < size) {
    uint32_t para_start = soft[k];
    while (para_start > cursor && bytes[para_start - 1] != '\n' && bytes[para_start - 1] != '\r')
      --para_start;
    if (para_start > cursor)
      SplitRegion(bytes.substr(cursor, para_start - cursor), cursor, bytes, emit);
    scratch_.clear();
    uint32_t at = para_start;
    uint32_t para_end = size;
    for (;;) {
      const uint32_t term = soft[k];
      const uint32_t term_len =
          (bytes[term] == '\r' && term + 1 < size && bytes[term + 1] == '\n') ? 2 : 1;
      scratch_.append(bytes.substr(at, term - at));
      scratch_.append(term_len, ' ');
      at = term + term_len;
      uint32_t next_term = at;
      while (next_term < size && bytes[next_term] != '\n' && bytes[next_term] != '\r') ++next_term;
      ++k;
      if (k < soft.size() && soft[k] == next_term) continue;
      para_end = next_term;
      break;
    }
    scratch_.append(bytes.substr(at, para_end - at));
    SplitRegion(scratch_, para_start, bytes, emit);
    cursor = para_end;
  }
  if (cursor < size) SplitRegion(bytes.substr(cursor, size - cursor), cursor, bytes, emit);
}

std::vector<Span> SentenceAlignedChunks(std::string_view bytes, uint32_t start,
                                        const std::vector<uint32_t>& soft, uint32_t target) {
  std::vector<Span> chunks;
  const auto size = static_cast<uint32_t>(bytes.size());
  uint32_t from = start;
  while (from < size) {
    uint32_t to = size;
    // The first line start at or after from + target that follows a hard line
    // end: ICU's sentence and word rules both break after every line end
    // (SB4, WB3a), and the splitter joins only across soft ones.
    for (size_t want = size_t{from} + std::max<uint32_t>(target, 1); want <= size_t{size} - 1;) {
      const void* nl = std::memchr(bytes.data() + want - 1, '\n', size - (want - 1));
      if (nl == nullptr) break;
      const auto q = static_cast<uint32_t>(static_cast<const char*>(nl) - bytes.data()) + 1;
      const uint32_t line_end = q >= 2 && bytes[q - 2] == '\r' ? q - 2 : q - 1;
      if (q < size && !std::binary_search(soft.begin(), soft.end(), line_end)) {
        to = q;
        break;
      }
      want = size_t{q} + 1;
    }
    chunks.push_back({from, to});
    from = to;
  }
  return chunks;
}

}  // namespace claimlens
