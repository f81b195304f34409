#include "phrase.h"

#include <doctest/doctest.h>

using namespace claimlens;

namespace {
std::vector<std::string> Expand(const std::string& phrase) {
  std::vector<PhraseVariant> variants;
  std::string error;
  REQUIRE_MESSAGE(ExpandPhrase(phrase, &variants, &error), error);
  std::vector<std::string> out;
  for (const auto& v : variants) {
    std::string s;
    for (const auto& w : v) s += (s.empty() ? "" : " ") + (w.wildcard ? std::string("*") : w.text);
    out.push_back(s);
  }
  return out;
}
std::string Error(const std::string& phrase) {
  std::vector<PhraseVariant> variants;
  std::string error;
  CHECK_FALSE(ExpandPhrase(phrase, &variants, &error));
  return error;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("optional and alternative groups expand to every variant") {
  CHECK(Expand("it is [very|highly] likely that") ==
        V{"it is very likely that", "it is highly likely that", "it is likely that"});
  CHECK(Expand("(we|i) assess") == V{"we assess", "i assess"});
  CHECK(Expand("in the (view|words) of") == V{"in the view of", "in the words of"});
  CHECK(Expand("(no one|nobody) knows") == V{"no one knows", "nobody knows"});
}

TEST_CASE("variants come in order: the first group varies slowest, then each word's forms") {
  CHECK(Expand("(may|might) [well] prove~") ==
        V{"may well prove", "may well proves", "may well proved", "may well proving", "may prove",
          "may proves", "may proved", "may proving", "might well prove", "might well proves",
          "might well proved", "might well proving", "might prove", "might proves",
          "might proved", "might proving"});
  CHECK(Expand("  the   United States ") == V{"the United States"});
  CHECK(Expand("[perhaps]") == V{"perhaps", ""});
  CHECK(Error("   ") == "empty phrase");
  CHECK(Error("(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) prove~").find("more than 256") !=
        std::string::npos);
}

TEST_CASE("word~ adds regular inflections") {
  CHECK(Expand("suggest~") == V{"suggest", "suggests", "suggested", "suggesting"});
  CHECK(Inflections("argue") == V{"argue", "argues", "argued", "arguing"});
  CHECK(Inflections("imply") == V{"imply", "implies", "implied", "implying"});
  CHECK(Inflections("stress") == V{"stress", "stresses", "stressed", "stressing"});
  CHECK(Inflections("see") == V{"see", "sees", "seed", "seeing"});
}

TEST_CASE("the wildcard is one word") { CHECK(Expand("see~ * as").size() == 4); }

TEST_CASE("bad syntax is an error with a reason") {
  CHECK(Error("(appear|seem)s") == "alternatives are whole words: put a space after the group");
  CHECK(Error("it is [very likely") == "missing ']'");
  CHECK(Error("a (b (c|d))") == "groups cannot be nested");
  CHECK(Error("a|b") == "unexpected '|'");
  CHECK(Error("(a||b)") == "empty alternative");
  CHECK(Error("(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b)").find("more than 256") !=
        std::string::npos);
}
