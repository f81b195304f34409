// The pieces every text printer shares.
#include "text.h"

#include <charconv>
#include <cstdio>

namespace claimlens {

void AppendLocation(const Colors& c, std::string_view path, uint32_t line, uint32_t col,
                    std::string* out) {
  const auto number = [out](uint32_t n) {
    char buf[16];
    out->append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, n).ptr - buf));
  };
  out->append(c.path()).append(path).append(c.reset()).push_back(':');
  out->append(c.pos());
  number(line);
  out->append(c.reset()).push_back(':');
  out->append(c.pos());
  number(col);
  out->append(c.reset()).append(": ");
}

void AppendOneLine(std::string_view text, std::string* out) {
  // Appended a run at a time: a sentence is mostly runs of ordinary bytes, and
  // byte-by-byte appends cost `sentences` a third of its time.
  const auto breaks = [](char ch) { return ch == '\n' || ch == '\r' || ch == '\t'; };
  out->reserve(out->size() + text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && !breaks(text[j])) ++j;
    out->append(text.data() + i, j - i);
    if (j == text.size()) break;
    out->push_back(' ');  // a run of line ends and tabs reads as one space
    while (j < text.size() && breaks(text[j])) ++j;
    i = j;
  }
}

std::string FormatBand(const Band& band) {
  auto num = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(buf);
  };
  return num(band.lo) + "-" + num(band.hi) + "%";
}

std::string Counted(uint64_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

}  // namespace claimlens
