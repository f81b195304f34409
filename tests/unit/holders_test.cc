// The claims stage's holders beyond the reporting verb: quotations and their
// speakers, pronouns and remembered sources, datelines, the settings a user
// lexicon can change. Each case is what a careful analyst would read.
#include <doctest/doctest.h>

#include <string>

#include "claims_probe.h"

using namespace claimlens;
using namespace claimlens::test;

namespace {
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("a verb that reports only with \"that\" reports after a closing quotation mark too") {
  // And at the end of the sentence it closes.
  CHECK(One("The pact will probably fail, the report found.").holder == "report");
  CHECK(Holders("What the report found was troubling.") == V{"author/author"});
  CHECK(Holders("\"Russia could become isolated,\" writes the former envoy Jane Roe.") ==
        V{"named/Jane Roe"});
  const Got counters = One("\"The pact will probably fail,\" counters the minister.");
  CHECK(counters.holder == "minister");
  CHECK(counters.level == "likely");
  CHECK(Holders("Jane Roe wrote a letter to the minister.") == V{"author/author"});
  // Before the comma that opens its quotation.
  CHECK(Holders("\"In large matters,\" Jane Roe writes, \"the pact will probably fail.\"") ==
        V{"named/Jane Roe"});
}

TEST_CASE("quotations are held by their speaker, also when the quotation goes on") {
  const auto c = Claims(
      "\"The threat has not gone away; it has gone quiet,\" said Captain Elena Markou. "
      "\"Quiet can end in an afternoon.\" The navy agreed.");
  REQUIRE(c.size() == 3);
  CHECK(c[0].type == "person");
  CHECK(c[1].holder == c[0].holder);
  CHECK(c[2].holder == "author");
  // Scare quotes with no source are the author's.
  CHECK(Holders("The so-called \"peace dividend\" is gone.") == V{"author/author"});
  // A quotation over several sentences, and one that runs into the next
  // paragraph, which opens with a quotation mark again; it ends with a paragraph
  // that does not.
  CHECK(Holders("\"Peace is over,\" the report said. \"Russia may attack. It may not.\" "
                "Prices rose.") ==
        V{"unnamed/report", "unnamed/report", "unnamed/report", "author/author"});
  CHECK(Holders("\"Peace is over,\" the report said. \"Russia may attack.\n\n"
                "\"It may not.\"\n\nPrices rose.") ==
        V{"unnamed/report", "unnamed/report", "unnamed/report", "author/author"});
  CHECK(Holders("\"Peace is over,\" the report said. \"Russia may attack.\n\nPrices rose.") ==
        V{"unnamed/report", "unnamed/report", "author/author"});
  // A speaker does not carry over into the next document.
  CHECK(Holders("\"Peace is over,\" the report said.") == V{"unnamed/report"});
  CHECK(Holders("\"Quiet can end in an afternoon.\"") == V{"author/author"});
  // A report inside a quotation ends with it: the quotation is the source's.
  CHECK(Holders("\"Beijing is racing to build what it believes the army needs,\" the "
                "assessment said.") == V{"unnamed/assessment"});
  // A quotation opened inside a report and left open at the sentence's end
  // goes on being the report's, into a paragraph that reopens it; a report
  // embedded in the quotation does not end it.
  CHECK(
      Holders("Denny Roy argues that the drill \"was a rehearsal. The navy may act.\n\n\"The drill "
              "suggests that planners have concluded they prefer a blockade.\"") ==
      V{"named/Denny Roy", "named/Denny Roy", "named/Denny Roy"});
  // Also in a quotation that a sentence before opened.
  const auto carried = Holders(
      "\"Russia may attack soon. Its army will probably test what it believes NATO tolerates,\" "
      "the report said.");
  REQUIRE(carried.size() == 2);
  CHECK(carried[1] == "unnamed/report");
}

TEST_CASE("the claim rules' windows are settings a user lexicon can change") {
  const std::string text = "Kim Jong Un, for his part, said the talks will fail.";
  CHECK(Holders(text) == V{"person/kim-jong-un"});
  // With no room for a parenthetical or an appositive, the subject is "for his
  // part", which names no one: the claim falls back to the author.
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back(
      {"mine.tsv", "name\tvalue\tsource\nparenthetical_window\t0\tme\nappositive_window\t0\tme\n"});
  std::vector<Diagnostic> problems;
  auto lexicon = Lexicon::Load(files, &problems);
  REQUIRE(problems.empty());
  auto analyzer = MakeAnalyzer(std::move(lexicon));
  const auto got = Claims(text, analyzer.get());
  REQUIRE(got.size() == 1);
  CHECK(got[0].holder == "author");
}

TEST_CASE("a belief denied is still its holder's; a report denied reports nothing") {
  CHECK(Holders("Moscow does not believe that sanctions will work.") == V{"actor/RUS"});
  CHECK(Holders("Officials did not say the deal would collapse.") == V{"author/author"});
  CHECK(One("We do not believe the deal will hold.").uncertain);
  // Also when the cue phrase holds the auxiliary ("do not think").
  CHECK(Holders("Analysts do not think the deal will hold.") == V{"unnamed/analysts"});
  CHECK(One("We do not think the deal will hold.").uncertain);
}

TEST_CASE("a belief verb without 'that' reports a view its subject can hold") {
  CHECK(Holders("Germans think the war will probably continue.") == V{"actor/DEU"});
  CHECK(Holders("Officials fear the deal will collapse.") == V{"unnamed/officials"});
  // A contracted negative modal is the clause's verb too ("won't" is "wo" "n't").
  CHECK(Holders("Analysts worry Putin won't back down.") == V{"unnamed/analysts"});
  CHECK(Holders("Analysts worry Putin can\u2019t retreat.") == V{"unnamed/analysts"});
  // No clause after it, or no one to hold it: the author's.
  CHECK(Holders("Analysts expect prices to rise.") == V{"author/author"});
  CHECK(Holders("The region saw fighting that was fierce.") == V{"author/author"});
  CHECK(Holders("I think the war will probably continue.") == V{"author/author"});
  // Generic "one" is the author; "one official" is someone else.
  CHECK(Holders("One suspects that the war will probably continue.") == V{"author/author"});
  CHECK(Holders("One might argue that the war will probably continue.") == V{"author/author"});
  CHECK(Holders("One official said that the war will probably continue.") == V{"unnamed/official"});
}

TEST_CASE("an aside between a report's subject and its verb belongs to neither") {
  // A relative clause or a participle between commas: its verbs and modals are
  // its own ("May" the month is no modal of the report's).
  const Got which =
      One("The report, which was released in May, says that the deal will probably fail.");
  CHECK(which.holder == "report");
  CHECK(which.level == "likely");
  CHECK(Holders("The report, released in May, said that the deal would probably fail.") ==
        V{"unnamed/report"});
  CHECK(Holders("Moscow, which may be bluffing, says the deal will probably fail.") ==
        V{"actor/RUS"});
  // A modal of the subject's own still makes the report the author's prediction.
  CHECK(Holders("Moscow will argue that the deal will probably fail.") == V{"author/author"});
}

TEST_CASE("a leader's name that modifies a noun is not the holder") {
  // An office: the state the leader serves.
  CHECK(Holders("The Biden administration judges that talks will probably fail.") ==
        V{"actor/USA"});
  CHECK(Holders("The Putin regime said that talks would probably fail.") == V{"actor/RUS"});
  // A noun for people with a name after it: that person.
  CHECK(Holders("Putin spokesman Dmitry Peskov said that talks would probably fail.") ==
        V{"person/dmitry-peskov"});
  CHECK(Holders("Trump adviser Stephen Miller said that talks would probably fail.") ==
        V{"named/Stephen Miller"});
  // The leader himself, and two people joined.
  CHECK(Holders("President Biden said that talks would probably fail.") == V{"person/joe-biden"});
  CHECK(Holders("Biden and Harris said that talks would probably fail.") == V{"person/joe-biden"});
}

TEST_CASE("a name given in full is the same holder when it comes back in part") {
  // At the start of a sentence too, where a lone capitalised word is no name.
  CHECK(Holders("Emma Ashford said that talks would probably fail. Ashford added that sanctions "
                "would probably stay. Later, Ashford said that prices would probably rise.") ==
        V{"named/Emma Ashford", "named/Emma Ashford", "named/Emma Ashford"});
  // Not in the next document.
  CHECK(Holders("Ashford added that sanctions would probably stay.") == V{"unnamed/ashford"});
  // How many names a document keeps is a setting: with none kept, no surname is known.
  std::vector<LexiconFile> files = BuiltinLexiconFiles();
  files.push_back({"mine.tsv", "name\tvalue\tsource\nremembered_names\t0\tme\n"});
  std::vector<Diagnostic> problems;
  auto analyzer = MakeAnalyzer(Lexicon::Load(files, &problems));
  REQUIRE(problems.empty());
  const auto got = Claims(
      "Emma Ashford said that talks would probably fail. Ashford added that "
      "sanctions would probably stay.",
      analyzer.get());
  REQUIRE(got.size() == 2);
  CHECK(got[1].holder == "ashford");
}

TEST_CASE("a participle after a determiner is an adjective, not someone's view") {
  // The author's hedge, not a report held by "a" or "these".
  const Got one = One("A suspected militant was killed in the raid.");
  CHECK(one.holder == "author");
  CHECK(one.uncertain);
  CHECK(Holders("These suspected smugglers were caught near the border.") == V{"author/author"});
  CHECK(Holders("Their suspected backers were never named.") == V{"author/author"});
  // The verb with a subject still reports.
  CHECK(Holders("Officials suspected that the deal would collapse.") == V{"unnamed/officials"});
}

TEST_CASE("a pronoun holds the view of its antecedent") {
  CHECK(Holders("The Chinese leadership has stated that it views the pact as a threat.") ==
        V{"actor/CHN"});
  // With none we know, "they", "he" or "she" is still someone else, not the
  // author; an impersonal "it" hedges the author's own view.
  CHECK(Holders("They say the deal will probably fail.") == V{"unnamed/they"});
  CHECK(Holders("It appears that the deal will fail.") == V{"author/author"});
  // "he" or "she" after a person named earlier in the same sentence is that
  // person, as holder and as addressee.
  CHECK(Holders("After Kim Jong Un arrived, he said talks would probably fail.") ==
        V{"person/kim-jong-un"});
  CHECK(One("As President Trump explores a deal with Iran, he would be wise to act.").addressee ==
        "donald-trump");
  // "they" after a report in its sentence is its reporters; after another
  // actor named in its sentence, the actor of the sentences before is no
  // longer a safe guess.
  CHECK(Holders("Tokyo is wary. American officials have said that the PLA is ready, though they "
                "have also said that war is unlikely.") ==
        V{"author/author", "actor/USA", "actor/USA"});
  // "he" after a name that reported earlier in the sentence is that name; a
  // person's name that only modifies a role noun is no antecedent.
  CHECK(Holders("Denny Roy argues that the drill was a rehearsal; he adds that talks will "
                "probably fail.") == V{"named/Denny Roy", "named/Denny Roy"});
  CHECK(Holders("The Trump administration left the deal in 2018. Later, he said that sanctions "
                "would probably work.") == V{"author/author", "unnamed/he"});
  // Nor is one that modifies a noun for people: "he" is the adviser, not Trump
  // (a name the lexicons do not know is remembered once it has reported).
  CHECK(Holders("Trump adviser Stephen Miller spoke on Monday. Later, he said that tariffs "
                "would probably work.") == V{"author/author", "unnamed/he"});
  CHECK(Holders("Trump adviser Stephen Miller said that tariffs would probably work. Later, he "
                "said that talks would fail.") ==
        V{"named/Stephen Miller", "named/Stephen Miller"});
  // "they" after a first clause with a subject that names someone is that subject.
  CHECK(Holders("Moscow is wary. European governments are divided, but they agree that the "
                "tariffs will probably stay.") ==
        V{"author/author", "author/author", "actor/europe"});
  // "his officials", "its diplomats": the people of the state the pronoun's
  // antecedent serves or is.
  CHECK(Holders("President Emmanuel Macron blocked a plan, and his officials said that France "
                "would oppose it.") == V{"author/author", "actor/FRA"});
  CHECK(Holders("Tokyo has objected, and its diplomats argue that the deal will probably fail.") ==
        V{"author/author", "actor/JPN"});
  CHECK(Holders("His aides say the plan may fail.") == V{"unnamed/aides"});
  // The next sentence's "he" is the last speaker, not someone they spoke of.
  CHECK(Holders("Lavrov said he had spoken with Antony Blinken. He said talks would probably "
                "fail.") == V{"person/sergey-lavrov", "person/sergey-lavrov"});
  const auto help = Claims(
      "Moscow is escalating. We will help the Ukrainians have what they need to defend "
      "themselves.");
  REQUIRE(help.size() == 2);
  CHECK(help[1].addressee != "RUS");
}

TEST_CASE("\"they\" who report next are the people who reported in the sentence before") {
  CHECK(Holders("Officials said the army was ready. They added that an attack would probably "
                "fail. They said so.") ==
        V{"unnamed/officials", "unnamed/officials", "unnamed/officials"});
  CHECK(Holders("Two people familiar with the plans said the army was ready. Such an attack, "
                "they said, would probably fail.") == V{"unnamed/people", "unnamed/people"});
  // Or the people the sentence before opened with, when no one reported in it,
  // rather than the last actor it named; and in its own sentence.
  CHECK(Holders("The authors stumble when they go on to say that it rests on American aid. In "
                "doing so, they argue that talks will probably fail.") ==
        V{"author/author", "unnamed/authors"});
  CHECK(Holders("The authors stumble, and they argue that talks may fail.") ==
        V{"author/author", "unnamed/authors"});
  // Not one person ("The analyst ... They"), nor people of a named actor.
  CHECK(Holders("The analyst stumbled. They argue that talks may fail.") ==
        V{"author/author", "unnamed/they"});
  // "it" after a clause in which an actor reported, or whose subject is one.
  CHECK(Holders("While Tokyo says it will stay, it has warned that talks may fail.") ==
        V{"actor/JPN"});
  CHECK(Holders("While the EU is wary, it says that talks may fail.") == V{"actor/EU"});
  // A particle inside a name the lexicons lack.
  CHECK(Holders("Talks may fail, said Armida van Rij, head of the programme.") ==
        V{"named/Armida van Rij"});
  // Not a source, nor across a sentence that reported nothing.
  CHECK(Holders("The report said the army was ready. They added that an attack would probably "
                "fail.") == V{"unnamed/report", "unnamed/they"});
  CHECK(Holders("Officials said the army was ready. Prices rose. They added that an attack would "
                "probably fail.") == V{"unnamed/officials", "author/author", "unnamed/they"});
}

TEST_CASE("\"it\" and \"they\" stand for the actor the sentence before was about") {
  // The subject of the sentence before, not the last actor it named.
  auto addressees = [](const std::string& text) {
    V out;
    for (const Got& c : Claims(text)) out.push_back(c.addressee);
    return out;
  };
  CHECK(addressees("Japan should not send troops to the Philippines. Instead, it should fund the "
                   "coast guard. It should also train pilots.") == V{"JPN", "JPN", "JPN"});
  // A subject that names no actor, or two: the last actor named.
  CHECK(addressees("The sanctions hurt Russia. It should return to talks.") == V{"", "RUS"});
  CHECK(addressees("Tokyo and Manila met India. It should join them.") == V{"", "IND"});
}

TEST_CASE("an opening date is no clause of its own, even in May") {
  CHECK(Holders("In May, the IAEA said that Iran had enriched uranium.") == V{"actor/IAEA"});
  CHECK(Holders("In May 2025 the IAEA reported that Iran had enriched uranium.") ==
        V{"actor/IAEA"});
  CHECK(Holders("In March 2025 the IAEA reported that Iran had enriched uranium.") ==
        V{"actor/IAEA"});
  // Nor after ", and": the report is a claim of its own.
  CHECK(Holders("The talks stalled, and in May the IAEA said that Iran had enriched uranium.") ==
        V{"author/author", "actor/IAEA"});
}

TEST_CASE("a dateline opens the first clause; a long subject is read whole") {
  CHECK(Holders("WASHINGTON (AP) \u2014 A U.S. intelligence assessment says Iran is not "
                "pursuing nuclear weapons.") == V{"actor/USA"});
  CHECK(Holders("KYIV, Ukraine (Reuters) - Ukrainian officials said the strikes would probably "
                "go on.") == V{"actor/UKR"});
  // Capitals that are no dateline: the sentence's own words.
  CHECK(Holders("NATO allies said talks may resume.") == V{"unnamed/allies"});
  CHECK(Holders("The assessment from the Office of the Director of National Intelligence "
                "released Monday says Iran has moved closer.") == V{"actor/USA"});
}

TEST_CASE("a quotation's speaker is the outer holder of a report inside it") {
  const Got g =
      One("\u201cSome US experts agreed that China could invade,\u201d the report noted.");
  CHECK(g.holder == "USA");
  CHECK(g.chain == "report");
  CHECK(One("The report noted that some US experts agreed that China could invade.").chain ==
        "report");
}

TEST_CASE("a name with a joiner inside is one source") {
  const Got g =
      One("The deal will probably collapse, according to a report by the Center for "
          "Strategic and International Studies.");
  CHECK(g.holder == "Center for Strategic and International Studies");
  CHECK(g.level == "likely");
}

TEST_CASE("\"according to\" that closes a sentence reports all of it, as a closing verb does") {
  CHECK(Holders("Sanctions would have hurt Russia, but they would also have harmed its "
                "neighbours, according to two officials.") == V{"unnamed/officials"});
  // Not across a semicolon.
  CHECK(Holders("Sanctions would have hurt Russia; they would also have harmed its neighbours, "
                "according to two officials.") == V{"author/author", "unnamed/officials"});
}

TEST_CASE("people familiar with something speak for themselves, not for what they know") {
  for (const char* text : {"People familiar with the talks said the deal would probably fail.",
                           "The deal would probably fail, people familiar with the talks said.",
                           "The deal will probably fail, according to people familiar with the "
                           "talks."}) {
    const Got g = One(text);
    CHECK(g.holder == "people");
    CHECK(g.level == "likely");
  }
}

TEST_CASE("a spokesman for someone reports for them, with the verb of the phrase") {
  for (const char* text :
       {"A spokesman for the ministry said the deal would probably fail.",
        "The deal would probably fail, a spokesman for the ministry said.",
        "A spokesman for the ministry said on Tuesday that the deal would probably fail.",
        // The verb before its subject, or the phrase inside another source:
        // still one report, the ministry's, and the hedge keeps its level.
        "The deal would probably fail, said a spokesman for the ministry.",
        "The deal would probably fail, according to a spokesman for the ministry."}) {
    CAPTURE(text);
    const Got g = One(text);
    CHECK(g.holder == "ministry");
    CHECK(g.level == "likely");
  }
  CHECK(One("A spokesman for the Kremlin said the deal would probably fail.").holder == "RUS");
}

TEST_CASE("what someone dismisses or rejects as something is their view") {
  CHECK(Holders("Moscow dismissed the report as unlikely to change anything.") == V{"actor/RUS"});
  CHECK(Holders("Moscow rejected the report as unlikely to change anything.") == V{"actor/RUS"});
  CHECK(Holders("He dismissed his aides.") == V{"author/author"});
}

TEST_CASE("a source speaks for its maker") {
  // A possessor that the actors stage does not know makes the source its own.
  CHECK(Holders("The ministry's statement said the talks would probably resume.") ==
        V{"unnamed/ministry"});
  CHECK(Holders("The Foreign Ministry's statement said the talks would probably resume.") ==
        V{"named/Foreign Ministry"});
  // The head is in the phrase's first chunk: a possessor after its preposition
  // does not make "military" the head, and a long subject is still read whole.
  CHECK(Holders("The Pentagon's latest annual report on China's military says Beijing probably "
                "has more warheads.") == V{"actor/USA"});
  // "the report" names the same document again, in a later sentence.
  CHECK(Holders("The Pentagon's annual report warns of a buildup. The report projects that the "
                "arsenal would double.") == V{"actor/USA", "actor/USA"});
  CHECK(Holders("The report projects that the arsenal would double.") == V{"unnamed/report"});
  // A subject pronoun opens its phrase: the carriers' route is not a holder.
  CHECK(Holders("Its authors suggested that the carriers found the longer route more profitable "
                "than they admit.") == V{"unnamed/authors"});
}

TEST_CASE("a relative clause with a subject of its own reports for that subject") {
  // "which officials say": the officials say it, not the step; the clause
  // stays the author's. "Analysts who study X note": the analysts note.
  const Got step =
      One("The sanctions are a step which officials say will probably raise tensions.");
  CHECK(step.holder == "author");
  CHECK(step.level.empty());
  CHECK(One("The sanctions are a step which they say will probably raise tensions.").level.empty());
  CHECK(Holders("Analysts who study alliance behavior note that talks may fail.") ==
        V{"unnamed/analysts"});
}

TEST_CASE("a holder remembered from an earlier sentence brings no report chain") {
  // Kuleba reports inside the ministry's report; in the next sentence "he" is
  // Kuleba again, reporting in his own right. The chain was an index into the
  // earlier sentence's holders (out of range, or another holder).
  const std::vector<Got> got = Claims(
      "According to the ministry, Dmytro Kuleba said that the talks would probably fail. "
      "He said the ceasefire would likely hold.");
  REQUIRE(got.size() == 2);
  CHECK(got[0].chain == "ministry");
  CHECK(got[1].holder == got[0].holder);
  CHECK(got[1].chain == "");
}

TEST_CASE("\"it\" after a first clause about a thing is that thing, not an actor named before") {
  // The United States opened the text as its subject, but "it" is what "This"
  // is about: the claim stays the author's, one claim, no report by the USA.
  const std::vector<Got> got = Claims(
      "The United States has a law on the port. This is not a pledge of U.S. help, although it "
      "does strongly suggest that a blockade would draw a response.");
  REQUIRE(got.size() == 2);
  CHECK(got[1].holder == "author");
  // A demonstrative alone names no one; "those who" are people.
  CHECK(Holders("These say that talks may fail.") == V{"author/author"});
  CHECK(Holders("Those who study the region argue that talks may fail.") == V{"unnamed/those"});
}

TEST_CASE("\"hold that\" reports a view; \"held in\" does not") {
  CHECK(Holders("Realists hold that the balance of power will probably shift.") ==
        V{"unnamed/realists"});
  CHECK(Holders("The doctrine holds that an attack would be a threat.") == V{"unnamed/doctrine"});
  CHECK(Holders("North Korea intimates that the yield could be greater.") == V{"actor/PRK"});
  CHECK(Holders("The talks were held in Geneva, and they will probably resume.") ==
        V{"author/author"});
}

TEST_CASE("\"according to\" inside a relative clause speaks for that clause only") {
  const std::vector<Got> got = Claims(
      "The test likely had a larger yield than the second, which according to Dr. Jane "
      "Roe of Stanford was small, putting it near ten kilotons.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].holder == "author");
  CHECK(got[0].level == "likely");
  // Opening the sentence it still speaks for all of it.
  CHECK(Holders("According to Dr. Jane Roe, the test likely failed.") == V{"person/jane-roe"});
}

TEST_CASE("a reporting verb joined to the clause's first predicate shares its subject") {
  CHECK(Holders("Officials met on Monday and said that talks will probably fail.") ==
        V{"unnamed/officials"});
  CHECK(Holders("Many economists have studied the tariffs and have found that prices rose.") ==
        V{"unnamed/economists"});
  // Two nouns joined, not two predicates; a subject that names no one.
  CHECK(Holders("Xi will weigh the risk of failure and anticipated costs.") == V{"author/author"});
  CHECK(Holders("The data rose and suggested that prices will probably fall.") ==
        V{"author/author"});
}

TEST_CASE("a report inside what a closing report says ends where that report's stretch ends") {
  // The official says that the Pentagon believes: "could" is the Pentagon's,
  // the claim the Pentagon's view as the official reports it.
  const std::vector<Got> got =
      Claims("The Pentagon believes Beijing could move by 2027, a senior official said.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].holder == "USA");
  CHECK(got[0].chain == "official");
  CHECK(got[0].uncertain);
}
