// Loading lexicon files: validation with file:line errors, overrides, actors.
#include <doctest/doctest.h>

#include <set>

#include "claimlens/lexicon.h"
#include "compiled.h"
#include "test_util.h"

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
  // A word ending ("-ing") is a grammar row of "-" and lower-case letters.
  CHECK(Problems({{"u.tsv", std::string(kHeader) + "-ise\tgrammar\ted-form\t-\tme\n"}}).empty());
  CHECK(Only(Problems({{"u.tsv", std::string(kHeader) + "-Ing\tgrammar\ting-form\t-\tme\n"}}))
            .find("u.tsv:2: bad suffix '-Ing'") == 0);
  CHECK(Only(Problems({{"u.tsv", std::string(kHeader) + "-i g\tgrammar\ting-form\t-\tme\n"}}))
            .find("u.tsv:2: bad suffix '-i g'") == 0);
}

TEST_CASE("word endings beyond the 64 the analysis can keep are refused by line, not dropped") {
  const auto endings = [](int n) {
    std::string rows(kHeader);
    for (int i = 0; i < n; ++i)
      rows += std::string("-q") + static_cast<char>('a' + i / 26) +
              static_cast<char>('a' + i % 26) + "\tgrammar\ted-form\t-\tme\n";
    return rows;
  };
  CHECK(Problems({{"u.tsv", endings(10)}}).empty());
  const auto problems = Problems({{"u.tsv", endings(100)}});
  REQUIRE(problems.size() >= 36);
  CHECK(problems.front().ToString().find("too many word endings (at most 64") != std::string::npos);
  CHECK(problems.back().ToString().find("u.tsv:101: too many word endings") == 0);
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

TEST_CASE("contraction rows are validated; a later file's row for a clitic replaces the earlier") {
  const std::string header = "clitic\treads\tafter\tsource\n";
  CHECK(Only(Problems({{"c.tsv", header + "'x\tnot\t-\tme\n"}}))
            .find("c.tsv:2: ''x' is not a clitic the tokenizer splits off") == 0);
  CHECK(Only(Problems({{"c.tsv", header + "n't\tnot so\t-\tme\n"}})) ==
        "c.tsv:2: 'not so' is not one word");
  CHECK(Only(Problems({{"c.tsv", header + "'s\tis\tit|that one\tme\n"}})) ==
        "c.tsv:2: 'that one' is not one word");
  CHECK(Only(Problems({{"c.tsv", header + "'m\tam\t-\tme\n'm\tam\t-\tme\n"}})) ==
        "c.tsv:3: duplicate clitic ''m'");
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back({"c.tsv", header + "'s\thas\t-\tme\n"});
  std::vector<Diagnostic> problems;
  auto lexicon = Lexicon::Load(files, &problems);
  CHECK(problems.empty());
  int rows = 0;
  for (const Contraction& c : lexicon->compiled().contractions) {
    if (c.clitic != "'s") continue;
    ++rows;
    CHECK(c.reads == "has");
    CHECK(c.after.empty());
  }
  CHECK(rows == 1);
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

TEST_CASE("a header written with spaces is not taken for the table's columns") {
  // The fuzz crashes: a one-column header that reads like a real one let rows of
  // one field through to loaders that read five or nine (an out-of-bounds read).
  for (const char* name : {"crash-151483a1d9dd6a279221dd41a14c62d02a0fbcb5",
                           "crash-280dbe335a26d19ab364ee61909e4918de7bd5ad",
                           "crash-a102ec46b69aa784e26a94a46023ee26d63f8397"}) {
    std::string text;
    REQUIRE(test::ReadFile(test::SourceDir() + "/tests/fuzz/corpus/fuzz_lexicon/" + name, &text));
    const auto problems = Problems({{"fuzz.tsv", text}});
    auto header = std::find_if(problems.begin(), problems.end(), [](const Diagnostic& d) {
      return d.message.find("unknown table header") == 0;
    });
    REQUIRE(header != problems.end());
    CHECK(header->message.find("separated by TABs") != std::string::npos);
  }
}

TEST_CASE("settings: every window is data, validated by name and range") {
  const std::string header = "name\tvalue\tsource\n";
  CHECK(Only(Problems({{"s.tsv", header + "govern_windw\t3\tme\n"}}))
            .find("s.tsv:2: unknown setting 'govern_windw' (expected govern_window,") == 0);
  CHECK(Only(Problems({{"s.tsv", header + "govern_window\t99\tme\n"}})) ==
        "s.tsv:2: bad value '99' for govern_window (a whole number from 0 to 32)");
  CHECK(Only(Problems({{"s.tsv", header + "past_year_min\tabc\tme\n"}}))
            .find("s.tsv:2: bad value 'abc'") == 0);
  // Without the built-in settings file, nothing defines them.
  std::vector<LexiconFile> files;
  for (const LexiconFile& f : BuiltinLexiconFiles()) {
    if (f.path.find("settings") == std::string::npos) files.push_back(f);
  }
  std::vector<Diagnostic> problems;
  Lexicon::Load(files, &problems);
  REQUIRE(problems.size() == SettingSpecs().size());
  CHECK(problems[0].message == "setting 'govern_window' is not defined by any lexicon file");
}

TEST_CASE("negation triggers carry their reach; other rows may not") {
  const std::string header = "phrase\tkind\tclass\tforward\tbackward\tsource\n";
  CHECK(Problems({{"n.tsv", header + "nope\tnegation\tpre\t3\t1\tme\n"}}).empty());
  CHECK(Only(Problems({{"n.tsv", header + "nope\tnegation\tpre\tfar\t1\tme\n"}})) ==
        "n.tsv:2: bad scope 'far' (a number of tokens, 0-32, or -)");
  CHECK(Only(Problems({{"n.tsv", header + "nope\tnegation\tpre\t40\t1\tme\n"}}))
            .find("n.tsv:2: bad scope '40'") == 0);
  CHECK(Only(Problems({{"n.tsv", header + "very much\tdegree\tup\t2\t-\tme\n"}})) ==
        "n.tsv:2: only negation triggers have a scope (write -)");
}

TEST_CASE("a rejected actor row leaves no trace in the matcher") {
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back({"u.tsv", std::string(kHeader) + "Gondor\tactor\talias\tGND\tme\n"});
  std::vector<Diagnostic> problems;
  auto lexicon = Lexicon::Load(files, &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].ToString() == "u.tsv:2: unknown actor id 'GND'");
  for (size_t i = 0; i < lexicon->entries().size(); ++i) {
    if (lexicon->entries()[i].phrase == "Gondor") CHECK(!lexicon->active(i));
  }
}

TEST_CASE("the class and type lists the CLI offers are the ones the loader accepts") {
  for (EntryKind kind : {EntryKind::kHedge, EntryKind::kBooster}) {
    const auto classes = CueClassNames(kind);
    REQUIRE(!classes.empty());
    for (std::string_view cls : classes) {
      const std::string value = cls == "confidence" ? "low" : "-";  // a confidence, not a level
      const std::string row = "touch and go\t" + std::string(EntryKindName(kind)) + "\t" +
                              std::string(cls) + "\t" + value + "\tme\n";
      CHECK(Problems({{"u.tsv", std::string(kHeader) + row}}).empty());
    }
  }
  CHECK(CueClassNames(EntryKind::kActor).empty());  // any class
  const auto types = ActorTypeNames();
  CHECK(types.size() == 6);
  CHECK(Only(Problems({{"a.tsv",
                        "id\ttype\tname\taliases\tdemonyms\tseats\tmembers\troles\tsource\n"
                        "XX\tplanet\tMars\t-\t-\t-\t-\t-\tme\n"}}))
            .find("(expected state, organization, person, group, region, place)") !=
        std::string::npos);
}

TEST_CASE("every entry kind has the name lexicon files use for it") {
  std::set<std::string_view> names;
  for (int k = 0; k < kEntryKindCount; ++k) {
    const std::string_view name = EntryKindName(static_cast<EntryKind>(k));
    CHECK(!name.empty());
    names.insert(name);
  }
  CHECK(names.size() == kEntryKindCount);
  CHECK(EntryKindName(EntryKind::kIgnore) ==
        "ignore");  // `lexicon list` printed idioms without one
}

TEST_CASE("every class of a kind that makes cues is a CueClass, named as in the lexicons") {
  // Cues and markers carry their class as an enum; a class the loader accepts
  // for these kinds but the enum lacked would print as "" in every record.
  int kinds = 0;
  for (int k = 0; k < kEntryKindCount; ++k) {
    const auto kind = static_cast<EntryKind>(k);
    if (!CueKind(kind)) continue;
    ++kinds;
    for (std::string_view cls : CueClassNames(kind)) {
      const auto parsed = ParseCueClass(cls);
      REQUIRE_MESSAGE(parsed.has_value(), cls);
      CHECK(CueClassName(*parsed) == cls);
    }
  }
  CHECK(kinds == 5);  // hedge, booster, condition, recommendation, attribution
  CHECK(!ParseCueClass("").has_value());
  CHECK(!ParseCueClass("demonym").has_value());
  // Loaded entries carry it; a grammar class of the same name does not.
  const auto lexicon = Lexicon::Builtin();
  int hedges = 0;
  for (const Entry& e : lexicon->entries()) {
    if (e.kind == EntryKind::kHedge) {
      ++hedges;
      CHECK(CueClassName(e.cue_class) == e.cls);
    } else if (e.kind == EntryKind::kGrammar) {
      CHECK(e.cue_class == CueClass::kNone);
    }
  }
  CHECK(hedges > 100);
}

// (That they load without problems is checked in table_test.cc.)
TEST_CASE("Lexicon::Builtin is the built-in set, loaded once per process") {
  CHECK(Lexicon::Builtin() == Lexicon::Builtin());
  std::vector<Diagnostic> problems;
  CHECK(Lexicon::Builtin()->entries().size() ==
        Lexicon::Load(BuiltinLexiconFiles(), &problems)->entries().size());
  CHECK(Lexicon::Builtin()->actor("CHN") != nullptr);
}
