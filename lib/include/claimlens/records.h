// Record writers for the machine formats. A record type lists its fields once,
// in a Visit(writer) method; JSONL and TSV (header included) follow from it, so
// the two formats can never disagree on names or order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "claimlens/output.h"

namespace claimlens {

// Appends `s` as a JSON string literal (quotes included). `s` must be valid UTF-8.
void AppendJsonString(std::string_view s, std::string* out);
// Appends `s` as a TSV field: TAB, LF, CR and backslash become \t \n \r \\.
void AppendTsvField(std::string_view s, std::string* out);

class JsonlWriter {
 public:
  explicit JsonlWriter(Output& out) : out_(out) {}
  template <typename Record>
  void Write(const Record& r) {
    first_ = true;
    out_.buffer().push_back('{');
    r.Visit(*this);
    out_.buffer().append("}\n");
    out_.MaybeFlush();
  }
  void Str(std::string_view name, std::string_view v) { AppendJsonString(v, Key(name)); }
  void Int(std::string_view name, int64_t v) { Key(name)->append(std::to_string(v)); }
  void Bool(std::string_view name, bool v) { Key(name)->append(v ? "true" : "false"); }
  void Null(std::string_view name) { Key(name)->append("null"); }
  void Num(std::string_view name, double v);
  // A value that is already JSON (a nested list or object).
  void Json(std::string_view name, std::string_view json) { Key(name)->append(json); }

 private:
  std::string* Key(std::string_view name) {
    std::string& b = out_.buffer();
    if (!first_) b.push_back(',');
    first_ = false;
    b.push_back('"');
    b.append(name);
    b.append("\":");
    return &b;
  }
  Output& out_;
  bool first_ = true;
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
    out_.buffer().push_back('\n');
    header_ = false;
  }
  template <typename Record>
  void Write(const Record& r) {
    first_ = true;
    r.Visit(*this);
    out_.buffer().push_back('\n');
    out_.MaybeFlush();
  }
  void Str(std::string_view name, std::string_view v) {
    if (Sep(name)) AppendTsvField(v, &out_.buffer());
  }
  void Int(std::string_view name, int64_t v) {
    if (Sep(name)) out_.buffer().append(std::to_string(v));
  }
  void Bool(std::string_view name, bool v) {
    if (Sep(name)) out_.buffer().append(v ? "true" : "false");
  }
  void Null(std::string_view name) { Sep(name); }
  void Num(std::string_view name, double v);
  void Json(std::string_view name, std::string_view json) {
    if (Sep(name)) AppendTsvField(json, &out_.buffer());
  }

 private:
  // Writes the separator (and, for the header, the name); true when a value follows.
  bool Sep(std::string_view name) {
    std::string& b = out_.buffer();
    if (!first_) b.push_back('\t');
    first_ = false;
    if (header_) b.append(name);
    return !header_;
  }
  Output& out_;
  bool first_ = true;
  bool header_ = false;
};

}  // namespace claimlens
