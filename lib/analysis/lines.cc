#include "lines.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace claimlens {
namespace {

constexpr uint32_t kMaxWrapWidth = 200;  // nobody wraps prose wider than this

struct Line {
  uint32_t start = 0;
  uint32_t end = 0;   // content end, trailing white space excluded
  uint32_t term = 0;  // where the line terminator starts (== next when none)
  uint32_t next = 0;  // start of the following line
  bool blank = true;
  bool hidden = false;  // ends at a soft hyphen: a line end joined over a broken word
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

class LineReader {
 public:
  LineReader(std::string_view bytes, uint32_t start) : s_(bytes), pos_(start) {}
  bool Next(Line* line) {
    if (pos_ >= s_.size()) return false;
    line->start = pos_;
    // The line ends at the first \n, \r or soft hyphen (U+00AD, which marks
    // where the input view joined a line end over a hyphenated word: the words
    // run on, but the line's length still counts). memchr finds each a word
    // at a time; this pass runs over the whole document before any thread starts.
    const char* p = s_.data() + pos_;
    size_t limit = s_.size() - pos_;
    if (const void* nl = std::memchr(p, '\n', limit)) limit = static_cast<const char*>(nl) - p;
    if (const void* cr = std::memchr(p, '\r', limit)) limit = static_cast<const char*>(cr) - p;
    for (size_t k = 0; k < limit;) {
      const void* c2 = std::memchr(p + k, '\xC2', limit - k);
      if (c2 == nullptr) break;
      const size_t at = static_cast<const char*>(c2) - p;
      if (pos_ + at + 1 < s_.size() && p[at + 1] == '\xAD') {
        limit = at;
        break;
      }
      k = at + 1;
    }
    const auto i = static_cast<uint32_t>(pos_ + limit);
    line->term = i;
    line->hidden = i < s_.size() && s_[i] == '\xC2';
    uint32_t next = i;
    if (line->hidden) {
      next += 2;
    } else if (next < s_.size()) {
      next += (s_[next] == '\r' && next + 1 < s_.size() && s_[next + 1] == '\n') ? 2 : 1;
    }
    line->next = next;
    uint32_t end = line->hidden ? next : i;
    while (end > line->start && IsSpace(s_[end - 1])) --end;
    line->end = end;
    uint32_t first = line->start;
    while (first < end && IsSpace(s_[first])) ++first;
    line->blank = first == end;
    pos_ = next;
    return true;
  }

 private:
  std::string_view s_;
  uint32_t pos_;
};

uint32_t CodePoints(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Ends in . ! ? : ; or an ellipsis, possibly followed by closing quotes or brackets.
bool EndsTerminal(std::string_view s) {
  size_t i = s.size();
  while (i > 0) {
    const unsigned char c = static_cast<unsigned char>(s[i - 1]);
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      --i;
    } else if (i >= 3 && s.substr(i - 3, 2) == "\xE2\x80" &&
               (c == 0x9D || c == 0x99 || c == 0xA6)) {  // ” ’ …
      if (c == 0xA6) return true;
      i -= 3;
    } else {
      return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
    }
  }
  return false;
}

// A line that starts a block of its own: a list item, a heading, a quote, a table row.
bool StartsBlock(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  s.remove_prefix(i);
  if (s.empty()) return false;
  if (s[0] == '#' || s[0] == '>' || s[0] == '|') return true;
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return true;
  if (s.substr(0, 4) == "\xE2\x80\xA2 ") return true;  // bullet
  size_t d = 0;
  while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
  return d > 0 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ';
}

uint32_t FirstWordLength(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  size_t j = i;
  while (j < s.size() && !IsSpace(s[j])) ++j;
  return CodePoints(s.substr(i, j - i));
}

// A heading: short, no final punctuation, in title case (every word of four
// letters or more capitalised), in capitals, or numbered ("2. Key Judgements").
bool IsHeading(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  s.remove_prefix(i);
  if (s.empty() || EndsTerminal(s)) return false;
  const char last = s.back();
  if (last == ',' || last == '-' || last == '(' || last == '/' || last == '&') return false;
  int words = 0, long_words = 0, capitalised = 0, lower_letters = 0, upper_letters = 0;
  for (size_t k = 0; k < s.size();) {
    while (k < s.size() && IsSpace(s[k])) ++k;
    size_t e = k;
    while (e < s.size() && !IsSpace(s[e])) ++e;
    if (e == k) break;
    const std::string_view w = s.substr(k, e - k);
    if (++words > 12) return false;  // a line of prose: no need to read on
    size_t letters = 0;
    for (char c : w) {
      letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      lower_letters += c >= 'a' && c <= 'z';
      upper_letters += c >= 'A' && c <= 'Z';
    }
    if (letters >= 4) {
      ++long_words;
      capitalised += (w[0] >= 'A' && w[0] <= 'Z') || w[0] == '"' || (w[0] & 0x80);
    }
    k = e;
  }
  if (words == 0) return false;
  if (upper_letters >= 2 && lower_letters == 0) return true;
  size_t d = 0;
  while (d < s.size() && ((s[d] >= '0' && s[d] <= '9') || s[d] == '.')) ++d;
  if (d > 0 && d < s.size() && IsSpace(s[d]) && s[d - 1] == '.') return true;
  return long_words > 0 && capitalised == long_words;
}

bool StartsUpper(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (IsSpace(s[i]) || s[i] == '"' || s[i] == '\'' || s[i] == '(')) ++i;
  return i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'));
}

bool StartsLower(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i < s.size() && s[i] >= 'a' && s[i] <= 'z';
}

// The wrap width of a set of lines. A greedy wrap at width W leaves each line
// at most W long, and the next line's first word did not fit after it:
// length <= W <= length + first word. The estimate is the narrowest W that the
// most lines agree with, so a few lines that break the rule (one made longer by
// a word joined over a hyphen, a short line that ends a list) do not move it.
class WidthEstimate {
 public:
  void Add(uint32_t length, uint32_t next_word) {
    const uint32_t lo = std::min(length, kMaxWrapWidth + 1);
    const uint32_t hi = std::min(length + next_word, kMaxWrapWidth + 1);
    ++agree_[lo];
    --agree_[hi + 1];
    ++count_;
  }
  uint32_t count() const { return count_; }
  uint32_t Width() const {
    if (count_ < 3) return 0;
    int32_t running = 0, best = 0;
    uint32_t width = 0;
    for (uint32_t w = 0; w <= kMaxWrapWidth; ++w) {
      running += agree_[w];
      if (w > 0 && running > best) {
        best = running;
        width = w;
      }
    }
    return width;
  }

