// Keyness (`compare`): which items occur more often in one corpus than in
// another. G2 as in Rayson and Garside (2000), the log-likelihood corpus
// linguists use for keyword lists (UCREL's calculator); Log Ratio as in Hardie
// (2014) for the size of the difference.
#include <algorithm>
#include <cmath>

#include "claimlens/corpus.h"

namespace claimlens {
namespace {

constexpr std::string_view kItemTypeNames[kItemTypeCount] = {
    "cue", "kind", "class", "level", "confidence", "holder_type", "actor", "evaluation"};

// The norms of tokens [begin, end), space-separated: how a marker is counted
// ("deeply problematic" however it was written).
std::string Phrase(const SentenceAnalysis& a, const Cue& m) {
  if (!m.phrase.empty() || a.tokens == nullptr) return m.phrase;
  std::string out;
  const std::vector<Token>& toks = a.tokens->tokens;
  for (uint32_t k = m.begin; k < m.end && k < toks.size(); ++k) {
    if (!out.empty()) out += ' ';
    out += a.tokens->norm(toks[k]);
  }
  return out;
}

}  // namespace

std::string_view ItemTypeName(ItemType type) { return kItemTypeNames[static_cast<int>(type)]; }

std::optional<ItemType> ParseItemType(std::string_view name) {
  for (int i = 0; i < kItemTypeCount; ++i) {
    if (kItemTypeNames[i] == name) return static_cast<ItemType>(i);
  }
  return std::nullopt;
}

void ItemTally::AddSentence(const SentenceAnalysis& a, HolderFilter holders) {
  words += a.words;
  auto add = [this](ItemType type, std::string_view item) {
    if (item.empty()) return;
    ++counts[ItemKey{type, std::string(item)}];
  };
  for (const Cue& c : a.cues) {
    if (!Selects(holders, c.holder)) continue;
    add(ItemType::kCue, c.phrase);
    add(ItemType::kKind, EntryKindName(c.kind));
    add(ItemType::kClass, CueClassName(c.cls));
  }
  std::vector<bool> seen(a.markers.size(), false);  // a marker may serve two claims
  for (const Claim& c : a.claims) {
    add(ItemType::kLevel, LevelId(c.level));
    add(ItemType::kConfidence, ConfidenceId(c.confidence));
    if (c.holder < a.holders.size())
      add(ItemType::kHolderType, HolderTypeName(a.holders[c.holder].type));
    for (uint32_t i : c.markers) {
      if (i >= a.markers.size() || seen[i]) continue;
      seen[i] = true;
      const Cue& m = a.markers[i];
      if (m.kind == EntryKind::kEvaluation && Selects(holders, m.holder))
        add(ItemType::kEvaluation, Phrase(a, m));
    }
  }
  for (const Mention& m : a.mentions) add(ItemType::kActor, m.id);
}

void ItemTally::Add(const ItemTally& o) {
  documents += o.documents;
  words += o.words;
  for (const auto& [key, n] : o.counts) counts[key] += n;
}

Keyness ComputeKeyness(uint64_t a, uint64_t b, uint64_t words_a, uint64_t words_b) {
  Keyness k;
  const double fa = static_cast<double>(a), fb = static_cast<double>(b);
  const double wa = static_cast<double>(words_a), wb = static_cast<double>(words_b);
  if (words_a == 0 || words_b == 0 || a + b == 0) return k;
  // Expected counts if the item were as frequent in both corpora.
  const double e1 = wa * (fa + fb) / (wa + wb);
  const double e2 = wb * (fa + fb) / (wa + wb);
  double g2 = 0;
  if (a > 0) g2 += fa * std::log(fa / e1);
  if (b > 0) g2 += fb * std::log(fb / e2);
  k.g2 = std::max(0.0, 2 * g2);  // rounding may leave -0.0000001 for equal rates
  k.log_ratio = std::log2(((a > 0 ? fa : 0.5) / wa) / ((b > 0 ? fb : 0.5) / wb));
  k.p = std::erfc(std::sqrt(k.g2 / 2));  // chi-square, one degree of freedom
  return k;
}

std::vector<KeyRow> RankKeyness(const ItemTally& a, const ItemTally& b, uint64_t min_count,
                                const std::vector<ItemType>& types) {
  std::vector<KeyRow> rows;
  auto wanted = [&](const ItemKey& key) {
    return types.empty() || std::find(types.begin(), types.end(), key.type) != types.end();
  };
  auto add = [&](const ItemKey& key, uint64_t na, uint64_t nb) {
    if (!wanted(key) || na + nb < std::max<uint64_t>(min_count, 1)) return;
    rows.push_back(KeyRow{key, na, nb, ComputeKeyness(na, nb, a.words, b.words)});
  };
  // Both maps are sorted: walk them side by side.
  auto i = a.counts.begin(), j = b.counts.begin();
  while (i != a.counts.end() || j != b.counts.end()) {
    if (j == b.counts.end() || (i != a.counts.end() && i->first < j->first)) {
      add(i->first, i->second, 0);
      ++i;
    } else if (i == a.counts.end() || j->first < i->first) {
      add(j->first, 0, j->second);
      ++j;
    } else {
      add(i->first, i->second, j->second);
      ++i, ++j;
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const KeyRow& x, const KeyRow& y) {
    return x.keyness.g2 > y.keyness.g2;  // ties keep the order of type and item
  });
  return rows;
}

}  // namespace claimlens
