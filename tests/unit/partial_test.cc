// Partials: every line reads back as written, counts stay exact, and a line
// that is no partial is named as such.
#include "claimlens/partial.h"

#include <doctest/doctest.h>

using namespace claimlens;

namespace {

Tally Sample() {
  Tally t;
  t.documents = 2;
  t.words = 1234;
  t.sentences = 56;
  t.hedges[0] = 7;
  t.hedges[1] = 3;
  t.boosters[0] = 2;
  t.boosters[1] = 1;
  t.claims = 60;
  t.uncertain_claims = 12;
  t.levels[4] = 5;
  t.confidence[1] = 1;
  t.holder_types[0] = 50;
  t.holder_types[4] = 10;
  t.actors["CHN"] = ActorTally{"China", "state", 9, 2, 0, 2};
  t.actors["luis-simon"] = ActorTally{"Luis \"Lu\" Simon", "person", 1, 0, 0, 0};
  return t;
}

PartialLine Parse(const std::string& line) {
  Result<PartialLine> r = ParsePartialLine(line);
  REQUIRE_MESSAGE(r.ok(), line);
  return r.value();
}

std::string ErrorOf(const std::string& line) {
  Result<PartialLine> r = ParsePartialLine(line);
  REQUIRE(!r.ok());
  return r.error().message;
}

}  // namespace

TEST_CASE("a document line reads back as written") {
  const PartialDoc d{"essays/a \"b\".txt", 3, 17, Sample()};
  const std::string line = PartialDocLine(d);
  CHECK(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
  const PartialLine l = Parse(line);
  REQUIRE(l.kind == PartialLine::Kind::kDoc);
  CHECK(l.doc.doc == d.doc);
  CHECK(l.doc.part == 3);
  CHECK(l.doc.seq == 17);
  CHECK(l.doc.tally == d.tally);
}

TEST_CASE("counts near 2^64 stay exact") {
  Tally t;
  t.words = 18446744073709551615ull;
  t.levels[6] = 9007199254740993ull;  // 2^53 + 1: a double would round it
  const PartialLine l = Parse(PartialGroupLine(PartialGroup{"2021", t}));
  REQUIRE(l.kind == PartialLine::Kind::kGroup);
  CHECK(l.group.group == "2021");
  CHECK(l.group.tally.words == 18446744073709551615ull);
  CHECK(l.group.tally.levels[6] == 9007199254740993ull);
}

TEST_CASE("header, side and item lines read back") {
  const PartialHeader h{"stats", "0.1.0 (abc)", {{"--holder", "author"}, {"--group", "year"}}};
  const PartialLine l = Parse(PartialHeaderLine(h));
  REQUIRE(l.kind == PartialLine::Kind::kHeader);
  CHECK(l.header.command == "stats");
  CHECK(l.header.version == "0.1.0 (abc)");
  CHECK(l.header.options == h.options);
  CHECK(DescribeOptions(h) == "--holder author, --group year");

  ItemTally side;
  side.documents = 4;
  side.words = 900;
  const PartialLine s = Parse(PartialSideLine(1, side));
  REQUIRE(s.kind == PartialLine::Kind::kSide);
  CHECK(s.side == 1);
  CHECK(s.side_size.words == 900);
  const PartialLine i = Parse(PartialItemLine(ItemKey{ItemType::kHolderType, "unnamed"}, 5, 0));
  REQUIRE(i.kind == PartialLine::Kind::kItem);
  CHECK(i.item == ItemKey{ItemType::kHolderType, "unnamed"});
  CHECK(i.count_a == 5);
  CHECK(i.count_b == 0);
}

TEST_CASE("lines that are no partial, or counts that are no counts, are named") {
  CHECK(ErrorOf("{\"id\": \"d\", \"text\": \"x\"}") ==
        "not a claimlens partial (a line of no known kind)");
  CHECK(ErrorOf("doc\twords") == "not a claimlens partial (bad JSON)");
  CHECK(ErrorOf("[1,2]") == "not a claimlens partial (a line is not a JSON object)");
  CHECK(ErrorOf("{\"claimlens_partial\":2,\"version\":\"x\",\"command\":\"stats\","
                "\"options\":{}}") == "a partial of format 2; this program reads format 1");
  std::string line = PartialDocLine(PartialDoc{"d", 0, 0, Sample()});
  const std::string negative =
      std::string(line).replace(line.find("\"words\":1234"), 12, "\"words\":-1");
  CHECK(ErrorOf(negative) == "\"words\" is not a count");
  const std::string fraction =
      std::string(line).replace(line.find("\"words\":1234"), 12, "\"words\":1.5");
  CHECK(ErrorOf(fraction) == "\"words\" is not a count");
  CHECK(ErrorOf("{\"type\":\"word\",\"item\":\"x\",\"a\":1,\"b\":2}") ==
        "unknown item type \"word\"");
}
