// Selecting cue candidates and building cues: degree, negation and spans.
#include "cues.h"

#include <algorithm>

namespace claimlens {

namespace cue_rules {

size_t FirstWord(const TokenContext& ctx) {
  size_t i = 0;
  while (i < ctx.size() && !Wordish(ctx, i)) ++i;
  return i;
}

size_t AfterDateline(const TokenContext& ctx) {
  const size_t first = FirstWord(ctx);
  // Capitals only, at least two letters: the dateline's city.
  auto upper = [&](size_t k) {
    const std::string_view t = ctx.text(k);
    return t.size() >= 2 && std::all_of(t.begin(), t.end(), [](char c) {
             return (c >= 'A' && c <= 'Z') || c == '.' || c == '\'' || c == '-';
           });
  };
  if (first >= ctx.size() || !upper(first)) return first;
  // Then more capitals, a country or state after a comma, an agency in brackets.
  bool bracket = false;
  for (size_t k = first + 1; k < ctx.size() && k < first + 12; ++k) {
    const std::string_view n = ctx.norm(k);
    if (IsDash(n) || (n == "-" && !bracket)) return k + 1 < ctx.size() ? k + 1 : first;
    if (n == "(" && !bracket) {
      bracket = true;
    } else if (n == ")" && bracket) {
      bracket = false;
    } else if (n != "," && !upper(k) && !Capitalised(ctx, k)) {
      return first;
    }
  }
  return first;
}

bool VerbModal(const TokenContext& ctx, size_t k) {
  return ctx.Has(k, kModal) && (!Capitalised(ctx, k) || k == FirstWord(ctx) || ctx.title_case());
}

bool Wordish(const TokenContext& ctx, size_t i) {
  if (i >= ctx.size()) return false;
  const TokenKind k = ctx.tokens()[i].kind;
  return k == TokenKind::kWord || k == TokenKind::kNumber;
}

bool IsQuote(const TokenContext& ctx, size_t k) {
  const std::string_view n = ctx.norm(k);
  return n == "\"" || n == "'";
}

bool Capitalised(const TokenContext& ctx, size_t i) {
  const std::string_view t = ctx.text(i);
  return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
}

bool AbbreviationPeriod(const TokenContext& ctx, size_t k) {
  const std::vector<Token>& t = ctx.tokens();
  return k > 0 && k + 1 < ctx.size() && t[k - 1].span.end == t[k].span.start &&
         t[k - 1].kind == TokenKind::kWord && Wordish(ctx, k + 1);
}

bool DateWord(const TokenContext& ctx, size_t k) { return ctx.Has(k, kDay) || ctx.Has(k, kMonth); }

std::string Phrase(const TokenContext& ctx, uint32_t begin, uint32_t end) {
  std::string s;
  for (uint32_t k = begin; k < end; ++k) {
    if (k > begin) s += ' ';
    s += ctx.text(k);
  }
  return s;
}

}  // namespace cue_rules

void CueRules::Run(const TokenContext& ctx, int year, const std::vector<Match>& matches,
                   std::vector<Cue>* cues, std::vector<Cue>* markers,
                   std::vector<Dropped>* dropped) {
  markers_.clear();
  Select(matches);
  ApplyContext(ctx, year);
  Govern(ctx);
  if (explain_) {
    for (const Candidate& c : candidates_) {
      if (!c.keep) dropped->push_back({c.match.begin, c.match.end, c.match.entry, c.reason});
    }
  }
  Build(ctx, cues);
  const auto& toks = ctx.tokens();
  for (Cue& m : markers_) {
    m.span = {toks[m.begin].span.start, toks[m.end - 1].span.end};
    markers->push_back(std::move(m));
  }
}

void CueRules::Drop(Candidate& c, std::string_view why, const std::string& detail) const {
  c.keep = false;
  if (!explain_) return;
  c.reason = std::string(why);
  if (!detail.empty()) c.reason += " " + detail;
}

// Leftmost-longest over hedges and boosters together: "almost certainly" beats
// "almost", "it is not clear whether" beats "clear".
void CueRules::Select(const std::vector<Match>& matches) {
  candidates_.clear();
  uint32_t covered = 0;
  for (const Match& m : matches) {
    if (m.part) continue;
    const EntryKind k = lex_.entries[m.entry].kind;
    if (k != EntryKind::kHedge && k != EntryKind::kBooster && k != EntryKind::kRecommendation &&
        k != EntryKind::kIgnore) {
      continue;
    }
    if (m.begin < covered) continue;
    // A recommendation phrase ("would do well to") or an idiom ("as soon as
    // possible") that wins is no cue; it is kept only to block the cue word inside
    // it. A single "should" or "must" never blocks.
    if (k == EntryKind::kRecommendation && m.end - m.begin < 2) continue;
    candidates_.push_back({m, true, {}});
    if (k == EntryKind::kRecommendation || k == EntryKind::kIgnore) {
      Drop(candidates_.back(), k == EntryKind::kIgnore ? "an idiom" : "a recommendation",
           explain_ ? "('" + lex_.entries[m.entry].phrase + "')" : std::string());
    }
    covered = m.end;
  }
}

// Negation, NegEx-style: a trigger before the cue within its forward reach and
// the clause ("it is not likely"), or one right after it within its backward
// reach, over the verb group only ("probably will not").
void CueRules::Negate(const TokenContext& ctx, const std::vector<bool>& in_cue, Cue* cue) const {
  const std::vector<Trigger>& triggers = ctx.negations();
  const Trigger* hit = nullptr;
  bool before = false;
  for (uint32_t gap = 0; gap <= cue->begin && gap <= kMaxTriggerReach && hit == nullptr; ++gap) {
    const int ti = ctx.NegationEndingAt(cue->begin - gap);
    if (ti < 0) continue;
    const Trigger& t = triggers[static_cast<size_t>(ti)];
    if (in_cue[t.begin] || gap > t.forward) continue;
    // Outside a verb group, "not" negates a phrase, not the verb after it:
    // in "units not under its command may defect", "may" stands.
    const bool verb_group = t.begin > 0 && (ctx.Has(t.begin - 1, kAuxiliary) ||
                                            ctx.Has(t.begin - 1, kModal) ||
                                            ctx.Has(t.begin - 1, kBe));
    if (ctx.Has(cue->begin, kModal) && ctx.norm(t.begin) == "not" && !verb_group &&
        t.begin != cue_rules::FirstWord(ctx))
      continue;
    bool open = true;
    for (uint32_t k = t.end; k < cue->begin && open; ++k) {
      open = !ctx.Has(k, kClause) && !ctx.Has(k, kTerminator) && !ctx.Has(k, kReporting) &&
             !ctx.Has(k, kComplementizer);
    }
    if (open) {
      hit = &t;
      before = true;
    }
  }
  for (uint32_t k = cue->end; k <= cue->end + kMaxTriggerReach && k < ctx.size() && hit == nullptr;
       ++k) {
    const int ti = ctx.NegationStartingAt(k);
    if (ti >= 0 && !in_cue[k] && k - cue->end <= triggers[static_cast<size_t>(ti)].backward) {
      hit = &triggers[static_cast<size_t>(ti)];
    }
    // The verb group: "probably will not", "probably was not".
    if (!ctx.Has(k, kAuxiliary) && !ctx.Has(k, kModal) && !ctx.Has(k, kBe)) break;
  }
  if (hit == nullptr) return;
  const bool doubt = cue->kind == EntryKind::kHedge && cue->cls == CueClass::kUncertainty;
  cue->negated = true;
  const auto& toks = ctx.tokens();
  cue->negation = {toks[hit->begin].span.start, toks[hit->end - 1].span.end};
  cue->level = Mirror(cue->level);
  if (explain_) {
    if (!cue->rule.empty()) cue->rule += "; ";
    cue->rule += "negated by '" + std::string(ctx.text(hit->begin)) + "'";
  }
  if (before && cue->kind == EntryKind::kBooster &&
      (cue->cls == CueClass::kCertainty || cue->cls == CueClass::kEmphatic ||
       cue->cls == CueClass::kEvidential)) {
    cue->kind = EntryKind::kHedge;  // "not certain", "no clear evidence": uncertainty
    cue->cls = CueClass::kUncertainty;
    if (explain_) cue->rule += " (a negated certainty is a hedge)";
  }
  // "It is not possible that the rebels staged it": a negated possibility is a
  // categorical judgement that it is (almost) certainly false.
  bool possibility = false;
  for (uint32_t k = cue->begin; k < cue->end; ++k) possibility |= ctx.Has(k, kPossible);
  if (before && cue->kind == EntryKind::kHedge && cue->level == Level::kNone && possibility) {
    cue->kind = EntryKind::kBooster;
    cue->cls = CueClass::kCertainty;
    cue->level = Level::kAlmostNoChance;
    if (explain_) cue->rule += " (a negated possibility is categorical)";
  }
  // "Nobody doubts that", "it is not unclear": a negated doubt is a certainty.
  if (before && doubt && cue->kind == EntryKind::kHedge) {
    cue->kind = EntryKind::kBooster;
    cue->cls = CueClass::kCertainty;
    if (explain_) cue->rule += " (a negated doubt is a certainty)";
  }
}

void CueRules::Build(const TokenContext& ctx, std::vector<Cue>* cues) {
  std::vector<bool>& in_cue = in_cue_;
  in_cue.assign(ctx.size(), false);
  for (const Candidate& c : candidates_) {
    if (!c.keep) continue;
    for (uint32_t k = c.match.begin; k < c.match.end; ++k) in_cue[k] = true;
  }
  const auto& toks = ctx.tokens();
  for (const Candidate& c : candidates_) {
    if (!c.keep) continue;
    const Entry& e = entry(c);
    Cue cue;
    cue.kind = e.kind;
    cue.begin = c.match.begin;
    cue.end = c.match.end;
    cue.entry = c.match.entry;
    cue.cls = e.cue_class;
    cue.level = e.level;
    cue.confidence = e.confidence;

    // A negation inside the phrase ("probably not", "couldn't") is already in its
    // level. An approximator's "no" ("almost no demand") is part of the quantity.
    for (uint32_t k = cue.begin; k < cue.end && cue.cls != CueClass::kApproximator; ++k) {
      const int t = ctx.NegationStartingAt(k);
      if (t >= 0 && ctx.negations()[static_cast<size_t>(t)].end <= cue.end) cue.negated = true;
    }

    // Degree words shift a level: "very probably" is very_likely.
    if (cue.level != Level::kNone && cue.begin > 0 && !in_cue[cue.begin - 1] &&
        (ctx.Has(cue.begin - 1, kDegreeUp) || ctx.Has(cue.begin - 1, kDegreeDown))) {
      cue.level = ctx.Has(cue.begin - 1, kDegreeUp) ? Intensify(cue.level) : Soften(cue.level);
      --cue.begin;
      if (explain_) cue.rule = "degree '" + std::string(ctx.text(cue.begin)) + "'";
    }

    if (!cue.negated) Negate(ctx, in_cue, &cue);

    cue.span = {toks[cue.begin].span.start, toks[cue.end - 1].span.end};
    for (uint32_t k = cue.begin; k < cue.end; ++k) {
      if (k > cue.begin) cue.phrase += ' ';
      cue.phrase += ctx.norm(k);
    }
    cues->push_back(std::move(cue));
  }
}

}  // namespace claimlens
