// The offset property: for every sentence and token, the document's bytes
// [start, end) are its text; spans are in order, in bounds and disjoint; and
// sentences (and the tokens in them) cover every byte that is not white space.
#include <dirent.h>
#include <doctest/doctest.h>

#include <random>

#include "sentences.h"
#include "test_util.h"

using namespace claimlens;

namespace {

void CheckCovered(const Document& doc, size_t from, size_t to) {
  const std::string_view b = doc.bytes();
  for (size_t i = from; i < to;) {
    const size_t n = SpaceAt(b, i);
    if (n == 0) {
      FAIL_CHECK("byte " << i << " of " << doc.id() << " is not covered");
      return;
    }
    i += n;
  }
}

void CheckOffsets(const Document& doc) {
  const test::Seg seg = test::Segment(doc);
  const std::string_view b = doc.bytes();
  size_t covered = doc.body().start;
  for (size_t i = 0; i < seg.sentences.size(); ++i) {
    const Sentence& s = seg.sentences[i];
    REQUIRE(s.index == i);
    REQUIRE(s.span.start < s.span.end);
    REQUIRE(s.span.end <= b.size());
    REQUIRE(s.span.start >= covered);
    CHECK(doc.Text(s.span) == SanitizeUtf8(b.substr(s.span.start, s.span.size())));
    CheckCovered(doc, covered, s.span.start);
    size_t tok_covered = s.span.start;
    for (const Token& t : seg.tokens[i]) {
      REQUIRE(t.span.start >= tok_covered);
      REQUIRE(t.span.start < t.span.end);
      REQUIRE(t.span.end <= s.span.end);
      CheckCovered(doc, tok_covered, t.span.start);
      tok_covered = t.span.end;
    }
    CheckCovered(doc, tok_covered, s.span.end);
    covered = s.span.end;
  }
  CheckCovered(doc, covered, b.size());
}

std::string RandomProse(size_t bytes, unsigned seed) {
  static const char* words[] = {"the",
                                "alliance",
                                "would",
                                "likely",
                                "respond",
                                "U.S.",
                                "e.g.",
                                "Beijing’s",
                                "NATO-skeptic",
                                "3.5",
                                "—",
                                "“quoted”",
                                "Gen.",
                                "Smith",
                                "however,",
                                "it",
                                "is",
                                "unclear",
                                "whether",
                                "北京",
                                "مرحبا",
                                "👩‍👩‍👧",
                                "J.",
                                "(IP4)",
                                "...",
                                "?"};
  std::mt19937 rng(seed);
  std::string out;
  while (out.size() < bytes) {
    out += words[rng() % (sizeof words / sizeof *words)];
    out += rng() % 9 == 0 ? ". " : " ";
  }
  return out;
}

}  // namespace

TEST_CASE("offsets on the seed essay (when ../shared is present)") {
  std::string text;
  if (!test::ReadFile(test::SharedDir() + "/seeds/000_f319e2e82d22c3a8.txt", &text)) {
    MESSAGE("seed essay not found; skipped");
    return;
  }
  CheckOffsets(Document::FromString("seed", text));
}

TEST_CASE("offsets on every corpus essay") {
  const std::string dir = test::SourceDir() + "/corpus";
  DIR* d = opendir(dir.c_str());
  REQUIRE(d != nullptr);
  int essays = 0;
  while (dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    if (name.size() < 4 || name.substr(name.size() - 4) != ".txt") continue;
    std::string text;
    REQUIRE(test::ReadFile(dir + "/" + name, &text));
    CAPTURE(name);
    CheckOffsets(Document::FromString(name, text));
    ++essays;
  }
  closedir(d);
  CHECK(essays > 0);
}

TEST_CASE("offsets on nasty inputs") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"invalid", std::string("Bad \x80\xFF bytes. More \xE2\x82 here.\xC0\xAF End \xED\xA0\x80.")},
      {"bom", "\xEF\xBB\xBFTitle\nBody text here. Another one."},
      {"crlf", "Title\r\n\r\nA sentence.\r\nAnother line\r\n"},
      {"lone cr", "One\rTwo\r\rThree."},
      {"emoji zwj",
       "Families 👩‍👩‍👧 and flags 🇺🇦 matter. Skin 👍🏽 tones too."},
      {"rtl", "قال الوزير إن الحلف سيرد. \u200Fשלום עולם. Mixed עברית text."},
      {"nbsp", "Non\u00A0breaking\u2009spaces.\u3000Ideographic\u00A0space."},
      {"controls", std::string("Bell\x07 and\x0B vertical\x0C feed.\x01\x02")},
      {"only space", " \t\r\n \u00A0 "},
      {"one line 1MB", RandomProse(1 << 20, 1)},
      {"random", RandomProse(200000, 2)},
  };
  for (const auto& [name, text] : cases) {
    CAPTURE(name);
    CheckOffsets(Document::FromString(name, text));
  }
}
