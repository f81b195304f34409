// The pieces every text printer shares.
#include "text.h"

#include <cstdio>

namespace claimlens {

void AppendLocation(const Colors& c, std::string_view path, uint32_t line, uint32_t col,
                    std::string* out) {
  out->append(c.path()).append(path).append(c.reset()).push_back(':');
  out->append(c.pos()).append(std::to_string(line)).append(c.reset()).push_back(':');
  out->append(c.pos()).append(std::to_string(col)).append(c.reset()).append(": ");
}

void AppendOneLine(std::string_view text, std::string* out) {
  bool space = false;
  for (char ch : text) {
    if (ch == '\n' || ch == '\r' || ch == '\t') {
      if (!space) out->push_back(' ');
      space = true;
    } else {
      out->push_back(ch);
      space = false;
    }
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
