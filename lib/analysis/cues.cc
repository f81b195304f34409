#include "cues.h"

#include <algorithm>

namespace claimlens {
namespace {

bool IsModalWord(std::string_view n) {
  return n == "may" || n == "might" || n == "will" || n == "would" || n == "could" ||
         n == "should" || n == "must" || n == "can" || n == "shall";
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// A year before 2020, read as the past ("in 1990 it could still buy oil").
bool IsPastYear(std::string_view n) {
  if (n.size() != 4) return false;
  for (char c : n) {
    if (c < '0' || c > '9') return false;
  }
  const int year = std::stoi(std::string(n));
  return year >= 1900 && year < 2020;
}

// Where the words of the sentence start (after opening quotes or brackets).
size_t FirstWord(const TokenContext& ctx) {
  size_t i = 0;
  while (i < ctx.size() && ctx.tokens()[i].kind != TokenKind::kWord &&
         ctx.tokens()[i].kind != TokenKind::kNumber)
    ++i;
  return i;
}

bool Wordish(const TokenContext& ctx, size_t i) {
  if (i >= ctx.size()) return false;
  const TokenKind k = ctx.tokens()[i].kind;
  return k == TokenKind::kWord || k == TokenKind::kNumber;
}

// Verb-group filler: may stand between a modal and the word that governs it.
bool Filler(const TokenContext& ctx, size_t i) {
  return ctx.Has(i, kAuxiliary) || ctx.Has(i, kDegreeUp) || ctx.Has(i, kDegreeDown) ||
         (Wordish(ctx, i) && EndsWith(ctx.norm(i), "ly")) || IsModalWord(ctx.norm(i));
}

// A reporting verb in a past tense ("said", "announced", "had warned"), whose
// "would" is reported speech's tense. The present perfect ("has argued that a pact
// would ...") reports the source's own hypothetical, which stays a hedge.
bool PastReporting(const TokenContext& ctx, size_t j) {
  if (!EndsWith(ctx.norm(j), "ed") && !ctx.Has(j, kPastForm)) return false;
  for (size_t k = j; k-- > 0 && j - k <= 2;) {
    const std::string_view n = ctx.norm(k);
    if (n == "has" || n == "have" || n == "'ve") return false;
  }
  return true;
}

// The text of a match's tokens, for messages.
std::string Phrase(const TokenContext& ctx, const Match& m) {
  std::string s;
  for (uint32_t k = m.begin; k < m.end; ++k) {
    if (k > m.begin) s += ' ';
    s += ctx.text(k);
  }
  return s;
}

// The word after token i, skipping a parenthetical (", however,").
size_t NextWord(const TokenContext& ctx, size_t i) {
  size_t next = i + 1;
  if (next < ctx.size() && ctx.norm(next) == ",") {
    for (size_t k = next + 1; k < ctx.size() && k <= next + 4; ++k) {
      if (ctx.norm(k) == ",") return k + 1;
    }
  }
  return next;
}

// A person as subject: he, she, who, or a collective of people ("officials").
bool PersonalSubject(const TokenContext& ctx, size_t j) {
  const std::string_view n = ctx.norm(j);
  return n == "he" || n == "she" || n == "who" || ctx.Has(j, kAgent) || ctx.Has(j, kRole);
}

}  // namespace

void CueRules::Run(const TokenContext& ctx, const std::vector<Match>& matches,
                   std::vector<Cue>* cues, std::vector<Dropped>* dropped) {
  Select(matches);
  ApplyContext(ctx);
  Govern(ctx);
  for (const Candidate& c : candidates_) {
    if (!c.keep) dropped->push_back({c.match.begin, c.match.end, c.match.entry, c.reason});
  }
  Build(ctx, cues);
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
      candidates_.back().keep = false;
      candidates_.back().reason =
          std::string(k == EntryKind::kIgnore ? "an idiom" : "a recommendation") + " ('" +
          lex_.entries[m.entry].phrase + "')";
    }
    covered = m.end;
  }
}

