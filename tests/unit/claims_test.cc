// The claims stage, one rule at a time: holders, quotations, splitting and
// level. Each case is what a careful analyst would read.
#include <doctest/doctest.h>

#include <string>

#include "claims_probe.h"

using namespace claimlens;
using namespace claimlens::test;

namespace {
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("the author holds a claim unless the clause reports someone else's view") {
  CHECK(Holders("The pact is doomed.") == V{"author/author"});
  CHECK(Holders("Moscow believes the pact is doomed.") == V{"actor/RUS"});
  CHECK(Holders("Chinese officials argue that the pact is doomed.") == V{"actor/CHN"});
  CHECK(Holders("Officials in Seoul argue that talks will fail.") == V{"actor/KOR"});
  CHECK(Holders("Senior officials in Seoul argue that talks will fail.") == V{"actor/KOR"});
  CHECK(Holders("Analysts believe that insurers will set the pace.") == V{"unnamed/analysts"});
  CHECK(Holders("According to the ministry, receipts will fall.") == V{"unnamed/ministry"});
  CHECK(Holders("In Tokyo's view, the strait is vital.") == V{"actor/JPN"});
  // Critics of NATO are not NATO; Washington under Trump is Washington.
  CHECK(Holders("Critics of NATO argue that the pact is doomed.") == V{"unnamed/critics"});
  CHECK(Holders("Washington under President Trump says the pact is doomed.") == V{"actor/USA"});
}

TEST_CASE("a line of names and dates predicates nothing and is no claim") {
  CHECK(Claims("By Jane Doe and John Roe\n\nThe pact will hold.").size() == 1);
  CHECK(Claims("Updated Tuesday, March 4, 2025, 9:40 PM\n\nThe pact will hold.").size() == 1);
  CHECK(Claims("Turkey and Iraq.\n\nThe pact will hold.").size() == 1);
  CHECK(Claims("* * *\n\nThe pact will hold.").size() == 1);
  // A heading: a short line of its own, every word capitalised.
  CHECK(Claims("Key Judgments\n\nThe pact will hold.").size() == 1);
  CHECK(Claims("Recommendations\r\nThe pact will hold.").size() == 1);
  CHECK(Claims("Europe's Hard Choice\n\nThe pact will hold.").size() == 1);
  // Not in a sentence of a paragraph, nor a long capitalised line.
  CHECK(Claims("The pact holds. Key Judgments Matter.").size() == 2);
  CHECK(Claims("Why Europe Must Stay Out of Asia Now\n\nThe pact will hold.").size() == 2);
  // A word that says something of them makes it a claim; so does a cue.
  CHECK(Claims("Turkey and Iraq agree.").size() == 1);
  CHECK(Claims("Probably Turkey and Iraq.").size() == 1);
  CHECK(Claims("It happened on March 4, 2025.").size() == 1);
}

TEST_CASE("the author hedging his own view, or predicting someone's, holds the claim") {
  CHECK(Holders("We assess that the pact is doomed.") == V{"author/author"});
  CHECK(Holders("I believe the pact is doomed.") == V{"author/author"});
  CHECK(Holders("It appears that the pact is doomed.") == V{"author/author"});
  CHECK(Holders("The Intelligence Community judges that the pact is doomed.") ==
        V{"author/author"});
  CHECK(Holders("Asian states would likely see the pact as a provocation.") == V{"author/author"});
  CHECK(Holders("Iran probably will not announce enrichment above 60 per cent.") ==
        V{"author/author"});
  // A report embedded in the author's predication: "X's claim that Y is false".
  CHECK(Holders("Beijing's claim that the drills were routine is false.") == V{"author/author"});
  // A report in a subordinate clause does not hold the sentence.
  CHECK(Holders("When the EU described China as a rival, the formula held.") == V{"author/author"});
  CHECK(Holders("The summit precedes the talks in Helsinki, where some analysts speculate a deal "
                "might be struck.") == V{"author/author"});
}

TEST_CASE(
    "a report that closes the sentence holds its clauses before a contrast, not a semicolon") {
  CHECK(Holders("Prices may rise, but the deal will probably hold, officials said.") ==
        V{"unnamed/officials", "unnamed/officials"});
  CHECK(Holders("Prices may rise; the deal will probably hold, officials said.") ==
        V{"author/author", "unnamed/officials"});
  CHECK(One("China is fueling crises, while it courts partners, the report notes.").holder ==
        "report");
}

TEST_CASE("a report that closes its clause holds what came before it") {
  CHECK(Holders("\u201cThe pact will fail,\u201d officials said.") == V{"unnamed/officials"});
  CHECK(Holders("\u201cFor Kyiv, the pact will fail, and for Moscow, it could hold,\u201d the "
                "report said.") == V{"unnamed/report"});
  CHECK(Holders("The pact will fail, officials said.") == V{"unnamed/officials"});
  // An object or adverbial after the closing verb says nothing of its own; a
  // relative clause completes an inverted subject.
  CHECK(Holders("The pact will fail, officials said on Tuesday.") == V{"unnamed/officials"});
  CHECK(Holders("The pact will fail, two diplomats told Reuters.") == V{"unnamed/diplomats"});
  CHECK(Holders("The pact will fail, said a diplomat who asked not to be named.") ==
        V{"unnamed/diplomat"});
  CHECK(Holders("Prices rose, officials said the pact will fail.") == V{"unnamed/officials"});
  // An adverbial clause before the subject leaves the report the main predication.
  CHECK(Holders("While the tone has changed, intelligence agencies said that Russia remained a "
                "threat.") == V{"unnamed/agencies"});
  CHECK(Holders("The intelligence report found that Russia has the upper hand.") ==
        V{"unnamed/report"});
  CHECK(Holders("We found that Russia has the upper hand.") == V{"author/author"});
  CHECK(Holders("Defenders of the pact reply that Russia and China are cooperating.") ==
        V{"unnamed/defenders"});
  // "..., said the minister": the subject after the verb ends the clause; an
  // object with more to follow is no subject.
  CHECK(Holders("\u201cThe pact will fail,\u201d said the minister.") == V{"unnamed/minister"});
  CHECK(Holders("The director, appearing before the committee, described Russia as a rival.") ==
        V{"unnamed/director"});
  CHECK(Holders("Its new director, appearing before the Senate committee on Tuesday, described "
                "Russia as a rival.") == V{"unnamed/director"});
  // "It" after a sentence that opens with a source is that source; else the last actor.
  CHECK(Holders("The report was cautious about Russia. Still, it said that talks could resume.") ==
        V{"author/author", "unnamed/report"});
  CHECK(Holders("Russia objected to the report. It said the talks were over.") ==
        V{"author/author", "actor/RUS"});
  // Or after a sentence in which a source reported.
  CHECK(Holders("China is arming Russia, the report said. It also warned that China could "
                "meddle.") == V{"unnamed/report", "unnamed/report"});
  // A report in a later coordinated clause is not the sentence's: it is a
  // claim of its own, from its subject on. Without a subject of its own, or
  // with a participle, the clause is the first one's.
  const auto objected = Claims("Beijing has objected, and officials say the deal will collapse.");
  REQUIRE(objected.size() == 2);
  CHECK(objected[0].holder == "author");
  CHECK(objected[1].holder == "officials");
  CHECK(objected[1].text == "officials say the deal will collapse.");
  CHECK(Holders("The ministry confirmed the talks, and said they would probably resume.") ==
        V{"unnamed/ministry"});
  CHECK(Holders("Talks stalled, and officials saying that the truce may fail went unheard.") ==
        V{"author/author"});
}

TEST_CASE("the subject of a report: across appositives, after a possessor, in an aside") {
  // A name that opens its clause, then appositives, then the verb; an appositive
  // that gives a job makes a name the lexicons do not know a person.
  // A part that names members or examples of the subject is not the subject.
  CHECK(Holders("Critics of the deal, including several senators, contend that it rewards "
                "Tehran.") == V{"unnamed/critics"});
  CHECK(Holders("In October 2022, Mike Gilday, the head of the U.S. Navy, warned that China "
                "might invade.") == V{"person/mike-gilday"});
  CHECK(Holders("Denny Roy, an analyst, not always a good one, for the East-West Center, argues "
                "that the drill was probably a rehearsal.") == V{"person/denny-roy"});
  CHECK(Holders("Beijing, Tokyo and Seoul, all wary of the plan, said talks may fail.") ==
        V{"author/author"});
  // A relative clause between commas is passed over whatever verbs it holds.
  CHECK(One("The Pentagon, which has long resisted such cuts, argued that the budget was "
            "likely inadequate.")
            .holder == "USA");
  CHECK(Holders("The ministry, which has long resisted such cuts, argues that talks may "
                "fail.") == V{"unnamed/ministry"});
  CHECK(Holders("Senator Jane Smith, who has chaired the committee since 2019, said that talks "
                "may fail.") == V{"named/Senator Jane Smith"});
  // A title's abbreviation period is inside the subject's phrase.
  CHECK(One("Gen. Mark Milley warned that China could attack.").holder == "mark-milley");
  CHECK(Holders("Dr. Helga Brunnhuber said that talks may fail.") == V{"person/helga-brunnhuber"});
  CHECK(One("Talks may fail, Dr. Helga Brunnhuber said.").holder == "helga-brunnhuber");
  // A participle after a comma reports for the clause's subject, but the
  // clause stays the author's: its likelihood is not the reporter's.
  const Got warning =
      One("Senior officials in Seoul have met twice this month, warning that "
          "talks would probably fail.");
  CHECK(warning.holder == "author");
  CHECK_FALSE(warning.uncertain);
  CHECK(warning.level.empty());
  CHECK_FALSE(One("In Seoul, officials met on Monday, saying that talks may fail.").uncertain);
  // So does a gerund after a preposition, and a participle right after the
  // subject, before its verb; "without saying" reports nothing.
  const Got by = One("The minister caused alarm by saying that talks would probably fail.");
  CHECK(by.holder == "author");
  CHECK(by.level.empty());
  CHECK_FALSE(One("The senator, arguing that sanctions may work, voted no.").uncertain);
  // A participle after a determiner and an adverb is an adjective; "regarding"
  // and "considering" are prepositions, not belief verbs.
  CHECK(One("The recently concluded plan regarding Iran's program is indeed historic.").holder ==
        "author");
  // The author's evidential on the report's verb: the holder's view, the
  // author unsure of it.
  const Got appears = One("The Kremlin appears to believe that time is on its side.");
  CHECK(appears.holder == "RUS");
  CHECK(appears.uncertain);
  CHECK(One("Moscow seems to think that time is on its side.").uncertain);
  CHECK_FALSE(One("Moscow thinks that time is on its side.").uncertain);
  // A progressive reports as the simple verb does.
  CHECK(One("Officials are warning that talks may fail.").holder == "officials");
  CHECK(One("Officials were not saying that talks may fail.").holder == "author");
  // A noun after a preposition is its object, not a subject the participle
  // follows: the gerund opens the clause ("for Kyiv, conceding land ... could").
  CHECK(One("For Kyiv, conceding land to Moscow could prompt a backlash.").uncertain);
  CHECK(One("The envoy left without saying that the deal would likely collapse.").level ==
        "likely");
  // An aside between the verb and its clause is the reporter's, not the report.
  const Got hastily = One("The ministry said, perhaps too hastily, that the deal will hold.");
  CHECK(hastily.holder == "ministry");
  CHECK_FALSE(hastily.uncertain);
  // A view owned by a possessive pronoun is its clause subject's ("his
  // warnings that"), or the actor's ("its position that"); "posits" reports.
  const Got owned =
      One("John Bolton, a former adviser, has repeated his warnings that talks "
          "would probably fail.");
  CHECK(owned.holder == "author");
  CHECK_FALSE(owned.uncertain);
  CHECK_FALSE(One("Beijing restated its position that the talks would likely fail.").uncertain);
  const auto posits = Claims("Dr. Malcolm Davis spoke on Monday. Beijing, he posits, will act.");
  REQUIRE(posits.size() == 2);
  CHECK(posits[1].holder == "malcolm-davis");
  // An adverb in the verb group, two modifiers that open the clause, a
  // source as a person, "make clear that".
  CHECK(One("Iran has long maintained that its program is peaceful.").holder == "IRN");
  CHECK(One("Current and former U.S. officials say that Iran has no secret site.").holder == "USA");
  CHECK(Holders("A source familiar with the matter said the talks may fail.") ==
        V{"unnamed/source"});
  CHECK(One("Beijing has made it clear that it will not back down.").holder == "CHN");
  // A source made by an actor is the actor's, also when the maker's name runs
  // long; a place it comes from is not its maker.
  CHECK(One("According to a report by the Pentagon, China may attack.").holder == "USA");
  CHECK(One("According to the annual threat assessment by the Office of the Director of "
            "National Intelligence, China may attack.")
            .holder == "USA");
  // A relative clause without commas between the subject and its verb.
  CHECK(Holders("Officials who spoke to reporters said talks may fail.") == V{"unnamed/officials"});
  // An initial's period is inside an unknown name.
  CHECK(Holders("Hal Q. Brandt argues that talks may fail.") == V{"named/Hal Q. Brandt"});
  // "added" reports before "that" or at the end of its clause; not "added costs".
  CHECK(Holders("Talks will fail, officials added.") == V{"unnamed/officials"});
  CHECK(One("The new rules added costs that may hurt.").holder == "author");
  // A name after a noun for people is the person's, not their employer's.
  CHECK(Holders("Former UN weapons inspector Hal Brandt said the program is halted.") ==
        V{"named/Hal Brandt"});
  CHECK(One("Russian officials in Moscow said the program may halt.").holder == "RUS");
  // A noun of a relation speaks for those in it, not for its owner; an office
  // of an actor still speaks for the actor.
  CHECK(Holders("America's allies say the deal will likely collapse.") == V{"unnamed/allies"});
  CHECK(Holders("Iran's proxies claim that attacks may continue.") == V{"unnamed/proxies"});
  CHECK(One("Russia's foreign ministry said talks would probably resume.").holder == "RUS");
  // A comment clause ("as X said") gives the clause to X, before it or after.
  CHECK(Holders("As one senior diplomat put it, the talks are almost certainly doomed.") ==
        V{"unnamed/diplomat"});
  CHECK(Holders("As the minister added, the deal will probably fail.") == V{"unnamed/minister"});
  CHECK(Holders("The deal will probably fail, as the minister said.") == V{"unnamed/minister"});
  CHECK(Holders("Talks are almost certainly doomed, as one senior diplomat put it.") ==
        V{"unnamed/diplomat"});
  CHECK(One("The talks failed, as officials said they would.").holder == "author");
  // Or between a subject and its verb, whose "they" or "it" is that subject
  // (a contracted "'ve" is the auxiliary, not a possessive).
  for (const char* text :
       {"Turkish authorities, as they have said, are probably investigating the attack.",
        "Now, Turkish authorities, as they’ve said, are probably investigating the attack."}) {
    CAPTURE(text);
    const Got g = One(text);
    CHECK(g.holder == "TUR");
    CHECK(g.level == "likely");
  }
  CHECK(Holders("The ministry, as it said on Monday, will probably respond.") ==
        V{"unnamed/ministry"});
  CHECK(One("He put it on the table, and the deal will probably pass.").holder == "author");
  // A pronoun that opens what a report says is its speaker, not the actor
  // named before.
  const auto they = Claims(
      "Iran tested a missile. Officials say they are confident that talks "
      "will fail.");
  REQUIRE(they.size() == 2);
  CHECK(they[1].holder == "officials");
  // With a subject that holds no view, it is the author's evidential hedge.
  CHECK(One("However, in glioma, Rb loss co-occurs with the mutations, implying that they "
            "cooperate.")
            .uncertain);
  CHECK(One("The drills ended on Sunday, suggesting that Beijing may escalate.").uncertain);
  // "he" after a name the lexicons do not know; a report as an aside between
  // commas, even after a modal, reports the clause it interrupts.
  const auto aside = Claims("Denny Roy argues that talks may fail. The ships would, he says, keep "
                            "the U.S. ships in limbo.");
  REQUIRE(aside.size() == 2);
  CHECK(aside[1].holder == "Denny Roy");
  CHECK(aside[1].uncertain);
  // An opening comment clause gives the clause after its comma to its subject;
  // an opening "as" of time or cause, or the author's own, leaves it the author's.
  CHECK(One("As Moscow has argued for years, NATO expansion is a threat.").holder == "RUS");
  CHECK(Holders("As Senator Jane Smith stated last week, the deal will fail.") ==
        V{"named/Senator Jane Smith"});
  CHECK(One("As Rubio said in his opening statement, the deal will fail.").holder ==
        "marco-rubio");
  CHECK(One("As the ministry said it would, Tokyo protested.").holder == "author");
  CHECK(One("As China grows, Japan will likely rearm.").holder == "author");
  CHECK(One("As we argued last year, the pact will likely fail.").holder == "author");
  // An opening adverbial may embed a question: still no clause of its own.
  const Got asked = One("Asked whether talks would resume, the minister said it was unlikely.");
  CHECK(asked.holder == "minister");
  CHECK(asked.level == "unlikely");
  // After a conjunction that opens the sentence too.
  CHECK(Holders("But as one diplomat said last week, the deal will probably fail.") ==
        V{"unnamed/diplomat"});
  // An aside between dashes before the verb; a quantity of people speaks as
  // those people ("of"), not a quantity in a place ("Few in the industry").
  CHECK(One("A growing number of U.S. military leaders\u2014including Admiral Phil "
            "Davidson\u2014have warned that China could attack Taiwan.")
            .holder == "USA");
  CHECK(Holders("Most of the agencies assess that talks may fail.") == V{"unnamed/agencies"});
  // A share of people speaks as those people too.
  CHECK(Holders("Only 27 percent of US experts polled agreed that China could invade.") ==
        V{"actor/USA"});
  CHECK(Holders("A third of the officials interviewed said talks would probably fail.") ==
        V{"unnamed/officials"});
  CHECK(Holders("Few in the industry think that talks may fail.") == V{"unnamed/few"});
  CHECK(One("The pact\u2014which Tokyo signed\u2014will likely fail.").holder == "author");
  CHECK(Holders("To deter China, the theory's advocates argue, Washington must act.") ==
        V{"unnamed/advocates"});
  // A document whose name holds an actor's is named whole; "member states
  // that" is no document stating.
  CHECK(Holders("The Taiwan Relations Act states that force would be a threat.") ==
        V{"named/Taiwan Relations Act"});
  CHECK(One("Member states that join will pay.").holder == "author");
  // An unnamed source's head noun, not its post-modifier or a date.
  CHECK(Holders("The report released Monday says talks may fail.") == V{"unnamed/report"});
  CHECK(Holders("A person familiar with the matter said talks may fail.") == V{"unnamed/person"});
  // A participle after a noun for people opens a post-modifier; after another
  // word it may end a compound (the evidential stays the author's).
  CHECK(One("DNase I footprinting indicated that factors bound the site.").holder == "author");
  CHECK(Holders("An analyst covering China said talks may fail.") == V{"unnamed/analyst"});
  CHECK(Holders("Two officials speaking to the Times said talks may fail.") ==
        V{"unnamed/officials"});
  CHECK(Holders("A growing number of officials warn that talks may fail.") ==
        V{"unnamed/officials"});
  CHECK(Holders("In the survey, 84% of experts believe that talks may fail.") ==
        V{"unnamed/experts"});
  // So is one in a subordinate clause that opens the sentence.
  const Got opening = One("While officials said that talks may fail, the statement offers more.");
  CHECK(opening.holder == "author");
  CHECK_FALSE(opening.uncertain);
  // "believe in" is trust, not a report.
  CHECK(One("When Tokyo hesitates, allies stop believing in it.").holder == "author");
  // A subject that denies anyone reported reports nothing.
  CHECK(One("No study has reported that the drug works.").holder == "author");
  // A day owns no statement.
  CHECK(One("Tuesday's statement said that talks may fail.").holder == "statement");
  // A report in a relative clause between commas is an aside of the author's sentence.
  const Got relative = One("The minister, who said talks may fail, resigned on Monday.");
  CHECK(relative.holder == "author");
  CHECK_FALSE(relative.uncertain);
  CHECK(One("Taiwan, which calls itself the Republic of China, is a democracy.").holder ==
        "author");
  // Any report after a possessor: the head decides whether it speaks.
  CHECK(One("China's recent drills confirm that an attack may come.").holder == "author");
  CHECK(One("China's recent military drills near Taiwan confirm the fear that an attack may "
            "come.")
            .holder == "author");
  CHECK(One("China's embassy said that talks may fail.").holder == "CHN");
  CHECK(One("China's president said that talks may fail.").holder == "CHN");
  // An evidential verb after a possessor: the head decides whether it speaks.
  CHECK(One("Iran's behaviour suggests that it may build a bomb.").holder == "author");
  CHECK(One("Iran's behaviour suggests that it wants a bomb.").uncertain);
  CHECK(One("Iran's officials suggested that talks may fail.").holder == "IRN");
  CHECK(One("Moscow's statement suggests that talks may fail.").holder == "RUS");
  // A noun for evidence holds no view, even one that also names the agencies
  // that gather it: the evidential verb stays the author's hedge.
  for (const char* text : {"Satellite imagery and other intelligence indicate that a test is near.",
                           "US intelligence suggests that a test is near.",
                           "Intelligence indicates that a test is near."}) {
    CAPTURE(text);
    const Got g = One(text);
    CHECK(g.holder == "author");
    CHECK(g.uncertain);
  }
  CHECK(One("British intelligence believes that a test is near.").holder == "GBR");
  CHECK(One("US intelligence officials say that a test is near.").holder == "USA");
  // An unknown organisation is named whole, without the article that opens it.
  CHECK(Holders("The Institute for Strategic Studies said talks may fail.") ==
        V{"named/Institute for Strategic Studies"});
  CHECK(Holders("The Maritime Risk Observatory said talks may fail.") ==
        V{"named/Maritime Risk Observatory"});
  // A clause after a contrast is its report's, its subject's words after an
  // appositive too; a place after "in" says where the speaker is.
  CHECK(Holders("The Pentagon saw no sign of an attack, but officials said the situation could "
                "change.") == V{"author/author", "unnamed/officials"});
  CHECK(Holders("The Pentagon saw no sign of an attack, though a senior defense official, "
                "speaking on condition of anonymity, cautioned that it could change.") ==
        V{"author/author", "unnamed/official"});
  CHECK(Holders("Lines are wary, while a shipowner in Piraeus told reporters that ships may "
                "return.") == V{"author/author", "unnamed/shipowner"});
  // Coordinated nouns for people are one subject.
  CHECK(Holders("Many analysts and policymakers now argue that talks will fail.") ==
        V{"unnamed/policymakers"});
  // A document that "states": as subject before it, or in a parenthetical; not
  // the noun "member states".
  CHECK(Holders("The report states that China may attempt to meddle.") == V{"unnamed/report"});
  CHECK(Holders("China, the assessment states, \"may attempt to meddle.\"") ==
        V{"unnamed/assessment"});
  CHECK(Holders("Member states that object may leave.") == V{"author/author"});
}

TEST_CASE("a verb whose object would be a preposition or conjunction is a noun: no frame") {
  CHECK(Holders("Critics call Seoul naive.") == V{"unnamed/critics"});
  CHECK(Holders("Austin's first call after his confirmation was to Brussels.") ==
        V{"author/author"});
  CHECK(Holders("Once the \u201cpeace now\u201d calls and speeches are over, work begins.") ==
        V{"author/author"});
}

TEST_CASE("a reported claim keeps its own level; the frame and its content are one claim") {
  const Got g = One("Tokyo says an attack is likely.");
  CHECK(g.holder == "JPN");
  CHECK(g.level == "likely");
  CHECK(g.uncertain);
  const Got h = One("Analysts believe the drills may be large.");
  CHECK(h.holder == "analysts");
  CHECK(h.uncertain);  // the analysts' "may"
}

TEST_CASE("an adjective that grades a noun outside the subject does not grade the claim") {
  // "the likely effects": the effects expected, not a likely claim. The
  // sentence is still speculative (CoNLL-2010 marks it so).
  for (const char* text : {"Analysts offered insights into the likely effects of the sanctions.",
                           "Scientists remain divided on the most likely origin of the outbreak.",
                           "Police are investigating this as a probable terrorist attack."}) {
    const Got g = One(text);
    CHECK(g.level.empty());
    CHECK(g.uncertain);
  }
  // The subject's likelihood is the claim's; so is a predicate's.
  CHECK(One("The likely outcome is a long stalemate.").level == "likely");
  CHECK(One("But Beijing's most likely response would be a blockade.").level == "likely");
  CHECK(One("The sanctions are likely to fail.").level == "likely");
  // Only the possessive clitic opens a phrase: "don't believe" is a hedge.
  CHECK(One("We don't believe the war will change course.").uncertain);
}

TEST_CASE("clauses with another holder or likelihood are claims of their own") {
  const auto c = Claims("Officials insist the deal will hold, but collapse is likely.");
  REQUIRE(c.size() == 2);
  CHECK(c[0].holder == "officials");
  CHECK(c[0].level.empty());
  CHECK(c[1].holder == "author");
  CHECK(c[1].level == "likely");
  // A contrast between commas is parenthetical: no clause of its own.
  const auto however = Claims("The envoy, however, warned that the truce will likely collapse.");
  REQUIRE(however.size() == 1);
  CHECK(however[0].holder == "envoy");
  CHECK(however[0].level == "likely");
  CHECK(Claims("The envoy warned, however, that the truce will likely collapse.").size() == 1);
  // So is a verbless phrase it opens before the clause's verb ("however small").
  const auto small = Claims("Some members, however small, are very unlikely to agree.");
  REQUIRE(small.size() == 1);
  CHECK(small[0].level == "very_unlikely");
  // A phrase before a subject of its own opens the clause after the contrast.
  CHECK(
      Claims("Officials insist the deal will hold, but in practice, collapse is likely.").size() ==
      2);
  // Same holder and level: one claim, however many clauses.
  CHECK(Claims("It may protect the juntas; it may not defeat the insurgents.").size() == 1);
  // A relative clause is no claim of its own.
  CHECK(Claims("As part of this response, which would include new bases, the pact will fail.")
            .size() == 1);
}

TEST_CASE("verbs of conceding, agreeing, testifying, predicting, alleging, revealing report") {
  for (const char* verb :
       {"concede that", "recognize that", "agree that", "testified that", "complain that",
        "predicted", "estimate that", "projected that", "alleged that", "revealed that",
        "hinted that", "remarked that", "lamented that", "boasted that", "intoned that",
        "accepted that", "recalled that", "calculated that", "threatened that"}) {
    CAPTURE(verb);
    CHECK(Holders(std::string("Officials ") + verb + " the talks will fail.") ==
          V{"unnamed/officials"});
  }
  // "dispute" is a noun too: "there is little dispute that" is the author's.
  CHECK(Holders("There is little serious dispute that the attacks happened.") ==
        V{"author/author"});
}

TEST_CASE("a report introduced by a colon, or quoted in the passive, is the speaker's") {
  CHECK(Holders("Lavrov added: \"We will not back down.\"") == V{"person/sergey-lavrov"});
  CHECK(Holders("The report concludes: \"The deal will probably fail.\"") == V{"unnamed/report"});
  CHECK(Holders("The minister was quoted as saying that the deal would probably fail.") ==
        V{"unnamed/minister"});
  CHECK(Holders("Lavrov was quoted by TASS as saying the deal would probably fail.") ==
        V{"person/sergey-lavrov"});
  CHECK(Holders("The deal was announced on Tuesday.") == V{"author/author"});
}

TEST_CASE("a likelihood inside an indirect question grades the question, not the claim") {
  const Got briefed = One("Officials briefed allies on what is likely to happen in Ukraine.");
  CHECK(briefed.level.empty());
  CHECK_FALSE(briefed.uncertain);
  CHECK_FALSE(One("We are consulting on how we might respond.").uncertain);
  // A free relative after "be" states the claim; so does a clause of time.
  CHECK(One("This is what will likely happen.").level == "likely");
  CHECK(One("This explains why prices may rise.").uncertain);  // known, so asserted
  CHECK(One("The talks stalled in 2019, when both sides probably lost interest.").level ==
        "likely");
  // A verb after a coordinator is the clause's own; a characterisation still hedges.
  CHECK(One("The sanctions change how the economy works and may cause a recession.").uncertain);
  CHECK(One("The deal was signed in what is widely regarded as a rushed process.").uncertain);
}
