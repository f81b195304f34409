// Record writers for the machine formats. A record type lists its fields once,
// in a Visit(writer) method; JSONL and TSV (header included) follow from it, so
// the two formats can never disagree on names or order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimlens/output.h"

namespace claimlens {

// Write `s` escaped at `p` and return the end. JSON (quotes included) needs
// 6 * s.size() + 2 bytes; TSV (TAB, LF, CR, backslash as \t \n \r \\) 2 * s.size().
char* EscapeJson(std::string_view s, char* p);
char* EscapeTsv(std::string_view s, char* p);
void AppendJsonString(std::string_view s, std::string* out);
void AppendTsvField(std::string_view s, std::string* out);
void WriteInt(int64_t v, Output& out);
void WriteNum(double v, Output& out);
// A JSON array of `values`, each rounded to one decimal: "[1.5,0,12.3]".
std::string JsonRoundedList(const std::vector<double>& values);
// A JSON array of the strings of `items`; `with_counts` writes each as "TEXT (N)".
std::string JsonStringList(const std::vector<std::pair<std::string, int64_t>>& items,
                           bool with_counts);

inline void WriteJson(std::string_view s, Output& out) {
  char* p = out.Reserve(s.size() * 6 + 2);
  out.Commit(static_cast<size_t>(EscapeJson(s, p) - p));
}
inline void WriteTsv(std::string_view s, Output& out) {
  char* p = out.Reserve(s.size() * 2);
  out.Commit(static_cast<size_t>(EscapeTsv(s, p) - p));
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
    header_ = true;
    first_ = true;
    r.Visit(*this);
    out_.Put('\n');
    header_ = false;
  }
  template <typename Record>
  void Write(const Record& r) {
    first_ = true;
    r.Visit(*this);
    out_.Put('\n');
    out_.MaybeFlush();
  }
  void Str(std::string_view name, std::string_view v) {
    if (Sep(name)) WriteTsv(v, out_);
  }
  void Doc(std::string_view name, std::string_view v) {
    if (Sep(name)) out_.Write(memo_.Get(v, AppendTsvField));
  }
  void Int(std::string_view name, int64_t v) {
    if (Sep(name)) WriteInt(v, out_);
  }
  void Bool(std::string_view name, bool v) {
    if (Sep(name)) out_.Write(v ? "true" : "false");
  }
  void Null(std::string_view name) { Sep(name); }
  void Num(std::string_view name, double v) {
    if (Sep(name)) WriteNum(v, out_);
  }
  void Json(std::string_view name, std::string_view json) {
    if (Sep(name)) WriteTsv(json, out_);
  }
  template <typename F>
  void JsonWith(std::string_view name, F&& write) {
    if (!Sep(name)) return;
    json_.clear();
    JsonToString sink(json_);
    write(sink);
    WriteTsv(json_, out_);
  }

 private:
  // Writes the separator (and, for the header, the name); true when a value follows.
  bool Sep(std::string_view name) {
    if (!first_) out_.Put('\t');
    first_ = false;
    if (header_) out_.Write(name);
    return !header_;
  }
  Output& out_;
  bool first_ = true;
  bool header_ = false;
  EscapeMemo memo_;
  std::string json_;  // a nested value, before its TSV escape
};

}  // namespace claimlens
