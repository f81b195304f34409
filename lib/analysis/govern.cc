// Governing: one cue per judgement. The estimative word governs its modal
// ("would likely", "will almost certainly", "probably never will" are each one
// cue), and a prediction inside the clause an estimate introduces is that
// estimate's content, not a second cue.
#include "cues.h"

namespace claimlens {
namespace {

using cue_rules::Phrase;

// Verb-group filler: may stand between a modal and the word that governs it.
bool Filler(const TokenContext& ctx, size_t i) {
  return ctx.Has(i, kAuxiliary) || ctx.Has(i, kDegreeUp) || ctx.Has(i, kDegreeDown) ||
         ctx.Has(i, kModal) || (cue_rules::Wordish(ctx, i) && ctx.Has(i, kLyForm));
}

}  // namespace

void CueRules::Govern(const TokenContext& ctx) {
  auto modal = [&](const Candidate& c) {
    const Entry& e = entry(c);
    return c.match.end - c.match.begin == 1 &&
           (e.cue_class == CueClass::kModal ||
            (e.kind == EntryKind::kBooster &&
             (e.cue_class == CueClass::kPrediction || e.cue_class == CueClass::kInference)));
  };
  auto governs = [&](const Candidate& c) {
    const Entry& e = entry(c);
    const CueClass k = e.cue_class;
    return !modal(c) &&
           (k == CueClass::kProbability || k == CueClass::kEstimative || k == CueClass::kCertainty);
  };
  const uint32_t window = static_cast<uint32_t>(lex_.settings.govern_window);
  // Only neighbours can share a verb group: look at candidates within the window.
  for (size_t i = 0; i < candidates_.size(); ++i) {
    Candidate& m = candidates_[i];
    if (!m.keep || !modal(m)) continue;
    auto try_governor = [&](const Candidate& g) {
      if (!g.keep || !governs(g)) return false;
      const uint32_t from = g.match.begin > m.match.begin ? m.match.end : g.match.end;
      const uint32_t to = g.match.begin > m.match.begin ? g.match.begin : m.match.begin;
      if (to < from || to - from > window) return false;
      for (uint32_t k = from; k < to; ++k) {
        if (!ctx.InNegation(k) && !Filler(ctx, k)) return false;
      }
      // A verb of belief speaks for its subject: it governs the modal before it
      // only in the author's own voice ("we would assess"); in "the mullahs may
      // believe" the "may" is the author's hedge about their belief.
      if (g.match.begin > m.match.begin && ctx.Has(g.match.begin, kBelief)) {
        uint32_t s = m.match.begin;
        while (s > 0 && Filler(ctx, s - 1)) --s;
        if (s == 0 || !ctx.Has(s - 1, kSelf)) return false;
      }
      Drop(m, "governed by",
           explain_ ? std::string("'")
                          .append(Phrase(ctx, g.match.begin, g.match.end))
                          .append("' in the same verb group")
                    : std::string());
      return true;
    };
    bool governed = false;
    for (size_t j = i;
         j-- > 0 && candidates_[j].match.end + window >= m.match.begin && !governed;) {
      governed = try_governor(candidates_[j]);
    }
    for (size_t j = i + 1;
         j < candidates_.size() && candidates_[j].match.begin <= m.match.end + window && !governed;
         ++j) {
      governed = try_governor(candidates_[j]);
    }
  }
  // A prediction inside the clause an estimate introduces is that estimate's
  // content: in "we assess that Russia will", "likely that Moscow will", "unclear
  // whether Tokyo will", "No doubt Beijing will", "will" is not a second cue.
  // Nor is it the writer's own prediction in an indirect question ("how far
  // Europe will get is another matter").
  const size_t first = cue_rules::FirstWord(ctx);
  const uint32_t question = static_cast<uint32_t>(lex_.settings.question_window);
  const uint32_t clause = static_cast<uint32_t>(lex_.settings.estimate_clause);
  const bool direct_question = ctx.size() > 0 && ctx.norm(ctx.size() - 1) == "?";
  for (Candidate& m : candidates_) {
    // A hypothetical "would" in an estimate's clause adds no judgement of its own
    // ("it is entirely possible that the navy would withdraw" is one hedge).
    const bool would = entry(m).cue_class == CueClass::kModal && ctx.norm(m.match.begin) == "would";
    if (!m.keep || !modal(m) || (entry(m).cue_class != CueClass::kPrediction && !would)) continue;
    // Nor in a direct question: "Will Beijing back down?" asks, it predicts nothing.
    if (!would && direct_question) {
      Drop(m, "a direct question", explain_ ? "not a prediction" : std::string());
      continue;
    }
    for (uint32_t k = m.match.begin; k-- > 0 && m.match.begin - k <= question && !would;) {
      if (ctx.Has(k, kClause) || ctx.Has(k, kTerminator)) break;
      if (ctx.Has(k, kQuestion)) {
        Drop(m, "an indirect question",
             explain_ ? "('" + std::string(ctx.text(k)) + "'), not a prediction" : std::string());
        break;
      }
    }
    if (!m.keep) continue;
    const size_t mi = static_cast<size_t>(&m - candidates_.data());
    for (size_t gi = mi; gi-- > 0 && candidates_[gi].match.end + clause >= m.match.begin;) {
      const Candidate& g = candidates_[gi];
      const CueClass cls = entry(g).cue_class;
      if (!g.keep || g.match.end > m.match.begin || m.match.begin - g.match.end > clause ||
          modal(g) ||
          (cls != CueClass::kEstimative && cls != CueClass::kProbability &&
           cls != CueClass::kUncertainty && cls != CueClass::kEvidential &&
           cls != CueClass::kCertainty) ||
          (would && cls == CueClass::kEvidential)) {
        continue;
      }
      const bool opener =
          g.match.begin == first && cls != CueClass::kEvidential;  // "No doubt X will"
      bool complement = opener, open = true;
      for (uint32_t k = g.match.end > 0 ? g.match.end - 1 : 0; k < m.match.begin && open; ++k) {
        complement |= ctx.Has(k, kComplementizer);
        open = !ctx.Has(k, kTerminator) && ctx.norm(k) != ".";
      }
      if (complement && open) {
        Drop(m, "inside the clause of",
             explain_ ? std::string("'").append(Phrase(ctx, g.match.begin, g.match.end)).append("'")
                      : std::string());
        break;
      }
    }
  }
}

}  // namespace claimlens
