// The composition rules, one general rule at a time. Each case is what a careful
// reader would report; cues are written "text:kind:level" (level "-" for none),
// with ":neg" when negated.
#include <doctest/doctest.h>

#include "claimlens/analysis.h"
#include "test_util.h"

using namespace claimlens;

namespace {

class Collect : public AnalysisVisitor {
 public:
  Collect(const Document& d, std::vector<std::string>* out, std::vector<std::string>* classes)
      : doc_(d), out_(out), classes_(classes) {}
  void OnSentence(const SentenceAnalysis& a) override {
    for (const Cue& c : a.cues) {
      std::string s = doc_.Text(c.span) + ":" + std::string(EntryKindName(c.kind)) + ":" +
                      (c.level == Level::kNone ? "-" : std::string(LevelId(c.level)));
      if (c.negated) s += ":neg";
      out_->push_back(s);
      classes_->push_back(std::string(CueClassName(c.cls)));
    }
  }

 private:
  const Document& doc_;
  std::vector<std::string>* out_;
  std::vector<std::string>* classes_;
};

Analyzer& TheAnalyzer() {
  static std::unique_ptr<Analyzer> analyzer = test::MakeAnalyzer();
  return *analyzer;
}

std::vector<std::string> Cues(const std::string& text,
                              std::vector<std::string>* classes = nullptr,
                              Analyzer* with = nullptr) {
  Document doc = Document::FromString("t", text);
  std::vector<std::string> out, cls;
  Collect c(doc, &out, &cls);
  (with ? *with : TheAnalyzer()).Run(doc, c);
  if (classes) *classes = cls;
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("the estimative word governs its modal: one cue per verb group") {
  CHECK(Cues("The pact would likely fail.") == V{"likely:hedge:likely"});
  CHECK(Cues("It would almost certainly fail.") == V{"almost certainly:booster:almost_certain"});
  CHECK(Cues("Prices will probably rise.") == V{"probably:hedge:likely"});
  CHECK(Cues("Talks could possibly resume.") == V{"possibly:hedge:-"});
  CHECK(Cues("It would very likely collapse.") == V{"very likely:hedge:very_likely"});
  // A verb of belief governs it only in the author's voice: a third party's
  // belief is theirs, and the modal is the author's hedge about it.
  CHECK(Cues("We would assess that the talks will fail.") == V{"assess that:hedge:-"});
  CHECK(Cues("The mullahs may believe that Washington is weak.") == V{"may:hedge:-"});
}

TEST_CASE("a bare predictive would is a hedge without a level") {
  CHECK(Cues("A formal pact would inflame tensions.") == V{"would:hedge:-"});
}

TEST_CASE("degree words shift the level and join the span") {
  CHECK(Cues("The deal will very probably hold.") == V{"very probably:hedge:very_likely"});
  CHECK(Cues("It is highly likely to fail.") == V{"highly likely:hedge:very_likely"});
  CHECK(Cues("A deal is more likely than not.") == V{"more likely than not:hedge:likely"});
  CHECK(Cues("That is very unlikely.") == V{"very unlikely:hedge:very_unlikely"});
}

TEST_CASE("negation flips the level around even chance") {
  CHECK(Cues("An attack is not likely.") == V{"likely:hedge:unlikely:neg"});
  CHECK(Cues("Moscow will almost certainly not respond.") ==
        V{"almost certainly not:booster:almost_no_chance:neg"});
  CHECK(Cues("The regime almost certainly does not want war.") ==
        V{"almost certainly:booster:almost_no_chance:neg"});
  CHECK(Cues("Seoul probably will not join.") == V{"probably:hedge:unlikely:neg"});
  CHECK(Cues("The virus probably was not engineered.") == V{"probably:hedge:unlikely:neg"});
  CHECK(Cues("That almost surely would not happen.") ==
        V{"almost surely:booster:almost_no_chance:neg"});
  CHECK(Cues("Seoul probably never will join.") == V{"probably:hedge:unlikely:neg"});
  CHECK(Cues("There is no evidence that an attack is likely.") == V{"likely:hedge:unlikely:neg"});
}

TEST_CASE("negation does not cross into another clause") {
  CHECK(Cues("The pact does not help, but war is likely.") == V{"likely:hedge:likely"});
  CHECK(Cues("It did not stop; a deal is likely.") == V{"likely:hedge:likely"});
}

TEST_CASE("pseudo-negations do not flip") {
  CHECK(Cues("Without doubt the alliance is divided.") == V{"Without doubt:booster:-"});
  CHECK(Cues("Not only is a deal likely but also welcome.") == V{"likely:hedge:likely"});
  CHECK(Cues("A strike cannot be ruled out.") == V{"cannot be ruled out:hedge:-:neg"});
  CHECK(Cues("There is no doubt that it failed.") == V{"There is no doubt:booster:-"});
}

TEST_CASE("a negated certainty becomes a hedge of uncertainty") {
  std::vector<std::string> cls;
  CHECK(Cues("It is not clear that talks will resume.", &cls) ==
        V{"It is not clear that:hedge:-:neg"});
  CHECK(Cues("We have no clear evidence of a test.", &cls) == V{"clear evidence:hedge:-:neg"});
  CHECK(cls == V{"uncertainty"});
  // Predicative certainty denied, as financial and intelligence writing puts it;
  // bare "certain" and "sure" stay no cue.
  CHECK(Cues("The scope of the bans is not yet certain.", &cls) ==
        V{"not yet certain:hedge:-:neg"});
  CHECK(cls == V{"uncertainty"});
  CHECK(Cues("Officials are not entirely sure of the figures.", &cls) ==
        V{"not entirely sure:hedge:-:neg"});
  CHECK(cls == V{"uncertainty"});
  CHECK(Cues("I'm not convinced that the deal will hold.", &cls) ==
        V{"not convinced:hedge:-:neg"});
  CHECK(cls == V{"uncertainty"});
  CHECK(Cues("Certain states made sure of it.").empty());
  // Certainty lessened: "far less certain", "much less clear".
  CHECK(Cues("Whether it works is far less certain.", &cls) == V{"far less certain:hedge:-"});
  CHECK(cls == V{"uncertainty"});
}

TEST_CASE("an open question is a hedge of uncertainty: 'too early to say', 'premature to judge'") {
  std::vector<std::string> cls;
  CHECK(Cues("It is too early to say whether sanctions work.", &cls) ==
        V{"too early to say:hedge:-"});
  CHECK(cls == V{"uncertainty"});
  // Doubt that something can be: "hard to see how"; not "hard to see the logic".
  CHECK(Cues("It is hard to see how the pipeline can be a threat.", &cls) ==
        V{"hard to see how:hedge:-"});
  CHECK(cls == V{"uncertainty"});
  CHECK(Cues("It is hard to see the logic.").empty());
  CHECK(Cues("It is premature to judge the truce.") == V{"premature to judge:hedge:-"});
}

TEST_CASE("a negated doubt becomes a booster of certainty") {
  std::vector<std::string> cls;
  CHECK(Cues("Nobody doubts that Kyiv will fight.", &cls) == V{"doubts:booster:-:neg"});
  CHECK(cls == V{"certainty"});
  CHECK(Cues("It is not unclear who fired.") == V{"unclear:booster:-:neg"});
  // A negation inside the phrase is part of its meaning: it stays a hedge.
  CHECK(Cues("Escalation cannot be ruled out.") == V{"cannot be ruled out:hedge:-:neg"});
  // The estimative phrases intelligence writing defines beside "cannot rule out".
  CHECK(Cues("We cannot discount a strike.") == V{"cannot discount:hedge:-:neg"});
}

TEST_CASE("far from and unclear") {
  CHECK(Cues("The benefits are unclear.") == V{"unclear:hedge:-"});
  CHECK(Cues("It is unclear whether Tokyo will agree.") == V{"It is unclear whether:hedge:-"});
  // Knowledge denied before an open question works the same way; knowing how
  // to do something is no question of fact.
  CHECK(Cues("We do not yet know whether Tokyo will agree.") ==
        V{"do not yet know whether:hedge:-:neg"});
  CHECK(Cues("We don't know if Tokyo will agree.") == V{"don't know if:hedge:-:neg"});
  CHECK(Cues("He did not know when to stop.").empty());
  CHECK(Cues("A deal is far from certain.") == V{"far from certain:hedge:-:neg"});
  CHECK(Cues("There is no guarantee that the truce will hold.") ==
        V{"no guarantee that:hedge:-:neg"});
  CHECK(Cues("There is a real risk that the war spreads.") ==
        V{"There is a real risk that:hedge:-"});
  CHECK(Cues("There is every reason to believe that Seoul will act.") ==
        V{"every reason to believe:booster:-"});
}

TEST_CASE("chances and odds are calibrated also with what they are chances of") {
  CHECK(Cues("Odds are slim.") == V{"Odds are slim:hedge:very_unlikely"});
  CHECK(Cues("The odds of a ceasefire are slim.") ==
        V{"odds of a ceasefire are slim:hedge:very_unlikely"});
  CHECK(Cues("The prospects of a settlement remain remote.") ==
        V{"prospects of a settlement remain remote:hedge:almost_no_chance"});
  // A probability said to be low or high, also as assessed.
  CHECK(Cues("The probability of an assault is assessed as low.") ==
        V{"probability of an assault is assessed as low:hedge:very_unlikely"});
  CHECK(Cues("The likelihood of an invasion remains high.") ==
        V{"likelihood of an invasion remains high:hedge:very_likely"});
  // Better, or greater, than even: likely, not even chance.
  CHECK(Cues("There is a greater than even chance of war.") == V{"greater than even:hedge:likely"});
}

TEST_CASE("appear before a state word is evidential; appear before a place is not") {
  CHECK(Cues("A strike appears imminent.") == V{"appears imminent:hedge:-"});
  CHECK(Cues("He appeared before the committee.").empty());
}

TEST_CASE("May the month is not a modal") {
  CHECK(Cues("The summit opens in May.").empty());
  CHECK(Cues("On May 5 the talks failed.").empty());
  CHECK(Cues("Talks may fail.") == V{"may:hedge:-"});
  CHECK(Cues("May talks fail? Perhaps.") == V{"May:hedge:-", "Perhaps:hedge:-"});
}

TEST_CASE("will the noun is not a prediction") {
  CHECK(Cues("Europe lacks the political will to act.").empty());
  CHECK(Cues("Political will is scarce.").empty());
  CHECK(Cues("Europe will act.") == V{"will:booster:-"});
}

TEST_CASE("could of past ability is not a hedge") {
  CHECK(Cues("In 1990 the country could still buy oil.").empty());
  CHECK(Cues("Years ago Moscow could sell gas freely.").empty());
  CHECK(Cues("By 2030 China could overtake it.") == V{"could:hedge:-"});
  CHECK(Cues("Since then Moscow could sell gas only to China.").empty());
  // "then" of a sequence or a consequence sets nothing in the past.
  CHECK(Cues("The troops could train and then deploy.") == V{"could:hedge:-"});
  CHECK(Cues("If talks fail, then Seoul could respond.") == V{"could:hedge:-"});
}

TEST_CASE("should: a recommendation, or a hedge with a verb of outcome") {
  CHECK(Cues("Ministers should act now.").empty());
  CHECK(Cues("NATO should hold firm.").empty());
  CHECK(Cues("The alliance should be reformed.").empty());
  CHECK(Cues("The vote should pass easily.") == V{"should pass:hedge:-"});
  CHECK(Cues("Beijing will respond should NATO expand.") == V{"will:booster:-"});
}

TEST_CASE("like, about and appear in their ordinary senses are not cues") {
  CHECK(Cues("States like Malaysia object.").empty());
  CHECK(Cues("They talked about sanctions.").empty());
  CHECK(Cues("Ships appear on the horizon.").empty());
  CHECK(Cues("The plan appears to work.") == V{"appears to:hedge:-"});
}

TEST_CASE("about before a number is an approximator; potential the noun is not a hedge") {
  std::vector<std::string> cls;
  CHECK(Cues("About 40 ships sailed.", &cls) == V{"About:hedge:-"});
  CHECK(cls == V{"approximator"});
  // ... or a fraction or number word; not "one", nor "about the thousands".
  CHECK(Cues("Around a third of it goes to defense.") == V{"Around:hedge:-"});
  CHECK(Cues("Some two dozen ships sailed.") == V{"Some:hedge:-"});
  CHECK(Cues("Concerns about one country grew.").empty());
  CHECK(Cues("They spoke about the thousands who fled.").empty());
  CHECK(Cues("The region has economic potential.").empty());
  CHECK(Cues("The potential for conflict grows.").empty());
  CHECK(Cues("The potential benefits are small.") == V{"potential:hedge:-"});
}

TEST_CASE("approximators are hedges of their own class, never negated") {
  std::vector<std::string> cls;
  CHECK(Cues("There is almost no demand for it.", &cls) == V{"almost no:hedge:-"});
  CHECK(Cues("States largely oppose it.", &cls) == V{"largely:hedge:-"});
  CHECK(cls == V{"approximator"});
}

TEST_CASE("would in reported speech is tense, not a prediction") {
  CHECK(Cues("The ministry announced that it would hold a drill.").empty());
  CHECK(Cues("Officials said the navy would respond.").empty());
  // The present perfect reports the source's own hypothetical: still a hedge.
  CHECK(Cues("Simon has argued that a pact would deter Beijing.") == V{"would:hedge:-"});
}

TEST_CASE("a verb of doubt with a third party as subject is their report, not a hedge") {
  CHECK(Cues("Some experts doubt that the talks matter.").empty());
  CHECK(Cues("I doubt that the talks matter.") == V{"doubt:hedge:-"});
}

TEST_CASE("the author's own view is estimative; a third party's is its report") {
  std::vector<std::string> cls;
  CHECK(Cues("We view the risks as more prominent.", &cls) == V{"We view:hedge:-"});
  CHECK(cls == V{"estimative"});
  CHECK(Cues("I regard the deal as fragile.") == V{"I regard:hedge:-"});
  CHECK(Cues("Russia views NATO as a threat.").empty());
  // In the perfect too, and contracted.
  CHECK(Cues("We have assessed previously that the regime used them.") ==
        V{"We have assessed previously that:hedge:-"});
  CHECK(Cues("We've long judged that the pact is fragile.") == V{"We've long judged that:hedge:-"});
  CHECK(Cues("We have assessed the accuracy of the model.").empty());  // an evaluation done
  CHECK(Cues("Our best educated guess is that talks resume.") ==
        V{"Our best educated guess:hedge:-"});
  CHECK(Cues("It is impossible to be precise about the date.") ==
        V{"impossible to be precise:hedge:-"});
  // Knowledge denied before an open question, contracted or not; not know-how.
  CHECK(Cues("We don't know how Moscow will respond.") == V{"don't know how:hedge:-:neg"});
  CHECK(Cues("He did not know when to let go.").empty());
}

TEST_CASE("reported intent is not the writer's prediction") {
  CHECK(Cues("She said she will resign.").empty());
}

TEST_CASE("the reported-speech windows are settings a user lexicon can change") {
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back({"mine.tsv", "name\tvalue\tsource\nintent_window\t1\tme\nperfect_window\t0\tme\n"});
  std::vector<Diagnostic> problems;
  auto narrow = test::MakeAnalyzer(Lexicon::Load(files, &problems));
  REQUIRE(problems.empty());
  // "said" is two tokens before "will": out of a one-token window, a prediction.
  CHECK(Cues("She said she will resign.", nullptr, narrow.get()) == V{"will:booster:-"});
  // "has" is two tokens before "argued" in "has long argued": with no window
  // the verb reads as past, and its "would" as reported speech's tense.
  CHECK(Cues("Simon has long argued that a pact would deter Beijing.") == V{"would:hedge:-"});
  CHECK(Cues("Simon has long argued that a pact would deter Beijing.", nullptr, narrow.get()).empty());
}

TEST_CASE("a reporting verb with a person as subject is not an evidential hedge") {
  CHECK(Cues("Trump, who has indicated he would leave, spoke.") == V{"would:hedge:-"});
  CHECK(Cues("The data suggest a slowdown.") == V{"suggest:hedge:-"});
}

TEST_CASE("a prediction inside an estimate's clause or a question is not counted again") {
  CHECK(Cues("We assess that Russia will test a missile.") == V{"We assess:hedge:-"});
  CHECK(Cues("It is unclear how far Beijing will go.") == V{"It is unclear how:hedge:-"});
  CHECK(Cues("No doubt Beijing will keep testing.") == V{"No doubt:booster:-"});
  // Nor in a prediction the author disowns.
  CHECK(Cues("We are not predicting that Moscow will strike.") == V{"predicting that:hedge:-:neg"});
  // Nor is "will" in a direct question: it asks.
  CHECK(Cues("Will Beijing back down?").empty());
  CHECK(Cues("When will the war end?").empty());
  CHECK(Cues("The war will end soon.") == V{"will:booster:-"});
}

TEST_CASE("boosters: certainty, emphasis, inference and prediction") {
  CHECK(Cues("They must have known.") == V{"must have:booster:-"});
  CHECK(Cues("Tokyo must be consulted.").empty());
  CHECK(Cues("Beijing's view is unequivocal.") == V{"unequivocal:booster:-"});
  CHECK(Cues("In fact, the plan failed.") == V{"In fact:booster:-"});
  CHECK(Cues("Riyadh has said clearly that it wants a state.").empty());
  CHECK(Cues("Western governments would do well to listen.").empty());
}

TEST_CASE("idioms that contain a cue word are not cues") {
  CHECK(Cues("Act as soon as possible.").empty());
  CHECK(Cues("It is possible to win the vote.").empty());
  CHECK(Cues("Sanctions made the deal possible.").empty());
  CHECK(Cues("A possible attack looms.") == V{"possible:hedge:-"});
  CHECK(Cues("Leaders would like a deal.").empty());
  // A modal of politeness in an aside on one's own words hedges nothing; the
  // same modal before an object or a clause does.
  CHECK(Cues("The army showed restraint and, I might add, judgment.").empty());
  CHECK(Cues("Might I add that the plan is sound.").empty());
  CHECK(Cues("We might add troops next year.") == V{"might:hedge:-"});
  CHECK(Cues("We might say that deterrence failed.") == V{"might:hedge:-"});
}

TEST_CASE("would in a sentence set in the past narrates") {
  CHECK(Cues("In 1983 he would have his first title fight.") ==
        V{"would:hedge:-"});  // would have: hypothetical
  CHECK(Cues("In 1983 the party would win its first election.").empty());
  CHECK(Cues("He would later become president.").empty());
}

TEST_CASE("negation outside a verb group negates a phrase, not the modal after it") {
  CHECK(Cues("Units not under its command may defect.") == V{"may:hedge:-"});
  CHECK(Cues("The pact would not survive.") == V{"would:hedge:-:neg"});
}

TEST_CASE("one cue per judgement: a would in an estimate's clause is not counted again") {
  CHECK(Cues("It is entirely possible that the navy would withdraw.") ==
        V{"possible:hedge:-"});
  // An evidential's clause keeps its own hypothetical.
  CHECK(Cues("The data suggest that the navy would withdraw.") ==
        V{"suggest:hedge:-", "would:hedge:-"});
}
