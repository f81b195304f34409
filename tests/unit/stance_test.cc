// Stance rules, one at a time: polarity, its modifiers, and the actor an
// evaluation attaches to. Items are written "holder:actor:polarity".
#include "claimlens/stance.h"

#include <doctest/doctest.h>

#include "claimlens/analysis.h"
#include "test_util.h"

using namespace claimlens;

namespace {

std::vector<std::string> Stance(const std::string& text, Analyzer* with = nullptr) {
  static std::unique_ptr<Analyzer> builtin = test::MakeAnalyzer();
  Analyzer* analyzer = with ? with : builtin.get();
  struct Collect : AnalysisVisitor {
    std::vector<std::string> out;
    void OnSentence(const SentenceAnalysis& a) override {
      for (const Claim& c : a.claims) {
        for (const StanceItem& s : c.stance) {
          out.push_back(a.holders[s.holder].id + ":" + s.actor + ":" + std::to_string(s.polarity));
        }
      }
    }
  } collect;
  Document doc = Document::FromString("t", text);
  analyzer->Run(doc, collect);
  return collect.out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("an evaluation attaches to the subject or possessor of the evaluated phrase") {
  CHECK(Stance("Ankara's buildup would destabilize the region.") == V{"author:TUR:-1"});
  CHECK(Stance("Russia's reckless invasion shocked Europe.") == V{"author:RUS:-1"});
  CHECK(Stance("NATO is a reliable partner.") == V{"author:NATO:1"});
}

TEST_CASE("a verb of judgement evaluates its object and is held by its subject") {
  CHECK(Stance("Critics condemned Moscow.") == V{"critics:RUS:-1"});
  CHECK(Stance("Seoul praised Japan.") == V{"KOR:JPN:1"});
  CHECK(Stance("We condemn Moscow.") == V{"author:RUS:-1"});
  // The subject's judgement of something that is no actor is no stance toward the subject.
  CHECK(Stance("Iran rejected the offer.").empty());
  CHECK(Stance("Moscow and Beijing reject the return of UN sanctions as unlawful.") ==
        V{"RUS:UN:-1"});
}

TEST_CASE("the windows that find an evaluation's target are settings a user lexicon can change") {
  const std::string text = "Critics condemned the Kremlin.";
  REQUIRE(Stance(text) == V{"critics:RUS:-1"});
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back({"mine.tsv", "name\tvalue\tsource\nstance_object_window\t0\tme\n"});
  std::vector<Diagnostic> problems;
  auto analyzer = test::MakeAnalyzer(Lexicon::Load(files, &problems));
  REQUIRE(problems.empty());
  // With no window the verb reaches no object.
  CHECK(Stance(text, analyzer.get()).empty());
}

TEST_CASE("an actor in apposition takes the evaluation of its appositive") {
  CHECK(Stance("Russia, a revisionist power, rejected the plan.") == V{"author:RUS:-1"});
}

TEST_CASE("negation and far from flip; degree words scale") {
  CHECK(Stance("NATO is not a reliable partner.") == V{"author:NATO:-1"});
  CHECK(Stance("Far from a stabilizing force, China is a problem.").size() == 1);
  CHECK(Stance("NATO is hardly a reliable partner.") == V{"author:NATO:-1"});
}

TEST_CASE("describing an event or naming a topic is no stance") {
  CHECK(Stance("Russia invaded Ukraine in 2022.").empty());
  CHECK(Stance("The war between Russia and Ukraine continues.").empty());
  CHECK(Stance("Japan signed a security partnership with Australia.").empty());
}

TEST_CASE("evaluation inside reported content belongs to its holder") {
  CHECK(Stance("Beijing argues that NATO is reckless.") == V{"CHN:NATO:-1"});
  CHECK(Stance("The Chinese leadership views NATO's expansion as a threat.") == V{"CHN:NATO:-1"});
}

TEST_CASE("a question or a condition weakens an evaluation") {
  CHECK(Stance("NATO will deter Russia.") == V{"author:NATO:1"});
  CHECK(Stance("Will NATO deter Russia?").empty());
  CHECK(Stance("If NATO deters Russia, the war ends.").empty());
}

TEST_CASE("an outcome or an actor's emotion reports an event, and evaluates no one") {
  CHECK(Stance("Iran is weaker than it has been in decades.").empty());
  CHECK(Stance("Hezbollah has been weakened in Lebanon.").empty());
  CHECK(Stance("Kim Jong Un has abandoned the goal of unification.").empty());
  CHECK(Stance("Berlin feared for German carmakers.").empty());
  CHECK(Stance("The drills drew angry protests from Beijing.").empty());
  // A grading word before an event grades the event ("its worst defeat")...
  CHECK(Stance("Wagner suffered its worst defeat in Africa.").empty());
  // ... and alone it still judges.
  CHECK(Stance("Russia's plan is worse.") == V{"author:RUS:-1"});
}

TEST_CASE("a relational noun praises the one in the relation, not its possessor") {
  CHECK(Stance("Chad, France's most dependable partner, ended the pact.") == V{"author:TCD:1"});
  CHECK(Stance("Senegal is France's most dependable partner.") == V{"author:SEN:1"});
  CHECK(Stance("Downing Street and its E3 partners want talks.").empty());
  CHECK(Stance("NATO can help its friends in Asia.").empty());
  // A word before a preposition modifies no relation.
  CHECK(Stance("Germany is hostile to its partners.") == V{"author:DEU:-1"});
}

TEST_CASE("a possessive or subject pronoun stands for the subject before it") {
  CHECK(Stance("Saudi Arabia talks to Iran. Its bet is sensible.") == V{"author:SAU:1"});
  CHECK(Stance("Japan spends more. Its plan is reckless.") == V{"author:JPN:-1"});
  // Not a pronoun deep in its clause (a nearer noun is likelier), nor "it",
  // which stands for things as often as for actors.
  CHECK(Stance("Japan signed. A buyer refused in Osaka should not try its luck.").empty());
  CHECK(Stance("Russia keeps the model. Some of it will be uncomfortable.").empty());
  // After a contrast, a clause with no actor goes on about the clause before.
  CHECK(Stance("Saudi officials talk to Tehran. They might be wrong, but the bet is reasonable.") ==
        V{"author:SAU:1"});
}

TEST_CASE("an actor in a prepositional phrase is not the subject") {
  CHECK(Stance("The war in Ukraine made the route through Russia risky.").empty());
  // Nor one further into its complement.
  CHECK(Stance("The use of force to decide Taiwan's future would be reckless.").empty());
  CHECK(Stance("The leaders of the Arab League produced reckless plans.").empty());
  // A possessor before the preposition still is.
  CHECK(Stance("Russia's use of force in Ukraine was reckless.") == V{"author:RUS:-1"});
}

TEST_CASE("an indirect question asserts no evaluation") {
  CHECK(Stance("Some may question whether China's ambitions threaten Japan.").empty());
  CHECK(Stance("It is unclear whether Russia's plan is reckless.").empty());
  CHECK(Stance("China's ambitions threaten Japan.") == V{"author:CHN:-1"});
}

TEST_CASE("the subject of a verb of judgement holds it even where the claim is the author's") {
  CHECK(Stance("Russian officials welcome Chinese money.") == V{"RUS:CHN:1"});
}

// The document tally: labels from the score, rows in a stable order.
TEST_CASE("stance tally: labels") {
  StanceRow row{"author", "RUS", "Russia", 3, 2, 1, 1, {}};
  CHECK(row.label(0.34) == "mixed");    // one each way: score 0
  row.positive = 2, row.evaluated = 3;  // score 1/3, just under the cut
  CHECK(row.label(0.34) == "mixed");
  CHECK(row.label(0.30) == "favorable");
  row.positive = 0, row.negative = 0;  // evaluations that weigh nothing
  CHECK(row.label(0.34) == "neutral");
  row.evaluated = 0;
  CHECK(row.score() == 0);
}

TEST_CASE("stance tally: every named actor has an author row, reported holders follow") {
  static std::unique_ptr<Analyzer> analyzer = test::MakeAnalyzer();
  struct Feed : AnalysisVisitor {
    StanceTally tally;
    void OnSentence(const SentenceAnalysis& a) override { tally.Add(a); }
  } feed;
  Document doc = Document::FromString(
      "t",
      "Officials in Tokyo call Moscow reckless. Russia, a reckless power, failed. Chile voted.");
  analyzer->Run(doc, feed);
  std::vector<std::string> rows;
  for (const StanceRow& r : feed.tally.Rows()) {
    rows.push_back(r.holder + ":" + r.actor + ":" + std::to_string(r.evaluated) + "/" +
                   std::to_string(r.mentions));
  }
  CHECK(rows == V{"author:RUS:1/2", "author:tokyo:0/1", "author:CHL:0/1", "JPN:RUS:1/2"});
}
