#include <algorithm>
#include <cstdlib>

#include "claimlens/schema.h"
#include "claimlens/stance.h"
#include "compiled.h"

namespace claimlens {

std::string_view StanceLabelName(StanceLabel label) {
  switch (label) {
    case StanceLabel::kNeutral:
      return "neutral";
    case StanceLabel::kFavorable:
      return "favorable";
    case StanceLabel::kUnfavorable:
      return "unfavorable";
    case StanceLabel::kMixed:
      return "mixed";
  }
  return "neutral";
}

StanceLabel LabelStance(int64_t favorable, int64_t unfavorable, int mixed_margin) {
  if (favorable == 0 && unfavorable == 0) return StanceLabel::kNeutral;
  if (favorable > 0 && unfavorable > 0 &&
      std::llabs(favorable - unfavorable) * 100 <= mixed_margin * (favorable + unfavorable)) {
    return StanceLabel::kMixed;
  }
  return favorable > unfavorable ? StanceLabel::kFavorable : StanceLabel::kUnfavorable;
}

StanceTally::StanceTally(const Lexicon& lexicon)
    : mixed_margin_(lexicon.compiled().settings.stance_mixed_margin) {}

StanceRow& StanceTally::Row(const std::string& holder, const std::string& actor) {
  std::string key = holder;
  key += '\x1f';
  key += actor;
  auto [it, added] = index_.try_emplace(std::move(key), rows_.size());
  if (added) {
    StanceRow row;
    row.holder = holder;
    row.actor = actor;
    rows_.push_back(std::move(row));
  }
  return rows_[it->second];
}

void StanceTally::Add(const SentenceAnalysis& a) {
  for (const Mention& m : a.mentions) {
    names_.try_emplace(m.id, Named{m.name, m.type});
    // The claim the mention is in decides whose mention it is.
    for (const Claim& c : a.claims) {
      if (m.span.start >= c.span.start && m.span.start < c.span.end) {
        ++Row(std::string(HolderId(a, c.holder)), m.id).mentions;
        break;
      }
    }
  }
  for (const Claim& c : a.claims) {
    for (const StanceItem& s : c.stance) {
      StanceRow& row = Row(std::string(HolderId(a, s.holder)), s.actor);
      ++items_;
      ++row.evaluated;
      row.favorable += s.polarity > 0;
      row.unfavorable += s.polarity < 0;
      row.score += s.polarity;  // a sum until Rows() divides
      row.evidence.push_back({a.sentence.index, c.span, s.cue, s.polarity});
    }
  }
}

std::vector<StanceRow> StanceTally::Rows() const {
  std::vector<StanceRow> out = rows_;
  for (StanceRow& r : out) {
    if (r.evaluated > 0) r.score /= static_cast<double>(r.evaluated);
    r.label = LabelStance(r.favorable, r.unfavorable, mixed_margin_);
    if (auto it = names_.find(r.actor); it != names_.end()) {
      r.name = it->second.name;
      r.type = it->second.type;
    } else {
      r.name = r.actor;
    }
  }
  // The author's rows first, then each holder's rows together, in the order
  // the holders first appear.
  std::unordered_map<std::string, size_t> rank = {{"author", 0}};
  for (const StanceRow& r : out) rank.try_emplace(r.holder, rank.size());
  std::stable_sort(out.begin(), out.end(), [&](const StanceRow& x, const StanceRow& y) {
    return rank[x.holder] < rank[y.holder];
  });
  return out;
}

std::vector<StanceRow> StanceTally::Rows(std::string_view holder) const {
  std::vector<StanceRow> out = Rows();
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const StanceRow& r) { return r.holder != holder; }),
            out.end());
  return out;
}

}  // namespace claimlens
