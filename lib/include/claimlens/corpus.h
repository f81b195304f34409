// Corpus counts: what `stats` and `compare` count in documents. Every count is
// an integer, so the counts of any split of a corpus add up to the counts of
// the whole, exactly (the partials and `merge` rest on this).
//
//   Tally t;
//   struct : AnalysisVisitor {  // or use TallyVisitor
//     void OnSentence(const SentenceAnalysis& a) override { t.AddSentence(a, options); }
//   };
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/stance.h"

namespace claimlens {

// Whose cues and evaluations count: the author's own voice, the views the text
// reports, or all.
enum class HolderFilter : uint8_t { kAuthor, kReported, kAll };
std::string_view HolderFilterName(HolderFilter filter);
std::optional<HolderFilter> ParseHolderFilter(std::string_view name);
inline bool Selects(HolderFilter filter, uint16_t holder) {
  return filter == HolderFilter::kAll || (filter == HolderFilter::kAuthor) == (holder == 0);
}

inline constexpr int kConfidenceCount = 3;  // low, moderate, high
inline constexpr int kHolderTypeCount = 5;  // author, actor, person, named, unnamed

// One actor in a document or corpus: how often it is named, and how the
// claims evaluate it (their stance items).
struct ActorTally {
  std::string name;  // as the lexicons name it (the smallest seen, so merging is order-free)
  std::string type;  // state, organization, ...
  uint64_t mentions = 0;
  uint64_t evaluated = 0;  // stance items about it (of the chosen holders)
  uint64_t positive = 0;   // of those, polarity 1
  uint64_t negative = 0;   // polarity -1

  void Add(const ActorTally& other);
  // The mean polarity of its evaluations, -1..1 (0 when none).
  double score() const;
  // As `claimlens stance` labels it (StanceRow::label): favorable, unfavorable,
  // mixed or neutral, with `cut` the least |score| for a side. A function of
  // the counts alone, so a merged tally is labelled as one run labels it.
  std::string_view label(double cut) const;
};

struct TallyOptions {
  HolderFilter holders = HolderFilter::kAuthor;  // whose hedges, boosters and stance count
  bool by_actor = false;                         // keep ActorTally per actor
};

// The counts of one document, a group of documents or a corpus.
struct Tally {
  uint64_t documents = 0;
  uint64_t words = 0;
  uint64_t sentences = 0;
  uint64_t hedges[2] = {0, 0};    // [0] the author's voice, [1] reported views
  uint64_t boosters[2] = {0, 0};  // likewise
  uint64_t claims = 0;
  uint64_t uncertain_claims = 0;
  std::array<uint64_t, kLevelCount> levels{};             // claims by level
  std::array<uint64_t, kConfidenceCount> confidence{};    // claims by analytic confidence
  std::array<uint64_t, kHolderTypeCount> holder_types{};  // claims by holder type
  std::map<std::string, ActorTally, std::less<>> actors;  // by actor id (TallyOptions::by_actor)

  // Counts one analysed sentence (of a run with every stage); with by_actor,
  // its actors' mentions (their evaluations come from TallyVisitor::Finish).
  void AddSentence(const SentenceAnalysis& a, const TallyOptions& options);
  void Add(const Tally& other);

  uint64_t hedges_of(HolderFilter f) const { return Of(hedges, f); }
  uint64_t boosters_of(HolderFilter f) const { return Of(boosters, f); }
  // n per 1,000 words (0 for no words).
  double Per1k(uint64_t n) const {
    return words ? 1000.0 * static_cast<double>(n) / static_cast<double>(words) : 0;
  }
  friend bool operator==(const Tally& a, const Tally& b);

