#include "claimlens/levels.h"

#include <iterator>

#include "claimlens/entry.h"

namespace claimlens {
namespace {
constexpr std::string_view kLevelIds[kLevelCount] = {
    "almost_no_chance", "very_unlikely", "unlikely",      "even_chance",
    "likely",           "very_likely",   "almost_certain"};
constexpr std::string_view kScaleIds[kScaleCount] = {"icd203", "phia", "ipcc", "kent", "perceived"};

struct KindName {
  EntryKind kind;
  std::string_view name;
};
constexpr KindName kKindNames[] = {
    {EntryKind::kHedge, "hedge"},
    {EntryKind::kBooster, "booster"},
    {EntryKind::kNegation, "negation"},
    {EntryKind::kTerminator, "terminator"},
    {EntryKind::kDegree, "degree"},
    {EntryKind::kCondition, "condition"},
    {EntryKind::kRecommendation, "recommendation"},
    {EntryKind::kAttribution, "attribution"},
    {EntryKind::kRole, "role"},
    {EntryKind::kTitle, "title"},
    {EntryKind::kGrammar, "grammar"},
    {EntryKind::kActor, "actor"},
    {EntryKind::kEvaluation, "evaluation"},
    {EntryKind::kIgnore, "ignore"},
};
// Every kind has its name, in enum order: a kind added without one fails to compile.
constexpr bool EveryKindNamed() {
  if (std::size(kKindNames) != kEntryKindCount) return false;
  for (int i = 0; i < kEntryKindCount; ++i) {
    if (static_cast<int>(kKindNames[i].kind) != i || kKindNames[i].name.empty()) return false;
  }
  return true;
}
static_assert(EveryKindNamed(), "kKindNames must name every EntryKind, in order");

struct ClassName {
  CueClass cls;
  std::string_view name;
};
constexpr ClassName kClassNames[] = {
    {CueClass::kNone, ""},
    {CueClass::kModal, "modal"},
    {CueClass::kProbability, "probability"},
    {CueClass::kEstimative, "estimative"},
    {CueClass::kEvidential, "evidential"},
    {CueClass::kApproximator, "approximator"},
    {CueClass::kImpersonal, "impersonal"},
    {CueClass::kUncertainty, "uncertainty"},
    {CueClass::kPossibility, "possibility"},
    {CueClass::kConfidence, "confidence"},
    {CueClass::kCertainty, "certainty"},
    {CueClass::kEmphatic, "emphatic"},
    {CueClass::kInference, "inference"},
    {CueClass::kPrediction, "prediction"},
    {CueClass::kCondition, "condition"},
    {CueClass::kDeontic, "deontic"},
    {CueClass::kAppeal, "appeal"},
    {CueClass::kVerb, "verb"},
    {CueClass::kSource, "source"},
    {CueClass::kNoun, "noun"},
    {CueClass::kPositive, "positive"},
    {CueClass::kNegative, "negative"},
};
// Every class has its name, in enum order; only kNone's is empty.
constexpr bool EveryClassNamed() {
  if (std::size(kClassNames) != kCueClassCount) return false;
  for (int i = 0; i < kCueClassCount; ++i) {
    if (static_cast<int>(kClassNames[i].cls) != i || kClassNames[i].name.empty() != (i == 0))
      return false;
  }
  return true;
}
static_assert(EveryClassNamed(), "kClassNames must name every CueClass, in order");
}  // namespace

std::string_view CueClassName(CueClass cls) { return kClassNames[static_cast<int>(cls)].name; }

std::optional<CueClass> ParseCueClass(std::string_view name) {
  for (int i = 1; i < kCueClassCount; ++i) {
    if (kClassNames[i].name == name) return kClassNames[i].cls;
  }
  return std::nullopt;
}

std::string_view LevelId(Level level) {
  return level == Level::kNone ? "" : kLevelIds[static_cast<int>(level)];
}

std::optional<Level> ParseLevel(std::string_view id) {
  for (int i = 0; i < kLevelCount; ++i) {
    if (kLevelIds[i] == id) return static_cast<Level>(i);
  }
  return std::nullopt;
}

Level Mirror(Level level) {
  if (level == Level::kNone) return level;
  return static_cast<Level>(kLevelCount - 1 - static_cast<int>(level));
}

Level Intensify(Level level) {
  switch (level) {
    case Level::kLikely:
      return Level::kVeryLikely;
    case Level::kVeryLikely:
      return Level::kAlmostCertain;
    case Level::kUnlikely:
      return Level::kVeryUnlikely;
    case Level::kVeryUnlikely:
      return Level::kAlmostNoChance;
    default:
      return level;
  }
}

Level Soften(Level level) {
  switch (level) {
    case Level::kVeryLikely:
      return Level::kLikely;
    case Level::kAlmostCertain:
      return Level::kVeryLikely;
    case Level::kVeryUnlikely:
      return Level::kUnlikely;
    case Level::kAlmostNoChance:
      return Level::kVeryUnlikely;
    default:
      return level;
  }
}

std::string_view ConfidenceId(Confidence c) {
  static constexpr std::string_view kIds[] = {"low", "moderate", "high"};
  return c == Confidence::kNone ? "" : kIds[static_cast<int>(c)];
}

std::optional<Confidence> ParseConfidence(std::string_view id) {
  for (Confidence c : {Confidence::kLow, Confidence::kModerate, Confidence::kHigh}) {
    if (ConfidenceId(c) == id) return c;
  }
  return std::nullopt;
}

std::string_view ScaleId(Scale scale) { return kScaleIds[static_cast<int>(scale)]; }

std::optional<Scale> ParseScale(std::string_view id) {
  for (int i = 0; i < kScaleCount; ++i) {
    if (kScaleIds[i] == id) return static_cast<Scale>(i);
  }
  return std::nullopt;
}

std::string_view EntryKindName(EntryKind kind) { return kKindNames[static_cast<int>(kind)].name; }

}  // namespace claimlens
