// The entry point: Analyzer::Create owns a segmenter made from its own lexicon,
// and the stages it was asked for are the ones that run.
#include <doctest/doctest.h>

#include "claimlens/analysis.h"
#include "test_util.h"

using namespace claimlens;

namespace {

struct Collect : AnalysisVisitor {
  void OnSentence(const SentenceAnalysis& a) override {
    sentences.push_back(a.doc->Text(a.sentence.span));
    for (const Cue& c : a.cues) cues.push_back(a.doc->Text(c.span));
    for (const Mention& m : a.mentions) actors.push_back(m.id);
    for (const Claim& c : a.claims) {
      ++claims;
      stance_items += c.stance.size();
    }
  }
  std::vector<std::string> sentences, cues, actors;
  size_t claims = 0, stance_items = 0;
};

Collect Analyze(Analyzer& analyzer, const std::string& text) {
  Collect c;
  analyzer.Run(Document::FromString("t", text), c);
  return c;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("an analyzer splits sentences with its own lexicon's segmentation rules") {
  const std::string text = "Talks with Qxz. Smith would likely fail.";
  CHECK(Analyze(*test::MakeAnalyzer(), text).sentences ==
        V{"Talks with Qxz.", "Smith would likely fail."});
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back({"abbrev.tsv", "word\tclass\tsource\nQxz.\tabbrev\tme\n"});
  std::vector<Diagnostic> problems;
  auto lexicon = Lexicon::Load(files, &problems);
  REQUIRE(problems.empty());
  CHECK(Analyze(*test::MakeAnalyzer(lexicon), text).sentences == V{text});
}

TEST_CASE("an analyzer runs the stages it was made with") {
  const std::string text = "Beijing would almost certainly object.";
  const Collect all = Analyze(*test::MakeAnalyzer(), text);
  CHECK(all.cues == V{"almost certainly"});
  CHECK(all.actors == V{"CHN"});
  // Claims are made of cues and actors: without the claims stage, each runs alone.
  const Collect cues =
      Analyze(*test::MakeAnalyzer(Lexicon::Builtin(), {.actors = false, .claims = false}), text);
  CHECK(cues.cues == V{"almost certainly"});
  CHECK(cues.actors.empty());
  const Collect actors =
      Analyze(*test::MakeAnalyzer(Lexicon::Builtin(), {.cues = false, .claims = false}), text);
  CHECK(actors.cues.empty());
  CHECK(actors.actors == V{"CHN"});
}

TEST_CASE("without the stance stage, claims carry no evaluations; everything else stays") {
  const std::string text = "Moscow's reckless gamble would likely fail.";
  const Collect all = Analyze(*test::MakeAnalyzer(), text);
  CHECK(all.claims == 1);
  CHECK(all.stance_items > 0);
  const Collect no_stance =
      Analyze(*test::MakeAnalyzer(Lexicon::Builtin(), {.stance = false}), text);
  CHECK(no_stance.claims == 1);
  CHECK(no_stance.stance_items == 0);
  CHECK(no_stance.cues == all.cues);
  CHECK(no_stance.actors == all.actors);
}
