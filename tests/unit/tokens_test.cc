#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimlens;
using claimlens::test::Tokens;
using V = std::vector<std::string>;

TEST_CASE("possessives split off the clitic") {
  CHECK(Tokens("NATO’s role") == V{"NATO", "’s", "role"});
  CHECK(Tokens("Beijing's view") == V{"Beijing", "'s", "view"});
  CHECK(Tokens("They don't know") == V{"They", "do", "n't", "know"});
}

TEST_CASE("hyphenated compounds stay one token whose parts remain visible") {
  Document doc = Document::FromString("d", "NATO-skeptic parties in the Indo-Pacific");
  const auto seg = test::Segment(doc);
  REQUIRE(seg.tokens.size() == 1);
  const Token& t = seg.tokens[0][0];
  CHECK(doc.Text(t.span) == "NATO-skeptic");
  CHECK(t.has(Token::kCompound));
  CHECK(t.nparts == 2);
  CHECK(seg.norms[0][0] == "nato-skeptic");
  CHECK(doc.Text(seg.tokens[0].back().span) == "Indo-Pacific");
}

TEST_CASE("a plus sign splits: NATO+IP4 is NATO / + / IP4") {
  Document doc = Document::FromString("d", "NATO+IP4");
  const auto seg = test::Segment(doc);
  REQUIRE(seg.tokens[0].size() == 3);
  CHECK(seg.tokens[0][0].kind == TokenKind::kWord);
  CHECK(seg.tokens[0][1].kind == TokenKind::kSymbol);
  CHECK(seg.tokens[0][2].kind == TokenKind::kWord);  // IP4 is a word, not a number
}

TEST_CASE("kinds: word / number / punct / symbol") {
  Document doc =
      Document::FromString("d", "Costs rose 3.5% to $1,000 — a record 👩‍👩‍👧.");
  const auto seg = test::Segment(doc);
  std::vector<std::pair<std::string, TokenKind>> got;
  for (const Token& t : seg.tokens[0]) got.emplace_back(doc.Text(t.span), t.kind);
  CHECK(got[2] == std::make_pair(std::string("3.5"), TokenKind::kNumber));
  CHECK(got[3] == std::make_pair(std::string("%"), TokenKind::kPunct));
  CHECK(got[5] == std::make_pair(std::string("$"), TokenKind::kSymbol));
  CHECK(got[6] == std::make_pair(std::string("1,000"), TokenKind::kNumber));
  CHECK(got[7].second == TokenKind::kPunct);  // the dash
  CHECK(got[10] == std::make_pair(std::string("👩‍👩‍👧"), TokenKind::kSymbol));
}

TEST_CASE("norms are NFKC / case-folded / with typographic quotes folded") {
  Document doc = Document::FromString("d", "“Ｆｕｌｌ” ﬁne Straße IT’S");
  const auto seg = test::Segment(doc);
  CHECK(seg.norms[0] ==
        std::vector<std::string>{"\"", "full", "\"", "fine", "strasse", "it", "'s"});
}

TEST_CASE("abbreviations keep their final period") {
  CHECK(Tokens("the U.S. and e.g. this") == V{"the", "U.S.", "and", "e.g.", "this"});
}

TEST_CASE("capitals are flagged for case-sensitive lexicon entries") {
  Document doc = Document::FromString("d", "US us Éire");
  const auto seg = test::Segment(doc);
  CHECK(seg.tokens[0][0].has(Token::kHasUpper));
  CHECK_FALSE(seg.tokens[0][1].has(Token::kHasUpper));
  CHECK(seg.tokens[0][2].has(Token::kHasUpper));
}

TEST_CASE("Tokenize reads a lexicon phrase exactly as text") {
  TokenList list;
  test::BuiltinSegmenter().Tokenize("NATO's Indo-Pacific U.S.", &list);
  REQUIRE(list.tokens.size() == 4);
  CHECK(list.norm(list.tokens[0]) == "nato");
  CHECK(list.norm(list.tokens[1]) == "'s");
  CHECK(list.norm(list.tokens[2]) == "indo-pacific");
  CHECK(list.norm(list.tokens[3]) == "u.s.");
}
