// Stance: evaluative words (lexicons/evaluative.tsv, valences on VADER's scale)
// shaped by general rules, as VADER does for sentiment and policy prose needs:
// negation and "far from" flip; degree words scale; a context word ("aggressive")
// intensifies the evaluation it modifies; after a contrast ("but", "however")
// a clause weighs more than before it; questions and conditions weaken. An
// evaluation attaches to the actor it is about: the subject or possessor of the
// evaluated phrase ("Ankara's buildup would destabilize the region"), the
// object of a verb of judgement ("critics condemned Moscow"), an actor in
// apposition ("Russia, a revisionist power"). With no actor it stays a
// claim-level evaluation.
#include "stance.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "cues.h"

namespace claimlens {
namespace {

// The factors are settings (settings.tsv), in hundredths.
double Factor(int percent) { return percent / 100.0; }

bool ClauseBreak(const TokenContext& ctx, size_t k) {
  return ctx.Has(k, kClause) || ctx.Has(k, kTerminator);
}

bool Counts(const Mention& m) {
  return m.type != MentionType::kPlace && m.type != MentionType::kRegion;
}

}  // namespace

double StanceRules::Modify(const TokenContext& ctx, const Evaluation& e) const {
  const Settings& set = lex_.settings;
  double v = e.valence;
  if (e.begin > 0 && ctx.Has(e.begin - 1, kDegreeUp)) v *= Factor(set.stance_degree_up);
  if (e.begin > 0 && ctx.Has(e.begin - 1, kDegreeDown)) v *= Factor(set.stance_degree_down);
  // Negation: a trigger shortly before, in the clause ("not a reliable partner",
  // "far from a stabilizing force").
  for (uint32_t gap = 0; gap <= kMaxTriggerReach && gap <= e.begin; ++gap) {
    const int ti = ctx.NegationEndingAt(e.begin - gap);
    if (ti >= 0) {
      if (gap <= ctx.negations()[static_cast<size_t>(ti)].forward) v = -v;
      break;
    }
    if (gap > 0 && ClauseBreak(ctx, e.begin - gap)) break;
  }
  // Contrast: "X has merits, but it would inflame tensions".
  if (contrast_ >= 0) {
    v *= Factor(e.begin > static_cast<uint32_t>(contrast_) ? set.stance_after_contrast
                                                           : set.stance_before_contrast);
  }
  if (ctx.size() > 0 && ctx.norm(ctx.size() - 1) == "?") v *= Factor(set.stance_weakened);
  if (conditional_[e.begin]) v *= Factor(set.stance_weakened);
  return v;
}

// The actor an evaluation is about (see the file comment), or null.
const Mention* StanceRules::Target(const TokenContext& ctx, const SentenceAnalysis& a,
                                   const Evaluation& e) const {
  // Mentions come in text order: those starting in [b, e).
  auto in = [&](uint32_t b, uint32_t end) {
    const auto& ms = a.mentions;
    auto cmp = [](const Mention& m, uint32_t k) { return m.begin < k; };
    auto lo = std::lower_bound(ms.begin(), ms.end(), b, cmp);
    return std::make_pair(lo, std::lower_bound(lo, ms.end(), end, cmp));
  };
  // A name right before the word modifies or owns it: "Russia's reckless war",
  // "Chinese coercion", "G7 partners".
  if (!e.object) {
    const uint32_t from = e.begin >= 4 ? e.begin - 4 : 0;
    const auto [lo, hi] = in(from, e.begin);
    for (auto m = lo; m != hi; ++m) {
      uint32_t end = m->end;
      while (end < e.begin && ctx.tokens()[end].has(Token::kClitic)) ++end;
      if (end == e.begin && Counts(*m)) return &*m;
    }
  }
  if (e.object) {
    uint32_t last = e.end;
    while (last < ctx.size() && last < e.end + 4 && !ClauseBreak(ctx, last)) ++last;
    const auto [lo, hi] = in(e.end, last);
    for (auto m = lo; m != hi; ++m) {
      if (Counts(*m)) return &*m;
    }
    return nullptr;
  }
  // The clause before the word: its first actor is the subject's head or its
  // possessor. A clause starts after punctuation, a conjunction of contrast, a
  // complementiser, or a verb of saying or seeing ("views NATO's expansion as a
  // threat": the threat is NATO's expansion).
  const uint32_t start = clause_start_[e.begin];
  {
    const auto [lo, hi] = in(start, e.begin);
    for (auto m = lo; m != hi; ++m) {
      if (m->end <= e.begin && Counts(*m)) return &*m;
    }
  }
  // Apposition: "Russia, a revisionist power, ...".
  if (start > 1 && ctx.norm(start - 1) == "," && ctx.Has(start, kDeterminer) &&
      e.begin <= start + 4) {
    const auto [lo, hi] = in(start >= 6 ? start - 6 : 0, start);
    for (auto m = lo; m != hi; ++m) {
      if (m->end == start - 1 && Counts(*m)) return &*m;
    }
  }
  return nullptr;
}

void StanceRules::Run(const TokenContext& ctx, const std::vector<int>& holders,
                      SentenceAnalysis* a) {
  evaluations_.clear();
  sums_.clear();
  contrast_ = -1;
  for (size_t k = 1; k < ctx.size() && contrast_ < 0; ++k) {
    if (ctx.Has(k, kContrast) && (ctx.norm(k - 1) == "," || ctx.norm(k - 1) == ";"))
      contrast_ = static_cast<int>(k);
  }
  // Where each token's clause starts for the rules above: after punctuation, a
  // contrast, a complementiser, or a verb of saying or seeing.
  clause_start_.assign(ctx.size() + 1, 0);
  for (uint32_t k = 1; k <= ctx.size(); ++k) {
    const uint32_t j = k - 1;
    const bool stop = ClauseBreak(ctx, j) || ctx.Has(j, kComplementizer) ||
                      ctx.Has(j, kReporting) || ctx.Has(j, kBelief);
    clause_start_[k] = stop ? k : clause_start_[j];
  }
  conditional_.assign(ctx.size(), false);
  for (const Claim& c : a->claims) {
    if (!c.conditional) continue;
    for (uint32_t k = c.begin; k < c.end; ++k) {
      const Span t = ctx.tokens()[k].span;
      conditional_[k] = t.start >= c.condition.start && t.start < c.condition.end;
    }
  }
  // Words inside cues and names are not evaluations ("Free Syrian Army").
  std::vector<bool> taken(ctx.size(), false);
  for (const Cue& c : a->cues) {
    for (uint32_t k = c.begin; k < c.end && k < ctx.size(); ++k) taken[k] = true;
  }
  for (const Mention& m : a->mentions) {
    for (uint32_t k = m.begin; k < m.end && k < ctx.size(); ++k) taken[k] = true;
  }
  for (const Match& m : a->matches) {
    const Entry& e = lex_.entries[m.entry];
    if (m.part || e.kind != EntryKind::kEvaluation || e.cls == "topic" || taken[m.begin]) continue;
    if (!evaluations_.empty() && evaluations_.back().begin == m.begin) continue;  // longest first
    evaluations_.push_back({m.begin, m.end, e.valence, e.cls == "object", e.cls == "context"});
  }
  // A context word lends its strength to the evaluation it modifies
  // ("aggressive expansion"); alone it is its own ("an aggressive posture").
  for (size_t i = 0; i + 1 < evaluations_.size(); ++i) {
    Evaluation& e = evaluations_[i];
    if (!e.context || evaluations_[i + 1].begin > e.end + 2) continue;
    evaluations_[i + 1].valence *= Factor(lex_.settings.stance_degree_up);
    e.valence = 0;
  }
  for (const Evaluation& e : evaluations_) {
    const double v = Modify(ctx, e);
    if (std::fabs(v) < Factor(lex_.settings.stance_threshold)) continue;
    const uint16_t holder = e.begin < holders.size() ? static_cast<uint16_t>(holders[e.begin]) : 0;
    Cue marker;
    marker.kind = EntryKind::kEvaluation;
    marker.cls = v > 0 ? "positive" : "negative";
    marker.begin = e.begin;
    marker.end = e.end;
    marker.span = {ctx.tokens()[e.begin].span.start, ctx.tokens()[e.end - 1].span.end};
    marker.holder = holder;
    a->markers.push_back(marker);
    const Mention* target = Target(ctx, *a, e);
    for (size_t ci = 0; ci < a->claims.size(); ++ci) {
      Claim& c = a->claims[ci];
      if (e.begin < c.begin || e.begin >= c.end) continue;
      c.markers.push_back(static_cast<uint32_t>(a->markers.size() - 1));
      if (target == nullptr) break;
      sums_.push_back({ci, target->id, holder, v, marker.span});
      break;
    }
  }
  // One item an actor and holder a claim: the evaluations summed (a claim
  // that praises and blames an actor equally is mixed, polarity 0).
  std::stable_sort(sums_.begin(), sums_.end(), [](const Sum& x, const Sum& y) {
    return std::tie(x.claim, x.actor, x.holder) < std::tie(y.claim, y.actor, y.holder);
  });
  for (size_t i = 0; i < sums_.size();) {
    const Sum& s = sums_[i];
    double total = 0;
    size_t j = i;
    for (; j < sums_.size() && sums_[j].claim == s.claim && sums_[j].actor == s.actor &&
           sums_[j].holder == s.holder;
         ++j)
      total += sums_[j].valence;
    const double least = Factor(lex_.settings.stance_threshold);
    const int polarity = total >= least ? 1 : total <= -least ? -1 : 0;
    a->claims[s.claim].stance.push_back({s.actor, polarity, s.cue, s.holder});
    i = j;
  }
}

}  // namespace claimlens
