// Verb frames: a reporting or belief verb and whose view it reports ("Moscow
// believes", "officials said", "..., said the minister", "..., suggesting that"):
// its subject, the stretch it reports, and whether that is the sentence's main
// predication.
#include "claim_rules.h"
#include "cues.h"

namespace claimlens {
namespace {

using cue_rules::IsQuote;
using cue_rules::Wordish;

// A subject that can hold a view: anyone but an evidence noun ("the data
// suggest" is the author's evidential hedge, "its authors suggested" a report).
// Only the head counts: "streams of intelligence" are evidence.
// After a possessor, the head decides: "Iran's officials suggested" is Iran's
// view, "Iran's behaviour suggests" the author's evidence; a name or a source
// noun can speak ("China's Xi Jinping", "Moscow's statement").
// Where the phrase's head starts: after the last possessive clitic of its first
// chunk ("China's recent drills": "recent"; "the Pentagon's report on China's
// army": "report"), or at its first word when nothing possesses it.
uint32_t AfterPossessor(const TokenContext& ctx, TokenRange np) {
  uint32_t head = np.begin;
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (k > np.begin && ctx.Has(k, kPreposition)) break;
    if (ctx.tokens()[k].has(Token::kClitic)) head = k + 1;
  }
  return head;
}

bool PersonLike(const TokenContext& ctx, const Holder& h, TokenRange np) {
  const uint32_t head = AfterPossessor(ctx, np);
  const bool possessed = head > np.begin;
  // Its noun (the last word before a preposition) may name evidence outright,
  // whoever gathered it: "US intelligence suggests" (grammar class evidence).
  uint32_t noun = np.end;
  for (uint32_t k = head; k < np.end; ++k) {
    if (k > head && ctx.Has(k, kPreposition)) break;
    if (Wordish(ctx, k)) noun = k;
  }
  if (noun < np.end && ctx.Has(noun, kEvidence)) return false;
  if (h.type != HolderType::kUnnamed && !possessed) return true;
  // After a possessor only the noun itself: "China's recent military drills"
  // are drills, whatever "military" names elsewhere.
  if (possessed) {
    return noun < np.end &&
           (ctx.Has(noun, kAgent) || ctx.Has(noun, kRole) || ctx.Has(noun, kPersonal) ||
            ctx.Has(noun, kSource) || ctx.Has(noun, kTitle) || ctx.Has(noun, kRelation) ||
            cue_rules::Capitalised(ctx, noun));
  }
  for (uint32_t k = head; k < np.end; ++k) {
    if (k > head && ctx.Has(k, kPreposition)) break;
    if (ctx.Has(k, kAgent) || ctx.Has(k, kRole) || ctx.Has(k, kPersonal)) return true;
  }
  return false;
}

}  // namespace

bool ClaimRules::NamesSomeone(TokenRange np) const {
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (ctx_->Has(k, kAgent) || ctx_->Has(k, kRole)) return true;
  }
  const auto [lo, hi] = MentionsIn(np.begin, np.end);
  for (size_t i = lo; i < hi; ++i) {
    if (a_->mentions[i].type != MentionType::kPlace) return true;
  }
  return false;
}

