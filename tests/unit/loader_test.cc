// Loading lexicon files: validation with file:line errors, overrides, actors.
#include <doctest/doctest.h>

#include "claimlens/lexicon.h"
#include "compiled.h"

using namespace claimlens;

namespace {

constexpr char kHeader[] = "phrase\tkind\tclass\tvalue\tsource\n";

std::vector<Diagnostic> Problems(const std::vector<LexiconFile>& extra) {
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.insert(files.end(), extra.begin(), extra.end());
  std::vector<Diagnostic> problems;
  Lexicon::Load(files, &problems);
  return problems;
}

std::string Only(const std::vector<Diagnostic>& problems) {
  REQUIRE(problems.size() == 1);
  return problems[0].ToString();
}

}  // namespace

TEST_CASE("cue rows are validated with file and line") {
  CHECK(Only(Problems({{"u.tsv", std::string(kHeader) + "x y\thedgy\tmodal\t-\tme\n"}}))
            .find("u.tsv:2: unknown kind 'hedgy'") == 0);
  CHECK(Only(Problems({{"u.tsv", std::string(kHeader) + "x y\thedge\tmodel\t-\tme\n"}}))
            .find("u.tsv:2: unknown class 'model' for kind hedge") == 0);
  CHECK(Only(Problems({{"u.tsv", std::string(kHeader) + "x y\thedge\tmodal\tprobable\tme\n"}}))
            .find("u.tsv:2: bad level 'probable'") == 0);
  CHECK(Only(Problems(
            {{"u.tsv", std::string(kHeader) +
                           "# c\nx y\thedge\tmodal\t-\tme\nx y\thedge\tmodal\t-\tme\n"}})) ==
        "u.tsv:4: duplicate hedge 'x y' (also on line 3)");
  CHECK(Only(Problems({{"u.tsv", std::string(kHeader) + "re:(unclosed\thedge\tmodal\t-\tme\n"}}))
            .find("u.tsv:2: bad pattern") == 0);
  CHECK(Only(Problems({{"u.tsv", std::string(kHeader) + "(a|b\thedge\tmodal\t-\tme\n"}}))
            .find("u.tsv:2: bad phrase '(a|b': missing ')'") == 0);
  CHECK(Only(Problems({{"u.tsv", std::string(kHeader) + "Blob\tactor\talias\tNOPE\tme\n"}})) ==
        "u.tsv:2: unknown actor id 'NOPE'");
}

TEST_CASE("a pathological pattern is rejected, not run") {
  const std::string huge = "re:(?:a{1,100}){1,100}b";
  const auto problems =
      Problems({{"u.tsv", std::string(kHeader) + huge + "\thedge\tmodal\t-\tme\n"}});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line == 2);
}

TEST_CASE("actor rows are validated: type, roles, members") {
  const std::string header = "id\ttype\tname\taliases\tdemonyms\tseats\tmembers\troles\tsource\n";
  CHECK(
      Only(Problems(
               {{"a.tsv",
                 header + "XX\tstate\tX\tX\t-\t-\t-\t-\tme\nYY\tplanet\tY\tY\t-\t-\t-\t-\tme\n"}}))
          .find("a.tsv:3: unknown type 'planet'") == 0);
  CHECK(Only(Problems({{"a.tsv", header + "p\tperson\tP\tP\t-\t-\t-\tpresident@USA:20xx\tme\n"}}))
            .find("a.tsv:2: bad role") == 0);
  CHECK(Only(Problems({{"a.tsv", header + "G\tgroup\tG\tG\t-\t-\tUSA|ZZZ\t-\tme\n"}})) ==
        "a.tsv:2: unknown member id 'ZZZ'");
}

TEST_CASE("a later file overrides an entry with the same phrase, kind and class") {
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back(
      {"u.tsv", std::string(kHeader) + "likely\thedge\tprobability\tvery_likely\tme\n"});
  std::vector<Diagnostic> problems;
  auto lexicon = Lexicon::Load(files, &problems);
  CHECK(problems.empty());
  int active = 0;
  for (size_t i = 0; i < lexicon->entries().size(); ++i) {
    const Entry& e = lexicon->entries()[i];
    if (e.phrase == "likely" && e.kind == EntryKind::kHedge)
      active += !lexicon->compiled().disabled[i];
  }
  CHECK(active == 1);
}

TEST_CASE("scales and the perceived table give bands") {
  std::vector<Diagnostic> problems;
  auto lexicon = Lexicon::Load(BuiltinLexiconFiles(), &problems);
  const auto icd = lexicon->band(Scale::kIcd203, Level::kLikely);
  REQUIRE(icd);
  CHECK(icd->lo == 55);
  CHECK(icd->hi == 80);
  const auto phia = lexicon->band(Scale::kPhia, Level::kLikely);
  REQUIRE(phia);
  CHECK(phia->hi == 75);
  const auto may = lexicon->perceived("may");
  REQUIRE(may);
  CHECK(may->lo == 30);
  CHECK_FALSE(lexicon->band(Scale::kIcd203, Level::kNone));
}

// (That they load without problems is checked in table_test.cc.)
TEST_CASE("Lexicon::Builtin is the built-in set, loaded once per process") {
  CHECK(Lexicon::Builtin() == Lexicon::Builtin());
  std::vector<Diagnostic> problems;
  CHECK(Lexicon::Builtin()->entries().size() ==
        Lexicon::Load(BuiltinLexiconFiles(), &problems)->entries().size());
  CHECK(Lexicon::Builtin()->actor("CHN") != nullptr);
}
