// Record writers for the machine formats. A record type lists its fields once,
// in a Visit(writer) method; JSONL and TSV (header included) follow from it, so
// the two formats can never disagree on names or order.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimlens/output.h"

namespace claimlens {

// Write `s` escaped at `p` and return the end. EscapeJson (quotes included)
// needs 6 * s.size() + 2 bytes; EscapeTsv (below) 2 * s.size().
char* EscapeJson(std::string_view s, char* p);
void AppendJsonString(std::string_view s, std::string* out);
void AppendTsvField(std::string_view s, std::string* out);
// `v` in decimal at `p` (room for 20 bytes); returns the end. FormatInt below
// calls it for what is not a small count or offset.
char* FormatLargeInt(int64_t v, char* p);
void WriteNum(double v, Output& out);
// A JSON array of `values`, each rounded to one decimal: "[1.5,0,12.3]".
std::string JsonRoundedList(const std::vector<double>& values);
// A JSON array of the strings of `items`; `with_counts` writes each as "TEXT (N)".
std::string JsonStringList(const std::vector<std::pair<std::string, int64_t>>& items,
                           bool with_counts);

// Offsets, counts and indices are small and not negative: those are written
// here, inline, two digits at a time; anything else goes to std::to_chars.
inline char* FormatSmallInt(uint32_t u, char* p) {
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  static constexpr uint32_t kPow10[] = {1,      10,      100,      1000,      10000,
                                        100000, 1000000, 10000000, 100000000, 1000000000};
  // The digit count from the bit width: 1233 / 4096 is just above log10(2), so
  // t is the count or one less (u | 1 gives 0 its one digit).
  const auto t = static_cast<uint32_t>((std::bit_width(u | 1) * 1233) >> 12);
  const uint32_t digits = t + ((u | 1) >= kPow10[t]);
  char* const end = p + digits;
  char* q = end;
  while (u >= 100) {
    const uint32_t i = (u % 100) * 2;
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
  return end;
}
inline char* FormatInt(int64_t v, char* p) {
  if (v >= 0 && v <= UINT32_MAX) return FormatSmallInt(static_cast<uint32_t>(v), p);
  return FormatLargeInt(v, p);
}
inline void WriteInt(int64_t v, Output& out) { out.CommitTo(FormatInt(v, out.Reserve(20))); }

// TAB, LF, CR and backslash as \t \n \r \\ (the table holds each one's letter).
inline char* EscapeTsv(std::string_view s, char* p) {
  static constexpr auto kEscape = [] {
    std::array<char, 256> t{};
    t['\t'] = 't';
    t['\n'] = 'n';
    t['\r'] = 'r';
    t['\\'] = '\\';
    return t;
  }();
  for (const char ch : s) {
    const char e = kEscape[static_cast<unsigned char>(ch)];
    if (e == 0) {
      *p++ = ch;
    } else {
      *p++ = '\\';
      *p++ = e;
    }
  }
  return p;
}

inline void WriteJson(std::string_view s, Output& out) {
  char* p = out.Reserve(s.size() * 6 + 2);
  out.Commit(static_cast<size_t>(EscapeJson(s, p) - p));
}

// Where a nested JSON value is written: straight into the output (JSONL), or
// into a string that is then escaped as a TSV field. Both have the same calls,
// so a record writes its nested lists once, for either.
class JsonToOutput {
 public:
  explicit JsonToOutput(Output& out) : out_(out) {}
  void Raw(std::string_view s) { out_.Write(s); }
  void Char(char c) { out_.Put(c); }
  void Str(std::string_view s) { WriteJson(s, out_); }
  void Int(int64_t v) { WriteInt(v, out_); }

 private:
  Output& out_;
};
class JsonToString {
 public:
  explicit JsonToString(std::string& out) : out_(out) {}
  void Raw(std::string_view s) { out_.append(s); }
  void Char(char c) { out_.push_back(c); }
  void Str(std::string_view s) { AppendJsonString(s, &out_); }
  void Int(int64_t v);

 private:
  std::string& out_;
};

// Remembers the escaped form of the last string it escaped: records repeat
// their document id on every line, and escaping it once per document is enough.
class EscapeMemo {
 public:
  template <typename Append>
  std::string_view Get(std::string_view s, Append append) {
    if (!valid_ || s != source_) {
      source_.assign(s);
      escaped_.clear();
      append(s, &escaped_);
      valid_ = true;
    }
    return escaped_;
  }

 private:
  bool valid_ = false;  // nothing escaped yet (an empty first string must be escaped too)
  std::string source_;
  std::string escaped_;
};

class JsonlWriter {
 public:
  explicit JsonlWriter(Output& out) : out_(out) {}
  template <typename Record>
  void Write(const Record& r) {
    first_ = true;
    out_.Put('{');
    r.Visit(*this);
    out_.Write("}\n");
    out_.MaybeFlush();
  }
  void Str(std::string_view name, std::string_view v) {
    Key(name);
    WriteJson(v, out_);
  }
  // A string that repeats from record to record (the document id).
  void Doc(std::string_view name, std::string_view v) {
    Key(name);
    out_.Write(memo_.Get(v, AppendJsonString));
  }
  void Int(std::string_view name, int64_t v) {
    Key(name);
    WriteInt(v, out_);
  }
  void Bool(std::string_view name, bool v) {
    Key(name);
    out_.Write(v ? "true" : "false");
  }
  void Null(std::string_view name) {
    Key(name);
    out_.Write("null");
  }
  void Num(std::string_view name, double v) {
    Key(name);
    WriteNum(v, out_);
  }
  // A value that is already JSON (a nested list or object).
  void Json(std::string_view name, std::string_view json) {
    Key(name);
    out_.Write(json);
  }
  // A nested value that `write(sink)` writes (see JsonToOutput).
  template <typename F>
  void JsonWith(std::string_view name, F&& write) {
    Key(name);
    JsonToOutput sink(out_);
    write(sink);
  }

 private:
  void Key(std::string_view name) {
    char* p = out_.Reserve(name.size() + 4);
    char* q = p;
    if (!first_) *q++ = ',';
    first_ = false;
    *q++ = '"';
    std::memcpy(q, name.data(), name.size());
    q += name.size();
    *q++ = '"';
    *q++ = ':';
    out_.Commit(static_cast<size_t>(q - p));
  }
  Output& out_;
  bool first_ = true;
  EscapeMemo memo_;
};

class TsvWriter {
 public:
  explicit TsvWriter(Output& out) : out_(out) {}
  // Writes the header line from a default record's field names.
  template <typename Record>
  void Header(const Record& r) {
    Names names{out_};
    r.Visit(names);
    out_.Put('\n');
  }
  template <typename Record>
  void Write(const Record& r) {
    first_ = true;
    r.Visit(*this);
    out_.Put('\n');
    out_.MaybeFlush();
  }
  void Str(std::string_view, std::string_view v) {
    out_.CommitTo(EscapeTsv(v, Field(v.size() * 2)));
  }
  void Doc(std::string_view, std::string_view v) { Raw(memo_.Get(v, AppendTsvField)); }
  void Int(std::string_view, int64_t v) { out_.CommitTo(FormatInt(v, Field(20))); }
  void Bool(std::string_view, bool v) { Raw(v ? "true" : "false"); }
  void Null(std::string_view) { out_.CommitTo(Field(0)); }
  void Num(std::string_view, double v) {
    out_.CommitTo(Field(0));
    WriteNum(v, out_);
  }
  void Json(std::string_view name, std::string_view json) { Str(name, json); }
  template <typename F>
  void JsonWith(std::string_view name, F&& write) {
    json_.clear();
    JsonToString sink(json_);
    write(sink);
    Str(name, json_);
  }

 private:
  // Room for a field of at most `n` bytes after its separator; returns where it starts.
  char* Field(size_t n) {
    char* p = out_.Reserve(n + 1);
    if (!first_) *p++ = '\t';
    first_ = false;
    return p;
  }
  void Raw(std::string_view s) {
    char* p = Field(s.size());
    std::memcpy(p, s.data(), s.size());
    out_.CommitTo(p + s.size());
  }
  // The header's visitor: every field writes its name.
  struct Names {
    Output& out;
    bool first = true;
    void Name(std::string_view name) {
      if (!first) out.Put('\t');
      first = false;
      out.Write(name);
    }
    void Str(std::string_view name, std::string_view) { Name(name); }
    void Doc(std::string_view name, std::string_view) { Name(name); }
    void Int(std::string_view name, int64_t) { Name(name); }
    void Bool(std::string_view name, bool) { Name(name); }
    void Null(std::string_view name) { Name(name); }
    void Num(std::string_view name, double) { Name(name); }
    void Json(std::string_view name, std::string_view) { Name(name); }
    template <typename F>
    void JsonWith(std::string_view name, F&&) {
      Name(name);
    }
  };
  Output& out_;
  bool first_ = true;
  EscapeMemo memo_;
  std::string json_;  // a nested value, before its TSV escape
};

}  // namespace claimlens
