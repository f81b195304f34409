// String escaping for the machine formats, written straight into a buffer.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "claimlens/records.h"

namespace claimlens {
namespace {

bool JsonPlain(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }

// The length of the longest prefix of `s` that JSON copies as it is. Prose has
// few specials, so eight bytes are tested at once: a byte below 0x20, a quote
// or a backslash sets the high bit of its lane (exact for any byte value).
size_t JsonPlainPrefix(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    const uint64_t quote = x ^ (kOnes * '"');
    const uint64_t slash = x ^ (kOnes * '\\');
    const uint64_t special = ((x - kOnes * 0x20) | (quote - kOnes) | (slash - kOnes)) & ~x & kHigh;
    if (special != 0) break;
  }
  while (i < s.size() && JsonPlain(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

}  // namespace

char* EscapeJson(std::string_view s, char* p) {
  static constexpr char kHex[] = "0123456789abcdef";
  *p++ = '"';
  for (size_t i = 0; i < s.size();) {
    const size_t run = JsonPlainPrefix(s.substr(i));
    std::memcpy(p, s.data() + i, run);
    p += run;
    i += run;
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i++]);
    *p++ = '\\';
    switch (c) {
      case '"':
        *p++ = '"';
        break;
      case '\\':
        *p++ = '\\';
        break;
      case '\n':
        *p++ = 'n';
        break;
      case '\r':
        *p++ = 'r';
        break;
      case '\t':
        *p++ = 't';
        break;
      default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[c >> 4];
        *p++ = kHex[c & 15];
    }
  }
  *p++ = '"';
  return p;
}

void AppendJsonString(std::string_view s, std::string* out) {
  // Runs of bytes that need no escape are appended whole; growing the string by
  // the worst case (six bytes a byte) would zero-fill it first.
  out->push_back('"');
  for (size_t i = 0; i < s.size();) {
    const size_t run = JsonPlainPrefix(s.substr(i));
    out->append(s.data() + i, run);
    i += run;
    if (i == s.size()) break;
    char buf[8];  // the escape between the quotes EscapeJson adds
    const char* end = EscapeJson(s.substr(i++, 1), buf);
    out->append(buf + 1, static_cast<size_t>(end - buf - 2));
  }
  out->push_back('"');
}

void JsonToString::Int(int64_t v) {
  char buf[20];
  out_.append(buf, static_cast<size_t>(FormatInt(v, buf) - buf));
}

void AppendTsvField(std::string_view s, std::string* out) {
  const size_t at = out->size();
  out->resize(at + s.size() * 2);
  out->resize(static_cast<size_t>(EscapeTsv(s, out->data() + at) - out->data()));
}

char* FormatLargeInt(int64_t v, char* p) { return std::to_chars(p, p + 20, v).ptr; }

void WriteNum(double v, Output& out) {
  char* p = out.Reserve(32);
  out.Commit(static_cast<size_t>(std::to_chars(p, p + 32, v).ptr - p));
}

std::string JsonRoundedList(const std::vector<double>& values) {
  std::string s = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) s += ',';
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", std::round(values[i] * 10) / 10);
    s += buf;
  }
  return s + "]";
}

std::string JsonStringList(const std::vector<std::pair<std::string, int64_t>>& items,
                           bool with_counts) {
  std::string s = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) s += ',';
    AppendJsonString(with_counts ? items[i].first + " (" + std::to_string(items[i].second) + ")"
                                 : items[i].first,
                     &s);
  }
  return s + "]";
}

}  // namespace claimlens
