// Noun phrases without a parser: the words before a verb that name its
// subject, the words after "according to" that name a source, and the holder
// such words stand for (the author, an actor, a person, a named or an unnamed
// source).
#include "claim_rules.h"
#include "cues.h"

namespace claimlens {
namespace {

using cue_rules::Capitalised;
using cue_rules::EndsWith;
using cue_rules::IsQuote;
using cue_rules::Wordish;

// Words that may stand between a subject and its verb: auxiliaries, modals,
// negation and adverbs ("has repeatedly stated", "would not say").
bool VerbGroupFiller(const TokenContext& ctx, size_t k) {
  return ctx.Has(k, kAuxiliary) || ctx.Has(k, kModal) || ctx.InNegation(k) ||
         (Wordish(ctx, k) && EndsWith(ctx.norm(k), "ly") && !Capitalised(ctx, k));
}

// A period inside the sentence, on the word before it and followed by a word
// (not a list's number, "3. The"): the sentence splitter read it as an abbreviation's ("Dr. Davis",
// "Gen. Mark Milley"), so it ends no phrase.
bool AbbreviationPeriod(const TokenContext& ctx, size_t k) {
  const std::vector<Token>& t = ctx.tokens();
  return k > 0 && k + 1 < ctx.size() && t[k - 1].span.end == t[k].span.start &&
         t[k - 1].kind == TokenKind::kWord && Wordish(ctx, k + 1);
}

// Where a noun phrase cannot extend to: clause punctuation, conjunctions,
// complementisers, quotes, verbs the lexicons know (reporting verbs, modals).
bool NounPhraseStop(const TokenContext& ctx, size_t k) {
  return ctx.Has(k, kClause) || ctx.Has(k, kTerminator) || ctx.Has(k, kComplementizer) ||
         ctx.Has(k, kConjunction) || ctx.Has(k, kSubordinator) || ctx.Has(k, kReporting) ||
         ctx.Has(k, kModal) || ctx.Has(k, kFinite) || IsQuote(ctx, k) ||
         (ctx.norm(k) == "." && !AbbreviationPeriod(ctx, k)) ||
         ctx.tokens()[k].kind == TokenKind::kSymbol;
}

// A day or month: a date's word, never a source's name ("the report released
// Monday", "In October 2022, Mike Gilday").
bool DateWord(const TokenContext& ctx, size_t k) { return ctx.Has(k, kDay) || ctx.Has(k, kMonth); }

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
  }
  // A phrase that runs into the window's edge is not a subject we can name.
  if (e - b == window && b > floor && !NounPhraseStop(ctx, b - 1)) return {e, e};
  // A conjunction that joined the clause ("..., and Western governments would").
  while (b < e && (!Wordish(ctx, b) || ctx.Has(b, kConjunction))) ++b;
  // The words after a relative pronoun are its clause ("Analysts who study
  // alliance behavior note"): the subject is the phrase before the pronoun.
  if (b > floor && ctx.Has(b - 1, kRelative)) return SubjectBefore(b - 1, floor);
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
  while (floor < end && !Wordish(ctx, floor)) ++floor;
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
  while (e < ceiling && e - b < window && !NounPhraseStop(ctx, e) &&
         (e == b || !ctx.Has(e, kThird))) {
    ++e;
  }
  return {b, e};
}

uint16_t ClaimRules::AddHolder(Holder h) {
  for (size_t i = 0; i < a_->holders.size(); ++i) {
    const Holder& o = a_->holders[i];
    if (o.type == h.type && o.id == h.id) return static_cast<uint16_t>(i);
  }
  a_->holders.push_back(std::move(h));
  return static_cast<uint16_t>(a_->holders.size() - 1);
}

// The head of a phrase, lower-cased: the last word of its first chunk
// ("senior officials in Seoul" -> "officials", "a shipowner" -> "shipowner").
std::string ClaimRules::HeadWords(TokenRange np) const {
  const TokenContext& ctx = *ctx_;
  // A noun for people or a source, then a lower-case word that is none: the
  // noun is the head and the word begins a post-modifier ("officials familiar
  // with the plans", "the report released Monday").
  auto head_noun = [&](uint32_t k) {
    return ctx.Has(k, kAgent) || ctx.Has(k, kRole) || ctx.Has(k, kSource);
  };
  uint32_t last = np.begin;
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (k > np.begin && ctx.Has(k, kPreposition)) break;
    if (Wordish(ctx, k) && !ctx.tokens()[k].has(Token::kClitic)) last = k;
    if (head_noun(k) && k + 1 < np.end && Wordish(ctx, k + 1) &&
        !ctx.tokens()[k + 1].has(Token::kClitic) && !head_noun(k + 1) &&
        !ctx.Has(k + 1, kConjunction) && !Capitalised(ctx, k + 1))
      break;
  }
  return std::string(ctx.norm(last));
}

