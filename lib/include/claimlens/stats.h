// Per-document statistics of cues: counts, densities per 1,000 words, the share
// of uncertain sentences and a density profile through the document.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "claimlens/analysis.h"

namespace claimlens {

class DocStats {
 public:
  explicit DocStats(std::string doc) : doc_(std::move(doc)) {}

  // Adds one sentence with the cues that count (already filtered by the caller).
  void AddSentence(uint32_t words, const std::vector<const Cue*>& cues);

  const std::string& doc() const { return doc_; }
  uint64_t words() const { return words_; }
  uint64_t sentences() const { return sentences_; }
  uint64_t hedges() const { return hedges_; }
  uint64_t boosters() const { return boosters_; }
  uint64_t uncertain_sentences() const { return uncertain_; }
  const std::array<uint64_t, kLevelCount>& levels() const { return levels_; }
  double hedges_per_1k() const { return Per1k(hedges_); }
  // Hedges by holder, whatever the caller counts above: the author's own voice,
  // and the views the document reports.
  void AddHolders(uint32_t author_hedges, uint32_t reported_hedges) {
    author_hedges_ += author_hedges;
    reported_hedges_ += reported_hedges;
  }
  double author_hedges_per_1k() const { return Per1k(author_hedges_); }
  double reported_hedges_per_1k() const { return Per1k(reported_hedges_); }
  double boosters_per_1k() const { return Per1k(boosters_); }
  double uncertain_share() const {
    return sentences_ ? static_cast<double>(uncertain_) / sentences_ : 0;
  }

  // Hedges per 1,000 words in `bins` stretches of equal word count, in order.
  std::vector<double> Density(size_t bins) const;

 private:
  double Per1k(uint64_t n) const { return words_ ? 1000.0 * static_cast<double>(n) / words_ : 0; }

  std::string doc_;
  uint64_t words_ = 0, sentences_ = 0, hedges_ = 0, boosters_ = 0, uncertain_ = 0;
  uint64_t author_hedges_ = 0, reported_hedges_ = 0;
  std::array<uint64_t, kLevelCount> levels_{};
  std::vector<std::pair<uint32_t, uint32_t>> profile_;  // words and hedges of each sentence
};

// "▁▂▅█▃": one block a value, scaled to the largest.
std::string Sparkline(const std::vector<double>& values);

}  // namespace claimlens