void CueRules::ApplyContext(const TokenContext& ctx) {
  const size_t first = FirstWord(ctx);
  int past_setting = -1;  // whether the sentence is set in the past; -1: not yet known
  std::vector<bool> reporting(ctx.size(), false);
  for (size_t i = 0; i < ctx.size(); ++i) reporting[i] = ctx.Has(i, kReporting);

  for (Candidate& c : candidates_) {
    const Entry& e = entry(c);
    if (!c.keep) continue;
    const size_t i = c.match.begin;
    const std::string_view n = ctx.norm(i);
    const size_t next = i + 1;
    auto drop = [&](std::string why) {
      c.keep = false;
      c.reason = std::move(why);
    };

    // "should" with a verb of outcome is epistemic ("the vote should pass") unless
    // its subject is an agent: then it is a recommendation ("NATO should hold").
    if (n == "should" && e.kind == EntryKind::kHedge) {
      const bool subject_follows =
          ctx.Has(next, kDeterminer) ||
          (!ctx.text(next).empty() && IsUpperAscii(ctx.text(next)[0]) && ctx.norm(next) != "i");
      if (i == first || subject_follows) {
        drop("a condition here (inverted: 'should talks fail')");
        continue;
      }
      const size_t p = i - 1;
      const bool proper = !ctx.text(p).empty() && IsUpperAscii(ctx.text(p)[0]);
      const bool passive =
          ctx.norm(next) == "be" && next + 1 < ctx.size() &&
          (EndsWith(ctx.norm(next + 1), "ed") || EndsWith(ctx.norm(next + 1), "en"));
      if (ctx.Has(p, kPronoun) || ctx.Has(p, kAgent) || ctx.Has(p, kRole) || proper || passive) {
        drop("a recommendation here (deontic 'should')");
        continue;
      }
    }

    // "must be consulted" is an obligation; "must be a mistake", "must have known" infer.
    if (n == "must" && c.match.end - i == 2 && ctx.norm(next) == "be" && c.match.end < ctx.size() &&
        (EndsWith(ctx.norm(c.match.end), "ed") || EndsWith(ctx.norm(c.match.end), "en"))) {
      drop("an obligation here ('must be' with a participle)");
      continue;
    }

    if (c.match.end - i != 1) continue;  // the rules below read single words

    // A reporting verb with a personal subject ("he has indicated", "officials
    // suggested") reports a view; it is not the writer's evidential hedge.
    if (e.kind == EntryKind::kHedge && e.cls == "evidential" && ctx.Has(i, kReporting)) {
      size_t j = i;
      while (j > 0 && ctx.Has(j - 1, kAuxiliary)) --j;
      if (j > 0 && PersonalSubject(ctx, j - 1)) {
        drop("a reporting verb here (its subject is '" + std::string(ctx.text(j - 1)) + "')");
        continue;
      }
      reporting[i] = false;  // the data suggest: evidential, not reported speech
    }

    // "has said clearly that": a manner adverb of the reporting verb, not a booster.
    if (e.kind == EntryKind::kBooster && e.cls == "emphatic" && i > 0 && reporting[i - 1]) {
      drop("a manner adverb here (after '" + std::string(ctx.text(i - 1)) + "')");
      continue;
    }

    if (IsModalWord(n)) {
      const size_t next = NextWord(ctx, i);
      const bool capital = !ctx.text(i).empty() && IsUpperAscii(ctx.text(i)[0]);
      if (capital && i > first && ctx.norm(i - 1) != ":" && ctx.norm(i - 1) != "\"") {
        drop("a name or a month here (capitalised inside the sentence)");
        continue;
      }
      if (next >= ctx.size() || !Wordish(ctx, next)) {
        drop("not a modal here (no verb follows)");
        continue;
      }
      if (ctx.tokens()[next].kind == TokenKind::kNumber) {
        drop("a month here (a number follows)");
        continue;
      }
      if (ctx.Has(next, kPreposition) || ctx.Has(next, kConjunction) || ctx.Has(next, kFinite)) {
        drop("a noun here ('" + std::string(ctx.text(next)) + "' follows)");
        continue;
      }
      if (i > 0 && (ctx.Has(i - 1, kDeterminer) || ctx.Has(i - 1, kPreposition))) {
        drop("a noun here (after '" + std::string(ctx.text(i - 1)) + "')");
        continue;
      }
    }

    // In a sentence set in the past, "could" is ability and "would" narrates
    // ("In 1983 he would have his first title fight"); "could have" and "would
    // have" stay hypothetical.
    if ((n == "could" || n == "would") && ctx.norm(next) != "have") {
      if (past_setting < 0) {  // worked out once a sentence, when first needed
        bool past = ctx.AnyInSentence(kPastTime);
        for (size_t k = 0; k + 1 < ctx.size() && !past; ++k) {
          past = ctx.Has(k, kPreposition) && IsPastYear(ctx.norm(k + 1));
        }
        past_setting = past;
      }
      if (past_setting == 1) {
        drop(n == "could" ? "past ability (the sentence is set in the past)"
                          : "narrative past (the sentence is set in the past)");
        continue;
      }
    }

    if (n == "would" || n == "will") {
      // "The ministry said it would hold a drill": the tense of reported speech,
      // not a prediction. "She says she will resign": reported intent.
      bool reported = false;
      std::string verb;
      for (size_t j = i; j-- > 0 && i - j <= 15;) {
        if (ctx.Has(j, kTerminator) || ctx.norm(j) == ";") break;
        if (!reporting[j]) continue;
        const bool subject_then_modal = i - j <= 3 && i >= 1 && ctx.Has(i - 1, kPronoun);
        reported = n == "would" ? PastReporting(ctx, j) : subject_then_modal;
        verb = std::string(ctx.text(j));
        break;
      }
      if (reported) {
        drop(n == "would" ? "tense of reported speech (after '" + verb + "')"
                          : "reported intent (after '" + verb + "')");
        continue;
      }
    }

    if (n == "potential" &&
        (!Wordish(ctx, next) || ctx.Has(next, kPreposition) || ctx.Has(next, kConjunction) ||
         ctx.Has(next, kDeterminer) || ctx.Has(next, kAuxiliary) || ctx.Has(next, kFinite))) {
      drop("the noun 'potential'");
      continue;
    }
  }
}

