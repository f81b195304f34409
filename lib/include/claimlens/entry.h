// One lexicon row, as loaded: what a phrase is (kind, class) and what it carries.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/levels.h"

namespace claimlens {

enum class EntryKind : uint8_t {
  kHedge,
  kBooster,
  kNegation,
  kTerminator,
  kDegree,
  kCondition,
  kRecommendation,
  kAttribution,
  kRole,
  kTitle,
  kGrammar,     // function words the rules consult (determiners, pronouns, past-time words)
  kActor,       // an alias, demonym or seat of an actor (value: the actor id)
  kEvaluation,  // an evaluative word: polarity and strength (value: valence, -4..4)
  kIgnore,      // an idiom that contains a cue word and is no cue ("as soon as possible")
  // New kinds go above this line; kEntryKindCount follows the last one.
};
inline constexpr int kEntryKindCount = static_cast<int>(EntryKind::kIgnore) + 1;
// "hedge", "booster", ...: the name lexicon files use (a compile-time check in
// levels.cc makes sure every kind has one).
std::string_view EntryKindName(EntryKind kind);

// The class of a cue or marker (SentenceAnalysis::cues and ::markers): the
// classes of the hedge, booster, condition, recommendation and attribution rows,
// and the polarity of an evaluation marker. kNone for entries of other kinds.
enum class CueClass : uint8_t {
  kNone,
  kModal,  // hedges
  kProbability,
  kEstimative,
  kEvidential,
  kApproximator,
  kImpersonal,
  kUncertainty,
  kPossibility,
  kConfidence,
  kCertainty,  // boosters (and evidential, estimative, confidence)
  kEmphatic,
  kInference,
  kPrediction,
  kCondition,  // markers
  kDeontic,
  kAppeal,
  kVerb,
  kSource,
  kNoun,
  kPositive,
  kNegative,
  // New classes go above this line; kCueClassCount follows the last one.
};
inline constexpr int kCueClassCount = static_cast<int>(CueClass::kNegative) + 1;
// "modal", "probability", ...: the name lexicon files and the output use ("" for
// kNone; a compile-time check in levels.cc makes sure every class has one).
std::string_view CueClassName(CueClass cls);
// The class a name stands for, if any.
std::optional<CueClass> ParseCueClass(std::string_view name);

// The classes an entry of `kind` may have, in the loader's order (the one table
// the loader validates with and the CLI offers); empty when any class is allowed.
std::vector<std::string_view> CueClassNames(EntryKind kind);
// Whether entries of `kind` make cues or markers, and so carry a CueClass.
bool CueKind(EntryKind kind);
// The actor types (state, organization, ...), in the loader's order.
std::vector<std::string_view> ActorTypeNames();

struct Entry {
  EntryKind kind = EntryKind::kHedge;
  std::string cls;  // class, e.g. "modal", "pre", "demonym"
  CueClass cue_class = CueClass::kNone;  // the same class, for the kinds that make cues and markers
  Level level = Level::kNone;
  Confidence confidence = Confidence::kNone;  // cues of class confidence
  std::string value;   // the value column as written (a level id, an actor id, a role, or "-")
  std::string phrase;  // as written in the file
  std::string source;
  std::string file;  // where it was defined, for `lexicon explain` and errors
  uint32_t line = 0;
  bool ambiguous = false;  // actor aliases written with a leading '?'
  // Negation triggers: how many tokens the trigger reaches forward (a cue after
  // it) and backward (a cue before it: "probably will not").
  uint8_t forward = 0;
  uint8_t backward = 0;
  float valence = 0;  // evaluative words: VADER's scale, -4 (most negative) to 4
};

}  // namespace claimlens
