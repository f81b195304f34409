#include "lines.h"

#include <algorithm>
#include <array>

namespace claimlens {
namespace {

constexpr uint32_t kMaxWrapWidth = 200;  // nobody wraps prose wider than this

struct Line {
  uint32_t start = 0;
  uint32_t end = 0;   // content end, trailing white space excluded
  uint32_t term = 0;  // where the line terminator starts (== next when none)
  uint32_t next = 0;  // start of the following line
  bool blank = true;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

class LineReader {
 public:
  LineReader(std::string_view bytes, uint32_t start) : s_(bytes), pos_(start) {}
  bool Next(Line* line) {
    if (pos_ >= s_.size()) return false;
    line->start = pos_;
    uint32_t i = pos_;
    while (i < s_.size() && s_[i] != '\n' && s_[i] != '\r') ++i;
    line->term = i;
    uint32_t next = i;
    if (next < s_.size())
      next += (s_[next] == '\r' && next + 1 < s_.size() && s_[next + 1] == '\n') ? 2 : 1;
    line->next = next;
    uint32_t end = i;
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

// Calls f(line, following) for each pair of adjacent non-blank lines.
template <typename F>
void ForEachContinuedLine(std::string_view bytes, uint32_t start, F f) {
  LineReader reader(bytes, start);
  Line prev, cur;
  bool have_prev = false;
  while (reader.Next(&cur)) {
    if (have_prev && !prev.blank && !cur.blank) f(prev, cur);
    prev = cur;
    have_prev = true;
  }
}

}  // namespace

std::vector<uint32_t> FindSoftLineEnds(std::string_view bytes, uint32_t start) {
  auto text = [&](uint32_t a, uint32_t b) { return bytes.substr(a, b - a); };

  // Pass 1: the widths of lines that stop mid-sentence and continue.
  std::array<uint32_t, kMaxWrapWidth + 2> histogram{};
  uint32_t continued = 0, unfinished = 0;
  ForEachContinuedLine(bytes, start, [&](const Line& line, const Line&) {
    ++continued;
    if (EndsTerminal(text(line.start, line.end))) return;
    ++unfinished;
    ++histogram[std::min(CodePoints(text(line.start, line.end)), kMaxWrapWidth + 1)];
  });
  if (unfinished < 3 || unfinished * 2 < continued) return {};
  uint32_t width = 0, seen = 0;
  while (width <= kMaxWrapWidth + 1 && (seen += histogram[width]) * 10 < unfinished * 9) ++width;
  if (width > kMaxWrapWidth) return {};

  // Pass 2: a line end is soft when the next line's first word would not have fit.
  std::vector<uint32_t> soft;
  ForEachContinuedLine(bytes, start, [&](const Line& line, const Line& next) {
    const std::string_view content = text(line.start, line.end);
    const std::string_view following = text(next.start, next.end);
    if (content.find_first_not_of(" \t") != std::string_view::npos &&
        content[content.find_first_not_of(" \t")] == '#')
      return;
    if (StartsBlock(following)) return;
    if (CodePoints(content) + 1 + FirstWordLength(following) > width) soft.push_back(line.term);
  });
  return soft;
}

}  // namespace claimlens