// One cue per verb group: the estimative word governs its modal ("would likely",
// "will almost certainly", "probably never will" are each one cue).
void CueRules::Govern(const TokenContext& ctx) {
  auto modal = [&](const Candidate& c) {
    const Entry& e = entry(c);
    return c.match.end - c.match.begin == 1 &&
           (e.cls == "modal" ||
            (e.kind == EntryKind::kBooster && (e.cls == "prediction" || e.cls == "inference")));
  };
  auto governs = [&](const Candidate& c) {
    const Entry& e = entry(c);
    return !modal(c) && (e.cls == "probability" || e.cls == "estimative" || e.cls == "certainty");
  };
  // Only neighbours can share a verb group: look at candidates within three tokens.
  for (size_t i = 0; i < candidates_.size(); ++i) {
    Candidate& m = candidates_[i];
    if (!m.keep || !modal(m)) continue;
    auto try_governor = [&](const Candidate& g) {
      if (!g.keep || !governs(g)) return false;
      const uint32_t from = g.match.begin > m.match.begin ? m.match.end : g.match.end;
      const uint32_t to = g.match.begin > m.match.begin ? g.match.begin : m.match.begin;
      if (to < from || to - from > 3) return false;
      for (uint32_t k = from; k < to; ++k) {
        if (!ctx.InNegation(k) && !Filler(ctx, k)) return false;
      }
      m.keep = false;
      m.reason = "governed by '" + Phrase(ctx, g.match) + "' in the same verb group";
      return true;
    };
    bool governed = false;
    for (size_t j = i; j-- > 0 && candidates_[j].match.end + 3 >= m.match.begin && !governed;) {
      governed = try_governor(candidates_[j]);
    }
    for (size_t j = i + 1;
         j < candidates_.size() && candidates_[j].match.begin <= m.match.end + 3 && !governed;
         ++j) {
      governed = try_governor(candidates_[j]);
    }
  }
  // A prediction inside the clause an estimate introduces is that estimate's
  // content: in "we assess that Russia will", "likely that Moscow will", "unclear
  // whether Tokyo will", "No doubt Beijing will", "will" is not a second cue.
  // Nor is it the writer's own prediction in an indirect question ("how far
  // Europe will get is another matter").
  const size_t first = FirstWord(ctx);
  for (Candidate& m : candidates_) {
    if (!m.keep || !modal(m) || entry(m).cls != "prediction") continue;
    for (uint32_t k = m.match.begin; k-- > 0 && m.match.begin - k <= 6;) {
      const std::string_view w = ctx.norm(k);
      if (ctx.Has(k, kClause) || ctx.Has(k, kTerminator) || w == ";") break;
      if (w == "whether" || w == "how" || w == "what" || w == "when" || w == "why") {
        m.keep = false;
        m.reason = "an indirect question ('" + std::string(ctx.text(k)) + "'), not a prediction";
        break;
      }
    }
    if (!m.keep) continue;
    const size_t mi = static_cast<size_t>(&m - candidates_.data());
    for (size_t gi = mi; gi-- > 0 && candidates_[gi].match.end + 15 >= m.match.begin;) {
      const Candidate& g = candidates_[gi];
      const std::string& cls = entry(g).cls;
      if (!g.keep || g.match.end > m.match.begin || m.match.begin - g.match.end > 15 || modal(g) ||
          (cls != "estimative" && cls != "probability" && cls != "uncertainty" &&
           cls != "evidential" && cls != "certainty")) {
        continue;
      }
      const bool opener = g.match.begin == first && cls != "evidential";  // "No doubt X will"
      bool complement = opener, open = true;
      for (uint32_t k = g.match.end > 0 ? g.match.end - 1 : 0; k < m.match.begin && open; ++k) {
        const std::string_view w = ctx.norm(k);
        complement |= w == "that" || w == "whether" || w == "if";
        open = !ctx.Has(k, kTerminator) && w != ";" && w != ".";
      }
      if (complement && open) {
        m.keep = false;
        m.reason = "inside the clause of '" + Phrase(ctx, g.match) + "'";
        break;
      }
    }
  }
}

