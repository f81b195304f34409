// The document-level stance tally, on hand-made claims: whose mentions and
// evaluations count for whom, the score, and the label's cut-offs.
#include "claimlens/stance.h"

#include <doctest/doctest.h>

using namespace claimlens;

namespace {

// A sentence with holders (0: the author), mentions and claims, made by hand.
struct Made {
  Document doc = Document::FromString("d", std::string(200, 'x'));
  SentenceAnalysis a;

  explicit Made(uint32_t index) {
    a.doc = &doc;
    a.sentence.index = index;
    a.holders.push_back(Holder{});
    a.holders[0].id = "author";
  }
  uint16_t AddHolder(const char* id, HolderType type) {
    Holder h;
    h.id = id;
    h.type = type;
    a.holders.push_back(h);
    return static_cast<uint16_t>(a.holders.size() - 1);
  }
  Claim& AddClaim(uint32_t start, uint32_t end, uint16_t holder = 0) {
    Claim c;
    c.span = {start, end};
    c.holder = holder;
    a.claims.push_back(c);
    return a.claims.back();
  }
  void Mention(uint32_t start, const char* id, const char* name) {
    claimlens::Mention m;
    m.span = {start, start + 3};
    m.id = id;
    m.name = name;
    a.mentions.push_back(m);
  }
  static void Evaluate(Claim& c, const char* actor, int polarity, uint16_t holder = 0) {
    c.stance.push_back({actor, polarity, {c.span.start, c.span.start + 2}, holder});
  }
};

const StanceRow* Find(const std::vector<StanceRow>& rows, std::string_view holder,
                      std::string_view actor) {
  for (const StanceRow& r : rows) {
    if (r.holder == holder && r.actor == actor) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("stance labels: neutral without evaluations, mixed when neither side leads enough") {
  CHECK(LabelStance(0, 0, 50) == StanceLabel::kNeutral);
  CHECK(LabelStance(3, 0, 50) == StanceLabel::kFavorable);
  CHECK(LabelStance(0, 1, 50) == StanceLabel::kUnfavorable);
  CHECK(LabelStance(1, 1, 50) == StanceLabel::kMixed);
  CHECK(LabelStance(1, 2, 50) == StanceLabel::kMixed);        // leads by 33%
  CHECK(LabelStance(1, 3, 50) == StanceLabel::kMixed);        // by 50%: still mixed
  CHECK(LabelStance(1, 5, 50) == StanceLabel::kUnfavorable);  // by 67%
  CHECK(LabelStance(1, 5, 70) == StanceLabel::kMixed);
  CHECK(StanceLabelName(StanceLabel::kUnfavorable) == "unfavorable");
}

TEST_CASE("a tally counts each holder's mentions and evaluations of each actor") {
  StanceTally tally(*Lexicon::Builtin());
  Made s0(0);
  const uint16_t china = s0.AddHolder("CHN", HolderType::kActor);
  // The author names NATO twice and China once, and evaluates NATO twice, badly.
  Claim& c0 = s0.AddClaim(0, 50);
  s0.Mention(5, "NATO", "North Atlantic Treaty Organization");
  s0.Mention(20, "NATO", "North Atlantic Treaty Organization");
  s0.Mention(30, "CHN", "China");
  Made::Evaluate(c0, "NATO", -1);
  Made::Evaluate(c0, "NATO", -1);
  // China's claim names NATO and praises itself; its evaluation is China's, not the author's.
  Claim& c1 = s0.AddClaim(50, 100, china);
  s0.Mention(60, "NATO", "North Atlantic Treaty Organization");
  Made::Evaluate(c1, "CHN", 1, china);
  tally.Add(s0.a);
  Made s1(1);
  Claim& c2 = s1.AddClaim(100, 150);
  s1.Mention(110, "NATO", "North Atlantic Treaty Organization");
  Made::Evaluate(c2, "NATO", 1);
  tally.Add(s1.a);

  CHECK(tally.any_evaluation());
  const std::vector<StanceRow> rows = tally.Rows();
  const StanceRow* nato = Find(rows, "author", "NATO");
  REQUIRE(nato != nullptr);
  CHECK(nato->mentions == 3);
  CHECK(nato->evaluated == 3);
  CHECK(nato->favorable == 1);
  CHECK(nato->unfavorable == 2);
  CHECK(nato->score == doctest::Approx(-1.0 / 3));
  CHECK(nato->label == StanceLabel::kMixed);
  CHECK(nato->name == "North Atlantic Treaty Organization");
  REQUIRE(nato->evidence.size() == 3);
  CHECK(nato->evidence[2].sentence == 1);
  CHECK(nato->evidence[2].claim == Span{100, 150});

  const StanceRow* china_by_author = Find(rows, "author", "CHN");
  REQUIRE(china_by_author != nullptr);
  CHECK(china_by_author->mentions == 1);
  CHECK(china_by_author->evaluated == 0);
  CHECK(china_by_author->label == StanceLabel::kNeutral);
  const StanceRow* china_by_china = Find(rows, "CHN", "CHN");
  REQUIRE(china_by_china != nullptr);
  CHECK(china_by_china->mentions == 0);  // named in no claim of China's
  CHECK(china_by_china->label == StanceLabel::kFavorable);
  CHECK(china_by_china->score == doctest::Approx(1.0));
  const StanceRow* nato_by_china = Find(rows, "CHN", "NATO");
  REQUIRE(nato_by_china != nullptr);
  CHECK(nato_by_china->mentions == 1);
  CHECK(nato_by_china->label == StanceLabel::kNeutral);

  // The author's rows come first; Rows(holder) keeps only one holder's.
  CHECK(rows.front().holder == "author");
  const std::vector<StanceRow> author = tally.Rows("author");
  CHECK(author.size() == 2);
  CHECK(author[0].actor == "NATO");  // in order of first mention
}

TEST_CASE("a document without evaluations gives neutral rows and says so") {
  StanceTally tally(*Lexicon::Builtin());
  Made s(0);
  s.AddClaim(0, 40);
  s.Mention(3, "JPN", "Japan");
  tally.Add(s.a);
  CHECK_FALSE(tally.any_evaluation());
  const std::vector<StanceRow> rows = tally.Rows("author");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].mentions == 1);
  CHECK(rows[0].label == StanceLabel::kNeutral);
  CHECK(rows[0].score == 0);
}
