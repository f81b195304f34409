#include "claimlens/levels.h"

namespace claimlens {
namespace {
constexpr std::string_view kLevelIds[kLevelCount] = {
    "almost_no_chance", "very_unlikely", "unlikely",      "even_chance",
    "likely",           "very_likely",   "almost_certain"};
constexpr std::string_view kScaleIds[kScaleCount] = {"icd203", "phia", "ipcc", "kent", "perceived"};
}  // namespace

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

std::string_view ScaleId(Scale scale) { return kScaleIds[static_cast<int>(scale)]; }

std::optional<Scale> ParseScale(std::string_view id) {
  for (int i = 0; i < kScaleCount; ++i) {
    if (kScaleIds[i] == id) return static_cast<Scale>(i);
  }
  return std::nullopt;
}

}  // namespace claimlens
