// The analysis of a document, sentence by sentence: phrase matches, then the
// cues the composition rules make of them, and the actors named. Stages produce
// values; printers only read them.
//
// Usage (a whole program: examples/cues/cues.cc):
//
//   std::shared_ptr<const claimlens::Lexicon> lexicon = claimlens::Lexicon::Builtin();
//   claimlens::Result<std::unique_ptr<claimlens::Analyzer>> analyzer =
//       claimlens::Analyzer::Create(lexicon);
//   if (!analyzer.ok()) return Fail(analyzer.error().ToString());  // no ICU data
//
//   struct Printer : claimlens::AnalysisVisitor {
//     void OnSentence(const claimlens::SentenceAnalysis& a) override {
//       for (const claimlens::Cue& cue : a.cues)
//         std::cout << a.doc->Text(cue.span) << " " << claimlens::LevelId(cue.level) << "\n";
//     }
//   } printer;
//   claimlens::Document doc = claimlens::Document::FromString("memo", "It would likely fail.");
//   analyzer.value()->Run(doc, printer);  // prints "likely likely"
//
// Threads: a Lexicon is immutable once loaded; one shared_ptr<const Lexicon>
// may serve any number of analyzers on any number of threads. An Analyzer is
// for one thread at a time: it holds ICU break iterators and per-sentence
// buffers, and the SentenceAnalysis it hands a visitor is valid only during
// that call. Make one Analyzer per thread from the same lexicon (cheap: the
// lexicon is not copied).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/claims.h"
#include "claimlens/document.h"
#include "claimlens/entry.h"
#include "claimlens/levels.h"
#include "claimlens/lexicon.h"
#include "claimlens/result.h"
#include "claimlens/segment.h"

