// Actor resolution, one general rule at a time. Mentions are written
// "text=id" with "/role" and "/former" where they apply.
#include <doctest/doctest.h>

#include "claimlens/analysis.h"
#include "test_util.h"

using namespace claimlens;

namespace {

class Collect : public AnalysisVisitor {
 public:
  Collect(const Document& d, std::vector<std::string>* out) : doc_(d), out_(out) {}
  void OnSentence(const SentenceAnalysis& a) override {
    for (const Mention& m : a.mentions) {
      std::string s = doc_.Text(m.span) + "=" + m.id;
      if (!m.role.empty()) s += "/" + m.role;
      if (m.former) s += "/former";
      out_->push_back(s);
    }
  }

 private:
  const Document& doc_;
  std::vector<std::string>* out_;
};

std::vector<std::string> Actors(const std::string& text) {
  static std::unique_ptr<Analyzer> analyzer = test::MakeAnalyzer();
  Document doc = Document::FromString("t", text);
  std::vector<std::string> out;
  Collect c(doc, &out);
  analyzer->Run(doc, c);
  return out;
}

// "text=type" for each mention.
std::vector<std::string> Types(const std::string& text) {
  static std::unique_ptr<Analyzer> made = test::MakeAnalyzer();
  Analyzer& analyzer = *made;
  struct ByType : AnalysisVisitor {
    const Document* doc = nullptr;
    std::vector<std::string> out;
    void OnSentence(const SentenceAnalysis& a) override {
      for (const Mention& m : a.mentions)
        out.push_back(doc->Text(m.span) + "=" + std::string(MentionTypeName(m.type)));
    }
  } collect;
  Document doc = Document::FromString("t", text);
  collect.doc = &doc;
  analyzer.Run(doc, collect);
  return collect.out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("metonyms and demonyms resolve to the state") {
  CHECK(Actors("Beijing objected, and the Kremlin agreed.") == V{"Beijing=CHN", "the Kremlin=RUS"});
  CHECK(Actors("Pyongyang and Moscow would respond.") == V{"Pyongyang=PRK", "Moscow=RUS"});
  CHECK(Actors("Kyiv and Kiev are one city.") == V{"Kyiv=UKR", "Kiev=UKR"});
}

TEST_CASE("the longest match wins: no China inside South China Sea") {
  CHECK(Actors("Patrols in the South China Sea grew.") == V{"South China Sea=south-china-sea"});
  CHECK(Actors("Tension on the Korean Peninsula rose.") == V{"Korean Peninsula=korean-peninsula"});
  CHECK(Actors("The Gulf Cooperation Council met.") == V{"Gulf Cooperation Council=GCC"});
}

TEST_CASE("possessives keep their clitic in the span") {
  CHECK(Actors("NATO’s presence and Beijing's view.") == V{"NATO’s=NATO", "Beijing's=CHN"});
}

TEST_CASE("parts of compounds and plus signs are mentions") {
  CHECK(Actors("NATO-skeptic parties won.") == V{"NATO=NATO"});
  CHECK(Actors("A NATO+IP4 pact.") == V{"NATO=NATO", "IP4=IP4"});
  CHECK(Actors("trans-Atlantic ties").empty());  // a region inside a compound is an adjective
}

TEST_CASE("a demonym or possessive with an agent noun is the state in a role") {
  CHECK(Actors("The Chinese leadership disagreed.") == V{"Chinese leadership=CHN/government"});
  CHECK(Actors("Chinese scholarship criticises it.") == V{"Chinese scholarship=CHN/scholars"});
  CHECK(Actors("Russian aggression in Europe.") ==
        V{"Russian aggression=RUS/military", "Europe=europe"});
  CHECK(Actors("Russia’s Pacific Fleet sailed.") == V{"Russia’s Pacific Fleet=RUS/military"});
  CHECK(Actors("Russia will invest in its Pacific Fleet.") ==
        V{"Russia=RUS", "Pacific Fleet=RUS/military"});
  CHECK(Actors("The Revolutionary Guards drilled.") == V{"Revolutionary Guards=IRN/military"});
}

TEST_CASE("a title and a name resolve a known person and mark former") {
  CHECK(Actors("The return of former President Trump worries allies.") ==
        V{"former President Trump=donald-trump/president/former"});
  CHECK(Actors("President Xi met Prime Minister Albanese.") ==
        V{"President Xi=xi-jinping/president",
          "Prime Minister Albanese=anthony-albanese/prime-minister"});
}

TEST_CASE("an unknown person after a title, then by surname") {
  CHECK(Actors("European scholar Luis Simon has argued it. Simon was right.") ==
        V{"European=europe", "scholar Luis Simon=luis-simon", "Simon=luis-simon"});
  CHECK(Actors("By: Jane Q. Doe") == V{"Jane Q. Doe=jane-q-doe"});
  // "Director" is a title when capitalised, before a name; lower case it is a noun.
  CHECK(Actors("The FBI sent Director Jane Roe. The director spoke.") ==
        V{"FBI=USA/intelligence", "Director Jane Roe=jane-roe"});
}

TEST_CASE("an appositive that gives a job introduces a person, named by surname later") {
  CHECK(Actors("Agathe Demarais, a senior fellow at the council, studies sanctions. Demarais "
               "doubts they work.") ==
        V{"Agathe Demarais=agathe-demarais", "Demarais=agathe-demarais"});
  CHECK(Actors("Jane Doe, director of the association, spoke.") == V{"Jane Doe=jane-doe"});
  // No job, or a clause between the commas: no person.
  for (const char* text :
       {"New Delhi, the capital, is hot.", "Wall Street, the investors say, is nervous.",
        "Capitol Hill, where lawmakers meet, is quiet."}) {
    for (const std::string& m : Types(text)) CHECK(m.find("=person") == std::string::npos);
  }
}

TEST_CASE("places are not actors; capitals after a locative preposition are places") {
  CHECK(Actors("The summit in Washington, DC ended.") == V{"Washington, DC=washington-dc"});
  CHECK(Actors("Washington says no.") == V{"Washington=USA"});
  CHECK(Actors("They met in Geneva.") == V{"Geneva=geneva"});
  CHECK(Actors("The Hanoi summit failed.") == V{"Hanoi=hanoi"});
}

TEST_CASE("ambiguous names need support") {
  CHECK(Actors("Georgia beat Alabama at football.").empty());
  CHECK(Actors("Pipelines cross Azerbaijan, Georgia and Turkey.") ==
        V{"Azerbaijan=AZE", "Georgia=GEO", "Turkey=TUR"});
  CHECK(Actors("Coups struck Mali, then Guinea, then Niger and Burkina Faso.") ==
        V{"Mali=MLI", "Guinea=GIN", "Niger=NER", "Burkina Faso=BFA"});
  CHECK(Actors("Amman worries. Jordan hosts refugees.") == V{"Amman=JOR", "Jordan=JOR"});
  CHECK(Actors("The Niger River floods.").empty());
  CHECK(Actors("He quit cold turkey.").empty());
}

TEST_CASE("an acronym is matched in capitals only; British title case is listed") {
  CHECK(Actors("A New Plan for Taiwan").size() == 1);  // Taiwan, not the PLA Navy
  CHECK(Actors("The PLAN sailed.") == V{"PLAN=CHN/military"});
  CHECK(Actors("Us and them.").empty());
  CHECK(Actors("Nato met; NATO agreed.") == V{"Nato=NATO", "NATO=NATO"});
}

TEST_CASE("a person introduced by a name keeps it") {
  CHECK(Actors("Analyst Rebecca Jordan disagrees. Jordan argues it will fail.") ==
        V{"Analyst Rebecca Jordan=rebecca-jordan", "Jordan=rebecca-jordan"});
}

TEST_CASE("a given name is not a state") {
  CHECK(Actors("Chad Smith said so.").empty());
  CHECK(Actors("Chad, Mali and Niger met.") == V{"Chad=TCD", "Mali=MLI", "Niger=NER"});
}

TEST_CASE("an institution named again is still the institution, not a person") {
  CHECK(Actors("The CIA said so. The CIA later denied it. Officials at the CIA agreed.") ==
        V{"CIA=USA/intelligence", "CIA=USA/intelligence", "CIA=USA/intelligence"});
  CHECK(Types("The Senate voted. The vote failed. Congress and the FBI agreed. Later Congress "
              "split.") == V{"The Senate=state", "Congress=state", "FBI=state", "Congress=state"});
}

TEST_CASE("bylines and titled names with initials, particles and hyphens") {
  CHECK(Actors("By Charles A. Kupchan") == V{"Charles A. Kupchan=charles-a-kupchan"});
  CHECK(Actors("By Alexander Vindman") == V{"Alexander Vindman=alexander-vindman"});
  CHECK(Actors("By Jan van der Berg") == V{"Jan van der Berg=jan-van-der-berg"});
  CHECK(Actors("By: Maria de la Cruz") == V{"Maria de la Cruz=maria-de-la-cruz"});
  CHECK(Actors("By Khalid bin Rashid") == V{"Khalid bin Rashid=khalid-bin-rashid"});
  CHECK(Actors("By Ahmed al-Sharif") == V{"Ahmed al-Sharif=ahmed-al-sharif"});
  CHECK(Actors("By Jean-Pierre Koné-Lefèvre") ==
        V{"Jean-Pierre Koné-Lefèvre=jean-pierre-kone-lefevre"});
  CHECK(
      Actors("Analyst Pieter van den Broek disagrees. Van den Broek is wrong.") ==
      V{"Analyst Pieter van den Broek=pieter-van-den-broek", "Van den Broek=pieter-van-den-broek"});
  // A particle joins name words; it does not end a name or start a byline.
  CHECK(Actors("By Jan van").empty());
  CHECK(Actors("By de Gaulle").empty());
}

TEST_CASE("a byline of several writers names each, and only when each is a name") {
  CHECK(Actors("By Ana Ruiz, Tom Becker and Mei Lin") ==
        V{"Ana Ruiz=ana-ruiz", "Tom Becker=tom-becker", "Mei Lin=mei-lin"});
  CHECK(Actors("By: Ana Ruiz and Tom Becker") == V{"Ana Ruiz=ana-ruiz", "Tom Becker=tom-becker"});
  // A writer whose surname is a known person's is not that person.
  CHECK(Actors("By Ana Ruiz and Li Wen") == V{"Ana Ruiz=ana-ruiz", "Li Wen=li-wen"});
  // A known person named in full stays that person.
  CHECK(Actors("By Wen Jiabao") == V{"Wen Jiabao=wen-jiabao"});
  // Not every item is a name: no byline.
  CHECK(Actors("By Ana Ruiz and the editors").empty());
}

TEST_CASE("a capital after a given name is a surname, not the state") {
  CHECK(Actors("Former CIA officer Douglas London wrote it.") ==
        V{"CIA=USA/intelligence", "officer Douglas London=douglas-london"});
  CHECK(Actors("A book by Douglas London appeared.").empty());
  CHECK(Actors("She met Tom Paris in Geneva.") == V{"Geneva=geneva"});
  // A known person's surname after another given name is another person's.
  CHECK(Actors("Later, Li Wen disagreed.").empty());
  CHECK(Actors("Later, the premier, Wen, disagreed.") == V{"Wen=wen-jiabao"});
  // Not after a word that opens the sentence, a day, a month or an actor.
  CHECK(Actors("Meanwhile Beijing objected.") == V{"Beijing=CHN"});
  CHECK(Actors("They met, and on Monday Beijing objected.") == V{"Beijing=CHN"});
  CHECK(Actors("In March Moscow objected.") == V{"Moscow=RUS"});
  CHECK(Actors("Like NATO Washington objected.") == V{"NATO=NATO", "Washington=USA"});
}

TEST_CASE(
    "an agency's seat stands for its state, as a capital does, and is a surname after a name") {
  CHECK(Actors("Langley doubts it.") == V{"Langley=USA"});
  CHECK(Actors("Officials at Fort Meade and Vauxhall Cross agree.") ==
        V{"Fort Meade=USA", "Vauxhall Cross=GBR"});
  CHECK(Actors("Critics of the Lubyanka stayed quiet.") == V{"the Lubyanka=RUS"});
  CHECK(Actors("A paper by Emma Langley appeared.").empty());
}

TEST_CASE("a name before \"-based\" is an address, no actor; before \"-led\" it is one") {
  CHECK(Actors("A Brussels-based group disagrees.").empty());
  CHECK(Actors("A London-headquartered bank lent.").empty());
  CHECK(Actors("The U.S.-led, Brussels-based alliance held.") == V{"U.S.=USA"});
  CHECK(Actors("Beijing-backed rebels attacked.") == V{"Beijing=CHN"});
}

TEST_CASE("a place or region inside a longer name is no mention") {
  CHECK(Actors("The New York Times reported it.").empty());
  CHECK(Actors("Sales of the Washington Post fell.").empty());
  CHECK(Actors("She chairs the Arctic Institute.").empty());
  CHECK(Actors("It joined the Arctic Council.").empty());
  // What follows is an actor, a title with a name, an event or an agent noun.
  CHECK(Actors("Asian NATO partners met.") == V{"Asian=asia", "NATO=NATO"});
  CHECK(Actors("In Beijing President Xi spoke.") ==
        V{"Beijing=beijing", "President Xi=xi-jinping/president"});
  CHECK(Actors("The Hanoi Summit failed.") == V{"Hanoi=hanoi"});
  CHECK(Actors("The Baltic States worry.") == V{"Baltic States=baltic-states"});
  // A demonym stays a mention; so does a name after a direction or a word like "French-speaking".
  CHECK(Actors("European Protestant writers spoke.") == V{"European=europe"});
  CHECK(Actors("Trade grew in Southeast Europe.") == V{"Europe=europe"});
  CHECK(Actors("It sells across French-speaking Africa.") == V{"French=FRA", "Africa=africa"});
  // In a heading, capitals say nothing about names.
  CHECK(Actors("Why Washington, Tokyo and Manila Must Act") ==
        V{"Washington=USA", "Tokyo=JPN", "Manila=PHL"});
}

TEST_CASE("a region word that modifies a body noun is no mention of the region") {
  CHECK(Actors("A Pacific pact was signed.").empty());
  CHECK(Actors("They formed an Arctic council.").empty());
  CHECK(Actors("Critics of the Atlantic alliance spoke.") == V{"Atlantic alliance=NATO"});
  // Other nouns keep the region, and demonyms stay mentions.
  CHECK(Actors("Arctic security matters.") == V{"Arctic=arctic"});
  CHECK(Actors("A European alliance formed.") == V{"European=europe"});
}

TEST_CASE("the West, parties and intelligence bodies are actors") {
  CHECK(Actors("The West fears the CCP.") == V{"The West=west", "CCP=CHN/government"});
  CHECK(Actors("Settlers in the West Bank disagree.") == V{"West Bank=west-bank"});
  CHECK(Actors("ODNI, JIC and CISA warned.") ==
        V{"ODNI=USA/intelligence", "JIC=GBR/intelligence", "CISA=USA/government"});
  CHECK(Actors("The PLA Rocket Force grew; the Bundestag and Mossad watched.") ==
        V{"PLA Rocket Force=CHN/military", "Bundestag=DEU/legislature", "Mossad=ISR/intelligence"});
  // A title before a name, the office without one.
  CHECK(Actors("DNI Jane Roe spoke. The DNI warned.") ==
        V{"DNI Jane Roe=jane-roe", "DNI=USA/intelligence"});
  // A national security council is that of a state the document names.
  CHECK(Actors("Tokyo worries. The National Security Council met.") ==
        V{"Tokyo=JPN", "National Security Council=JPN/government"});
  CHECK(Actors("The Global South is wary.") == V{"The Global South=global-south"});
  CHECK(Actors("The Central Intelligence Agency objected.") ==
        V{"Central Intelligence Agency=USA/intelligence"});
}

namespace {

// What `lexicon explain` says about actors: "text: rule" for each mention that a
// rule chose, "not text: reason" for each candidate set aside.
std::vector<std::string> Explain(const std::string& text) {
  static std::unique_ptr<Analyzer> made = test::MakeAnalyzer(
      Lexicon::Builtin(), {.cues = false, .actors = true, .claims = false, .explain = true});
  Analyzer& analyzer = *made;
  struct Reasons : AnalysisVisitor {
    const Document* doc = nullptr;
    std::vector<std::string> out;
    void OnSentence(const SentenceAnalysis& a) override {
      for (const Mention& m : a.mentions) {
        if (!m.rule.empty()) out.push_back(doc->Text(m.span) + ": " + m.rule);
      }
      for (const Dropped& d : a.dropped) {
        const Span span{a.tokens->tokens[d.begin].span.start, a.tokens->tokens[d.end - 1].span.end};
        out.push_back("not " + doc->Text(span) + ": " + d.reason);
      }
    }
  } reasons;
  Document doc = Document::FromString("t", text);
  reasons.doc = &doc;
  analyzer.Run(doc, reasons);
  return reasons.out;
}

}  // namespace

TEST_CASE("lexicon explain names the rule that chose or dropped each reading") {
  CHECK(Explain("Mali, Niger and Chad met in Geneva.") == V{"Niger: listed next to a state",
                                                            "Chad: listed next to a state",
                                                            "Geneva: named as a location"});
  CHECK(Explain("Chad hosted envoys from Mali and Kenya.") ==
        V{"Chad: in a sentence that names two other states"});
  CHECK(Explain("The New York Times and the Baltic Fleet report that Tom Paris left.") ==
        V{"not New York: part of a longer name", "not Paris: part of a person's name"});
  CHECK(Explain("A Pacific pact formed.") ==
        V{"not Pacific: a modifier of a body's name, not the region"});
  // A dropped piece of a compound is shown as its whole token.
  CHECK(Explain("Some Georgia-led firms left.") ==
        V{"not Georgia-led: an ambiguous name with no support in context"});
  CHECK(Explain("Some Georgia-based firms left.") ==
        V{"not Georgia-based: an address (\"Brussels-based\"), no actor"});
}
