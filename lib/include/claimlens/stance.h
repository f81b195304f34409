// Document-level stance: what each holder's evaluations (Claim::stance) add up
// to toward each actor. One tally a document; feed it every sentence in order.
//
//   StanceTally tally(lexicon);          // reads the mixed cut-off from settings.tsv
//   ...OnSentence(a): tally.Add(a);
//   for (const StanceRow& row : tally.Rows()) ...
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/lexicon.h"

namespace claimlens {

enum class StanceLabel : uint8_t { kNeutral, kFavorable, kUnfavorable, kMixed };
// "neutral", "favorable", "unfavorable", "mixed".
std::string_view StanceLabelName(StanceLabel label);

// One evaluation behind a row: the claim it is in, and its cue.
struct StanceEvidence {
  uint32_t sentence = 0;
  Span claim;  // the claim's bytes
  Span cue;    // the evaluative words
  int polarity = 0;
};

// What one holder thinks of one actor in one document.
struct StanceRow {
  std::string holder;  // "author", or the holder id as in claims records
  std::string actor;   // actor id
  std::string name;    // the actor's name (the id when the document never names it)
  MentionType type = MentionType::kState;
  int64_t mentions = 0;     // how often the actor is named in the holder's claims
  int64_t evaluated = 0;    // the holder's evaluations of it (stance items)
  int64_t favorable = 0;    // of those, positive
  int64_t unfavorable = 0;  // and negative
  double score = 0;         // the mean polarity of the evaluations, -1..1 (0 with none)
  StanceLabel label = StanceLabel::kNeutral;
  std::vector<StanceEvidence> evidence;  // in document order
};

// The label of `favorable` positive and `unfavorable` negative evaluations:
// neutral with neither; mixed with both, unless one side outweighs the other by
// more than `mixed_margin` percent of them; else the side that has them.
StanceLabel LabelStance(int64_t favorable, int64_t unfavorable, int mixed_margin);

class StanceTally {
 public:
  // The mixed cut-off is the lexicon's `stance_mixed_margin` setting.
  explicit StanceTally(const Lexicon& lexicon);

  // Counts the sentence's mentions (for the holder of the claim they are in) and
  // its claims' stance items (for the holder of each item).
  void Add(const SentenceAnalysis& a);

  // One row a holder and actor: the author's first, then the other holders in
  // the order they first speak; within a holder, actors in order of first mention.
  std::vector<StanceRow> Rows() const;
  // Only `holder`'s rows ("author": the author's stance toward each actor).
  std::vector<StanceRow> Rows(std::string_view holder) const;

  // Whether any claim carried a stance item.
  bool any_evaluation() const { return items_ > 0; }

 private:
  StanceRow& Row(const std::string& holder, const std::string& actor);

  struct Named {
    std::string name;
    MentionType type;
  };
  int mixed_margin_;
  std::vector<StanceRow> rows_;                    // in order of first appearance
  std::unordered_map<std::string, size_t> index_;  // "holder\x1factor" -> rows_
  std::unordered_map<std::string, Named> names_;   // actor id -> as first named
  int64_t items_ = 0;
};

}  // namespace claimlens
