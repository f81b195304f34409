#include "claimlens/stats.h"

#include <doctest/doctest.h>

using namespace claimlens;

namespace {
Cue Make(EntryKind kind, const char* cls, Level level = Level::kNone) {
  Cue c;
  c.kind = kind;
  c.cls = ParseCueClass(cls).value();
  c.level = level;
  return c;
}
}  // namespace

TEST_CASE("densities per 1,000 words and the share of uncertain sentences") {
  DocStats s("d");
  const Cue likely = Make(EntryKind::kHedge, "probability", Level::kLikely);
  const Cue largely = Make(EntryKind::kHedge, "approximator");
  const Cue clearly = Make(EntryKind::kBooster, "emphatic");
  s.AddSentence(100, {&likely, &clearly});
  s.AddSentence(100, {&largely});  // an approximator does not make a sentence uncertain
  s.AddSentence(300, {});
  CHECK(s.words() == 500);
  CHECK(s.hedges() == 2);
  CHECK(s.boosters() == 1);
  CHECK(s.hedges_per_1k() == doctest::Approx(4.0));
  CHECK(s.boosters_per_1k() == doctest::Approx(2.0));
  CHECK(s.uncertain_sentences() == 1);
  CHECK(s.uncertain_share() == doctest::Approx(1.0 / 3));
  CHECK(s.levels()[static_cast<int>(Level::kLikely)] == 1);
}

TEST_CASE("the density profile follows the document and the sparkline scales to the peak") {
  DocStats s("d");
  const Cue h = Make(EntryKind::kHedge, "modal");
  s.AddSentence(100, {&h, &h});
  s.AddSentence(100, {});
  const auto d = s.Density(2);
  REQUIRE(d.size() == 2);
  CHECK(d[0] == doctest::Approx(20.0));
  CHECK(d[1] == doctest::Approx(0.0));
  CHECK(Sparkline(d) == "\u2588\u2581");
  CHECK(Sparkline({}).empty());
}
