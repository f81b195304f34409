// The records of `stats`, `stats --by actor` and `compare` (doc/records.md),
// in the style of schema.h: Visit lists the fields in their documented order.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/corpus.h"
#include "claimlens/records.h"

namespace claimlens {

// `v` rounded to `decimals` places, or to `digits` significant digits.
inline double RoundTo(double v, int decimals) {
  const double f = std::pow(10.0, decimals);
  return std::round(v * f) / f;
}
inline double RoundSignificant(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*g", digits, v);
  return std::strtod(buf, nullptr);
}

// The counts of one document (`stats`), or, with kGroup, of the documents that
// share a metadata value (`stats --group`); the totals when `key` is none.
template <bool kGroup>
struct TallyRecordT {
  static constexpr std::string_view kKey = kGroup ? "group" : "doc";
  std::optional<std::string_view> key;
  const Tally* tally = nullptr;
  HolderFilter holders = HolderFilter::kAuthor;  // whose hedges and boosters count

  template <typename W>
  void Visit(W& w) const {
    static const Tally kEmpty;
    const Tally& t = tally != nullptr ? *tally : kEmpty;
    if (key) {
      w.Doc(kKey, *key);
    } else {
      w.Null(kKey);
    }
    w.Int("words", static_cast<int64_t>(t.words));
    w.Int("sentences", static_cast<int64_t>(t.sentences));
    w.Int("hedges", static_cast<int64_t>(t.hedges_of(holders)));
    w.Int("boosters", static_cast<int64_t>(t.boosters_of(holders)));
    w.Num("hedges_per_1k", RoundTo(t.Per1k(t.hedges_of(holders)), 2));
    w.Num("boosters_per_1k", RoundTo(t.Per1k(t.boosters_of(holders)), 2));
    w.Num("author_hedges_per_1k", RoundTo(t.Per1k(t.hedges[0]), 2));
    w.Num("reported_hedges_per_1k", RoundTo(t.Per1k(t.hedges[1]), 2));
    w.Int("claims", static_cast<int64_t>(t.claims));
    w.Int("uncertain_claims", static_cast<int64_t>(t.uncertain_claims));
    for (int l = 0; l < kLevelCount; ++l)
      w.Int(LevelId(static_cast<Level>(l)), static_cast<int64_t>(t.levels[l]));
    static constexpr std::string_view kConfidence[kConfidenceCount] = {
        "confidence_low", "confidence_moderate", "confidence_high"};
    for (int c = 0; c < kConfidenceCount; ++c)
      w.Int(kConfidence[c], static_cast<int64_t>(t.confidence[c]));
    static constexpr std::string_view kHolders[kHolderTypeCount] = {
        "holder_author", "holder_actor", "holder_person", "holder_named", "holder_unnamed"};
    for (int h = 0; h < kHolderTypeCount; ++h)
      w.Int(kHolders[h], static_cast<int64_t>(t.holder_types[h]));
    w.Int("documents", static_cast<int64_t>(t.documents));
  }
};
using DocTallyRecord = TallyRecordT<false>;
using GroupTallyRecord = TallyRecordT<true>;

// One actor of a document or group (`stats --by actor`).
template <bool kGroup>
struct ActorTallyRowT {
  std::optional<std::string_view> key;  // none: the totals
  std::string_view id;
  const ActorTally* actor = nullptr;
  double cut = 0;  // the stance label's cut (setting stance_label_cut, in hundredths)

  template <typename W>
  void Visit(W& w) const {
    static const ActorTally kEmpty;
    const ActorTally& a = actor != nullptr ? *actor : kEmpty;
    if (key) {
      w.Doc(TallyRecordT<kGroup>::kKey, *key);
    } else {
      w.Null(TallyRecordT<kGroup>::kKey);
    }
    w.Str("actor", id);
    w.Str("name", a.name);
    w.Str("type", a.type);
    w.Int("mentions", static_cast<int64_t>(a.mentions));
    w.Int("evaluated", static_cast<int64_t>(a.evaluated));
    w.Int("positive", static_cast<int64_t>(a.positive));
    w.Int("negative", static_cast<int64_t>(a.negative));
    w.Num("score", RoundTo(a.score(), 2));
    w.Str("label", a.label(cut));
  }
};

// The actors of one document or group, most mentioned first (then by id):
// text prints them together, jsonl and tsv one row an actor.
template <bool kGroup>
struct ActorTallyRecordT {
  std::optional<std::string_view> key;
  const Tally* tally = nullptr;
  double cut = 0;  // as ActorTallyRowT::cut

  using Row = ActorTallyRowT<kGroup>;
  std::vector<std::pair<const std::string*, const ActorTally*>> Sorted() const {
    std::vector<std::pair<const std::string*, const ActorTally*>> out;
    for (const auto& [id, a] : tally->actors) out.emplace_back(&id, &a);
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
      return x.second->mentions > y.second->mentions;
    });
    return out;
  }
  template <typename F>
  void ForEachRow(F&& f) const {
    for (const auto& [id, a] : Sorted()) f(Row{key, *id, a, cut});
  }
};
using DocActorsRecord = ActorTallyRecordT<false>;
using GroupActorsRecord = ActorTallyRecordT<true>;

// One item of a comparison (`compare`).
struct KeyRecord {
  const KeyRow* row = nullptr;
  uint64_t words_a = 0;
  uint64_t words_b = 0;

  template <typename W>
  void Visit(W& w) const {
    static const KeyRow kEmpty;
    const KeyRow& r = row != nullptr ? *row : kEmpty;
    w.Str("item", r.key.item);
    w.Str("type", ItemTypeName(r.key.type));
    w.Int("count_a", static_cast<int64_t>(r.count_a));
    w.Int("count_b", static_cast<int64_t>(r.count_b));
    w.Num("per_1k_a", RoundTo(Per1k(r.count_a, words_a), 3));
    w.Num("per_1k_b", RoundTo(Per1k(r.count_b, words_b), 3));
    w.Num("g2", RoundTo(r.keyness.g2, 2));
    w.Num("log_ratio", RoundTo(r.keyness.log_ratio, 2));
    w.Num("p", RoundSignificant(r.keyness.p, 3));
  }
  static double Per1k(uint64_t n, uint64_t words) {
    return words ? 1000.0 * static_cast<double>(n) / static_cast<double>(words) : 0;
  }
};

// A whole comparison: text prints a table with bars, jsonl and tsv one
// KeyRecord a row.
struct KeyTableRecord {
  const std::vector<KeyRow>* rows = nullptr;
  std::string_view name_a, name_b;
  const ItemTally* a = nullptr;
  const ItemTally* b = nullptr;

  using Row = KeyRecord;
  template <typename F>
  void ForEachRow(F&& f) const {
    for (const KeyRow& r : *rows) f(KeyRecord{&r, a->words, b->words});
  }
};

}  // namespace claimlens
