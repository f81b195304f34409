#include "fold.h"

#include <doctest/doctest.h>

using namespace claimlens;

namespace {
std::string Norm(std::string_view s) {
  static const Folder folder;
  std::string out;
  folder.Append(s, &out);
  return out;
}
}  // namespace

TEST_CASE("ASCII is lower-cased on the fast path") {
  CHECK(Norm("NATO") == "nato");
  CHECK(Norm("It's") == "it's");
}

TEST_CASE("typographic quotes and hyphens fold to ASCII") {
  CHECK(Norm("’s") == "'s");
  CHECK(Norm("“") == "\"");
  CHECK(Norm("Indo\u2010Pacific") == "indo-pacific");
}

TEST_CASE("NFKC and full case folding") {
  CHECK(Norm("ﬁ") == "fi");
  CHECK(Norm("ＮＡＴＯ") == "nato");
  CHECK(Norm("STRASSE") == Norm("Straße"));
  CHECK(Norm("ΚΟΣΜΟΣ") == "κοσμοσ");  // case folding, not lower-casing: no final sigma
}

TEST_CASE("ill-formed bytes fold to U+FFFD") { CHECK(Norm("a\xFF") == "a\xEF\xBF\xBD"); }
