// String escaping for the machine formats, written straight into a buffer.
#include <charconv>
#include <cmath>
#include <cstdio>

#include "claimlens/records.h"

namespace claimlens {

char* EscapeJson(std::string_view s, char* p) {
  static constexpr char kHex[] = "0123456789abcdef";
  *p++ = '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c != '"' && c != '\\') {
      *p++ = ch;
      continue;
    }
    *p++ = '\\';
    switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
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

char* EscapeTsv(std::string_view s, char* p) {
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    // One compare passes almost every byte; the specials are \t \n \r and \\.
    if ((c > '\r' && c != '\\') || (c != '\t' && c != '\n' && c != '\r' && c != '\\')) {
      *p++ = ch;
      continue;
    }
    *p++ = '\\';
    *p++ = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
  }
  return p;
}

void AppendJsonString(std::string_view s, std::string* out) {
  // Runs of bytes that need no escape are appended whole; growing the string by
  // the worst case (six bytes a byte) would zero-fill it first.
  out->push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    char buf[8];  // the escape between the quotes EscapeJson adds
    const char* end = EscapeJson(s.substr(i, 1), buf);
    out->append(buf + 1, static_cast<size_t>(end - buf - 2));
    run = i + 1;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendTsvField(std::string_view s, std::string* out) {
  const size_t at = out->size();
  out->resize(at + s.size() * 2);
  out->resize(static_cast<size_t>(EscapeTsv(s, out->data() + at) - out->data()));
}

void WriteInt(int64_t v, Output& out) {
  char* p = out.Reserve(24);
  if (v < 0 || v >= 10000000000) {
    out.Commit(static_cast<size_t>(std::to_chars(p, p + 24, v).ptr - p));
    return;
  }
  // Offsets and counts: small and non-negative, written two digits at a time.
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  uint64_t u = static_cast<uint64_t>(v);
  const size_t digits = 1 + (u >= 10) + (u >= 100) + (u >= 1000) + (u >= 10000) + (u >= 100000) +
                        (u >= 1000000) + (u >= 10000000) + (u >= 100000000) + (u >= 1000000000);
  char* q = p + digits;
  while (u >= 100) {
    const size_t i = (u % 100) * 2;
    u /= 100;
    *--q = kPairs[i + 1];
    *--q = kPairs[i];
  }
  if (u >= 10) {
    *--q = kPairs[u * 2 + 1];
    *--q = kPairs[u * 2];
  } else {
    *--q = static_cast<char>('0' + u);
  }
  out.Commit(digits);
}

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
