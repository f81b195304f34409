#include "claimlens/levels.h"

#include <doctest/doctest.h>

#include "claimlens/analysis.h"

using namespace claimlens;

TEST_CASE("level ids round-trip in ICD 203 order") {
  for (int i = 0; i < kLevelCount; ++i) {
    const auto level = static_cast<Level>(i);
    CHECK(ParseLevel(LevelId(level)) == level);
  }
  CHECK_FALSE(ParseLevel("probable"));
}

TEST_CASE("negation mirrors around even chance; degree moves away from or towards it") {
  CHECK(Mirror(Level::kLikely) == Level::kUnlikely);
  CHECK(Mirror(Level::kAlmostCertain) == Level::kAlmostNoChance);
  CHECK(Mirror(Level::kEvenChance) == Level::kEvenChance);
  CHECK(Mirror(Level::kNone) == Level::kNone);
  CHECK(Intensify(Level::kLikely) == Level::kVeryLikely);
  CHECK(Intensify(Level::kUnlikely) == Level::kVeryUnlikely);
  CHECK(Intensify(Level::kAlmostCertain) == Level::kAlmostCertain);
  CHECK(Soften(Level::kVeryLikely) == Level::kLikely);
  CHECK(Soften(Level::kLikely) == Level::kLikely);
}

TEST_CASE("a cue's band: its level's on a standard scale, its phrase's on the perceived one") {
  std::vector<Diagnostic> problems;
  auto lexicon = Lexicon::Load(BuiltinLexiconFiles(), &problems);
  Cue likely;
  likely.level = Level::kLikely;
  likely.phrase = "probably";
  CHECK(CueBand(*lexicon, likely, Scale::kIcd203)->hi == 80);
  CHECK(CueBand(*lexicon, likely, Scale::kIpcc)->lo == 66);
  CHECK(CueBand(*lexicon, likely, Scale::kPerceived)->lo == 60);  // readers' "probably": 60-75
  Cue may;
  may.phrase = "may";
  CHECK_FALSE(CueBand(*lexicon, may, Scale::kIcd203));
  CHECK(CueBand(*lexicon, may, Scale::kPerceived)->hi == 51);
  may.negated = true;  // "may not" was not what the survey asked
  CHECK_FALSE(CueBand(*lexicon, may, Scale::kPerceived));
}