namespace claimlens {

// A lexicon phrase found in a sentence: tokens [begin, end), or, when `part`,
// pieces [begin, end) of TokenList::parts (inside a compound such as "NATO-skeptic").
struct Match {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t entry = 0;
  bool part = false;
};

// A hedge or booster, after the composition rules.
struct Cue {
  EntryKind kind = EntryKind::kHedge;  // kHedge or kBooster
  uint32_t begin = 0;                  // tokens [begin, end)
  uint32_t end = 0;
  Span span;
  uint32_t line = 1;
  uint32_t col = 1;
  uint32_t page = 0;   // in a PDF, else 0
  uint32_t entry = 0;  // the lexicon entry that matched
  CueClass cls = CueClass::kNone;  // the entry's, or kUncertainty for a negated certainty
  Level level = Level::kNone;
  Confidence confidence = Confidence::kNone;  // class confidence: what the analyst states
  bool negated = false;
  Span negation;        // the trigger, when negated
  uint16_t holder = 0;  // whose view it is: into SentenceAnalysis::holders (0: the author)
  std::string phrase;   // the norms of its tokens, space-separated (for the perceived scale)
  std::string rule;     // the composition rules that shaped it, for `lexicon explain`
};

// What an actor is. The order is the preference among the readings of one
// name ("Washington": the state before the place).
enum class MentionType : uint8_t { kState, kOrganization, kGroup, kPerson, kRegion, kPlace };
inline constexpr int kMentionTypeCount = 6;
// "state", "organization", "group", "person", "region", "place": the names in
// the lexicons' type column and in the output.
std::string_view MentionTypeName(MentionType type);
// The type a name stands for, if any.
std::optional<MentionType> ParseMentionType(std::string_view name);

// A mention of an actor, resolved to its id.
struct Mention {
  uint32_t begin = 0;  // tokens [begin, end) of the sentence
  uint32_t end = 0;
  Span span;  // the mention's bytes (a part of a compound when `how` is "part")
  uint32_t line = 1;
  uint32_t col = 1;
  uint32_t page = 0;  // in a PDF, else 0
  std::string id;     // an actor id, or a slug for a person the lexicons do not know
  std::string name;
  MentionType type = MentionType::kState;
  std::string role;         // government, military, scholars, ... when a role noun or title says so
  bool former = false;      // "former President Trump"
  std::string affiliation;  // for a known person: the actor id of their latest role ("USA")
  std::string how;          // alias, demonym, seat, title, surname, byline, appositive, part
  std::string rule;  // for `lexicon explain` (Stages::explain): the rule that chose the reading
};

// A cue or actor candidate the rules set aside, and why (for `lexicon explain`):
// tokens [begin, end), or, when `part`, pieces [begin, end) of TokenList::parts.
struct Dropped {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t entry = 0;
  std::string reason;
  bool part = false;
};

struct SentenceAnalysis {
  const Document* doc = nullptr;
  Sentence sentence;
  const TokenList* tokens = nullptr;
  std::vector<Match> matches;
  std::vector<Cue> cues;     // hedges and boosters
  std::vector<Cue> markers;  // what else shapes a claim: attribution, condition,
                             // recommendation, negation, evaluation (claims stage)
  std::vector<Mention> mentions;
  std::vector<Holder> holders;  // [0] is the author (claims stage)
  std::vector<Claim> claims;    // (claims stage)
  // A confidence statement about the judgement before ("We have moderate
  // confidence in this judgement"): the Analyzer applies it to the previous
  // sentence's claims before handing that sentence on.
  Confidence back_confidence = Confidence::kNone;
  std::vector<Dropped> dropped;
  // With explain only: the parts of the sentence that predicate nothing (a
  // byline, a dateline, a list of names), so no claim.
  std::vector<Span> not_claims;
  uint32_t words = 0;  // word and number tokens, clitics excluded
};

class AnalysisVisitor {
 public:
  virtual ~AnalysisVisitor() = default;
  virtual void OnSentence(const SentenceAnalysis& analysis) = 0;
};

// Which stages to run after matching: a command that prints only cues need not
// resolve actors, and the other way round.
struct Stages {
  bool cues = true;
  bool actors = true;
  bool claims = true;  // holders, claims (needs cues and actors)
  bool stance = true;  // each claim's evaluations of actors (needs claims)
  // Also say why candidates were set aside (SentenceAnalysis::dropped), for
  // `lexicon explain`; other commands do not pay for building the reasons.
  bool explain = false;
};

// Runs the stages over documents with one lexicon. It owns its parts: the
// segmenter is made from the same lexicon's segmentation rules.
class Analyzer {
 public:
  // Fails only if ICU's break rules cannot be loaded (no ICU data).
  static Result<std::unique_ptr<Analyzer>> Create(std::shared_ptr<const Lexicon> lexicon,
                                                  Stages stages = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Runs every stage over `doc`, in order, and hands each sentence to `visitor`
  // (on the calling thread). What one document introduces (names, the last
  // actor a pronoun may stand for) is forgotten when its run ends.
  void Run(const Document& doc, AnalysisVisitor& visitor);

  // Lets Run use `threads` threads in all (1, the default: only the caller's)
  // for a document of at least two chunks of `chunk_bytes`: the extra threads
  // segment and match sentence-aligned chunks ahead while the calling thread
  // runs the rules in order. The result is the same for any number of threads.
  // The visitor is still called on the calling thread only.
  static constexpr uint32_t kChunkBytes = 512 * 1024;
  void SetThreads(unsigned threads, uint32_t chunk_bytes = kChunkBytes);

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  struct Impl;
  void ForgetDocument();
  Analyzer(std::shared_ptr<const Lexicon> lexicon, std::unique_ptr<Impl> impl);
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimlens

namespace claimlens {

// The probability band of a cue on `scale`: the band of its level, or on the
// perceived scale the survey figures for its own phrase when there are any
// (so even "may" gets what readers understand by it).
std::optional<Band> CueBand(const Lexicon& lexicon, const Cue& cue, Scale scale);

// Whether a cue makes its sentence uncertain: a hedge that hedges truth, not
// degree (approximators such as "largely" do not).
bool MakesUncertain(const Cue& cue);

}  // namespace claimlens