void ClaimRules::AddVerbFrame(TokenRange trigger, uint32_t content_begin, int cue,
                              bool needs_person) {
  const TokenContext& ctx = *ctx_;
  if (InProtasis(trigger.begin)) return;  // "if Beijing believed": a condition, not a report
  // After a determiner a participle is an adjective ("a suspected militant",
  // "these alleged abuses", "the recently concluded deal"): no verb, so no
  // one's view ("that" may be a relative pronoun, as in "the analyst that
  // suspected a leak"; "the report states" is a source and its verb).
  if (trigger.begin > 0 && ctx.Has(trigger.begin, TokenTag(kEdForm | kEnForm))) {
    uint32_t d = trigger.begin - 1;
    while (d > 0 && ctx.Has(d, kLyForm) && !cue_rules::Capitalised(ctx, d))
      --d;  // "the recently concluded"
    if (ctx.Has(d, kDeterminer) || (ctx.Has(d, kDemonstrative) && !ctx.Has(d, kComplementizer)))
      return;
  }
  const uint32_t seg_begin = SegmentBegin(trigger.begin);
  const uint32_t seg_end = SegmentEnd(trigger.begin);
  Frame f;
  f.type = Frame::Type::kVerb;
  f.trigger = trigger;
  f.cue = cue;
  // "..., suggesting that": a participle after a comma reports for the subject
  // of the clause before it ("Davis outlined his views, suggesting that"), as
  // does a gerund after a preposition ("caused alarm by saying that").
  const bool participle =
      trigger.begin > seg_begin && ctx.Has(trigger.begin, kIngForm) &&
      (ctx.norm(trigger.begin - 1) == "," || ctx.Has(trigger.begin - 1, kPreposition));
  TokenRange subject;
  if (cue >= 0 && OwnSubject(a_->cues[static_cast<size_t>(cue)])) {
    subject = {a_->cues[static_cast<size_t>(cue)].begin, trigger.begin};  // "analysts think"
  } else if (cue >= 0 && trigger.begin > a_->cues[static_cast<size_t>(cue)].begin) {
    subject = SubjectBefore(a_->cues[static_cast<size_t>(cue)].begin, seg_begin);  // "do not think"
  } else if (participle) {
    // Only a subject that names someone (an actor, a person, a noun for
    // people): "Rb loss co-occurs with the mutations, implying that" is the
    // author's evidence, and without a parser "Rb" could pass for a name.
    subject = ClauseSubject(seg_begin, trigger.begin - 1);
    // Or the participle follows the subject itself, before its verb ("The
    // senator, arguing that ..., voted no").
    // A phrase that opens with a preposition is no subject ("for Kyiv,
    // conceding land could ..."): the gerund then opens a clause of its own.
    if (subject.empty() && ctx.norm(trigger.begin - 1) == ",") {
      subject = SubjectBefore(trigger.begin - 1, seg_begin);
      uint32_t head = subject.begin;
      while (head < subject.end && !Wordish(ctx, head)) ++head;
      if (head < subject.end && ctx.Has(head, kPreposition)) subject = {};
    }
    if (!NamesSomeone(subject)) subject = {};
  } else {
    // A progressive ("officials are warning that", "were not saying"): the
    // form of "be" is in the verb group (not a possessive "'s").
    uint32_t group = trigger.begin;
    if (ctx.Has(trigger.begin, kIngForm)) {
      uint32_t j = trigger.begin;
      while (j > seg_begin && ctx.InNegation(j - 1)) --j;
      if (j > seg_begin && ctx.Has(j - 1, kBe) && !ctx.tokens()[j - 1].has(Token::kClitic))
        group = j - 1;
    }
    subject = SubjectBefore(group, seg_begin);
    // A predicate joined to the clause's first shares its subject: "Officials
    // met on Monday and said that", "economists have studied the tariffs and
    // have found that" (a subject that names someone, as for a participle).
    // Only a verb that reports: one with its clause ("found that") or a verb of
    // saying; "the risk of failure and anticipated costs" joins two nouns.
    const bool reports = ctx.Has(trigger.end - 1, kComplementizer) ||
                         (trigger.end < seg_end && ctx.Has(trigger.end, kComplementizer)) ||
                         ctx.Has(trigger.begin, kReporting);
    uint32_t g = group;
    while (g > seg_begin && (ctx.Has(g - 1, kAuxiliary) || ctx.Has(g - 1, kModal))) --g;
    if (reports && g > seg_begin + 1 && ctx.Has(g - 1, kCoordinator) && Wordish(ctx, g - 2)) {
      const TokenRange first = ClauseSubject(seg_begin, g - 1);
      if (!first.empty() && NamesSomeone(first)) subject = first;
    }
  }
  // "the assessment states that": a phrase that opens with a source names its
  // own subject, with the words before it ("the new assessment").
  // ("estimate that" is a verb and its clause: no source before "that".)
  uint32_t verb = trigger.begin;
  while (verb + 1 < trigger.end && ctx.Has(verb, kSource) && !ctx.Has(verb + 1, kComplementizer))
    ++verb;
  if (verb > trigger.begin) {
    if (subject.empty() || subject.end != trigger.begin) subject = {trigger.begin, trigger.begin};
    subject.end = verb;
  }
  // "..., said the minister": the subject follows the verb.
  const bool after_comma = subject.empty() && !participle && trigger.begin > seg_begin &&
                           (ctx.norm(trigger.begin - 1) == "," || IsQuote(ctx, trigger.begin - 1));
  if (after_comma) {
    subject = PhraseAfter(trigger.end, seg_end);
    // "..., said a diplomat who asked not to be named": a relative clause
    // completes the inverted subject.
    bool relative = false;
    for (uint32_t k = subject.begin; k < seg_end && !relative; ++k) {
      if (!Wordish(ctx, k) && ctx.norm(k) != "'") break;
      if (k > subject.begin && ctx.Has(k, kRelative)) {
        subject.end = k;
        relative = true;
      }
    }
    // "..., said in September that": a phrase after the verb that starts with a
    // preposition is no subject; nor is an object with more to follow ("...,
    // described Russia as a competitor"): an inverted subject ends its clause.
    uint32_t rest = subject.end;
    while (rest < seg_end && !Wordish(ctx, rest) && ctx.norm(rest) != ",") ++rest;
    if (!subject.empty() && (ctx.Has(subject.begin, kPreposition) ||
                             (!relative && rest < seg_end && ctx.norm(rest) != ",")))
      subject = {};
  }
  f.subject = subject;
  // A noun, not a verb: "NATO's central promise is that", "the claims were";
  // or a quoted phrase: Beijing's "stated ambitions".
  const uint32_t after = trigger.end;
  if (trigger.begin > 0 && IsQuote(ctx, trigger.begin - 1) &&
      ctx.tokens()[trigger.begin - 1].span.end == ctx.tokens()[trigger.begin].span.start)
    return;  // an opening quotation mark right before the word
  if (cue < 0 && ((trigger.begin > 0 && verb == trigger.begin &&
                   (ctx.Has(trigger.begin - 1, kDeterminer) ||
                    (ctx.Has(trigger.begin - 1, kPreposition) && !participle) ||
                    (ctx.tokens()[trigger.begin - 1].has(Token::kClitic) &&
                     !ctx.Has(trigger.begin - 1, kAuxiliary)))) ||
                  (after < ctx.size() && ctx.Has(after, kFinite))))
    return;
  // Only a report made: "officials did not say" reports nothing; a negation
  // in an appositive before the verb's comma does not count ("Roy, not always
  // right, argues").
  // A belief denied is still its holder's ("Moscow does not believe that ...").
  for (uint32_t k = trigger.begin; k > subject.end && ctx.norm(k - 1) != ","; --k) {
    if (ctx.InNegation(k - 1) && !ctx.Has(trigger.begin, kBelief)) return;
  }
  // Nor does a subject that denies anyone made it: "no study has reported".
  if (!subject.empty() && ctx.InNegation(subject.begin) && !ctx.Has(trigger.begin, kBelief)) return;
  f.holder = ReportedPronoun(subject);
  if (f.holder == 0) f.holder = ResolveHolder(subject);
  if (f.holder == 0) return;  // the author's own view: a hedge or an assertion
  const Holder& h = a_->holders[f.holder];
  // An evidential verb, or any report after a possessor ("China's drills
  // confirm"), needs a subject that can hold a view.
  const bool possessed = AfterPossessor(ctx, subject) > subject.begin;
  const bool evidential =
      cue >= 0 && a_->cues[static_cast<size_t>(cue)].cls == CueClass::kEvidential;
  if ((evidential || possessed || needs_person) && !PersonLike(ctx, h, subject)) return;
  // What is reported: the rest of the clause ("argue that ..."), or, when the
  // frame closes its clause ("..., officials said."), what came before it.
  uint32_t b = content_begin;
  // An aside between the verb and its clause is the reporter's ("argued,
  // citing new data, that"): the report starts after the aside's comma.
  if (b < seg_end && ctx.norm(b) == ",") {
    const uint32_t window = static_cast<uint32_t>(lex_.settings.appositive_window);
    for (uint32_t j = b + 1; j + 1 < seg_end && j - b <= window; ++j) {
      if (ctx.norm(j) != ",") continue;
      if (ctx.Has(j + 1, kComplementizer)) b = j + 1;
      break;
    }
  }
  while (b < seg_end && (ctx.Has(b, kComplementizer) || ctx.norm(b) == ":" || ctx.norm(b) == ","))
    ++b;
  const bool clause_word = b > content_begin;  // "that", ":" or "," before the content
  uint32_t words = 0;                          // 0 or 1: whether a word follows (stop at the first)
  for (uint32_t k = std::max(b, after_comma ? subject.end : b); k < seg_end && !words; ++k)
    words = Wordish(ctx, k);
  // "“...,” officials said.", or in a comment clause: "..., as the minister said."
  const uint32_t before = subject.begin > seg_begin && ctx.Has(subject.begin - 1, kComment)
                              ? subject.begin - 1
                              : subject.begin;
  const bool closes =
      before > seg_begin && (ctx.norm(before - 1) == "," || IsQuote(ctx, before - 1));
  // After a verb that closes the sentence, an object or adverbial that says
  // nothing of its own ("..., officials said on Tuesday", "..., two diplomats
  // told Reuters") is no content.
  if (words > 0 && closes && !after_comma && !clause_word && Tail(b, seg_end)) words = 0;
  const bool closing = after_comma || (words == 0 && closes);
  if (closing) {
    uint32_t e = subject.begin < trigger.begin ? before : trigger.begin;
    while (e > seg_begin && !Wordish(ctx, e - 1)) --e;
    f.content = {ClosedFrom(seg_begin), e};
  } else if (words > 0) {
    // A report made inside a quotation ends with it ("“... that it believes
    // the army needs,” the assessment said").
    uint32_t end = seg_end;
    for (uint32_t j = trigger.begin; quoted_[trigger.begin] && j < seg_end; ++j) {
      if (ctx.norm(j) == "\"") {
        end = j;
        break;
      }
    }
    f.content = {b, end};
  }
  if (f.content.empty()) return;
  // "As the minister said last week, the deal will fail": a comment clause that
  // opens the segment gives the clause after its comma to its subject, as
  // "according to the minister" does.
  // (After a conjunction that opens the sentence: "But as the minister said, ...".)
  uint32_t opening = seg_begin;
  while (opening < seg_end && (!Wordish(ctx, opening) || ctx.Has(opening, kContrast) ||
                               (ctx.Has(opening, kConjunction) && !ctx.Has(opening, kComment))))
    ++opening;
  if (!subject.empty() && opening + 1 == subject.begin && ctx.Has(opening, kComment)) {
    const uint32_t window = static_cast<uint32_t>(lex_.settings.comment_window);
    uint32_t comma = trigger.end;
    if (ctx.norm(comma - 1) == ",") --comma;  // a verb that takes its comma ("As he added,")
    while (comma < seg_end && comma - trigger.end < window && Wordish(ctx, comma) &&
           !ctx.Has(comma, kFinite) && !ctx.Has(comma, kModal) && !ctx.Has(comma, kComplementizer))
      ++comma;
    if (comma + 1 < seg_end && ctx.norm(comma) == ",") {
      f.content = {comma + 1, seg_end};
      f.main = true;
      frames_.push_back(f);
      return;
    }
  }
  // The main predication when its subject opens the clause: at the start of
  // the segment, or after an opening adverbial ("On Tuesday,"). A report in a
  // later coordinated clause (", and his officials said") leaves the claim its
  // first clause's.
  // A comment clause between commas opens at its "as": "Turkish authorities,
  // as they have said, are investigating" reports the clause it interrupts
  // ("The talks failed, as officials said they would." does not).
  bool comment_aside = before < subject.begin && before > seg_begin && ctx.norm(before - 1) == ",";
  if (comment_aside) {  // and a comma closes it
    uint32_t closer = trigger.end;
    while (closer < seg_end && ctx.norm(closer) != ",") ++closer;
    comment_aside = closer < seg_end;
  }
  const uint32_t start = comment_aside ? before : std::min(subject.begin, trigger.begin);
  // A clause after a contrast opens at its subject (", but officials said").
  uint32_t clause_begin = seg_begin;
  // A dateline opens the sentence's first clause ("WASHINGTON (AP) — A U.S.
  // assessment says").
  if (seg_begin <= cue_rules::FirstWord(ctx))
    clause_begin =
        std::max<uint32_t>(seg_begin, static_cast<uint32_t>(cue_rules::AfterDateline(ctx)));
  // So does one after ", and" with a report of its own (a segment of its own).
  while (clause_begin < start && (!Wordish(ctx, clause_begin) || ctx.Has(clause_begin, kContrast) ||
                                  ctx.Has(clause_begin, kCoordinator)))
    ++clause_begin;
  uint32_t k = start;
  while (k > clause_begin && !Wordish(ctx, k - 1) && ctx.norm(k - 1) != ",") --k;
  // A report that is an aside between commas ("The ships would, he says,
  // keep ...") reports the whole clause it interrupts.
  const bool aside = k > seg_begin && ctx.norm(k - 1) == "," && trigger.end < seg_end &&
                     ctx.norm(trigger.end) == ",";
  if (aside) f.content.begin = seg_begin;
  if (k > seg_begin && ctx.norm(k - 1) == ",") {
    // The comma must close an adverbial that opens the segment ("On Tuesday,",
    // "While talks stalled,"), not a clause of its own.
    uint32_t opener = seg_begin;
    while (opener < k && !Wordish(ctx, opener)) ++opener;
    const bool subordinate = opener < k && ctx.Has(opener, kSubordinator);
    for (uint32_t j = seg_begin; j + 1 < k && !subordinate && !aside; ++j) {
      // A question it embeds is no clause of the opener's own ("Asked whether
      // talks would resume, the minister said").
      if (ctx.Has(j, kQuestion)) break;
      if (ctx.Has(j, kReporting) || ctx.Has(j, kFinite) || cue_rules::VerbModal(ctx, j))
        k = start + 1;
    }
  }
  bool lead = k <= clause_begin || ctx.norm(k - 1) == ",";
  // A prediction or hedge of the author's about someone's view ("Asian states
  // would likely see X as Y", "Moscow will argue") is the author's claim.
  // Only the words after an aside that parts the subject from its verb count:
  // in "The report, which came out in May, says" no modal is the subject's.
  uint32_t group = trigger.begin;
  while (group > subject.end && ctx.norm(group - 1) != ",") --group;
  for (uint32_t j = group; j < trigger.begin && lead; ++j) lead = !ctx.Has(j, kModal);
  auto first = std::lower_bound(a_->cues.begin(), a_->cues.end(), group,
                                [](const Cue& c, uint32_t k) { return c.begin < k; });
  for (auto c = first; c != a_->cues.end() && c->begin < trigger.begin && lead; ++c) {
    const bool estimate = c->cls == CueClass::kProbability || c->cls == CueClass::kEstimative ||
                          c->cls == CueClass::kPossibility || c->cls == CueClass::kPrediction ||
                          c->cls == CueClass::kModal;
    if (static_cast<int>(c - a_->cues.begin()) != cue && estimate) lead = false;
  }
  // A frame that closes its clause reports all that came before it: the main
  // predication, whatever that holds ("“The pact will fail,” officials said").
  // A participle's report is not the main predication: in "Iran continues to
  // lie, denying that ..." the clause is the author's, the denial Iran's.
  f.main = !participle && (lead || closing);
  // A report in a relative clause between commas ("The minister, who said
  // talks may fail, resigned"; "Taiwan, which calls itself ..., is") is an
  // aside: it reports up to the clause's comma, and the sentence is not its.
  // So is one in a subordinate clause that opens the sentence ("While
  // officials have suggested that talks may fail, the statement offers"): the
  // clause after its comma is the main one.
  uint32_t clause = trigger.begin;
  while (clause > seg_begin && ctx.norm(clause - 1) != ",") --clause;
  const uint32_t opener =
      std::max<uint32_t>(clause, static_cast<uint32_t>(cue_rules::FirstWord(ctx)));
  const bool subordinate = opener < std::min(subject.begin, trigger.begin) &&
                           ctx.Has(opener, kSubordinator) && !ctx.Has(opener, kComment);
  if ((subordinate || (clause > seg_begin && ctx.Has(clause, kRelative))) && !closing) {
    uint32_t close = trigger.end;
    while (close < f.content.end && ctx.norm(close) != ",") ++close;
    if (close < f.content.end) {
      f.content.end = close;
      f.main = false;
    }
  }
  frames_.push_back(f);
}

}  // namespace claimlens