 private:
  static uint64_t Of(const uint64_t (&v)[2], HolderFilter f) {
    return f == HolderFilter::kAuthor ? v[0] : f == HolderFilter::kReported ? v[1] : v[0] + v[1];
  }
};
bool operator==(const ActorTally& a, const ActorTally& b);

// Counts every sentence of one document's run into a Tally. With by_actor, the
// stance of its claims is weighed as `claimlens stance` weighs it (StanceTally)
// and added, for the chosen holders, by Finish.
class TallyVisitor : public AnalysisVisitor {
 public:
  TallyVisitor(Tally* tally, TallyOptions options) : tally_(tally), options_(options) {}
  void OnSentence(const SentenceAnalysis& a) override {
    tally_->AddSentence(a, options_);
    if (options_.by_actor) stance_.Add(a);
  }
  // Adds the document's evaluations of its actors; call once, after the run.
  void Finish();

 private:
  Tally* tally_;
  TallyOptions options_;
  StanceTally stance_;
};

// What `compare` counts: items of eight types.
enum class ItemType : uint8_t {
  kCue,         // a hedge or booster by its normalised phrase ("would likely" is "likely")
  kKind,        // hedge, booster
  kClass,       // the cue's class (modal, probability, ...)
  kLevel,       // a claim's likelihood level
  kConfidence,  // a claim's analytic confidence
  kHolderType,  // a claim's holder type
  kActor,       // an actor mention, by id
  kEvaluation,  // an evaluative word of a claim, by its normalised phrase
};
inline constexpr int kItemTypeCount = 8;
// "cue", "kind", "class", "level", "confidence", "holder_type", "actor", "evaluation".
std::string_view ItemTypeName(ItemType type);
std::optional<ItemType> ParseItemType(std::string_view name);

struct ItemKey {
  ItemType type = ItemType::kCue;
  std::string item;
  friend bool operator<(const ItemKey& a, const ItemKey& b) {
    return a.type != b.type ? a.type < b.type : a.item < b.item;
  }
  friend bool operator==(const ItemKey& a, const ItemKey& b) {
    return a.type == b.type && a.item == b.item;
  }
};

// The items of one side of a comparison, and its size.
struct ItemTally {
  uint64_t documents = 0;
  uint64_t words = 0;
  std::map<ItemKey, uint64_t> counts;

  // Counts one analysed sentence; cues and evaluations only of `holders`.
  void AddSentence(const SentenceAnalysis& a, HolderFilter holders);
  void Add(const ItemTally& other);
  friend bool operator==(const ItemTally& a, const ItemTally& b) {
    return a.documents == b.documents && a.words == b.words && a.counts == b.counts;
  }
};

class ItemVisitor : public AnalysisVisitor {
 public:
  ItemVisitor(ItemTally* tally, HolderFilter holders) : tally_(tally), holders_(holders) {}
  void OnSentence(const SentenceAnalysis& a) override { tally_->AddSentence(a, holders_); }

 private:
  ItemTally* tally_;
  HolderFilter holders_;
};

// How much more (or less) often an item occurs in corpus A than in B.
struct Keyness {
  double g2 = 0;         // Dunning's log-likelihood (Rayson and Garside's two-cell form)
  double log_ratio = 0;  // Hardie's Log Ratio: log2 of the ratio of relative frequencies
  double p = 1;          // of G2 under chi-square with one degree of freedom
};
// a and b occurrences in corpora of words_a and words_b words. A zero count
// counts as 0.5 in the log ratio (Hardie 2014), so it stays finite.
Keyness ComputeKeyness(uint64_t a, uint64_t b, uint64_t words_a, uint64_t words_b);

// One row of a comparison.
struct KeyRow {
  ItemKey key;
  uint64_t count_a = 0;
  uint64_t count_b = 0;
  Keyness keyness;
};
// Every item of either side counted at least `min_count` times in all, of the
// `types` asked for (all when empty), sorted by G2 (largest first), then by
// type and item.
std::vector<KeyRow> RankKeyness(const ItemTally& a, const ItemTally& b, uint64_t min_count,
                                const std::vector<ItemType>& types);

}  // namespace claimlens
