// Pronouns: what "he", "she", "it" and "they" stand for, as the subject of a
// report inside another ("Officials say they are confident that") or as a
// holder or addressee of their own.
#include "claim_rules.h"
#include "cues.h"

namespace claimlens {

using cue_rules::Wordish;

// A pronoun that opens what an earlier report says stands for its speaker:
// "Officials say they are confident that", "Kim said he would"; a person for
// "he" and "she", anyone but a person for "they" and "it". 0 otherwise.
uint16_t ClaimRules::ReportedPronoun(TokenRange subject) const {
  const TokenContext& ctx = *ctx_;
  if (subject.end != subject.begin + 1 || !ctx.Has(subject.begin, kThird) || frames_.empty())
    return 0;
  const Frame& outer = frames_.back();
  if (!outer.content.contains(subject.begin)) return 0;
  uint32_t c = outer.content.begin;
  while (c < subject.begin && (ctx.Has(c, kComplementizer) || !Wordish(ctx, c))) ++c;
  if (c != subject.begin) return 0;
  const HolderType type = a_->holders[outer.holder].type;
  const bool person = type == HolderType::kPerson || type == HolderType::kNamed;
  return ctx.Has(subject.begin, kPersonal) == person ? outer.holder : 0;
}

bool ClaimRules::NameModifies(const Mention& m) const {
  // "the Trump administration", "the Putin regime", "Trump adviser Stephen
  // Miller": a noun for people or an office follows the name.
  return ctx_->Has(m.end, kAgent) || ctx_->Has(m.end, kRole);
}

bool ClaimRules::PersonAntecedent(const Mention& m) const {
  return m.type == MentionType::kPerson && !NameModifies(m);
}

std::optional<Holder> ClaimRules::Antecedent(uint32_t k, bool source) {
  const TokenContext& ctx = *ctx_;
  const auto [lo, hi] = MentionsIn(0, k);
  if (ctx.Has(k, kPersonal)) {
    for (size_t i = hi; i-- > lo;) {
      const Mention& m = a_->mentions[i];
      if (m.end <= k && PersonAntecedent(m)) return Holder{HolderType::kPerson, m.id, {}, -1};
    }
    // A name the lexicons do not know that reported earlier in the sentence
    // ("..., Burgess explained, he said").
    for (size_t i = frames_.size(); i-- > 0;) {
      const Frame& f = frames_[i];
      if (f.trigger.end <= k && f.holder > 0 && a_->holders[f.holder].type == HolderType::kNamed)
        return a_->holders[f.holder];
    }
    if (have_person_) return last_person_;
    return std::nullopt;
  }
  // "Turkish authorities, as they have said, are investigating", "The ministry,
  // as it said on Monday, will": in a comment clause between a subject and its
  // verb, "they" and "it" stand for that subject.
  if (source && ctx.Has(k, TokenTag(kNeuter | kPlural)) && k >= 2 && ctx.Has(k - 1, kComment) &&
      ctx.norm(k - 2) == ",") {
    const TokenRange subject =
        SubjectBefore(k - 2, static_cast<uint32_t>(cue_rules::FirstWord(ctx)));
    if (!subject.empty() && !ctx.Has(subject.begin, kThird) && !ctx.Has(subject.begin, kSelf)) {
      if (const uint16_t h = ResolveHolder(subject); h != 0) return a_->holders[h];
    }
  }
  if (ctx.Has(k, kNeuter) && source && have_source_) return last_source_;
  // An earlier clause of the sentence: its reporters ("Officials have said
  // that ..., though they have also said"), or the subject of the sentence's
  // first clause when it names someone ("While Asian states are wary of X,
  // they see ..."). "it" stands only for an actor there ("While the Trump
  // administration says ..., it has warned", "While the EU is wary, it says"),
  // and only as a report's subject. (An addressee does not look at the first
  // clause: it would add a holder no claim has.)
  const bool neuter = ctx.Has(k, kNeuter);
  if (ctx.Has(k, kPlural) || (neuter && source)) {
    auto fits = [&](const Holder& h) {
      return neuter ? h.type == HolderType::kActor : h.type != HolderType::kPerson;
    };
    const Holder* reporters = nullptr;
    for (const Frame& f : frames_) {
      if (f.trigger.end <= k && f.holder != 0 && fits(a_->holders[f.holder]))
        reporters = &a_->holders[f.holder];
    }
    if (reporters != nullptr) return *reporters;
    if (source) {
      const TokenRange subject = FirstClauseSubject(k);
      if (!subject.empty() && subject.end < k && !ctx.Has(subject.begin, kThird) &&
          !ctx.Has(subject.begin, kSelf)) {
        const uint16_t h = ResolveHolder(subject);
        if (h != 0 && (!neuter || a_->holders[h].type == HolderType::kActor)) return a_->holders[h];
        // "This is no guarantee of U.S. help, although it does suggest": "it" is
        // the thing the first clause is about, not an actor named before.
        if (h == 0 && neuter) return std::nullopt;
      }
    }
  }
  if (ctx.Has(k, kPlural) && source) {
    // "The authors trip up when they argue": people the sentence opens with.
    const TokenRange people = OpeningPeople(k);
    if (!people.empty()) return Holder{HolderType::kUnnamed, HeadWords(people), {}, -1};
    // "Officials said ... They added": who reported in the sentence before.
    if (have_reporters_) return reporters_;
  }
  if (!ctx.Has(k, TokenTag(kNeuter | kPlural)) || !have_actor_) return std::nullopt;
  const Holder& antecedent = have_topic_ ? topic_ : last_actor_;
  for (size_t i = lo; i < hi; ++i) {
    const Mention& m = a_->mentions[i];
    if (m.end <= k && m.type != MentionType::kPlace && m.type != MentionType::kPerson &&
        m.id != antecedent.id)
      return std::nullopt;
  }
  return antecedent;
}

TokenRange ClaimRules::OpeningPeople(uint32_t k) const {
  const TokenContext& ctx = *ctx_;
  const uint32_t first = static_cast<uint32_t>(cue_rules::FirstWord(ctx));
  const uint32_t window = static_cast<uint32_t>(lex_.settings.subject_window);
  for (uint32_t j = first; j < k && j - first < window; ++j) {
    if (!Wordish(ctx, j) || ctx.Has(j, kPreposition) || ctx.Has(j, kConjunction) ||
        ctx.Has(j, kModal) || ctx.Has(j, kFinite) || ctx.Has(j, kThird) || ctx.Has(j, kSelf))
      return {};
    if (!ctx.Has(j, kAgent) && !ctx.Has(j, kRole)) continue;
    const auto [lo, hi] = MentionsIn(first, j + 1);
    if (lo != hi || !ctx.Has(j, kSForm)) return {};
    return {first, j + 1};
  }
  return {};
}

TokenRange ClaimRules::FirstClauseSubject(uint32_t k) const {
  const TokenContext& ctx = *ctx_;
  uint32_t first = static_cast<uint32_t>(cue_rules::FirstWord(ctx));
  if (first < k && (ctx.Has(first, kSubordinator) || ctx.Has(first, kContrast))) ++first;
  uint32_t verb = first + 1;
  while (verb < k && !ctx.Has(verb, kFinite) && !ctx.Has(verb, kModal)) ++verb;
  return verb < k ? SubjectBefore(verb, first) : TokenRange{k, k};
}

}  // namespace claimlens
