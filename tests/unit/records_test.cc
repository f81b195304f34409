#include "claimlens/records.h"

#include <doctest/doctest.h>

using namespace claimlens;

TEST_CASE("JSON strings escape quotes / backslashes and control characters") {
  std::string out;
  AppendJsonString("a\"b\\c\nd\te\x01 “ok”", &out);
  CHECK(out == "\"a\\\"b\\\\c\\nd\\te\\u0001 “ok”\"");
}

TEST_CASE("TSV fields escape TAB / LF / CR and backslash") {
  std::string out;
  AppendTsvField("a\tb\nc\rd\\e", &out);
  CHECK(out == "a\\tb\\nc\\rd\\\\e");
}
