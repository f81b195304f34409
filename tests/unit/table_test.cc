#include "table.h"

#include <doctest/doctest.h>

#include "claimlens/lexicon.h"
#include "test_util.h"

using namespace claimlens;

TEST_CASE("a table has comments / a header and rows of the header's width") {
  const std::string text =
      "# comment\n\nword\tclass\tsource\nGen.\tabbrev\tx\n# more\nThe\tstarter\tx\n";
  Table t;
  std::vector<Diagnostic> errors;
  REQUIRE(ParseTable("f.tsv", text, &t, &errors));
  CHECK(errors.empty());
  CHECK(t.columns.size() == 3);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 4);
  CHECK(t.rows[1].fields[0] == "The");
}

TEST_CASE("bad rows are reported with file and line / and left out") {
  const std::string text =
      "word\tclass\tsource\nGen.\tabbrev\nSen.\t\tx\nRep.\tabbrev \tx\nok\tabbrev\tx\n";
  Table t;
  std::vector<Diagnostic> errors;
  REQUIRE(ParseTable("f.tsv", text, &t, &errors));
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].ToString() ==
        "f.tsv:2: expected 3 TAB-separated fields (as in the header on line 1), found 2");
  CHECK(errors[1].line == 3);
  CHECK(errors[1].message.find("empty field 'class'") == 0);
  CHECK(errors[2].line == 4);
  CHECK(t.rows.size() == 1);
}

TEST_CASE("an unknown header or class is an error naming the file and line") {
  std::vector<Diagnostic> errors;
  std::vector<LexiconFile> files = test::BuiltinFilesNamed({"settings"});
  files.push_back({"a.tsv", "foo\tbar\n1\t2\n"});
  files.push_back({"b.tsv", "word\tclass\tsource\nX.\tweird\ts\n"});
  Lexicon::Load(files, &errors);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].path == "a.tsv");
  CHECK(errors[0].line == 1);
  CHECK(errors[0].message.find("unknown table header") == 0);
  CHECK(errors[1].ToString().find("b.tsv:2: unknown class 'weird'") == 0);
}

TEST_CASE("the built-in lexicons load without errors") {
  std::vector<Diagnostic> errors;
  auto lexicon = Lexicon::Load(BuiltinLexiconFiles(), &errors);
  for (const auto& e : errors) FAIL_CHECK(e.ToString());
  CHECK(lexicon->segmentation().abbreviations.count("U.S."));
}
