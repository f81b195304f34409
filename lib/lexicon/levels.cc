#include "claimlens/levels.h"

#include <iterator>

#include "claimlens/entry.h"

namespace claimlens {
namespace {
constexpr std::string_view kLevelIds[kLevelCount] = {
    "almost_no_chance", "very_unlikely", "unlikely",      "even_chance",
    "likely",           "very_likely",   "almost_certain"};
constexpr std::string_view kScaleIds[kScaleCount] = {"icd203", "phia", "ipcc", "kent", "perceived"};

// An enum value and the name lexicons and the output use for it. A table lists
// every value in enum order; InEnumOrder checks that at compile time, so a value
// added without its name fails to build.
template <typename E>
struct Named {
  E value;
  std::string_view name;
};
template <typename E, size_t N>
constexpr bool InEnumOrder(const Named<E> (&table)[N], int count, bool first_unnamed) {
  if (static_cast<int>(N) != count) return false;
  for (int i = 0; i < count; ++i) {
    if (static_cast<int>(table[i].value) != i) return false;
    if (table[i].name.empty() != (first_unnamed && i == 0)) return false;
  }
  return true;
}

constexpr Named<EntryKind> kKindNames[] = {
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
static_assert(InEnumOrder(kKindNames, kEntryKindCount, false),
              "kKindNames must name every EntryKind, in order");

// Only kNone has no name.
constexpr Named<CueClass> kClassNames[] = {
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
static_assert(InEnumOrder(kClassNames, kCueClassCount, true),
              "kClassNames must name every CueClass, in order");
}  // namespace

std::string_view CueClassName(CueClass cls) { return kClassNames[static_cast<int>(cls)].name; }

std::optional<CueClass> ParseCueClass(std::string_view name) {
  for (int i = 1; i < kCueClassCount; ++i) {
    if (kClassNames[i].name == name) return kClassNames[i].value;
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
