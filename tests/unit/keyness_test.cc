// Keyness: G2, log ratio and p against values computed by hand.
#include <doctest/doctest.h>

#include "claimlens/corpus.h"

using namespace claimlens;

TEST_CASE("G2, log ratio and p of an item more frequent in A") {
  // 10 in 1,000 words against 2 in 1,000: both expected counts are 6, so
  // G2 = 2 (10 ln(10/6) + 2 ln(2/6)) = 5.82206, log ratio = log2(5) = 2.32193,
  // and p = erfc(sqrt(G2 / 2)) = 0.015826 (chi-square, one degree of freedom).
  const Keyness k = ComputeKeyness(10, 2, 1000, 1000);
  CHECK(k.g2 == doctest::Approx(5.822063320647374).epsilon(1e-12));
  CHECK(k.log_ratio == doctest::Approx(2.321928094887362).epsilon(1e-12));
  CHECK(k.p == doctest::Approx(0.015826368796540178).epsilon(1e-9));
}

TEST_CASE("an item absent from A: the zero counts as 0.5 in the log ratio") {
  // 0 in 2,000 words against 5 in 500: E1 = 4, E2 = 1, G2 = 2 * 5 ln 5 = 16.0944;
  // log ratio = log2((0.5 / 2000) / (5 / 500)) = log2(0.025) = -5.32193.
  const Keyness k = ComputeKeyness(0, 5, 2000, 500);
  CHECK(k.g2 == doctest::Approx(16.094379124341003).epsilon(1e-12));
  CHECK(k.log_ratio == doctest::Approx(-5.321928094887363).epsilon(1e-12));
  CHECK(k.p == doctest::Approx(6.026263507545922e-05).epsilon(1e-9));
}

TEST_CASE("equal rates give G2 0 and p 1; an empty side gives nothing") {
  const Keyness same = ComputeKeyness(4, 2, 2000, 1000);
  CHECK(same.g2 == 0);
  CHECK(same.log_ratio == doctest::Approx(0));
  CHECK(same.p == doctest::Approx(1));
  const Keyness empty = ComputeKeyness(3, 0, 100, 0);
  CHECK(empty.g2 == 0);
  CHECK(empty.p == 1);
}

TEST_CASE("ranking: sorted by G2, ties by type and item, filtered by count and type") {
  ItemTally a, b;
  a.words = b.words = 1000;
  a.counts[{ItemType::kCue, "likely"}] = 10;
  b.counts[{ItemType::kCue, "likely"}] = 2;
  a.counts[{ItemType::kActor, "CHN"}] = 1;
  b.counts[{ItemType::kActor, "RUS"}] = 20;
  a.counts[{ItemType::kKind, "hedge"}] = 3;
  b.counts[{ItemType::kKind, "hedge"}] = 3;
  a.counts[{ItemType::kCue, "may"}] = 3;
  b.counts[{ItemType::kCue, "may"}] = 3;
  const std::vector<KeyRow> rows = RankKeyness(a, b, 1, {});
  REQUIRE(rows.size() == 5);
  CHECK(rows[0].key.item == "RUS");
  CHECK(rows[0].count_a == 0);
  CHECK(rows[0].count_b == 20);
  CHECK(rows[0].keyness.log_ratio < 0);
  CHECK(rows[1].key.item == "likely");
  // Equal G2 (0): cue before kind, by the order of the types.
  CHECK(rows[3].key.type == ItemType::kCue);
  CHECK(rows[4].key.type == ItemType::kKind);

  CHECK(RankKeyness(a, b, 6, {}).size() == 4);  // CHN (1) is left out
  const std::vector<KeyRow> cues = RankKeyness(a, b, 1, {ItemType::kCue});
  REQUIRE(cues.size() == 2);
  CHECK(cues[0].key.item == "likely");
}
