// Per-document counts for `stats`: hand-made analyses, so every count is known.
#include <doctest/doctest.h>

#include "claimlens/corpus.h"
#include "test_util.h"

using namespace claimlens;

namespace {

Cue MakeCue(EntryKind kind, std::string phrase, std::string cls, uint16_t holder) {
  Cue c;
  c.kind = kind;
  c.phrase = std::move(phrase);
  c.cls = ParseCueClass(cls).value();
  c.holder = holder;
  return c;
}

Mention MakeMention(std::string id, std::string name, MentionType type) {
  Mention m;
  m.id = std::move(id);
  m.name = std::move(name);
  m.type = type;
  return m;
}

// "Beijing may act, but officials in Tokyo say an attack is clearly likely."
// as the analysis would hand it on: two claims, the author's and Japan's.
SentenceAnalysis TwoClaims() {
  SentenceAnalysis a;
  a.words = 20;
  a.holders = {Holder{HolderType::kAuthor, "author", {}, -1},
               Holder{HolderType::kActor, "JPN", {}, -1}};
  a.cues = {MakeCue(EntryKind::kHedge, "may", "modal", 0),
            MakeCue(EntryKind::kHedge, "likely", "probability", 1),
            MakeCue(EntryKind::kBooster, "clearly", "emphatic", 1)};
  a.mentions = {MakeMention("CHN", "China", MentionType::kState),
                MakeMention("JPN", "Japan", MentionType::kState),
                MakeMention("CHN", "China", MentionType::kState)};
  Cue evaluation = MakeCue(EntryKind::kEvaluation, "reckless", "negative", 0);
  a.markers = {evaluation};
  Claim author;
  author.holder = 0;
  author.uncertain = true;
  author.cues = {0};
  author.markers = {0};
  author.confidence = Confidence::kModerate;
  author.stance = {StanceItem{"CHN", -1, {}, 0}, StanceItem{"JPN", 1, {}, 0}};
  Claim reported;
  reported.holder = 1;
  reported.uncertain = true;
  reported.level = Level::kLikely;
  reported.cues = {1, 2};
  reported.markers = {0};  // shares the marker: it counts once
  reported.stance = {StanceItem{"CHN", 1, {}, 1}};
  a.claims = {author, reported};
  return a;
}

}  // namespace

TEST_CASE("a tally counts cues by holder and claims by level, confidence and holder type") {
  Tally t;
  t.AddSentence(TwoClaims(), TallyOptions{});
  CHECK(t.sentences == 1);
  CHECK(t.words == 20);
  CHECK(t.hedges[0] == 1);
  CHECK(t.hedges[1] == 1);
  CHECK(t.boosters[0] == 0);
  CHECK(t.boosters[1] == 1);
  CHECK(t.hedges_of(HolderFilter::kAuthor) == 1);
  CHECK(t.hedges_of(HolderFilter::kAll) == 2);
  CHECK(t.boosters_of(HolderFilter::kReported) == 1);
  CHECK(t.claims == 2);
  CHECK(t.uncertain_claims == 2);
  CHECK(t.levels[static_cast<size_t>(Level::kLikely)] == 1);
  CHECK(t.confidence[static_cast<size_t>(Confidence::kModerate)] == 1);
  CHECK(t.holder_types[static_cast<size_t>(HolderType::kAuthor)] == 1);
  CHECK(t.holder_types[static_cast<size_t>(HolderType::kActor)] == 1);
  CHECK(t.actors.empty());  // only with by_actor
  CHECK(t.Per1k(t.hedges[0]) == doctest::Approx(50.0));
}

// One document of TwoClaims(), counted as stats counts it.
static Tally CountDocument(TallyOptions options) {
  Tally t;
  TallyVisitor visitor(&t, options);
  visitor.OnSentence(TwoClaims());
  visitor.Finish();
  return t;
}

TEST_CASE("by actor: mentions, and the stance of the chosen holders' evaluations") {
  const double cut = 0.34;  // settings.tsv's stance_label_cut
  const Tally author = CountDocument(TallyOptions{HolderFilter::kAuthor, true});
  REQUIRE(author.actors.size() == 2);
  const ActorTally& chn = author.actors.at("CHN");
  CHECK(chn.name == "China");
  CHECK(chn.type == "state");
  CHECK(chn.mentions == 2);
  CHECK(chn.evaluated == 1);  // Japan's positive view is not the author's
  CHECK(chn.negative == 1);
  CHECK(chn.score() == doctest::Approx(-1.0));
  CHECK(chn.label(cut) == "unfavorable");
  CHECK(author.actors.at("JPN").label(cut) == "favorable");

  const Tally reported = CountDocument(TallyOptions{HolderFilter::kReported, true});
  CHECK(reported.actors.at("CHN").positive == 1);
  CHECK(reported.actors.at("CHN").negative == 0);
  CHECK(reported.actors.at("JPN").evaluated == 0);

  const Tally all = CountDocument(TallyOptions{HolderFilter::kAll, true});
  const ActorTally& mixed = all.actors.at("CHN");
  CHECK(mixed.evaluated == 2);
  CHECK(mixed.score() == doctest::Approx(0.0));
  CHECK(mixed.label(cut) == "mixed");
  CHECK(ActorTally{}.label(cut) == "neutral");
  // The label is `claimlens stance`'s: 2 for and 1 against is favorable past the cut.
  CHECK(ActorTally{"China", "state", 3, 3, 2, 1}.label(cut) == "mixed");  // score 0.33
  CHECK(ActorTally{"China", "state", 3, 3, 2, 1}.label(0.3) == "favorable");
  // Without by_actor there are no actors, and Finish adds none.
  CHECK(CountDocument(TallyOptions{HolderFilter::kAll, false}).actors.empty());
}

