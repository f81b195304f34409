#include <doctest/doctest.h>

#include "claimlens/document.h"

using namespace claimlens;

TEST_CASE("valid UTF-8 has no invalid sequences and keeps its bytes") {
  const std::string text = "Beijing’s “view” — 北京 👩‍👩‍👧";
  const DecodeInfo info = Decode(text);
  CHECK(info.invalid_count == 0);
  CHECK(info.body_start == 0);
  CHECK(info.first_nul == -1);
  Document doc = Document::FromString("d", text);
  CHECK(doc.Text(doc.body()) == text);
}

TEST_CASE("a BOM is skipped but offsets stay original") {
  Document doc = Document::FromString("d", "\xEF\xBB\xBFHello");
  CHECK(doc.info().body_start == 3);
  CHECK(doc.body().start == 3);
  CHECK(doc.Text(doc.body()) == "Hello");
}

TEST_CASE("ill-formed sequences are found and shown as U+FFFD") {
  // a lone continuation byte, a truncated 3-byte sequence, an overlong '/', a surrogate
  const std::string text = std::string("a\x80") + "b\xE2\x82" + "c\xC0\xAF" + "d\xED\xA0\x80" + "e";
  Document doc = Document::FromString("d", text);
  CHECK_FALSE(doc.valid_utf8());
  REQUIRE(doc.info().invalid.size() >= 4);
  CHECK(doc.info().invalid[0] == 1);
  CHECK(doc.info().invalid[1] == 3);
  const std::string shown = doc.Text(doc.body());
  CHECK(shown.find("a\xEF\xBF\xBD"
                   "b\xEF\xBF\xBD"
                   "c") == 0);
  CHECK(SanitizeUtf8(shown) == shown);  // the shown text is valid UTF-8
}

TEST_CASE("NUL bytes are found") {
  const std::string text("ab\0cd", 5);
  CHECK(Decode(text).first_nul == 2);
}

TEST_CASE("the locator counts lines at LF / CR and CRLF / and columns in code points") {
  Document doc = Document::FromString("d", "ab\r\ncd\ref\nß€x");
  Locator loc(doc);
  CHECK(loc.At(0).line == 1);
  CHECK(loc.At(4).line == 2);
  CHECK(loc.At(4).col == 1);
  CHECK(loc.At(7).line == 3);
  const auto p = loc.At(15);  // "x", after ß (2 bytes) and € (3 bytes)
  CHECK(p.line == 4);
  CHECK(p.col == 3);
  CHECK(loc.At(1).col == 2);  // going back works too
}

TEST_CASE("the locator counts an ill-formed byte as one column") {
  Document doc = Document::FromString("d", "a\xFFz");
  Locator loc(doc);
  CHECK(loc.At(2).col == 3);
}