bool ClaimRules::Office(TokenRange np) const {
  const TokenContext& ctx = *ctx_;
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (k > np.begin && ctx.Has(k, kPreposition)) break;
    if (ctx.Has(k, kRole)) return true;
  }
  return false;
}

std::string ClaimRules::SeatIn(TokenRange np) const {
  const auto [lo, hi] = MentionsIn(np.begin, np.end);
  for (size_t i = lo; i < hi; ++i) {
    const Mention& m = a_->mentions[i];
    if (m.end > np.end || m.type != MentionType::kPlace) continue;
    // Whole-token matches come first, in text order.
    const auto& ms = a_->matches;
    for (auto x =
             std::lower_bound(ms.begin(), ms.end(), m.begin,
                              [](const Match&x, uint32_t k) { return !x.part && x.begin < k; });
         x != ms.end() && !x->part && x->begin == m.begin; ++x) {
      const Entry& e = lex_.entries[x->entry];
      if (x->end == m.end && e.kind == EntryKind::kActor && e.cls == "seat") return e.value;
    }
  }
  return {};
}

uint16_t ClaimRules::ResolveHolder(TokenRange np) {
  const TokenContext& ctx = *ctx_;
  if (np.empty()) return 0;
  // The author: "I", "we", "this assessment", "the Intelligence Community".
  uint32_t first = np.begin;
  while (first < np.end && (ctx.Has(first, kDeterminer) || ctx.Has(first, kDemonstrative)) &&
         !ctx.Has(first, kSelf))
    ++first;
  // A quantity of people speaks as those people: "a growing number of U.S.
  // military leaders", "most of the agencies" (what follows its preposition).
  for (uint32_t k = first; k + 2 < np.end && !ctx.Has(k, kPreposition); ++k) {
    if (ctx.Has(k, kPartitive) && ctx.Has(k + 1, kPartitive) && ctx.Has(k + 1, kPreposition))
      return ResolveHolder({k + 2, np.end});  // the phrase marks its "of" too
  }
  if (first < np.end && ctx.Has(first, kSelf)) return 0;
  const Span text{ctx.tokens()[np.begin].span.start, ctx.tokens()[np.end - 1].span.end};
  // A pronoun: its antecedent ("it has vowed", "he said").
  if (np.end - np.begin == 1 && ctx.Has(np.begin, kThird)) {
    const std::string_view p = ctx.norm(np.begin);
    if ((p == "he" || p == "she") && have_person_) return AddHolder(last_person_);
    if (p == "it" && have_source_) return AddHolder(last_source_);
    if ((p == "it" || p == "they") && have_actor_) return AddHolder(last_actor_);
    return 0;  // an impersonal "it" ("it appears that") hedges the author's own view
  }
  // An actor named in the phrase: before any preposition ("Chinese officials",
  // "Egypt's foreign ministry", "European scholar Luis Simon", not Trump in
  // "Washington under President Trump"), a person first; or, after a role noun,
  // the actor it serves ("officials in Seoul", not NATO in "critics of NATO").
  uint32_t prep = np.end;
  for (uint32_t k = first + 1; k < np.end && prep == np.end; ++k) {
    if (ctx.Has(k, kPreposition)) prep = k;
  }
  // A document whose name holds an actor's ("the Taiwan Relations Act", "the
  // China Strategy Report") is named whole: the actor only modifies it.
  if (prep > first && ctx.Has(prep - 1, kSource) && Capitalised(ctx, prep - 1)) {
    uint32_t b = prep - 1;
    while (b > first && Capitalised(ctx, b - 1) && !ctx.Has(b - 1, kDeterminer)) --b;
    if (b + 1 < prep) {
      const Span name{ctx.tokens()[b].span.start, ctx.tokens()[prep - 1].span.end};
      return AddHolder({HolderType::kNamed, a_->doc->ViewText(name), text, -1});
    }
  }
  const Mention* head = nullptr;
  const Mention* inner = nullptr;
  const std::string seat = SeatIn(np);  // the state whose seat a place is ("officials in Seoul")
  const auto [lo, hi] = MentionsIn(np.begin, np.end);
  for (size_t i = lo; i < hi; ++i) {
    const Mention& m = a_->mentions[i];
    if (m.end > np.end || m.type == MentionType::kPlace) continue;
    if (m.begin < prep) {
      if (head == nullptr || (m.type == MentionType::kPerson && head->type != MentionType::kPerson))
        head = &m;
    } else if (inner == nullptr) {
      inner = &m;
    }
  }
  // A name that ends the phrase after a noun for people is that person's, the
  // actor before only their employer: "Former UN weapons inspector David
  // Albright".
  if (head == nullptr || head->type != MentionType::kPerson) {
    uint32_t b = np.end;
    while (b > first && Capitalised(ctx, b - 1) && !ctx.Has(b - 1, kDeterminer)) --b;
    bool known = false;  // a word of it an actor mention took
    for (size_t i = lo; i < hi; ++i) known |= a_->mentions[i].end > b;
    if (np.end - b >= 2 && b > first && !known && !Capitalised(ctx, b - 1) &&
        (ctx.Has(b - 1, kAgent) || ctx.Has(b - 1, kRole))) {
      const Span name{ctx.tokens()[b].span.start, ctx.tokens()[np.end - 1].span.end};
      return AddHolder({HolderType::kNamed, a_->doc->ViewText(name), text, -1});
    }
  }
  // Only an office serves an actor ("officials in Seoul"); "executives at
  // European lines" are not Europe's.
  const bool office = Office(np);
  if (head == nullptr && inner != nullptr && office) head = inner;
  // A source made by an actor is that actor's: "the annual threat assessment
  // by the Office of the Director of National Intelligence".
  // (The maker's name may run past the phrase's window.)
  if (head == nullptr && prep < np.end && ctx.Has(prep, kAgentive) && ctx.Has(prep - 1, kSource)) {
    uint32_t maker = prep + 1;
    while (maker < np.end && ctx.Has(maker, kDeterminer)) ++maker;
    for (size_t i = lo; i < a_->mentions.size() && head == nullptr; ++i) {
      const Mention& m = a_->mentions[i];
      if (m.begin > maker) break;
      if (m.begin > prep && m.type != MentionType::kPlace) head = &m;
    }
  }
  if (head == nullptr && inner == nullptr && !seat.empty() && office)
    return AddHolder({HolderType::kActor, seat, text, -1});
  if (head != nullptr) {
    const HolderType type =
        head->type == MentionType::kPerson ? HolderType::kPerson : HolderType::kActor;
    return AddHolder({type, head->id, text, -1});
  }
  if (inner != nullptr) return AddHolder({HolderType::kUnnamed, HeadWords(np), text, -1});
  // A name the actors stage does not know: "the Maritime Risk Observatory".
  uint32_t cap_begin = np.end, cap_end = np.end;
  std::vector<bool> named(np.end - np.begin, false);  // words an actor mention took
  for (size_t i = lo; i < hi; ++i) {
    const Mention& m = a_->mentions[i];
    for (uint32_t k = m.begin; k < std::min(m.end, np.end); ++k) named[k - np.begin] = true;
  }
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (named[k - np.begin]) {
      if (cap_begin != np.end) break;
      continue;
    }
    const bool sentence_start = k == cue_rules::FirstWord(ctx);
    const bool article = cap_begin == np.end && ctx.Has(k, kDeterminer);  // "The" opening it
    if (Capitalised(ctx, k) && !article && !DateWord(ctx, k) &&
        !(sentence_start && k + 1 < np.end && !Capitalised(ctx, k + 1))) {
      if (cap_begin == np.end) cap_begin = k;
      cap_end = k + 1;
    } else if (cap_begin != np.end && ctx.norm(k) == "." && AbbreviationPeriod(ctx, k)) {
      continue;  // an initial's period: "J. Smith"
    } else if (cap_begin != np.end && !ctx.Has(k, kDeterminer)) {
      // A joiner inside a name: "the Institute for Strategic Studies", "the
      // Center for Strategic and International Studies".
      const bool inside = ctx.Has(k, kJoiner) && k + 1 < np.end && !named[k + 1 - np.begin] &&
                          (Capitalised(ctx, k + 1) || ctx.Has(k + 1, kDeterminer));
      if (!inside) break;
    }
  }
  // A name is the phrase's head: it ends the phrase or its first chunk ("the
  // Maritime Risk Observatory", "a study by the Brookings Institution"), not a
  // modifier ("Four IC elements" are unnamed elements).
  const bool head_name = cap_end == np.end || ctx.Has(cap_end, kPreposition) ||
                         ctx.Has(cap_end, kClause) || ctx.Has(cap_end, kConjunction);
  // Where the speaker is is not who speaks: "a shipowner in Piraeus".
  const bool located = cap_begin > first && cap_begin < np.end && ctx.Has(cap_begin - 1, kLocation);
  if (cap_begin < np.end && head_name && !located &&
      !(cap_end - cap_begin == 1 && cap_begin == cue_rules::FirstWord(ctx))) {
    const Span name{ctx.tokens()[cap_begin].span.start, ctx.tokens()[cap_end - 1].span.end};
    return AddHolder({HolderType::kNamed, a_->doc->ViewText(name), text, -1});
  }
  return AddHolder({HolderType::kUnnamed, HeadWords(np), text, -1});
}

}  // namespace claimlens