TEST_CASE("tallies add up in any order, to the tally of the whole") {
  const TallyOptions o{HolderFilter::kAll, true};
  Tally whole;
  for (int i = 0; i < 3; ++i) whole.Add(CountDocument(o));
  Tally x = CountDocument(o), y = CountDocument(o), z = CountDocument(o);
  Tally xy_z = x, x_yz = y, zyx = z;
  xy_z.Add(y);
  xy_z.Add(z);
  x_yz.Add(z);
  Tally x_first = x;
  x_first.Add(x_yz);
  zyx.Add(y);
  zyx.Add(x);
  CHECK(xy_z == whole);
  CHECK(x_first == whole);
  CHECK(zyx == whole);
  // An actor's name is the same whichever tally names it first.
  Tally a, b;
  a.actors["KOR"] = ActorTally{"South Korea", "state", 1, 0, 0, 0};
  b.actors["KOR"] = ActorTally{"Korea, Republic of", "state", 1, 0, 0, 0};
  Tally ab = a, ba = b;
  ab.Add(b);
  ba.Add(a);
  CHECK(ab == ba);
}

TEST_CASE("items for compare: cue phrases, kinds, classes, levels, holders, actors, evaluations") {
  ItemTally t;
  t.AddSentence(TwoClaims(), HolderFilter::kAll);
  auto count = [&](ItemType type, const char* item) {
    const auto it = t.counts.find(ItemKey{type, item});
    return it == t.counts.end() ? uint64_t{0} : it->second;
  };
  CHECK(t.words == 20);
  CHECK(count(ItemType::kCue, "may") == 1);
  CHECK(count(ItemType::kCue, "likely") == 1);
  CHECK(count(ItemType::kKind, "hedge") == 2);
  CHECK(count(ItemType::kKind, "booster") == 1);
  CHECK(count(ItemType::kClass, "modal") == 1);
  CHECK(count(ItemType::kLevel, "likely") == 1);
  CHECK(count(ItemType::kConfidence, "moderate") == 1);
  CHECK(count(ItemType::kHolderType, "actor") == 1);
  CHECK(count(ItemType::kHolderType, "author") == 1);
  CHECK(count(ItemType::kActor, "CHN") == 2);
  CHECK(count(ItemType::kEvaluation, "reckless") == 1);

  ItemTally author;
  author.AddSentence(TwoClaims(), HolderFilter::kAuthor);
  CHECK(author.counts.count(ItemKey{ItemType::kCue, "likely"}) == 0);
  CHECK(author.counts.at(ItemKey{ItemType::kCue, "may"}) == 1);
  // Claims and actors count whoever holds the cues.
  CHECK(author.counts.at(ItemKey{ItemType::kLevel, "likely"}) == 1);
}

TEST_CASE("an evaluative marker is counted by the norms of its tokens") {
  Document doc = Document::FromString("d", "A Reckless move.");
  SentenceAnalysis a;
  TokenList tokens;
  const test::Seg seg = test::Segment(doc);
  REQUIRE(seg.tokens.size() == 1);
  tokens.tokens = seg.tokens[0];
  for (Token& tok : tokens.tokens) {
    const std::string& norm = seg.norms[0][&tok - tokens.tokens.data()];
    tok.norm_start = static_cast<uint32_t>(tokens.norms.size());
    tok.norm_len = static_cast<uint32_t>(norm.size());
    tokens.norms += norm;
  }
  a.tokens = &tokens;
  a.holders = {Holder{}};
  Cue m;
  m.kind = EntryKind::kEvaluation;
  m.begin = 1;
  m.end = 2;
  a.markers = {m};
  Claim c;
  c.markers = {0};
  a.claims = {c};
  ItemTally t;
  t.AddSentence(a, HolderFilter::kAuthor);
  CHECK(t.counts.at(ItemKey{ItemType::kEvaluation, "reckless"}) == 1);
}

TEST_CASE("holder filters and item types by name") {
  CHECK(ParseHolderFilter("reported") == HolderFilter::kReported);
  CHECK(!ParseHolderFilter("everyone"));
  for (int i = 0; i < kItemTypeCount; ++i) {
    const auto type = static_cast<ItemType>(i);
    CHECK(ParseItemType(ItemTypeName(type)) == type);
  }
  CHECK(ItemTypeName(ItemType::kHolderType) == "holder_type");
}
