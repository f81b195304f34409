// Noun phrases without a parser: the words before a verb that name its
// subject, and the words after "according to" that name a source (resolve.cc
// says whom they stand for); and where the words a report reports begin and end.
#include "claim_rules.h"
#include "cues.h"

namespace claimlens {
namespace {

using cue_rules::AbbreviationPeriod;
using cue_rules::Capitalised;
using cue_rules::DateWord;
using cue_rules::IsQuote;
using cue_rules::Wordish;

// Words that may stand between a subject and its verb: auxiliaries, modals,
// negation and adverbs ("has repeatedly stated", "would not say").
bool VerbGroupFiller(const TokenContext& ctx, size_t k) {
  return ctx.Has(k, kAuxiliary) || ctx.Has(k, kModal) || ctx.InNegation(k) ||
         (Wordish(ctx, k) && ctx.Has(k, kLyForm) && !Capitalised(ctx, k));
}

// Where a noun phrase cannot extend to: clause punctuation, conjunctions,
// complementisers, quotes, verbs the lexicons know (reporting verbs, modals).
bool NounPhraseStop(const TokenContext& ctx, size_t k) {
  return ctx.Has(k, kClause) || ctx.Has(k, kTerminator) || ctx.Has(k, kComplementizer) ||
         ctx.Has(k, kConjunction) || ctx.Has(k, kSubordinator) || ctx.Has(k, kReporting) ||
         cue_rules::VerbModal(ctx, k) || ctx.Has(k, kFinite) || IsQuote(ctx, k) ||
         (ctx.norm(k) == "." && !AbbreviationPeriod(ctx, k)) ||
         ctx.tokens()[k].kind == TokenKind::kSymbol;
}

}  // namespace

// A name that opens its clause, then appositives between commas, then the
// verb: "Mike Gilday, the head of the U.S. Navy, warned"; "Denny Roy, an
// analyst, for the East-West Center, argues". Each part between commas back
// from the verb's comma is passed over unless it holds a verb (then the commas
// close a clause, not an appositive) or is a name alone (the subject). A name
// inside a part ("for the East-West Center") is not the subject. With no name,
// the nearest part that ends in a noun for people is ("a senior official,
// speaking on condition of anonymity, said"). A relative clause between commas
// is passed over whatever verbs it holds.
TokenRange ClaimRules::NameBeforeAppositives(uint32_t comma, uint32_t floor) const {
  const TokenContext& ctx = *ctx_;
  const uint32_t window = static_cast<uint32_t>(lex_.settings.appositive_window);
  uint32_t end = comma;
  TokenRange people;
  while (end > floor && comma - end < window) {
    uint32_t begin = end;
    while (begin > floor && ctx.norm(begin - 1) != ",") --begin;
    // A part that opens with a relative pronoun is a clause about the phrase
    // before it, passed over like an appositive ("The Pentagon, which has long
    // resisted such cuts, argued").
    const bool relative = begin < end && ctx.Has(begin, kRelative);
    for (uint32_t k = begin; k < end; ++k) {
      if (IsQuote(ctx, k) || ctx.Has(k, kList) ||
          (!relative && (ctx.Has(k, kFinite) || ctx.Has(k, kModal) || ctx.Has(k, kReporting) ||
                         ctx.Has(k, kComplementizer))))
        return {};  // a clause, a quotation or a list ("Beijing, Tokyo and Seoul,")
    }
    uint32_t lead = begin;  // after a conjunction ("though a senior official, ...")
    while (lead < end && (ctx.Has(lead, kConjunction) || ctx.Has(lead, kSubordinator) ||
                          ctx.Has(lead, kContrast)))
      ++lead;
    uint32_t first = lead;
    while (first < end && (ctx.Has(first, kDeterminer) || !Wordish(ctx, first))) ++first;
    const auto [lo, hi] = MentionsIn(first, first + 1);
    for (size_t i = lo; i < hi; ++i) {
      const Mention& m = a_->mentions[i];
      if (m.end == end && m.type != MentionType::kPlace && m.type != MentionType::kRegion)
        return {begin, end};
    }
    // A noun for people that ends the part ("a senior defense official,
    // speaking on condition of anonymity, cautioned"), unless a name comes
    // before it ("John Bolton, a former adviser, said").
    bool prep = false;
    for (uint32_t k = first; k + 1 < end && !prep; ++k) prep = ctx.Has(k, kPreposition);
    // A part that opens with a participle or an adverb names members or
    // examples of the subject ("Critics, including several senators, say";
    // "Most allies, notably France, refuse"), not the subject.
    prep |= lead < end && !Capitalised(ctx, lead) && ctx.Has(lead, TokenTag(kIngForm | kLyForm));
    if (people.empty() && first < end && !prep &&
        (ctx.Has(end - 1, kAgent) || ctx.Has(end - 1, kRole)))
      people = {lead, end};
    // A name the lexicons do not know: capitalised words only ("Mike Gilday").
    bool name = first < end;
    for (uint32_t k = first; k < end && name; ++k) {
      name = Capitalised(ctx, k) && !ctx.Has(k, kPreposition) && !DateWord(ctx, k) &&
             !ctx.Has(k, kPronoun);
    }
    if (name) return {begin, end};
    if (begin == floor) break;
    end = begin - 1;  // the comma before this part
  }
  return people;
}

TokenRange ClaimRules::SubjectBefore(uint32_t k, uint32_t floor) const {
  const TokenContext& ctx = *ctx_;
  uint32_t e = k;
  while (e > floor && VerbGroupFiller(ctx, e - 1)) --e;
  // An aside between dashes before the verb ("U.S. military leaders, including
  // Admiral Davidson, have warned" written with dashes): the subject is before
  // its opening dash. A clause inside is no aside.
  if (e > floor + 2 && IsDash(ctx.norm(e - 1))) {
    const uint32_t window = static_cast<uint32_t>(lex_.settings.appositive_window);
    for (uint32_t j = e - 2; j > floor && e - j <= window; --j) {
      if (ctx.Has(j, kFinite) || ctx.Has(j, kModal) || ctx.Has(j, kReporting)) break;
      if (IsDash(ctx.norm(j))) {
        e = j;
        break;
      }
    }
  }
  if (e > floor + 2 && ctx.norm(e - 1) == ",") {
    const TokenRange named = NameBeforeAppositives(e - 1, floor);
    if (!named.empty()) return named;
  }
  // A relative clause between commas ("The act, which still guides policy,
  // states"): the subject is before its opening comma, whatever verbs it holds.
  if (e > floor + 2 && ctx.norm(e - 1) == ",") {
    const uint32_t window = static_cast<uint32_t>(lex_.settings.appositive_window);
    for (uint32_t j = e - 2; j > floor && e - j <= window; --j) {
      if (ctx.norm(j) != ",") continue;
      if (j + 1 < e && ctx.Has(j + 1, kRelative) && !NounPhraseStop(ctx, j - 1)) e = j;
      break;
    }
  }
  // A parenthetical between the subject and its verb: "Kim, for his part, said".
  if (e > floor + 2 && ctx.norm(e - 1) == ",") {
    const uint32_t window = static_cast<uint32_t>(lex_.settings.parenthetical_window);
    for (uint32_t j = e - 2; j > floor && e - j <= window; --j) {
      if (ctx.norm(j) != ",") continue;
      if (j > floor && !NounPhraseStop(ctx, j - 1)) e = j;
      break;
    }
  }
  // A relative pronoun stands for the phrase before it ("analysts who believe").
  if (e > floor && ctx.Has(e - 1, kRelative)) {
    uint32_t r = e - 1;
    if (r > floor && ctx.norm(r - 1) == ",") --r;
    return SubjectBefore(r, floor);
  }
  const uint32_t window = static_cast<uint32_t>(lex_.settings.subject_window);
  uint32_t b = e;
  while (b > floor && e - b < window) {
    // Coordinated subjects are one phrase: "Four IC elements and the National
    // Intelligence Council assess".
    // So are nouns for people and what follows them ("analysts and policymakers").
    // So are two modifiers that open the clause ("Current and former U.S.
    // officials say").
    const bool coordination =
        ctx.Has(b - 1, kCoordinator) && b < e &&
        (ctx.Has(b, kDeterminer) || cue_rules::Capitalised(ctx, b) ||
         (b >= floor + 2 && (ctx.Has(b - 2, kAgent) || ctx.Has(b - 2, kRole) ||
                             (b - 2 == floor && Wordish(ctx, floor)))));
    if (NounPhraseStop(ctx, b - 1) && !coordination) break;
    --b;
    // A subject pronoun opens its phrase: "more profitable than they admit".
    if (ctx.Has(b, kThird)) break;
  }
  // A phrase that runs into the window's edge is not a subject we can name.
  if (e - b == window && b > floor && !NounPhraseStop(ctx, b - 1)) return {e, e};
  // A conjunction that joined the clause ("..., and Western governments would").
  while (b < e && (!Wordish(ctx, b) || ctx.Has(b, kConjunction))) ++b;
  // The words after a relative pronoun are its clause ("Analysts who study
  // alliance behavior note"): the subject is the phrase before the pronoun,
  // unless the clause opens with a subject of its own ("a move which they
  // warn could fail": they warn).
  if (b > floor && ctx.Has(b - 1, kRelative) && !ctx.Has(b, kThird) && !ctx.Has(b, kSelf) &&
      !ctx.Has(b, kDeterminer) && !ctx.Has(b, kAgent) && !ctx.Has(b, kRole) &&
      !cue_rules::Capitalised(ctx, b))
    return SubjectBefore(b - 1, floor);
  return {b, e};
}

// The subject of the clause that runs from `floor` to `end`: the phrase before
// its first lower-case word that cannot be part of a noun phrase naming
// someone ("Dr. Davis outlined", "Senior officials in Seoul have warned"). A
// clause that opens with a phrase before a comma ("In Seoul, officials met")
// has its subject after that comma.
TokenRange ClaimRules::ClauseSubject(uint32_t floor, uint32_t end) const {
  const TokenContext& ctx = *ctx_;
  const uint32_t window = static_cast<uint32_t>(lex_.settings.appositive_window);
  // A contrast or conjunction that opens it ("Yet", "But officials, ...").
  while (floor < end && (!Wordish(ctx, floor) || ctx.Has(floor, kContrast))) ++floor;
  if (floor < end && (ctx.Has(floor, kPreposition) || ctx.Has(floor, kSubordinator) ||
                      ctx.Has(floor, kConjunction))) {
    while (floor < end && ctx.norm(floor) != ",") ++floor;
    ++floor;
  }
  bool aside = false;  // between the commas of an appositive ("Davis, a former adviser, said")
  for (uint32_t k = floor; k < end && k - floor <= window; ++k) {
    if (ctx.norm(k) == ",") aside = !aside;
    if (aside || !Wordish(ctx, k) || Capitalised(ctx, k)) continue;
    if (ctx.Has(k, kDeterminer) || ctx.Has(k, kAgent) || ctx.Has(k, kRole) || ctx.Has(k, kSource) ||
        (k > floor && ctx.Has(k, kPreposition)))
      continue;
    // (A comma may close an appositive: "Davis, an analyst, said".)
    if (k == floor || (NounPhraseStop(ctx, k - 1) && ctx.norm(k - 1) != ",")) return {};
    return SubjectBefore(k, floor);
  }
  return {};
}

TokenRange ClaimRules::PhraseAfter(uint32_t k, uint32_t ceiling) const {
  const TokenContext& ctx = *ctx_;
  const uint32_t window = static_cast<uint32_t>(lex_.settings.subject_window);
  uint32_t b = k;
  while (b < ceiling && !Wordish(ctx, b) && !IsQuote(ctx, b)) ++b;
  uint32_t e = b;
  // A joiner between capitalised words is inside a name: "the Center for
  // Strategic and International Studies".
  auto in_name = [&](uint32_t k) {
    return k > b && k + 1 < ceiling && ctx.Has(k, kJoiner) && cue_rules::Capitalised(ctx, k - 1) &&
           cue_rules::Capitalised(ctx, k + 1);
  };
  while (e < ceiling && e - b < window && (!NounPhraseStop(ctx, e) || in_name(e)) &&
         (e == b || !ctx.Has(e, kThird))) {
    ++e;
  }
  return {b, e};
}

// A report that closes the sentence reports all of it, across clauses a
// contrast opened ("X, while Y, the report notes"), not across a semicolon or
// out of a quotation: where what it reports starts, for one in the segment
// that starts at `seg_begin`.
uint32_t ClaimRules::ClosedFrom(uint32_t seg_begin) const {
  uint32_t first = seg_begin;
  while (first > 0 && ctx_->norm(first) != ";" && !quoted_[first - 1])
    first = SegmentBegin(first - 1);
  return first;
}

bool ClaimRules::Tail(uint32_t b, uint32_t e) const {
  const TokenContext& ctx = *ctx_;
  const uint32_t window = static_cast<uint32_t>(lex_.settings.subject_window);
  uint32_t words = 0;
  for (uint32_t k = b; k < e; ++k) {
    if (!Wordish(ctx, k)) {
      if (ctx.norm(k) == "." && k + 1 == e) continue;
      if (ctx.norm(k) == "." && cue_rules::AbbreviationPeriod(ctx, k)) continue;
      return false;  // a comma, colon or quotation mark: more is said
    }
    if (++words > window || ctx.Has(k, kComplementizer) || ctx.Has(k, kFinite) ||
        cue_rules::VerbModal(ctx, k) || ctx.Has(k, kReporting) || ctx.Has(k, kBelief) ||
        ctx.Has(k, kRelative))
      return false;
  }
  return true;
}

bool ClaimRules::OwnSubject(const Cue& c) const {
  const TokenContext& ctx = *ctx_;
  return ctx.Has(c.begin, kSelf) || ctx.Has(c.begin, kAgent) || ctx.Has(c.begin, kRole) ||
         ctx.Has(c.begin, kThird);
}

}  // namespace claimlens
