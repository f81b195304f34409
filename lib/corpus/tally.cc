// Per-document counts for `stats`: cues by holder, claims by level, confidence
// and holder type, actors with their mentions and evaluations.
#include <algorithm>

#include "claimlens/corpus.h"

namespace claimlens {

std::string_view HolderFilterName(HolderFilter filter) {
  switch (filter) {
    case HolderFilter::kAuthor:
      return "author";
    case HolderFilter::kReported:
      return "reported";
    case HolderFilter::kAll:
      return "all";
  }
  return "all";
}

std::optional<HolderFilter> ParseHolderFilter(std::string_view name) {
  for (HolderFilter f : {HolderFilter::kAuthor, HolderFilter::kReported, HolderFilter::kAll}) {
    if (HolderFilterName(f) == name) return f;
  }
  return std::nullopt;
}

void ActorTally::Add(const ActorTally& o) {
  // The smallest non-empty name and type: the same whatever the order of adding.
  if (name.empty() || (!o.name.empty() && o.name < name)) name = o.name;
  if (type.empty() || (!o.type.empty() && o.type < type)) type = o.type;
  mentions += o.mentions;
  evaluated += o.evaluated;
  positive += o.positive;
  negative += o.negative;
}

double ActorTally::score() const {
  if (evaluated == 0) return 0;
  return (static_cast<double>(positive) - static_cast<double>(negative)) /
         static_cast<double>(evaluated);
}

std::string_view ActorTally::label(double cut) const {
  StanceRow row;
  row.evaluated = static_cast<int64_t>(evaluated);
  row.positive = static_cast<int64_t>(positive);
  row.negative = static_cast<int64_t>(negative);
  return row.label(cut);
}

bool operator==(const ActorTally& a, const ActorTally& b) {
  return a.name == b.name && a.type == b.type && a.mentions == b.mentions &&
         a.evaluated == b.evaluated && a.positive == b.positive && a.negative == b.negative;
}

void Tally::AddSentence(const SentenceAnalysis& a, const TallyOptions& options) {
  ++sentences;
  words += a.words;
  for (const Cue& c : a.cues) {
    const int who = c.holder == 0 ? 0 : 1;
    ++(c.kind == EntryKind::kHedge ? hedges : boosters)[who];
  }
  for (const Claim& c : a.claims) {
    ++claims;
    uncertain_claims += c.uncertain;
    if (c.level != Level::kNone) ++levels[static_cast<size_t>(c.level)];
    if (c.confidence != Confidence::kNone) ++confidence[static_cast<size_t>(c.confidence)];
    const HolderType type =
        c.holder < a.holders.size() ? a.holders[c.holder].type : HolderType::kAuthor;
    ++holder_types[static_cast<size_t>(type)];
  }
  if (!options.by_actor) return;
  for (const Mention& m : a.mentions) {
    ActorTally& t = actors[m.id];
    ActorTally seen;
    seen.name = m.name;
    seen.type = std::string(MentionTypeName(m.type));
    seen.mentions = 1;
    t.Add(seen);
  }
}

void TallyVisitor::Finish() {
  if (!options_.by_actor) return;
  for (const StanceRow& row : stance_.Rows()) {
    if (row.evaluated == 0 || !Selects(options_.holders, row.holder == "author" ? 0 : 1)) continue;
    ActorTally& t = tally_->actors[row.actor];
    if (t.name.empty()) t.name = row.name;  // evaluated but not named (never, in practice)
    t.evaluated += static_cast<uint64_t>(row.evaluated);
    t.positive += static_cast<uint64_t>(row.positive);
    t.negative += static_cast<uint64_t>(row.negative);
  }
  stance_ = StanceTally();
}

void Tally::Add(const Tally& o) {
  documents += o.documents;
  words += o.words;
  sentences += o.sentences;
  for (int i = 0; i < 2; ++i) {
    hedges[i] += o.hedges[i];
    boosters[i] += o.boosters[i];
  }
  claims += o.claims;
  uncertain_claims += o.uncertain_claims;
  for (size_t i = 0; i < levels.size(); ++i) levels[i] += o.levels[i];
  for (size_t i = 0; i < confidence.size(); ++i) confidence[i] += o.confidence[i];
  for (size_t i = 0; i < holder_types.size(); ++i) holder_types[i] += o.holder_types[i];
  for (const auto& [id, t] : o.actors) actors[id].Add(t);
}

bool operator==(const Tally& a, const Tally& b) {
  return a.documents == b.documents && a.words == b.words && a.sentences == b.sentences &&
         std::equal(a.hedges, a.hedges + 2, b.hedges) &&
         std::equal(a.boosters, a.boosters + 2, b.boosters) && a.claims == b.claims &&
         a.uncertain_claims == b.uncertain_claims && a.levels == b.levels &&
         a.confidence == b.confidence && a.holder_types == b.holder_types && a.actors == b.actors;
}

}  // namespace claimlens
