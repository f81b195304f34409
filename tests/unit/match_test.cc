// The trie matcher: case rule, wildcard, compound parts, RE2 patterns with a group.
#include "match.h"

#include <doctest/doctest.h>

#include "claimlens/lexicon.h"
#include "compiled.h"
#include "test_util.h"

using namespace claimlens;

namespace {

struct Found {
  std::string text;
  std::string phrase;
  bool part;
};

// `contractions`: rows of a contractions table (clitic reads after source), if any.
std::vector<Found> Matches(const std::string& lexicon_rows, const std::string& text,
                           const std::string& contractions = "") {
  std::vector<LexiconFile> files = test::BuiltinFilesNamed({"segmentation", "settings"});
  files.push_back({"m.tsv", "phrase\tkind\tclass\tvalue\tsource\n" + lexicon_rows});
  if (!contractions.empty())
    files.push_back({"c.tsv", "clitic\treads\tafter\tsource\n" + contractions});
  std::vector<Diagnostic> problems;
  auto lexicon = Lexicon::Load(files, &problems);
  for (const auto& p : problems) FAIL_CHECK(p.ToString());
  Document doc = Document::FromString("t", text);
  TokenList tokens;
  test::BuiltinSegmenter().Tokenize(text, &tokens);
  Matcher matcher(lexicon->compiled());
  std::vector<Match> out;
  matcher.Run(doc.bytes(), doc.body(), tokens, &out);
  std::vector<Found> found;
  for (const Match& m : out) {
    const auto& seq = m.part ? tokens.parts : tokens.tokens;
    const Span s{seq[m.begin].span.start, seq[m.end - 1].span.end};
    found.push_back({doc.Text(s), lexicon->entries()[m.entry].phrase, m.part});
  }
  return found;
}

}  // namespace

TEST_CASE("a lower-case phrase matches any case; a capitalised one only capitals") {
  const std::string rows = "us\thedge\tmodal\t-\tme\nUS\trole\tstate\t-\tme\n";
  const auto lower = Matches(rows, "tell us");
  REQUIRE(lower.size() == 1);
  CHECK(lower[0].phrase == "us");
  const auto upper = Matches(rows, "the US agreed");
  REQUIRE(upper.size() == 2);  // both: the rules choose by kind
}

TEST_CASE("a phrase word in capitals matches only capitals; one with a capital any capital") {
  const std::string rows = "PLAN\trole\tmilitary\t-\tme\nNato\trole\tmilitary\t-\tme\n";
  CHECK(Matches(rows, "the PLAN sailed").size() == 1);
  CHECK(Matches(rows, "a New Plan").empty());
  CHECK(Matches(rows, "a plan").empty());
  CHECK(Matches(rows, "Nato and NATO").size() == 2);
  CHECK(Matches("G7\trole\tstate\t-\tme\n", "the G7 met").size() == 1);
}

TEST_CASE("every phrase found at a position, longest first") {
  const auto found =
      Matches("almost\thedge\tapproximator\t-\tme\nalmost certainly\tbooster\testimative\t-\tme\n",
              "It will almost certainly fail.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "almost certainly");
  CHECK(found[1].text == "almost");
}

TEST_CASE("a wildcard is any one word, never punctuation") {
  const std::string rows = "see~ * as\tattribution\tverb\t-\tme\n";
  CHECK(Matches(rows, "They see China as a rival.").size() == 1);
  CHECK(Matches(rows, "They see , as ever.").empty());
}

TEST_CASE("pieces of a compound are matched as parts") {
  const auto found = Matches("NATO\trole\talliance\t-\tme\n", "NATO-skeptic voters");
  REQUIRE(found.size() == 1);
  CHECK(found[0].part);
  CHECK(found[0].text == "NATO");
}

TEST_CASE("a pattern with a group marks only the group, snapped to tokens") {
  const auto found = Matches("re:(?i)\\b(about) \\d\thedge\tapproximator\t-\tme\n",
                             "About 40 ships and about 7 more.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "About");
  CHECK(found[1].text == "about");
}

TEST_CASE("matching is per position and bounded: a long run of a phrase word is linear") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "almost ";
  CHECK(Matches("almost certainly\tbooster\testimative\t-\tme\n", text).empty());
}

TEST_CASE("a clitic reads as its full word: \"isn't clear\" matches \"not clear\"") {
  const std::string rows =
      "not clear\thedge\tuncertainty\t-\tme\n"
      "is clear\tbooster\temphatic\t-\tme\n"
      "will\tbooster\tprediction\t-\tme\n";
  const std::string contractions = "n't\tnot\t-\tme\n's\tis\tit|that\tme\n'll\twill\t-\tme\n";
  const auto isnt = Matches(rows, "It isn't clear.", contractions);
  REQUIRE(isnt.size() == 1);
  CHECK(isnt[0].text == "n't clear");
  CHECK(isnt[0].phrase == "not clear");
  // Without the table a clitic is only itself.
  CHECK(Matches(rows, "It isn't clear.").empty());
  // The typographic apostrophe too; "'s" reads "is" only after the words it lists.
  const auto its = Matches(rows, "It\u2019s clear, and that's clear.", contractions);
  REQUIRE(its.size() == 2);
  CHECK(its[0].text == "\u2019s clear");
  CHECK(its[1].text == "'s clear");
  CHECK(Matches(rows, "Tokyo's clear aim.", contractions).empty());  // a possessive
  const auto well = Matches(rows, "We'll see.", contractions);
  REQUIRE(well.size() == 1);
  CHECK(well[0].phrase == "will");
}

TEST_CASE("a phrase written both ways matches a contraction once") {
  const std::string rows = "(could not|couldn't) possibly\tbooster\tcertainty\t-\tme\n";
  const auto found = Matches(rows, "They couldn't possibly know.", "n't\tnot\t-\tme\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "couldn't possibly");
}

TEST_CASE("a cue phrase that is all of a compound's pieces matches the compound") {
  const std::string rows =
      "better than even\thedge\testimative\tlikely\tme\n"
      "than\tgrammar\tpreposition\t-\tme\n";
  const auto found = Matches(rows, "a better-than-even chance");
  // The whole compound, as a token; its pieces as parts as before.
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "better-than-even");
  CHECK_FALSE(found[0].part);
  CHECK(found[1].part);
  CHECK(found[1].phrase == "better than even");
  CHECK(found[2].phrase == "than");  // a grammar piece stays a part only
  CHECK(found[2].part);
  // Some pieces only are no match of the compound.
  const auto some = Matches(rows, "a better-than-even-money bet");
  REQUIRE(some.size() == 2);
  CHECK(some[0].part);
}
