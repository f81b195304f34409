#include "claimlens/stats.h"

#include <algorithm>

namespace claimlens {

void DocStats::AddSentence(uint32_t words, const std::vector<const Cue*>& cues) {
  ++sentences_;
  words_ += words;
  uint32_t hedges = 0;
  bool uncertain = false;
  for (const Cue* c : cues) {
    if (c->kind == EntryKind::kHedge) {
      ++hedges;
    } else {
      ++boosters_;
    }
    uncertain |= MakesUncertain(*c);
    if (c->level != Level::kNone) ++levels_[static_cast<int>(c->level)];
  }
  hedges_ += hedges;
  uncertain_ += uncertain;
  profile_.emplace_back(words, hedges);
}

std::vector<double> DocStats::Density(size_t bins) const {
  bins = std::min(bins, profile_.size());
  std::vector<double> out;
  if (bins == 0 || words_ == 0) return out;
  std::vector<uint64_t> w(bins, 0), h(bins, 0);
  uint64_t seen = 0;
  for (const auto& [words, hedges] : profile_) {
    // A sentence falls in the bin of its middle word.
    const size_t b =
        std::min<size_t>(bins - 1, static_cast<size_t>((seen + words / 2) * bins / words_));
    w[b] += words;
    h[b] += hedges;
    seen += words;
  }
  for (size_t b = 0; b < bins; ++b)
    out.push_back(w[b] ? 1000.0 * static_cast<double>(h[b]) / w[b] : 0);
  return out;
}

std::string Sparkline(const std::vector<double>& values) {
  static const char* kBlocks[] = {"\u2581", "\u2582", "\u2583", "\u2584",
                                  "\u2585", "\u2586", "\u2587", "\u2588"};
  const double top = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
  std::string out;
  for (double v : values)
    out += kBlocks[top > 0 ? std::min(7, static_cast<int>(v / top * 7.999)) : 0];
  return out;
}

}  // namespace claimlens
