// The analysis of a document, sentence by sentence: phrase matches, then the
// cues the composition rules make of them. Stages produce values; printers
// only read them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/document.h"
#include "claimlens/entry.h"
#include "claimlens/levels.h"
#include "claimlens/lexicon.h"
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
  uint32_t entry = 0;  // the lexicon entry that matched
  std::string cls;     // the entry's class, or "uncertainty" for a negated certainty
  Level level = Level::kNone;
  bool negated = false;
  Span negation;       // the trigger, when negated
  std::string phrase;  // the norms of its tokens, space-separated (for the perceived scale)
  std::string rule;    // the composition rules that shaped it, for `lexicon explain`
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
  std::string id;  // an actor id, or a slug for a person the lexicons do not know
  std::string name;
  MentionType type = MentionType::kState;
  std::string role;         // government, military, scholars, ... when a role noun or title says so
  bool former = false;      // "former President Trump"
  std::string affiliation;  // for a known person: the actor id of their latest role ("USA")
  std::string how;          // alias, demonym, seat, title, surname, byline, part
  std::string rule;  // for `lexicon explain` (Stages::explain): the rule that chose the reading
};

// A cue candidate the rules set aside, and why (for `lexicon explain`).
struct Dropped {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t entry = 0;
  std::string reason;
};

struct SentenceAnalysis {
  const Document* doc = nullptr;
  Sentence sentence;
  const TokenList* tokens = nullptr;
  std::vector<Match> matches;
  std::vector<Cue> cues;
  std::vector<Mention> mentions;
  std::vector<Dropped> dropped;
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
  // Also say why candidates were set aside (SentenceAnalysis::dropped), for
  // `lexicon explain`; other commands do not pay for building the reasons.
  bool explain = false;
};

class Analyzer {
 public:
  // `segmenter` must have been made from `lexicon`'s segmentation rules.
  Analyzer(std::shared_ptr<const Lexicon> lexicon, Segmenter& segmenter, Stages stages = {});
  ~Analyzer();

  // Runs every stage over `doc`, in order, and hands each sentence to `visitor`.
  void Run(const Document& doc, AnalysisVisitor& visitor);

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  struct Impl;
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
