// The holder a phrase stands for: the author ("we", "this assessment"), an
// actor or person the actors stage found in it, a name it does not know ("the
// Maritime Risk Observatory"), or an unnamed source named by its head noun.
#include <algorithm>

#include "claim_rules.h"
#include "cues.h"

namespace claimlens {

using cue_rules::AbbreviationPeriod;
using cue_rules::Capitalised;
using cue_rules::DateWord;
using cue_rules::Wordish;

uint16_t ClaimRules::AddHolder(Holder h) {
  // Who reports a holder's view is this sentence's to say (NestFrames): one
  // remembered from an earlier sentence ("he", "the report") must not bring
  // that sentence's index, which here is out of range or another holder.
  h.outer = -1;
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

std::string ClaimRules::ServedBy(uint32_t k) const {
  const TokenContext& ctx = *ctx_;
  const auto [lo, hi] = MentionsIn(0, k);
  const bool person = ctx.Has(k, kPersonOwner);
  for (size_t i = hi; i-- > lo;) {
    const Mention& m = a_->mentions[i];
    if (m.end > k) continue;
    if (person && PersonAntecedent(m)) return m.affiliation;
    if (!person && m.type != MentionType::kPerson && m.type != MentionType::kPlace) return m.id;
  }
  if (person) return have_person_ ? last_person_affiliation_ : std::string();
  return have_actor_ ? last_actor_.id : std::string();
}

uint32_t ClaimRules::SourceNoun(TokenRange np) const {
  const TokenContext& ctx = *ctx_;
  uint32_t last = np.end;
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (k > np.begin && ctx.Has(k, kPreposition)) break;
    if (Wordish(ctx, k) && !ctx.tokens()[k].has(Token::kClitic)) last = k;
  }
  return last != np.end && ctx.Has(last, kSource) ? last : np.end;
}

uint32_t ClaimRules::OwnerOfSource(TokenRange np, uint32_t prep) const {
  const TokenContext& ctx = *ctx_;
  if (prep == 0 || !ctx.Has(prep - 1, kSource)) return np.begin;
  for (uint32_t k = prep - 1; k > np.begin; --k) {
    // A day or month owns nothing: "Tuesday's statement" says when.
    if (ctx.tokens()[k].has(Token::kClitic)) return DateWord(ctx, k - 1) ? np.begin : k;
  }
  return np.begin;
}

uint16_t ClaimRules::ResolveHolder(TokenRange np) {
  const TokenContext& ctx = *ctx_;
  if (np.empty()) return 0;
  // The author: "I", "we", "this assessment", "the Intelligence Community".
  uint32_t first = np.begin;
  while (first < np.end && (ctx.Has(first, kDeterminer) || ctx.Has(first, kDemonstrative)) &&
         !ctx.Has(first, kSelf))
    ++first;
  // "This", "These": a demonstrative alone names no one ("those who" are people).
  const bool people =
      np.end < ctx.size() && ctx.Has(np.end, kRelative) && ctx.Has(np.end, kPersonal);
  if (first == np.end && !people) return 0;
  // A quantity of people speaks as those people: "a growing number of U.S.
  // military leaders", "most of the agencies" (what follows its preposition).
  for (uint32_t k = first; k + 2 < np.end && !ctx.Has(k, kPreposition); ++k) {
    if (ctx.Has(k, kPartitive) && ctx.Has(k + 1, kPartitive) && ctx.Has(k + 1, kPreposition))
      return ResolveHolder({k + 2, np.end});  // the phrase marks its "of" too
  }
  if (first < np.end && ctx.Has(first, kSelf)) return 0;
  // A participle after a noun for people opens a post-modifier: "two officials
  // speaking to the Times" are officials, "an analyst covering China" is an
  // analyst. ("DNase I footprinting" is a compound; "Beijing" ends so too.)
  for (uint32_t k = first + 1; k < np.end && !ctx.Has(k, kPreposition); ++k) {
    if (ctx.Has(k, kIngForm) && !Capitalised(ctx, k) &&
        (ctx.Has(k - 1, kAgent) || ctx.Has(k - 1, kRole))) {
      np.end = k;
      break;
    }
  }
  // "the report" after "the Pentagon's annual report": the same document.
  if (np.end - first == 1 && first > np.begin && ctx.Has(first, kSource) &&
      !made_source_noun_.empty() && ctx.norm(first) == made_source_noun_)
    return AddHolder(made_source_);
  const Span text{ctx.tokens()[np.begin].span.start, ctx.tokens()[np.end - 1].span.end};
  // A pronoun: its antecedent ("it has vowed", "he said").
  if (np.end - np.begin == 1 && ctx.Has(np.begin, kThird)) {
    const std::string_view p = ctx.norm(np.begin);
    if (std::optional<Holder> h = Antecedent(np.begin, true)) return AddHolder(std::move(*h));
    // An impersonal "it" ("it appears that") hedges the author's own view; "he",
    // "she" or "they" with no antecedent we know is still someone else's.
    if (ctx.Has(np.begin, TokenTag(kPersonal | kPlural)))
      return AddHolder({HolderType::kUnnamed, std::string(p), text, -1});
    return 0;
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
      // Of two people, the later heads the phrase unless the two are joined
      // ("Putin spokesman Dmitry Peskov"; "Biden and Harris").
      bool joined = false;
      if (head != nullptr) {
        for (uint32_t k = head->end; k < m.begin && !joined; ++k) joined = ctx.Has(k, kCoordinator);
      }
      if (head == nullptr ||
          (m.type == MentionType::kPerson && (head->type != MentionType::kPerson || !joined)))
        head = &m;
    } else if (inner == nullptr) {
      inner = &m;
    }
  }
  // A name that ends the phrase after a noun for people is that person's, the
  // actor before only their employer: "Former UN weapons inspector David
  // Albright".
  // (Also after a name that only modifies that noun: "Trump adviser Stephen
  // Miller".)
  const bool modifies = head != nullptr && head->end < np.end && NameModifies(*head);
  if (head == nullptr || head->type != MentionType::kPerson || modifies) {
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
  // A noun of a relation speaks for those in it, not for its owner: "America's
  // allies say", "Iran's proxies claim" (as the stance rules read "France's
  // partner").
  if (head != nullptr && head->type != MentionType::kPerson && head->end < prep &&
      ctx.Has(prep - 1, kRelation))
    return AddHolder({HolderType::kUnnamed, HeadWords(np), text, -1});
  // A leader's name that only modifies a noun for people or an office speaks
  // for the state the leader serves: "the Biden administration", "the Putin
  // regime", "Biden aides" (as "U.S. officials" speak for the United States).
  if (head != nullptr && head->type == MentionType::kPerson && modifies &&
      !head->affiliation.empty())
    return AddHolder({HolderType::kActor, head->affiliation, text, -1});
  if (head != nullptr) {
    const HolderType type =
        head->type == MentionType::kPerson ? HolderType::kPerson : HolderType::kActor;
    return AddHolder({type, head->id, text, -1});
  }
  if (inner != nullptr) return AddHolder({HolderType::kUnnamed, HeadWords(np), text, -1});
  // People who serve the owner a pronoun stands for: "his officials said" (the
  // person's state: for Macron, France), "its diplomats argue".
  if (office && (ctx.Has(np.begin, kPersonOwner) || ctx.Has(np.begin, kOwner))) {
    if (const std::string served = ServedBy(np.begin); !served.empty())
      return AddHolder({HolderType::kActor, served, text, -1});
  }
  // A source speaks for its owner: "the ministry's statement", "the Foreign
  // Ministry's latest assessment" (an owner the actors stage knows was found
  // above: "Beijing's white paper").
  if (const uint32_t owner_end = OwnerOfSource(np, prep); owner_end > np.begin)
    return ResolveHolder({np.begin, owner_end});
  // A name the document gave in full before, now in part or at the start of a
  // sentence ("Emma Ashford said ... Ashford added"): the same holder.
  if (np.end - first <= 2 && Capitalised(ctx, np.end - 1) && Capitalised(ctx, first)) {
    const std::string_view last = ctx.text(np.end - 1);
    for (const std::string& name : names_) {
      const size_t space = name.rfind(' ');
      if (std::string_view(name).substr(space == std::string::npos ? 0 : space + 1) == last)
        return AddHolder({HolderType::kNamed, name, text, -1});
    }
  }
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
      // Center for Strategic and International Studies"; a particle inside a
      // person's: "Armida van Rij".
      const bool inside =
          k + 1 < np.end && !named[k + 1 - np.begin] &&
          ((ctx.Has(k, kJoiner) && (Capitalised(ctx, k + 1) || ctx.Has(k + 1, kDeterminer))) ||
           (ctx.Has(k, kParticle) && Capitalised(ctx, k + 1)));
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
    std::string full = a_->doc->ViewText(name);
    if (std::find(names_.begin(), names_.end(), full) == names_.end()) {
      // The latest names only: a lookup stays within a bound however many there are.
      if (names_.size() >= static_cast<size_t>(lex_.settings.remembered_names) && !names_.empty())
        names_.erase(names_.begin());
      if (lex_.settings.remembered_names > 0) names_.push_back(full);
    }
    return AddHolder({HolderType::kNamed, std::move(full), text, -1});
  }
  return AddHolder({HolderType::kUnnamed, HeadWords(np), text, -1});
}

}  // namespace claimlens
