// The claims stage's flags: analytic confidence, conditions, recommendations
// and their addressees, predictions. Each case is what a careful analyst would read.
#include <doctest/doctest.h>

#include "claims_probe.h"

using namespace claimlens;
using namespace claimlens::test;

namespace {
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("analytic confidence is a field of its own, never a level") {
  const Got g = One("We assess with moderate confidence that Moscow will probably test a missile.");
  CHECK(g.confidence == "moderate");
  CHECK(g.level == "likely");
  CHECK(One("We assess with high confidence that the test failed.").confidence == "high");
  CHECK(One("We have moderate-to-high confidence that the test failed.").confidence == "moderate");
  // A statement about "this judgement" speaks of the sentence before.
  const auto c =
      Claims("Beijing is likely to build a base. We have low confidence in this judgement.");
  REQUIRE(c.size() == 2);
  CHECK(c[0].confidence == "low");
  CHECK(c[0].level == "likely");
  // A term mentioned is no confidence statement, and no cue.
  CHECK(One("Analysts debated what the phrase \"high confidence\" means.").confidence.empty());
  CHECK_FALSE(One("The agency's use of the word \"probably\" drew criticism.").uncertain);
}

TEST_CASE("conditions: if, unless, inversion; not an offer or a question") {
  const Got g = One("If talks fail, Washington will impose sanctions.");
  CHECK(g.conditional);
  CHECK(g.condition == "If talks fail");
  CHECK(One("Should talks fail, the navy would withdraw.").conditional);
  CHECK(One("Were Beijing to move, Tokyo would respond.").conditional);
  CHECK(One("The navy would withdraw unless talks resumed.").conditional);
  // A protasis at the end of the sentence ends before the sentence's full stop,
  // but keeps a quotation it closes.
  CHECK(One("The navy would withdraw unless talks resumed.").condition == "unless talks resumed");
  CHECK(One("Talks fail if Seoul says \"no\"!").condition == "if Seoul says \"no\"");
  // "absent" before a determiner is a preposition of condition, not the adjective.
  CHECK(One("Absent a deal, Iran will enrich further.").condition == "Absent a deal");
  CHECK_FALSE(One("The minister was absent from the talks.").conditional);
  CHECK_FALSE(One("NATO is ready to act if needed.").conditional);
  CHECK_FALSE(One("It is unclear if Tokyo will respond.").conditional);
  // After "be" a condition is what the clause states, not one it holds under.
  CHECK_FALSE(One("Article 5 was now conditional on spending targets.").conditional);
  CHECK(One("Aid, conditional on reforms, will flow.").conditional);
  CHECK(One("War is likely if talks fail.").conditional);
  CHECK_FALSE(One("Russia is unlikely to abandon the model even if it fails.").conditional);
  // "if Beijing believed" is a condition, not Beijing's view and not a hedge.
  const Got b = One("If Beijing believed the pact was aimed at it, it would respond.");
  CHECK(b.holder == "author");
  CHECK(b.conditional);
}

TEST_CASE("recommendations and their addressees") {
  const Got g = One("Washington should impose sanctions.");
  CHECK(g.recommendation);
  CHECK(g.addressee == "USA");
  CHECK(One("NATO must be willing to act.").recommendation);
  // A collective is an agent: its "should help" is advice, not an outcome's "should".
  const Got help = One("The international community should help the Afghan government.");
  CHECK(help.recommendation);
  CHECK_FALSE(help.uncertain);
  // A necessity after a hypothetical modal is a scenario's, not advice; after
  // "will" it still advises.
  CHECK_FALSE(One("These are the lanes that the navy would need to control.").recommendation);
  CHECK_FALSE(One("Europe might have to pay more.").recommendation);
  CHECK(One("Washington will need to spend more.").recommendation);
  CHECK(One("It is critical that Europe raise its spending.").addressee == "europe");
  // A name the actors stage does not know ends before the verb after it; a
  // capitalised modifier keeps its noun for people.
  CHECK(One("We recommend that the Treasury tighten enforcement of sanctions.").addressee ==
        "treasury");
  CHECK(One("We recommend that Western governments tighten enforcement.").addressee ==
        "western governments");
  CHECK(One("We urge Tokyo to raise its spending.").addressee == "JPN");
  // After "for", the one who is to act stands before an infinitive's "to"; what
  // is called for is no addressee.
  CHECK(One("It is time for NATO to leave Asia.").addressee == "NATO");
  CHECK(One("The time has come for NATO to leave Asia.").addressee == "NATO");
  CHECK_FALSE(One("Their time has come.").recommendation);
  CHECK(One("It would be wise for Seoul to wait.").addressee == "KOR");
  CHECK(One("The alliance can ill afford to wait.").recommendation);
  CHECK_FALSE(One("It would be better if talks failed.").recommendation);
  CHECK(One("We call for restraint.").recommendation);
  CHECK(One("We call for restraint.").addressee.empty());
  CHECK(One("We call for an end to the war.").addressee.empty());
  // The addressee ends with its noun for people, before the verb the lexicons do not know.
  CHECK(One("It is imperative that allies coordinate.").addressee == "allies");
  CHECK(One("It is critical that officials in Seoul respond.").addressee == "KOR");
  CHECK(One("It is critical that senior officials in Seoul respond.").addressee == "KOR");
  CHECK(One("Congress could consider new export rules.").recommendation);
  // A list names every member; a comma alone joins no list.
  CHECK(One("We recommend that Washington, Tokyo, The Hague and Seoul act.").addressee ==
        "USA;JPN;NLD;KOR");
  CHECK(One("Beijing and Moscow should talk.").addressee == "CHN;RUS");
  CHECK(One("Keeping its aid to Pakistan, the United States should act.").addressee == "USA");
  // Only people are addressed: a thing or a demonstrative names no one.
  const Got thing = One("The authors argue that deterrence must rest on Taipei alone.");
  CHECK(thing.recommendation);
  CHECK(thing.addressee.empty());
  CHECK(One("This must change, as its critics argue.").addressee.empty());
  CHECK(One("Instead, the new policy should reward restraint.").addressee.empty());
  // Nor is whoever owns the thing; the people of an actor are.
  CHECK(One("Russia's war must end.").addressee.empty());
  CHECK(One("The Treasury's rules should change.").addressee.empty());
  CHECK(One("China's leaders should negotiate.").addressee == "CHN");
  // A conjunction that joins the clause is not part of the addressee.
  CHECK(One("China arms Russia, so its rivals must do the same.").addressee == "rivals");
  CHECK(One("The powers agree, and Western governments would do well to listen.").addressee ==
        "western governments");
  // A verb that reports a recommendation: its subject holds it and is no addressee.
  const Got critics = One("Critics call for sanctions.");
  CHECK(critics.holder == "critics");
  CHECK(critics.recommendation);
  CHECK(critics.addressee.empty());
  const Got urged = One("Washington urged Tokyo to raise its spending.");
  CHECK(urged.holder == "USA");
  CHECK(urged.recommendation);
  CHECK(urged.addressee == "JPN");
  // "call on" appeals only with an infinitive after its object.
  CHECK(One("We call on Seoul and Tokyo to talk.").addressee == "KOR;JPN");
  CHECK(One("Haines called on lawmakers to approve more aid.").addressee == "lawmakers");
  CHECK_FALSE(One("The minister called on Tuesday for calm.").recommendation);
  CHECK_FALSE(One("She called on the embassy.").recommendation);
  // The object up to the infinitive, not a name in what it is to do.
  CHECK(One("Haines urged lawmakers to approve more aid for Ukraine.").addressee == "lawmakers");
  const Got panel = One("The commission recommended closing the base.");
  CHECK(panel.holder == "commission");
  CHECK(panel.recommendation);
  CHECK(panel.addressee.empty());
  // Epistemic should, inferring must, and questions recommend nothing.
  CHECK_FALSE(One("The vote should pass easily.").recommendation);
  CHECK_FALSE(One("They must have known about the test.").recommendation);
  CHECK_FALSE(One("What should Brussels do?").recommendation);
  CHECK_FALSE(One("Let's be clear about the stakes.").recommendation);
  // Nor the writer leading the reader through the argument; "Let us act" is advice.
  CHECK_FALSE(One("Let's begin with what is almost certain: talks will fail.").recommendation);
  CHECK(One("Let us act now.").recommendation);
}

TEST_CASE("the author's predictions, and what is no prediction") {
  CHECK_FALSE(One("Prices will fall next year.").uncertain);
  CHECK(One("Prices will fall next year.").level.empty());
  auto booster = [](const std::string& text) {
    const auto c = Claims(text);
    return !c.empty() && !c[0].uncertain;
  };
  CHECK(booster("Prices will fall next year."));
  // Not the writer's prediction: habit, commitment, someone else's.
  CHECK(Holders("Officials say the navy will withdraw.") == V{"unnamed/officials"});
}

TEST_CASE("a negated possibility is a categorical judgement") {
  const Got g = One("It is not possible that the rebels staged it.");
  CHECK(g.level == "almost_no_chance");
  CHECK_FALSE(g.uncertain);
  CHECK(One("The rebels cannot have staged it.").level == "almost_no_chance");
}

TEST_CASE("an appeal verb's object is the addressee, for any verb a lexicon gives that class") {
  const std::string text = "Washington pressed Tokyo to raise its spending.";
  CHECK_FALSE(One(text).recommendation);
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back({"mine.tsv",
                   "phrase\tkind\tclass\tvalue\tsource\n"
                   "press~\trecommendation\tappeal\t-\tme\npress~\tattribution\tverb\t-\tme\n"});
  std::vector<Diagnostic> problems;
  auto analyzer = MakeAnalyzer(Lexicon::Load(files, &problems));
  REQUIRE(problems.empty());
  const auto got = Claims(text, analyzer.get());
  REQUIRE(got.size() == 1);
  CHECK(got[0].holder == "USA");
  CHECK(got[0].recommendation);
  CHECK(got[0].addressee == "JPN");
}
