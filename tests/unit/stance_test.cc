// Stance rules, one at a time: polarity, its modifiers, and the actor an
// evaluation attaches to. Items are written "holder:actor:polarity".
#include <doctest/doctest.h>

#include "claimlens/analysis.h"
#include "test_util.h"

using namespace claimlens;

namespace {

std::vector<std::string> Stance(const std::string& text) {
  static std::unique_ptr<Analyzer> analyzer = test::MakeAnalyzer();
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

TEST_CASE("a verb of judgement evaluates its object") {
  CHECK(Stance("Critics condemned Moscow.") == V{"author:RUS:-1"});
  CHECK(Stance("The summit praised Japan.") == V{"author:JPN:1"});
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