 private:
  std::array<int32_t, kMaxWrapWidth + 3> agree_{};  // differences: +1 where a line's range starts
  uint32_t count_ = 0;
};

}  // namespace

// Paragraph by paragraph (lines between blank lines): each paragraph's own line
// lengths give its wrap width when it has enough lines that run on, else the
// last such paragraph's (or the document's) does; so an annex wrapped narrower than the body, a
// list or an address keeps its line ends.
std::vector<uint32_t> FindSoftLineEnds(std::string_view bytes, uint32_t start) {
  auto text = [&](uint32_t a, uint32_t b) { return bytes.substr(a, b - a); };

  // The paragraphs' lines, and the document's widths.
  std::vector<std::vector<Line>> blocks(1);
  WidthEstimate doc_width;
  uint32_t continued = 0;
  {
    LineReader reader(bytes, start);
    Line line;
    while (reader.Next(&line)) {
      if (line.blank) {
        if (!blocks.back().empty()) blocks.emplace_back();
        continue;
      }
      blocks.back().push_back(line);
    }
  }
  for (const auto& block : blocks) {
    for (size_t i = 0; i + 1 < block.size(); ++i) {
      const std::string_view content = text(block[i].start, block[i].end);
      const std::string_view following = text(block[i + 1].start, block[i + 1].end);
      // Headings say nothing about wrapping: a report of one-line paragraphs
      // under headings is not wrapped text.
      if (IsHeading(content) && StartsUpper(following)) continue;
      ++continued;
      if (!EndsTerminal(content)) doc_width.Add(CodePoints(content), FirstWordLength(following));
    }
  }
  const uint32_t unfinished = doc_width.count();
  if (unfinished < 3 || unfinished * 2 < continued) return {};
  const uint32_t document_width = doc_width.Width();
  if (document_width == 0) return {};

  std::vector<uint32_t> soft;
  uint32_t recent_width = document_width;
  for (const auto& block : blocks) {
    WidthEstimate own;
    for (size_t i = 0; i + 1 < block.size(); ++i) {
      const std::string_view content = text(block[i].start, block[i].end);
      if (!EndsTerminal(content) && !IsHeading(content))
        own.Add(CodePoints(content), FirstWordLength(text(block[i + 1].start, block[i + 1].end)));
    }
    // A paragraph too short to tell takes the width of the last one that
    // could: the annex's, not the body's.
    if (own.Width() > 0) recent_width = own.Width();
    const uint32_t width = recent_width;
    for (size_t i = 0; i + 1 < block.size(); ++i) {
      if (block[i].hidden) continue;  // runs on by construction
      const std::string_view content = text(block[i].start, block[i].end);
      const std::string_view following = text(block[i + 1].start, block[i + 1].end);
      const size_t first = content.find_first_not_of(" \t");
      if (first != std::string_view::npos && content[first] == '#') continue;
      if (StartsBlock(following)) continue;
      const uint32_t length = CodePoints(content);
      // A heading before a capitalised line ends there, however long it is.
      if (IsHeading(content) && StartsUpper(following) && length * 5 <= width * 4) continue;
      const bool overflows = length + 1 + FirstWordLength(following) > width;
      // A lower-case continuation of an unfinished line that fills most of its
      // width runs on too (a proportional font or a short word can fit).
      const bool runs_on = StartsLower(following) && !EndsTerminal(content) && length * 2 >= width;
      if (overflows || runs_on) soft.push_back(block[i].term);
    }
  }
  return soft;
}

}  // namespace claimlens
