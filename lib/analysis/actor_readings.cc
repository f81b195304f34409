// Which reading of a candidate is meant: a person after a title, a place after a
// locative, else the unambiguous reading of the highest type; an ambiguous name
// needs a named support; a chosen reading can still be vetoed by a named check.
#include "actors.h"

namespace claimlens {

int ActorRules::Resolve(const TokenContext& ctx, const Candidate& c, bool titled, bool place_list,
                        const char** rule) const {
  int best = -1;
  auto consider = [&](uint32_t e, bool ok) {
    if (ok && (best < 0 || entry_type_[e] < entry_type_[static_cast<uint32_t>(best)]))
      best = static_cast<int>(e);
  };
  if (titled) {
    for (uint32_t e : EntriesOf(c)) consider(e, entry_type_[e] == MentionType::kPerson);
    if (best >= 0) return best;
  }
  // "the summit in Washington": after a locative preposition a capital is a place.
  // So is one before an event ("the Hanoi summit"), or listed after a place.
  const bool possessive = c.end < ctx.size() && ctx.tokens()[c.end].has(Token::kClitic);
  const bool locative =
      (c.begin > 0 && HasWord(c.begin - 1, kLocative)) || ctx.Has(c.end, kEvent) || place_list;
  if (!c.part && locative && !possessive) {
    for (uint32_t e : EntriesOf(c)) {
      if (entry_type_[e] != MentionType::kPlace) continue;
      *rule = "named as a location";
      return static_cast<int>(e);
    }
  }
  for (uint32_t e : EntriesOf(c)) consider(e, !lex_.entries[e].ambiguous);
  if (best >= 0) return best;

  // Only ambiguous readings ("Georgia", "Chad", "Jordan"): they need support.
  if (!c.part && Capitalized(ctx, c.end) && c.end > 0 &&
      ctx.tokens()[c.end].span.start > ctx.tokens()[c.end - 1].span.end) {
    *rule = "part of a longer name";  // "the Niger River"
    return -1;
  }
  static constexpr Support kSupports[] = {
      {"named unambiguously before", &ActorRules::SeenBefore},
      {"listed next to a state", &ActorRules::ListedWithState},
      {"in a sentence that names two other states", &ActorRules::AmongStates},
  };
  for (const Support& s : kSupports) {
    const int e = (this->*s.pick)(ctx, c);
    if (e < 0) continue;
    *rule = s.name;
    return e;
  }
  *rule = "an ambiguous name with no support in context";
  return -1;
}

// "Amman worries. Jordan hosts refugees.": a reading the document confirmed.
int ActorRules::SeenBefore(const TokenContext&, const Candidate& c) const {
  for (uint32_t e : EntriesOf(c)) {
    if (seen_.count(lex_.entries[e].value)) return static_cast<int>(e);
  }
  return -1;
}

// "Mali, Niger and Chad": the state reading of a name listed next to a state,
// or next to a name whose state reading the document has confirmed (Niger,
// once Mali supported it). Only the whole-token neighbours can be in the list.
int ActorRules::ListedWithState(const TokenContext&, const Candidate& c) const {
  if (c.part) return -1;
  const size_t ci = static_cast<size_t>(&c - candidates_.data());
  for (size_t oi = ci > 0 ? ci - 1 : 0; oi <= ci + 1 && oi < candidates_.size(); ++oi) {
    const Candidate& o = candidates_[oi];
    if (&o == &c) continue;
    const uint32_t gap_from = o.end <= c.begin ? o.end : c.end;
    const uint32_t gap_to = o.end <= c.begin ? c.begin : o.begin;
    if (gap_to < gap_from || gap_to - gap_from > 1) continue;
    bool joined = gap_to == gap_from;
    for (uint32_t k = gap_from; k < gap_to; ++k) joined = HasWord(k, kList);
    bool state = false;
    for (uint32_t e : EntriesOf(o)) {
      state |= entry_type_[e] == MentionType::kState &&
               (!lex_.entries[e].ambiguous || seen_.count(lex_.entries[e].value));
    }
    if (!joined || !state) continue;
    for (uint32_t e : EntriesOf(c)) {
      if (entry_type_[e] == MentionType::kState) return static_cast<int>(e);
    }
  }
  return -1;
}

// "coups in Mali, in Guinea and in Burkina Faso": a sentence that names two
// other states supports the state reading of an ambiguous name in it.
int ActorRules::AmongStates(const TokenContext&, const Candidate& c) const {
  if (states_ < 2) return -1;
  for (uint32_t e : EntriesOf(c)) {
    if (entry_type_[e] == MentionType::kState) return static_cast<int>(e);
  }
  return -1;
}

// The checks a chosen reading of an untitled whole-token candidate must pass.
const char* ActorRules::Vetoed(const TokenContext& ctx, const Reading& r) const {
  static constexpr Veto kVetoes[] = {
      {"the name of a unit, not the region", &ActorRules::UnitName},
      {"part of a longer name", &ActorRules::InsideLongerName},
      {"part of a person's name", &ActorRules::AfterGivenName},
      {"a modifier of a body's name, not the region", &ActorRules::ModifiesBody},
  };
  for (const Veto& v : kVetoes) {
    if ((this->*v.applies)(ctx, r)) return v.name;
  }
  return nullptr;
}

// "its Pacific Fleet", "the Baltic Fleet": a region that starts a unit's name.
bool ActorRules::UnitName(const TokenContext&, const Reading& r) const {
  const Candidate& c = *r.c;
  return (r.type == MentionType::kRegion || r.type == MentionType::kPlace) &&
         role_starting_[c.begin] >= 0 &&
         roles_[static_cast<size_t>(role_starting_[c.begin])].end > c.end;
}

// A reading that names a location by its name: a place or a region, or a seat
// of power. Not a demonym: "European Protestant writers" are European.
bool ActorRules::Locational(const Reading& r) const {
  const std::string& cls = lex_.entries[r.entry].cls;
  return cls == "seat" ||
         (cls == "alias" && (r.type == MentionType::kPlace || r.type == MentionType::kRegion));
}

// Whether token k can be a word of a proper name the lexicons do not know: a
// capitalised word that they know as nothing else (no actor, title, role noun,
// cue, function word or day), outside a heading.
bool ActorRules::NameLike(const TokenContext& ctx, uint32_t k) const {
  if (heading_ || !Capitalized(ctx, k) || whole_[k] || words_[k] != 0) return false;
  // A compound is a name only when each piece is ("Jean-Pierre", not "French-speaking").
  const std::string_view t = ctx.text(k);
  for (size_t h = t.find('-'); h != std::string_view::npos; h = t.find('-', h + 1)) {
    const unsigned char c = h + 1 < t.size() ? static_cast<unsigned char>(t[h + 1]) : 0;
    if (c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

// "The New York Times", "the Washington Post", "the Asian Development Bank": a
// location followed by a capitalised word of a name is inside that name.
bool ActorRules::InsideLongerName(const TokenContext& ctx, const Reading& r) const {
  const Candidate& c = *r.c;
  return Locational(r) && NameLike(ctx, c.end) &&
         ctx.tokens()[c.end].span.start > ctx.tokens()[c.end - 1].span.end;
}

// "officer Douglas London", "a book by Tom Paris": a location right after a
// capitalised word that could be a given name is a surname. So is a known
// person's surname alone ("Li Wen" is not Wen Jiabao; the lexicons name known
// people in full). Not after the sentence's first word ("Meanwhile Beijing").
bool ActorRules::AfterGivenName(const TokenContext& ctx, const Reading& r) const {
  const Candidate& c = *r.c;
  const bool surname = r.type == MentionType::kPerson && c.end - c.begin == 1;
  return (Locational(r) || surname) && c.begin >= 2 && NameLike(ctx, c.begin - 1) &&
         ctx.tokens()[c.begin].span.start > ctx.tokens()[c.begin - 1].span.end;
}

// "the Atlantic alliance", "a Pacific pact": a region's name used to modify a
// body names the body. Demonyms stay mentions ("European allies").
bool ActorRules::ModifiesBody(const TokenContext&, const Reading& r) const {
  return (r.type == MentionType::kRegion || r.type == MentionType::kPlace) &&
         lex_.entries[r.entry].cls == "alias" && HasWord(r.c->end, kBody);
}

}  // namespace claimlens
