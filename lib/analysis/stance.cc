// Stance: evaluative words (lexicons/evaluative.tsv, valences on VADER's scale)
// shaped by general rules, as VADER does for sentiment and policy prose needs:
// negation and "far from" flip; degree words scale; a context word ("aggressive")
// intensifies the evaluation it modifies; after a contrast ("but", "however")
// a clause weighs more than before it; questions and conditions weaken. An
// evaluation attaches to the actor it is about: the subject or possessor of the
// evaluated phrase ("Ankara's buildup would destabilize the region"), the
// object of a verb of judgement ("critics condemned Moscow"), an actor in
// apposition ("Russia, a revisionist power"). With no actor it stays a
// claim-level evaluation. Not the target: a name inside a prepositional phrase
// ("the route through Russia"), the possessor of a relational noun ("France's
// most dependable partner" praises the partner). A possessive or subject
// pronoun that opens its clause ("Its bet", "They") stands for the previous
// subject. An indirect question ("whether X threatens Y") asserts nothing, and
// the subject of a verb of judgement holds its judgement.
#include "stance.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "cues.h"

namespace claimlens {
namespace {

// The factors are settings (settings.tsv), in hundredths.
double Factor(int percent) { return percent / 100.0; }
// Windows are settings too, counted in tokens.
uint32_t Window(int tokens) { return static_cast<uint32_t>(tokens); }

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

// Whether mention m stands in a prepositional phrase ("the route through
// Russia", "critics of NATO"): then it is neither subject nor possessor.
bool StanceRules::AfterPreposition(const TokenContext& ctx, const Mention& m) const {
  uint32_t k = m.begin;
  while (k > 0 && ctx.Has(k - 1, kDeterminer)) --k;
  return k > 0 && ctx.Has(k - 1, kPreposition);
}

// The subject of [b, e): its first actor that is not in a prepositional phrase
// and that `skip` does not exclude; a pronoun before any ("its bet", "they
// argue") stands for its antecedent: the subject of the sentence so far, or
// else of the sentence before (the subject is the likeliest antecedent).
std::string StanceRules::Subject(const TokenContext& ctx, const SentenceAnalysis& a, uint32_t b,
                                 uint32_t e, const Mention* skip) const {
  const auto& ms = a.mentions;
  size_t i = 0;
  while (i < ms.size() && ms[i].begin < b) ++i;
  // Past a preposition the words are a complement, not the subject: "the use
  // of force to determine Taiwan's future" is not about Taiwan.
  bool complement = false;
  for (uint32_t k = b; k < e; ++k) {
    if (k > b && ctx.Has(k, kPreposition)) complement = true;
    // Only a pronoun that opens the clause ("Its bet", "and their reasons",
    // "They might"): later ones more often stand for a nearer noun ("a buyer
    // ... try its luck"). "it" stands for things as often as for actors.
    const bool pronoun = ctx.Has(k, kOwner) ||
                         (ctx.Has(k, kThird) && ctx.Has(k, kPronoun) && !ctx.Has(k, kPersonal));
    if (pronoun && k <= b + 1) {
      if (b > 0) {
        const std::string before = Subject(ctx, a, 0, b, nullptr);
        if (!before.empty()) return before;
      }
      return antecedent_;
    }
    for (; i < ms.size() && ms[i].begin == k; ++i) {
      if (ms[i].end <= e && Counts(ms[i]) && &ms[i] != skip && !complement &&
          !AfterPreposition(ctx, ms[i]))
        return ms[i].id;
    }
  }
  return {};
}

// A relational noun ("France's most dependable partner", "its friends") is about
// the one who stands in the relation, never its possessor: an actor in
// apposition ("Chad, France's partner") or the subject of a copula ("Chad is
// France's partner"); else no actor.
std::string StanceRules::Related(const TokenContext& ctx, const SentenceAnalysis& a,
                                 const Evaluation& e, uint32_t start) const {
  // Where the relational phrase starts: at its possessor, a few words back.
  const Settings& set = lex_.settings;
  uint32_t np = e.begin;
  for (uint32_t k = e.begin; k-- > start && e.begin - k <= Window(set.stance_owner_window);) {
    if (ctx.tokens()[k].has(Token::kClitic) || ctx.Has(k, kOwner) || ctx.Has(k, kDeterminer)) {
      np = k;
      for (const Mention& m : a.mentions) {
        // "France" of "France's": the mention keeps its clitic in its tokens.
        if (m.begin < k && (m.end == k || m.end == k + 1) && ctx.tokens()[k].has(Token::kClitic))
          np = m.begin;
      }
      break;
    }
  }
  if (np == start && start > 1 && ctx.norm(start - 1) == ",") {
    for (const Mention& m : a.mentions) {
      if (m.end == start - 1 && Counts(m)) return m.id;
    }
  }
  for (uint32_t k = start; k < np; ++k) {
    if (ctx.Has(k, kBe)) return Subject(ctx, a, start, k, nullptr);
  }
  return {};
}

// The actor an evaluation is about (see the file comment), or "".
std::string StanceRules::Target(const TokenContext& ctx, const SentenceAnalysis& a,
                                const Evaluation& e) const {
  // Mentions come in text order: those starting in [b, e).
  auto in = [&](uint32_t b, uint32_t end) {
    const auto& ms = a.mentions;
    auto cmp = [](const Mention& m, uint32_t k) { return m.begin < k; };
    auto lo = std::lower_bound(ms.begin(), ms.end(), b, cmp);
    return std::make_pair(lo, std::lower_bound(lo, ms.end(), end, cmp));
  };
  const Settings& set = lex_.settings;
  if (e.object) {
    uint32_t last = e.end;
    while (last < ctx.size() && last < e.end + Window(set.stance_object_window) &&
           !ClauseBreak(ctx, last))
      ++last;
    const auto [lo, hi] = in(e.end, last);
    for (auto m = lo; m != hi; ++m) {
      if (Counts(*m)) return m->id;
    }
    return {};
  }
  // A relational noun ("France's most dependable partner", "its friends") is
  // about the one who stands in the relation, not its possessor.
  bool relation = false;
  for (uint32_t k = e.begin; k < e.end + Window(set.stance_noun_reach) && k < ctx.size() && !relation;
       ++k) {
    if (k >= e.end && (ClauseBreak(ctx, k) || ctx.Has(k, kPreposition) || ctx.Has(k, kDeterminer) ||
                       ctx.Has(k, kBe)))
      break;  // the noun the word modifies is not a relation ("hostile to its partners")
    relation = ctx.Has(k, kRelation);
  }
  // The phrase's possessor or modifier: a name right before it, across degree
  // words ("Russia's reckless war", "Chinese coercion", "G7 partners").
  uint32_t np = e.begin;
  while (np > 0 && e.begin - np < Window(set.stance_degree_run) &&
         (ctx.Has(np - 1, kDegreeUp) || ctx.Has(np - 1, kDegreeDown)))
    --np;
  const Mention* owner = nullptr;
  {
    const uint32_t reach = Window(set.stance_owner_window);
    const auto [lo, hi] = in(np >= reach ? np - reach : 0, np);
    for (auto m = lo; m != hi; ++m) {
      uint32_t end = m->end;
      while (end < np && ctx.tokens()[end].has(Token::kClitic)) ++end;
      // Not a name after a preposition ("made the route through Russia risky"),
      // unless it owns ("in Russia's war") or is a demonym ("against Chinese coercion").
      const bool modifies = end > m->end || m->how == "demonym" || !AfterPreposition(ctx, *m);
      if (end == np && Counts(*m) && modifies) owner = &*m;
    }
  }
  if (owner && !relation) return owner->id;
  const uint32_t start = clause_start_[e.begin];
  if (relation) return Related(ctx, a, e, start);
  // Apposition: "Russia, a revisionist power, ...".
  if (start > 1 && ctx.norm(start - 1) == "," && ctx.Has(start, kDeterminer) &&
      e.begin <= start + Window(set.stance_apposition_window)) {
    // The name before the comma: at most a subject's length.
    const uint32_t name = Window(set.subject_window);
    const auto [lo, hi] = in(start >= name ? start - name : 0, start);
    for (auto m = lo; m != hi; ++m) {
      if (m->end == start - 1 && Counts(*m)) return m->id;
    }
  }
  // The clause before the word: its subject (see Subject). A clause starts
  // after punctuation, a conjunction of contrast, a complementiser, or a verb
  // of saying or seeing ("views NATO's expansion as a threat": the threat is
  // NATO's expansion).
  std::string subject = Subject(ctx, a, start, np, nullptr);
  // After a contrast, a clause with no actor of its own goes on about the
  // subject of the clause before ("They might be wrong, but the bet is sound").
  if (subject.empty() && contrast_ > 1 && e.begin > static_cast<uint32_t>(contrast_) &&
      start >= static_cast<uint32_t>(contrast_) - 1) {
    const uint32_t comma = static_cast<uint32_t>(contrast_) - 1;
    subject = Subject(ctx, a, clause_start_[comma], comma, nullptr);
  }
  return subject;
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
  std::vector<bool>& taken = taken_;
  taken.assign(ctx.size(), false);
  for (const Cue& c : a->cues) {
    for (uint32_t k = c.begin; k < c.end && k < ctx.size(); ++k) taken[k] = true;
  }
  for (const Mention& m : a->mentions) {
    for (uint32_t k = m.begin; k < m.end && k < ctx.size(); ++k) taken[k] = true;
  }
  std::vector<bool>& topic = topic_;  // a topic word starts here
  topic.assign(ctx.size() + 2, false);
  for (const Match& m : a->matches) {
    const Entry& e = lex_.entries[m.entry];
    if (!m.part && e.kind == EntryKind::kEvaluation && e.cls == "topic" && m.begin < ctx.size())
      topic[m.begin] = true;
    if (m.part || e.kind != EntryKind::kEvaluation || e.cls == "topic" || taken[m.begin]) continue;
    if (!evaluations_.empty() && evaluations_.back().begin == m.begin) continue;  // longest first
    evaluations_.push_back({m.begin, m.end, e.valence, e.cls == "object", e.cls == "context"});
  }
  // A context word lends its strength to the evaluation it modifies
  // ("aggressive expansion"); alone it is its own ("an aggressive posture").
  // Before a topic word it grades an event, and evaluates no one ("its worst
  // defeat", "a stronger economy").
  for (size_t i = 0; i < evaluations_.size(); ++i) {
    Evaluation& e = evaluations_[i];
    if (!e.context) continue;
    const uint32_t reach = Window(lex_.settings.stance_noun_reach);
    bool before_topic = false;
    for (uint32_t k = e.end; k < e.end + reach && k < topic.size(); ++k) before_topic |= topic[k];
    if (before_topic) {
      e.valence = 0;
      continue;
    }
    if (i + 1 == evaluations_.size() || evaluations_[i + 1].begin > e.end + reach) continue;
    evaluations_[i + 1].valence *= Factor(lex_.settings.stance_degree_up);
    e.valence = 0;
  }
  // An indirect question asserts nothing ("whether its ambitions threaten
  // Seoul", "ask how far it will go"): from its opener to the clause's end.
  std::vector<bool>& asked = asked_;
  asked.assign(ctx.size(), false);
  for (uint32_t k = 0; k < ctx.size(); ++k) {
    const bool opens = ctx.Has(k, kQuestion) &&
                       (ctx.Has(k, kComplementizer) || (k > 0 && ctx.Has(k - 1, kInquiry)));
    if (opens) {
      for (uint32_t j = k; j < ctx.size() && !ClauseBreak(ctx, j); ++j) asked[j] = true;
    }
  }
  for (const Evaluation& e : evaluations_) {
    const double v = Modify(ctx, e);
    if (std::fabs(v) < Factor(lex_.settings.stance_threshold)) continue;
    // A verb of judgement is held by whoever holds its object: "Critics condemned
    // Moscow" is the critics' stance (the verb frames what follows for them).
    const uint32_t held_at =
        e.object && e.end < ctx.size() && !ClauseBreak(ctx, e.end) ? e.end : e.begin;
    uint16_t holder = held_at < holders.size() ? static_cast<uint16_t>(holders[held_at]) : 0;
    // Its subject holds a verb of judgement the claims read as the author's:
    // "Russian officials welcome Chinese money" is Russia's view of China.
    if (e.object && holder == 0) {
      const std::string judge = Subject(ctx, *a, clause_start_[e.begin], e.begin, nullptr);
      if (!judge.empty()) holder = AddHolder(judge, a);
    }
    Cue marker;
    marker.kind = EntryKind::kEvaluation;
    marker.cls = v > 0 ? CueClass::kPositive : CueClass::kNegative;
    marker.begin = e.begin;
    marker.end = e.end;
    marker.span = {ctx.tokens()[e.begin].span.start, ctx.tokens()[e.end - 1].span.end};
    marker.holder = holder;
    a->markers.push_back(marker);
    const std::string target = asked[e.begin] ? std::string() : Target(ctx, *a, e);
    for (size_t ci = 0; ci < a->claims.size(); ++ci) {
      Claim& c = a->claims[ci];
      if (e.begin < c.begin || e.begin >= c.end) continue;
      c.markers.push_back(static_cast<uint32_t>(a->markers.size() - 1));
      if (target.empty()) break;
      sums_.push_back({ci, target, holder, v, marker.span});
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
  // The next sentence's pronouns stand for this one's subject.
  const std::string subject = Subject(ctx, *a, 0, static_cast<uint32_t>(ctx.size()), nullptr);
  if (!subject.empty()) antecedent_ = subject;
}

uint16_t StanceRules::AddHolder(const std::string& actor, SentenceAnalysis* a) {
  for (size_t i = 0; i < a->holders.size(); ++i) {
    if (a->holders[i].type == HolderType::kActor && a->holders[i].id == actor)
      return static_cast<uint16_t>(i);
  }
  a->holders.push_back({HolderType::kActor, actor, {}, -1});
  return static_cast<uint16_t>(a->holders.size() - 1);
}

}  // namespace claimlens
