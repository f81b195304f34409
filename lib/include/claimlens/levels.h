// Likelihood levels (ICD 203's seven rows) and the scales that give them bands.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace claimlens {

enum class Level : int8_t {
  kNone = -1,
  kAlmostNoChance = 0,
  kVeryUnlikely,
  kUnlikely,
  kEvenChance,
  kLikely,
  kVeryLikely,
  kAlmostCertain,
};

inline constexpr int kLevelCount = 7;

// "almost_no_chance" ... "almost_certain"; "" for kNone.
std::string_view LevelId(Level level);
std::optional<Level> ParseLevel(std::string_view id);
// The level on the other side of even chance: likely <-> unlikely.
Level Mirror(Level level);
// One step further from even chance (up) or nearer to it (down, only from the very_ levels up).
Level Intensify(Level level);
Level Soften(Level level);

// Analytic confidence (ICD 203): how good the evidence and reasoning behind a
// judgement are. Stated beside a likelihood, never folded into it.
enum class Confidence : int8_t { kNone = -1, kLow = 0, kModerate, kHigh };
// "low", "moderate", "high"; "" for kNone.
std::string_view ConfidenceId(Confidence c);
std::optional<Confidence> ParseConfidence(std::string_view id);

enum class Scale : uint8_t { kIcd203, kPhia, kIpcc, kKent, kPerceived };
inline constexpr int kScaleCount = 5;
std::string_view ScaleId(Scale scale);
std::optional<Scale> ParseScale(std::string_view id);

// A probability band in percent.
struct Band {
  double lo = 0;
  double hi = 0;
};

}  // namespace claimlens
