#include "claimlens/records.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "test_util.h"

using namespace claimlens;

TEST_CASE("JSON strings escape quotes / backslashes and control characters") {
  std::string out;
  AppendJsonString("a\"b\\c\nd\te\x01 “ok”", &out);
  CHECK(out == "\"a\\\"b\\\\c\\nd\\te\\u0001 “ok”\"");
}

// Escapes one byte at a time: what the eight-bytes-at-once scan must equal.
std::string ReferenceJson(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

TEST_CASE("JSON escaping finds every special byte wherever it sits in a block of eight") {
  // Each byte value at each position of a 19-byte string of plain text, and
  // beside bytes >= 0x80 (UTF-8) that a careless word-at-a-time test confuses.
  for (int c = 0; c < 256; ++c) {
    for (size_t at = 0; at < 19; ++at) {
      std::string s = at % 2 ? "plain words here, \xc3\xa9" : "\xe2\x80\x9cquoted\xe2\x80\x9d ok";
      s.resize(19, 'x');
      s[at] = static_cast<char>(c);
      std::string appended;
      AppendJsonString(s, &appended);
      std::string written(s.size() * 6 + 2, '\0');
      written.resize(static_cast<size_t>(EscapeJson(s, written.data()) - written.data()));
      const std::string want = ReferenceJson(s);
      REQUIRE_MESSAGE(appended == want, "byte " << c << " at " << at);
      REQUIRE_MESSAGE(written == want, "byte " << c << " at " << at);
    }
  }
}

TEST_CASE("TSV fields escape TAB / LF / CR and backslash") {
  std::string out;
  AppendTsvField("a\tb\nc\rd\\e", &out);
  CHECK(out == "a\\tb\\nc\\rd\\\\e");
}

TEST_CASE("integers are written as std::to_string writes them, at every digit count") {
  std::vector<int64_t> values = {0, -1, -10, INT64_MIN, INT64_MAX};
  for (int64_t p = 1; p <= 100000000000LL; p *= 10) {
    for (int64_t v : {p - 1, p, p + 1, 2 * p, 9 * p, 9 * p + p - 1}) values.push_back(v);
  }
  for (int64_t v = 0; v < 2100; ++v) values.push_back(v);
  std::string expected;
  for (int64_t v : values) expected += std::to_string(v) + ",";
  std::FILE* file = std::tmpfile();
  {
    Output out(fileno(file));
    for (int64_t v : values) {
      WriteInt(v, out);
      out.Put(',');
    }
    out.Flush();
  }
  const std::string written = test::ReadBack(file);
  std::fclose(file);
  CHECK(written == expected);
}

namespace {

// One field of every kind a record can have, with bytes that need escaping.
struct EveryField {
  template <typename W>
  void Visit(W& w) const {
    w.Doc("doc", "a\tdoc");
    w.Int("n", 1234567);
    w.Int("neg", -5);
    w.Str("text", "tab\there\\");
    w.Bool("yes", true);
    w.Null("none");
    w.Num("x", 0.25);
    w.Json("list", "[1,2]");
    w.JsonWith("nested", [](auto& sink) {
      sink.Char('[');
      sink.Str("q\"t");
      sink.Char(',');
      sink.Int(42);
      sink.Char(']');
    });
    w.Str("empty", "");
  }
};

template <typename Write>
std::string Written(Write write) {
  std::FILE* file = std::tmpfile();
  {
    Output out(fileno(file));
    write(out);
    out.Flush();
  }
  const std::string written = test::ReadBack(file);
  std::fclose(file);
  return written;
}

}  // namespace

TEST_CASE("a TSV row and its header: every kind of field, separated by tabs, escaped") {
  const std::string written = Written([](Output& out) {
    TsvWriter w(out);
    w.Header(EveryField{});
    w.Write(EveryField{});
    w.Write(EveryField{});
  });
  const std::string header = "doc\tn\tneg\ttext\tyes\tnone\tx\tlist\tnested\tempty\n";
  const std::string row =
      "a\\tdoc\t1234567\t-5\ttab\\there\\\\\ttrue\t\t0.25\t[1,2]\t[\"q\\\\\"t\",42]\t\n";
  CHECK(written == header + row + row);
}

TEST_CASE("a JSONL record: every kind of field, in order, escaped") {
  const std::string written = Written([](Output& out) {
    JsonlWriter w(out);
    w.Write(EveryField{});
  });
  CHECK(written ==
        "{\"doc\":\"a\\tdoc\",\"n\":1234567,\"neg\":-5,\"text\":\"tab\\there\\\\\",\"yes\":true,"
        "\"none\":null,\"x\":0.25,\"list\":[1,2],\"nested\":[\"q\\\"t\",42],\"empty\":\"\"}\n");
}
