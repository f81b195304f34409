#include "claimlens/stance.h"

#include <algorithm>
#include <cmath>

namespace claimlens {

double StanceRow::score() const {
  return evaluated > 0 ? static_cast<double>(positive - negative) / evaluated : 0;
}

std::string_view StanceRow::label(double cut) const {
  if (evaluated == 0) return "neutral";
  const double s = score();
  if (s >= cut) return "favorable";
  if (s <= -cut) return "unfavorable";
  return positive > 0 && negative > 0 ? "mixed" : "neutral";
}

void StanceTally::Add(const SentenceAnalysis& a) {
  for (const Mention& m : a.mentions) {
    auto [it, fresh] = mentions_.try_emplace(m.id, m.name, 0);
    ++it->second.second;
    if (fresh) order_.push_back(m.id);
  }
  for (const Claim& c : a.claims) {
    for (const StanceItem& s : c.stance) {
      const std::string& holder = a.holders[s.holder].id;
      StanceRow& row = rows_[{holder, s.actor}];
      row.holder = holder;
      row.actor = s.actor;
      ++row.evaluated;
      row.positive += s.polarity > 0;
      row.negative += s.polarity < 0;
      if (row.evidence.empty() || row.evidence.back().claim.start != c.span.start)
        row.evidence.push_back({a.sentence.index, c.span});
    }
  }
}

std::vector<StanceRow> StanceTally::Rows() const {
  std::vector<StanceRow> rows;
  for (const std::string& id : order_) {
    auto it = rows_.find({"author", id});
    rows.push_back(it != rows_.end() ? it->second : StanceRow{"author", id, "", 0, 0, 0, 0, {}});
  }
  for (const auto& [key, row] : rows_) {
    if (key.first != "author") rows.push_back(row);
  }
  for (StanceRow& r : rows) {
    auto m = mentions_.find(r.actor);
    if (m != mentions_.end()) {
      r.name = m->second.first;
      r.mentions = m->second.second;
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const StanceRow& x, const StanceRow& y) {
    const bool xa = x.holder == "author", ya = y.holder == "author";
    if (xa != ya) return xa;
    if (x.holder != y.holder) return x.holder < y.holder;
    if (x.evaluated != y.evaluated) return x.evaluated > y.evaluated;
    return x.mentions > y.mentions;
  });
  return rows;
}

}  // namespace claimlens
