// The HTML reader's text (lib/io/html_text.cc): character references,
// ill-formed bytes and ignored markup read as the HTML5 tokenizer reads them,
// every character of the view with the exact bytes of the page behind it.
#include "html_text.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "readers.h"

using namespace claimlens;

namespace {

struct Unit {
  std::string text;
  uint32_t start, end;  // the page's bytes behind it
};

// The view of `page`, one unit per code point, code points that map to the
// same bytes (a reference that reads as two) merged; the line end the view
// closes with is left out.
std::vector<Unit> Units(const std::string& page) {
  const Layer view = HtmlView(page, 0);
  std::vector<Unit> units;
  for (size_t a = 0; a < view.text.size();) {
    const size_t n = Utf8CharLength(view.text, a);
    const auto b = static_cast<uint32_t>(a + n);
    const Unit u{view.text.substr(a, n), view.map.Start(static_cast<uint32_t>(a)), view.map.End(b)};
    if (!units.empty() && units.back().start == u.start && units.back().end == u.end)
      units.back().text += u.text;
    else
      units.push_back(u);
    a = b;
  }
  while (!units.empty() && units.back().text == "\n") units.pop_back();
  return units;
}

// "text@start-end" for each unit of the view of "<p>" + body, joined by "|".
std::string Read(const std::string& body) {
  std::string out;
  for (const Unit& u : Units("<p>" + body)) {
    if (!out.empty()) out += "|";
    out += u.text + "@" + std::to_string(u.start) + "-" + std::to_string(u.end);
  }
  return out;
}

}  // namespace

TEST_CASE("HTML references: the spec's reading, each with its exact bytes") {
  CHECK(Read("x&amp;y") == "x@3-4|&@4-9|y@9-10");
  // Legacy names read without ';', and as the longest legacy name they start with.
  CHECK(Read("x&amp") == "x@3-4|&@4-8");
  CHECK(Read("&ampx2") == "&@3-7|x@7-8|2@8-9");
  CHECK(Read("&notit;") == "\u00AC@3-7|i@7-8|t@8-9|;@9-10");
  CHECK(Read("&notin;") == "\u2209@3-10");
  // Other names need their ';'; an unknown name is text.
  CHECK(Read("&hellip &foo;") ==
        "&@3-4|h@4-5|e@5-6|l@6-7|l@7-8|i@8-9|p@9-10| @10-11|&@11-12|f@12-13|"
        "o@13-14|o@14-15|;@15-16");
  // A name that reads as two code points is one unit.
  CHECK(Read("&NotEqualTilde;") == "\u2242\u0338@3-18");
  CHECK(Read("&CounterClockwiseContourIntegral;") == "\u2233@3-36");
}

TEST_CASE("HTML numeric references: U+FFFD for 0, surrogates and past U+10FFFF") {
  CHECK(Read("&#x110000;") == "\uFFFD@3-13");
  CHECK(Read("&#0;") == "\uFFFD@3-7");
  CHECK(Read("&#xD800;") == "\uFFFD@3-11");
  CHECK(Read("&#99999999999999999999;") == "\uFFFD@3-26");
  // Windows-1252 for 0x80-0x9F, where it has a character.
  CHECK(Read("&#128;&#x81;") == "\u20AC@3-9|\u0081@9-15");
  // Without ';' too; without digits the '&' is text.
  CHECK(Read("&#65x &#; &#x;") ==
        "A@3-7|x@7-8| @8-9|&@9-10|#@10-11|;@11-12| @12-13|&@13-14|#@14-15|x@15-16|;@16-17");
}

TEST_CASE("HTML text: ill-formed bytes, white space, NUL and ignored tags") {
  CHECK(Read("a\xFF"
             "b") == "a@3-4|\uFFFD@4-5|b@5-6");
  CHECK(Read("\xE2\x80x") == "\uFFFD@3-5|x@5-6");  // a truncated sequence is one U+FFFD
  CHECK(Read("\xED\xA0\x80!") == "\uFFFD@3-4|\uFFFD@4-5|\uFFFD@5-6|!@6-7");  // a surrogate
  CHECK(Read("&amp\xFF;") == "&@3-7|\uFFFD@7-8|;@8-9");
  CHECK(Read("a\r\nb\tc&nbsp;d") == "a@3-4| @4-6|b@6-7| @7-8|c@8-9| @9-15|d@15-16");
  CHECK(Read(std::string("x\0y", 3)) == "x@3-4|y@5-6");
  CHECK(Read("a</x>b</>c") == "a@3-4|b@8-9|c@12-13");
  CHECK(Read("a<!DOCTYPE html>b<body class='>'>c") == "a@3-4|b@19-20|c@36-37");
  CHECK(Read("1 < 2 &lt; 3") == "1@3-4| @4-5|<@5-6| @6-7|2@7-8| @8-9|<@9-13| @13-14|3@14-15");
  // Raw text reads no references.
  CHECK(Read("<xmp>&amp;</xmp>") == "&@8-9|a@9-10|m@10-11|p@11-12|;@12-13");
}

TEST_CASE("HTML view: every unit is its own bytes, in order, on hostile pages") {
  const std::string kPieces[] = {"&amp",
                                 "&amp;",
                                 "&notit;",
                                 "&#x110000;",
                                 "&#0;",
                                 "&#xD800;",
                                 "&#128;",
                                 "&#",
                                 "&",
                                 "<",
                                 "\xFF",
                                 "\xE2\x80",
                                 "\xC2\x85",
                                 "\r\n",
                                 "\r",
                                 "\n",
                                 "&NotEqualTilde;",
                                 "x",
                                 "Likely.",
                                 " ",
                                 "<b>",
                                 "</b>",
                                 "</x>",
                                 "<p>",
                                 "<table>",
                                 "<td>",
                                 "<pre>",
                                 "<xmp>",
                                 "<!--",
                                 "-->",
                                 std::string(1, '\0'),
                                 "\t",
                                 "&nbsp;",
                                 "<a href='>'>",
                                 "\u203D",
                                 "</>",
                                 "<!DOCTYPE x>",
                                 "\f"};
  std::mt19937 rng(20261130);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1), count(1, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string page;
    for (size_t n = count(rng); n > 0; --n) {
      page += kPieces[piece(rng)];
    }
    uint32_t last = 0;
    for (const Unit& u : Units(page)) {
      INFO("page: " << page);
      REQUIRE(u.start >= last);
      REQUIRE(u.start <= u.end);
      REQUIRE(u.end <= page.size());
      const std::string behind = page.substr(u.start, u.end - u.start);
      // Text copied as it is, unless it is a unit read as something else.
      if (behind.find_first_of("&<\r\n\t\f", 0, 6) == std::string::npos && u.text != "\uFFFD" &&
          behind.size() == u.text.size() && u.text.find_first_not_of(" \n") != std::string::npos)
        CHECK(u.text == behind);
      last = u.end;
    }
  }
}
