// Attribution frames: the stretches of a sentence that report someone else's
// view. A reporting or belief verb whose subject is a third party ("Moscow
// believes", "officials said"), a source phrase ("according to the ministry",
// "in Tokyo's view"), or a possessed attribution noun ("the Kremlin's claim
// that"). The author hedging his own view ("we assess", "I believe") is no frame.
#include "claim_rules.h"
#include "cues.h"

namespace claimlens {
using cue_rules::Wordish;

void ClaimRules::FindFrames() {
  const SentenceAnalysis& a = *a_;
  const TokenContext& ctx = *ctx_;
  // Belief and estimative verbs the cue rules kept: a frame when a third party
  // holds the belief. An evidential verb only with a subject that can hold a view.
  std::vector<bool>& cue_verb = scratch_.cue_verb;
  cue_verb.assign(ctx.size(), false);
  for (size_t i = 0; i < a.cues.size(); ++i) {
    const Cue& c = a.cues[i];
    // Or a verb of doubt, a hedge of uncertainty ("some experts doubt that").
    const bool doubt =
        c.cls == CueClass::kUncertainty && c.end - c.begin == 1 && ctx.Has(c.begin, kBelief);
    if (c.kind != EntryKind::kHedge ||
        (c.cls != CueClass::kEstimative && c.cls != CueClass::kEvidential && !doubt))
      continue;
    // Phrases that name their own subject ("we assess", "analysts think"); the
    // verb may follow an auxiliary ("do not think").
    uint32_t verb = c.begin;
    if (OwnSubject(c)) {
      if (c.end - c.begin < 2) continue;
      verb = c.begin + 1;
    }
    while (verb + 1 < c.end && !ctx.Has(verb, kBelief) && !ctx.Has(verb, kReporting)) ++verb;
    // Only verbs: a participle after "is" ("is expected to") is impersonal, the
    // author's; nouns and adverbs ("suggestive", "reportedly") are no frame.
    if (verb > 0 && ctx.Has(verb - 1, kBe)) continue;
    if (!ctx.Has(verb, kBelief) && !ctx.Has(verb, kReporting)) continue;  // "a remote chance"
    for (uint32_t k = c.begin; k < c.end; ++k) cue_verb[k] = true;
    AddVerbFrame({verb, c.end}, c.end, static_cast<int>(i));
  }
  // Nouns first: "Beijing's claim that" is no verb "claim".
  for (const Match& m : a.matches) {
    const Entry& e = lex_.entries[m.entry];
    if (m.part || e.kind != EntryKind::kAttribution || e.cue_class != CueClass::kNoun ||
        cue_verb[m.begin])
      continue;
    const size_t before = frames_.size();
    AddNounFrame({m.begin, m.end});
    if (frames_.size() > before) cue_verb[m.begin] = true;
  }
  for (const Match& m : a.matches) {
    if (m.part) continue;
    const Entry& e = lex_.entries[m.entry];
    if (e.kind != EntryKind::kAttribution || e.cue_class == CueClass::kNoun || cue_verb[m.begin])
      continue;
    // An object is no preposition or conjunction: "his first call after", "calls
    // and speeches" are nouns.
    if (lex_.object_wildcard[m.entry] &&
        (ctx.Has(m.end - 1, kPreposition) || ctx.Has(m.end - 1, kConjunction)) &&
        !ctx.Has(m.end - 1, kDemonstrative))
      continue;
    cue_verb[m.begin] = true;  // one frame a trigger, however many phrases match it
    // "A spokesman for the ministry said": the verb of the source phrase before
    // it, which already reports the clause; a frame of its own would nest the
    // spokesman's report inside the ministry's.
    if (e.cue_class == CueClass::kVerb && !frames_.empty() &&
        frames_.back().type == Frame::Type::kSource && frames_.back().subject.end == m.begin &&
        frames_.back().subject.end > frames_.back().trigger.end)
      continue;
    if (e.cue_class == CueClass::kVerb) {
      // "see X as", "describe X as": the object is what is seen.
      const bool as = ctx.norm(m.end - 1) == "as";
      AddVerbFrame({m.begin, as ? m.begin + 1 : m.end}, as ? m.begin + 1 : m.end, -1);
    } else if (e.cue_class == CueClass::kSource) {
      AddSourceFrame({m.begin, m.end});
    }
  }
  // A belief verb no phrase covers, with its clause to follow ("most agencies
  // assess with low confidence that"): a frame when a third party holds it.
  // Without "that", the clause's subject and verb must follow at once ("Germans
  // think the war will go on"), and only someone can hold it ("the region saw
  // fighting that was" is no belief).
  for (uint32_t k = 0; k < ctx.size(); ++k) {
    if (!ctx.Has(k, kBelief) || cue_verb[k]) continue;
    bool that = false, clause = false;
    const uint32_t window = static_cast<uint32_t>(lex_.settings.belief_clause_window);
    const bool subject_next = k + 1 < ctx.size() && Wordish(ctx, k + 1) &&
                              !ctx.Has(k + 1, kPreposition) && !ctx.Has(k + 1, kBe) &&
                              !ctx.Has(k + 1, kConjunction) && !cue_rules::VerbModal(ctx, k + 1);
    for (uint32_t j = k + 1; j < ctx.size() && j <= k + window && !that && !clause; ++j) {
      if (ctx.Has(j, kClause) || ctx.Has(j, kTerminator)) break;
      that = ctx.Has(j, kComplementizer);
      clause = subject_next && j > k + 1 && (cue_rules::VerbModal(ctx, j) || ctx.Has(j, kFinite));
    }
    // ("saw fighting that was": a "that" after a noun may open a relative clause.)
    const bool direct =
        ctx.Has(k + 1, kComplementizer) || ctx.Has(k + 1, kPreposition) || !subject_next;
    if (that || clause) AddVerbFrame({k, k + 1}, k + 1, -1, /*needs_person=*/!(that && direct));
  }
  NestFrames();
}

}  // namespace claimlens
