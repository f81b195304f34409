// Stance per document: for every holder and actor, how often the actor is
// named, how often that holder evaluates it, and the resulting label. Built
// from the stance items of claims (Claim::stance), one sentence at a time.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "claimlens/analysis.h"

namespace claimlens {

struct StanceRow {
  std::string holder;  // "author", or the holder of the reported views
  std::string actor;   // actor id
  std::string name;    // its display name
  int64_t mentions = 0;   // mentions of the actor in the document
  int64_t evaluated = 0;  // stance items of this holder about it
  int64_t positive = 0, negative = 0;
  struct Evidence {
    uint32_t sentence;
    Span claim;
  };
  std::vector<Evidence> evidence;  // the claims that evaluate it, in order

  // (positive - negative) / evaluated, from -1 to 1; 0 when never evaluated.
  double score() const;
  // favorable, unfavorable, mixed (evaluations both ways that cancel out within
  // `cut`) or neutral (never evaluated); `cut` is the least |score| for a side.
  std::string_view label(double cut) const;
};

class StanceTally {
 public:
  // Adds one sentence's mentions and stance items.
  void Add(const SentenceAnalysis& a);
  // The rows: the author's first, then other holders; within a holder, by
  // evaluations and then mentions, most first. Every actor named gets an
  // author row; other holders only rows for the actors they evaluate.
  std::vector<StanceRow> Rows() const;

 private:
  std::map<std::string, std::pair<std::string, int64_t>> mentions_;  // id -> name, count
  std::map<std::pair<std::string, std::string>, StanceRow> rows_;   // (holder, actor)
  std::vector<std::string> order_;  // actors in order of first mention
};

}  // namespace claimlens