void CueRules::Build(const TokenContext& ctx, std::vector<Cue>* cues) {
  std::vector<bool> in_cue(ctx.size(), false);
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
    cue.cls = e.cls;
    cue.level = e.level;

    // A negation inside the phrase ("probably not", "couldn't") is already in its
    // level. An approximator's "no" ("almost no demand") is part of the quantity.
    for (uint32_t k = cue.begin; k < cue.end && cue.cls != "approximator"; ++k) {
      const int t = ctx.NegationStartingAt(k);
      if (t >= 0 && ctx.negations()[static_cast<size_t>(t)].end <= cue.end) cue.negated = true;
    }

    // Degree words shift a level: "very probably" is very_likely.
    if (cue.level != Level::kNone && cue.begin > 0 && !in_cue[cue.begin - 1] &&
        (ctx.Has(cue.begin - 1, kDegreeUp) || ctx.Has(cue.begin - 1, kDegreeDown))) {
      cue.level = ctx.Has(cue.begin - 1, kDegreeUp) ? Intensify(cue.level) : Soften(cue.level);
      --cue.begin;
      cue.rule = "degree '" + std::string(ctx.text(cue.begin)) + "'";
    }

    // Negation, NegEx-style: a trigger shortly before, within the clause ("it is
    // not likely"), or right after, within the verb group ("probably will not").
    if (!cue.negated) {
      const Trigger* hit = nullptr;
      bool before = false;
      // Before: a trigger that ends at most four tokens ahead of the cue.
      for (uint32_t gap = 0; gap <= 4 && gap <= cue.begin && hit == nullptr; ++gap) {
        const int ti = ctx.NegationEndingAt(cue.begin - gap);
        if (ti < 0) continue;
        const Trigger& t = ctx.negations()[static_cast<size_t>(ti)];
        if (in_cue[t.begin]) continue;
        bool open = true;
        for (uint32_t k = t.end; k < cue.begin && open; ++k) {
          const std::string_view n = ctx.norm(k);
          open = !ctx.Has(k, kClause) && !ctx.Has(k, kTerminator) && !ctx.Has(k, kReporting) &&
                 n != "that" && n != "whether" && n != "if";
        }
        if (open) {
          hit = &t;
          before = true;
        }
      }
      // After: one that starts within two tokens, across auxiliaries only.
      for (uint32_t k = cue.end; k <= cue.end + 2 && k < ctx.size() && hit == nullptr; ++k) {
        const int ti = ctx.NegationStartingAt(k);
        if (ti >= 0 && !in_cue[k]) hit = &ctx.negations()[static_cast<size_t>(ti)];
        if (!ctx.Has(k, kAuxiliary) && !IsModalWord(ctx.norm(k))) break;
      }
      if (hit != nullptr) {
        cue.negated = true;
        cue.negation = {toks[hit->begin].span.start, toks[hit->end - 1].span.end};
        cue.level = Mirror(cue.level);
        if (!cue.rule.empty()) cue.rule += "; ";
        cue.rule += "negated by '" + std::string(ctx.text(hit->begin)) + "'";
        if (before && cue.kind == EntryKind::kBooster &&
            (cue.cls == "certainty" || cue.cls == "emphatic" || cue.cls == "evidential")) {
          cue.kind = EntryKind::kHedge;  // "not certain", "no clear evidence": uncertainty
          cue.cls = "uncertainty";
          cue.rule += " (a negated certainty is a hedge)";
        }
      }
    }

    cue.span = {toks[cue.begin].span.start, toks[cue.end - 1].span.end};
    for (uint32_t k = cue.begin; k < cue.end; ++k) {
      if (k > cue.begin) cue.phrase += ' ';
      cue.phrase += ctx.norm(k);
    }
    cues->push_back(std::move(cue));
  }
}

}  // namespace claimlens
