// Frames whose source is a phrase, not a verb's subject: "according to the
// ministry", "in Tokyo's view", "sources say", and attribution nouns after a
// possessor ("the Kremlin's claim that", "his warnings that").
#include "claim_rules.h"
#include "cues.h"

namespace claimlens {

using cue_rules::IsQuote;
using cue_rules::Wordish;

// "according to the ministry, ...", "..., according to two officials",
// "in Tokyo's view", "sources say".
void ClaimRules::AddSourceFrame(TokenRange trigger) {
  const TokenContext& ctx = *ctx_;
  if (InProtasis(trigger.begin)) return;
  const uint32_t seg_begin = SegmentBegin(trigger.begin);
  const uint32_t seg_end = SegmentEnd(trigger.begin);
  Frame f;
  f.type = Frame::Type::kSource;
  f.trigger = trigger;
  // A phrase that ends in a preposition names its source after it ("according
  // to", "in the view of", "people familiar with", "spokesman for").
  if (ctx.Has(trigger.end - 1, kPreposition)) {
    f.subject = PhraseAfter(trigger.end, seg_end);
    f.holder = ResolveHolder(f.subject);
  } else {
    // The source is in the phrase: "in his view", "sources say", "In Tokyo's view".
    f.subject = trigger;
    uint32_t k = trigger.begin;
    while (k < trigger.end && !ctx.Has(k, kThird) && !ctx.Has(k, kDeterminer)) ++k;
    const Mention* mention = nullptr;
    const auto [lo, hi] = MentionsIn(trigger.begin, trigger.end);
    for (size_t i = lo; i < hi && mention == nullptr; ++i) {
      if (a_->mentions[i].end <= trigger.end) mention = &a_->mentions[i];
    }
    if (mention != nullptr) {
      f.holder = AddHolder(
          {mention->type == MentionType::kPerson ? HolderType::kPerson : HolderType::kActor,
           mention->id, SpanOf(trigger), -1});
    } else if (k < trigger.end && ctx.Has(k, kThird)) {
      f.holder = ResolveHolder({k, k + 1});
    } else if (k < trigger.end && ctx.Has(k, kDeterminer)) {
      f.holder = ResolveHolder({k, k + 1});  // "in his view": a possessive pronoun
      if (f.holder == 0 && have_person_ && ctx.Has(k, kPersonOwner))
        f.holder = AddHolder(last_person_);
      if (f.holder == 0 && have_actor_ && ctx.Has(k, kOwner)) f.holder = AddHolder(last_actor_);
    } else {
      f.holder = AddHolder({HolderType::kUnnamed, "sources", SpanOf(trigger), -1});
    }
  }
  if (f.holder == 0) return;
  // "..., said a spokesman for the ministry", "according to a spokesman for the
  // ministry": a source phrase inside the subject of the report before it says
  // whom that report speaks for. One report, the ministry's, as when the phrase
  // opens the sentence ("A spokesman for the ministry said", FindFrames).
  if (!frames_.empty()) {
    Frame& report = frames_.back();
    if (report.subject.begin < trigger.begin && trigger.end <= report.subject.end) {
      report.holder = f.holder;
      return;
    }
  }
  // The rest of the clause, on whichever side of the source it stands.
  const uint32_t source_end = std::max(trigger.end, f.subject.end);
  uint32_t after = source_end;
  while (after < seg_end && !Wordish(ctx, after) && !IsQuote(ctx, after)) ++after;
  // "..., a spokesman for the ministry said.": only its verb follows; what it
  // reports comes before.
  const bool verb_only = after < seg_end && ctx.Has(after, kReporting) && Tail(after + 1, seg_end);
  if (!verb_only && after < seg_end && after + 1 < seg_end) {
    f.content = {after, seg_end};
  } else {  // "..., according to two officials": all the sentence before, as "..., officials said"
    uint32_t e = trigger.begin;
    while (e > seg_begin && !Wordish(ctx, e - 1)) --e;
    f.content = {ClosedFrom(seg_begin), e};
  }
  if (f.content.empty()) return;
  f.main = true;
  // In a relative clause between commas ("the second test, which according to
  // Hecker was 2 to 7 kilotons, putting ..."), the source speaks for that
  // clause only, up to its comma; the sentence is not its.
  uint32_t clause = trigger.begin;
  while (clause > seg_begin && ctx.norm(clause - 1) != ",") --clause;
  if (clause > seg_begin && clause < trigger.begin && ctx.Has(clause, kRelative) &&
      f.content.begin > trigger.begin) {
    uint32_t close = f.content.begin;
    while (close < f.content.end && ctx.norm(close) != ",") ++close;
    f.content.end = close;
    f.main = false;
    if (f.content.empty()) return;
  }
  frames_.push_back(f);
}

// "Beijing's claim that ...", "the Kremlin's assessment that ...": the content
// is the possessor's; the sentence around it stays its own holder's.
void ClaimRules::AddNounFrame(TokenRange trigger) {
  const TokenContext& ctx = *ctx_;
  if (trigger.begin == 0) return;
  const uint32_t owner = trigger.begin - 1;
  Frame f;
  f.type = Frame::Type::kNoun;
  f.trigger = trigger;
  if (ctx.tokens()[owner].has(Token::kClitic)) {  // "the Kremlin's claim that"
    f.subject = SubjectBefore(trigger.begin, SegmentBegin(trigger.begin));
    f.holder = ResolveHolder(f.subject);
  } else if (ctx.Has(owner, kPersonOwner) || ctx.Has(owner, kOwner)) {
    // "Davis shared his expectations that", "Beijing restated its position
    // that": the owner is the clause's subject, or, with none to name, the
    // person or actor last named.
    f.subject = ClauseSubject(SegmentBegin(owner), owner);
    f.holder = ResolveHolder(f.subject);
    if (f.subject.empty() && have_person_ && ctx.Has(owner, kPersonOwner))
      f.holder = AddHolder(last_person_);
    if (f.subject.empty() && have_actor_ && ctx.Has(owner, kOwner))
      f.holder = AddHolder(last_actor_);
  }
  if (f.holder == 0) return;
  f.content = {trigger.end, SegmentEnd(trigger.begin)};
  if (f.content.empty()) return;
  frames_.push_back(f);
}

}  // namespace claimlens
