// People: a name after a title ("scholar Luis Simon"), a byline ("By: Jane
// Doe"), and the surnames of people a document has introduced ("Simon argues").
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "actors.h"

namespace claimlens {
namespace {

// A slug for a person the lexicons do not know: "Luis Simon" -> "luis-simon",
// "Aminata Koné-Lefèvre" -> "aminata-kone-lefevre" (accents decomposed and dropped).
std::string Slug(const TokenContext& ctx, uint32_t begin, uint32_t end) {
  std::string s;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  for (uint32_t k = begin; k < end; ++k) {
    std::string decomposed;
    const std::string_view norm = ctx.norm(k);
    if (U_SUCCESS(status)) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(
          icu::StringPiece(norm.data(), static_cast<int32_t>(norm.size())));
      nfkd->normalize(u, status).toUTF8String(decomposed);
    } else {
      decomposed = std::string(norm);
    }
    for (char c : decomposed) {
      if (c & 0x80) continue;  // combining marks and letters outside ASCII
      const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        s += c;
      } else if (!s.empty() && s.back() != '-') {
        s += '-';
      }
    }
    if (!s.empty() && s.back() != '-') s += '-';
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  return s;
}

std::string Text(const TokenContext& ctx, uint32_t begin, uint32_t end) {
  std::string s;
  for (uint32_t k = begin; k < end; ++k) {
    if (k > begin && ctx.tokens()[k].span.start > ctx.tokens()[k - 1].span.end) s += ' ';
    s += ctx.text(k);
  }
  return s;
}

}  // namespace

// Whether token k is an initial: one capital letter and a period ("Q.", and
// "A." although "a" is also an article).
bool ActorRules::Initial(const TokenContext& ctx, uint32_t k) const {
  return Capitalized(ctx, k) && ctx.text(k).size() == 1 && ctx.norm(k + 1) == ".";
}

// Whether token k can be a word of a name that starts at `from`: a capitalised
// word that is not an article, an initial, or inside the name a compound that
// opens with a particle ("al-Sharif").
bool ActorRules::NameWord(const TokenContext& ctx, uint32_t k, uint32_t from) const {
  const Token& t = ctx.tokens()[k];
  return (Capitalized(ctx, k) && (!ctx.Has(k, kDeterminer) || Initial(ctx, k))) ||
         (k > from && t.has(Token::kCompound) && t.has(Token::kHasUpper) &&
          t.first_part < particle_part_.size() && particle_part_[t.first_part]);
}

// The end of a personal name that starts at `from`: name words, initials
// ("Jane Q. Doe") and particles between name words ("Jan van der Berg"), at
// most `max` words besides the particles, not past covered tokens.
uint32_t ActorRules::NameEnd(const TokenContext& ctx, uint32_t from, uint32_t max) const {
  const uint32_t n = static_cast<uint32_t>(ctx.size());
  uint32_t k = from, words = 0;
  while (k < n && words < max && !covered_[k]) {
    if (NameWord(ctx, k, from)) {
      ++k;
      ++words;
      continue;
    }
    if (k > from && ctx.norm(k) == "." && Initial(ctx, k - 1) && Capitalized(ctx, k + 1)) {
      ++k;  // the period of an initial
      continue;
    }
    if (k > from && HasWord(k, kParticle)) {
      uint32_t j = k;
      while (j < n && !covered_[j] && HasWord(j, kParticle)) ++j;
      if (j < n && !covered_[j] && NameWord(ctx, j, from)) {
        k = j;  // particles followed by a name word
        continue;
      }
    }
    break;
  }
  // A name does not end in an initial ("officer James A. \"Jim\" Reed").
  if (k > from + 1 && Initial(ctx, k - 1)) --k;
  return k;
}

void ActorRules::Remember(const TokenContext& ctx, uint32_t begin, uint32_t end,
                          const std::string& id, const std::string& name) {
  for (uint32_t k = begin; k < end; ++k) {
    // The first person a document introduces keeps a name it shares with a later
    // one ("Kim" stays Kim Jong Un after "Kim Yo Jong"), unless named in full again.
    if (!Capitalized(ctx, k) || ctx.text(k).size() < 2) continue;
    surnames_.try_emplace(std::string(ctx.text(k)), Person{id, name});
  }
}

// A person the lexicons do not know, named by tokens [begin, end): a slug id,
// and the surname remembered for later mentions.
void ActorRules::Introduce(const TokenContext& ctx, uint32_t begin, uint32_t end, const char* how,
                           std::vector<Mention>* mentions) {
  Mention m;
  m.id = Slug(ctx, begin, end);
  m.name = Text(ctx, begin, end);
  m.type = MentionType::kPerson;
  m.how = how;
  m.begin = begin;
  m.end = end;
  Remember(ctx, begin, end, m.id, m.name);
  Add(ctx, std::move(m), mentions);
}

// A title before a name the lexicons do not know ("European scholar Luis
// Simon") names a person, even when the name holds an ambiguous alias ("analyst
// Rebecca Jordan"). Names the lexicons know are left to the candidates.
void ActorRules::ClaimTitledNames(const TokenContext& ctx, std::vector<Mention>* mentions) {
  const size_t n = ctx.size();
  for (const Match& t : titles_) {
    const Entry& te = lex_.entries[t.entry];
    if (te.cls == "former" || covered_[t.begin] || t.end >= n) continue;
    const uint32_t k = NameEnd(ctx, t.end, 4);
    if (k == t.end) continue;
    // The candidates inside the name: found by binary search, candidates_ being in
    // order. A location after the first word is a surname ("officer Douglas London").
    bool known = false;
    auto first = std::lower_bound(candidates_.begin(), candidates_.end(), t.end,
                                  [](const Candidate& c, uint32_t at) { return c.end <= at; });
    for (auto it = first; it != candidates_.end() && it->begin < k; ++it) {
      const Candidate& c = *it;
      if (c.part || c.end <= t.end) continue;
      for (uint32_t e : EntriesOf(c)) {
        const Reading r{&c, e, entry_type_[e]};
        known |= r.type == MentionType::kPerson ||
                 (!lex_.entries[e].ambiguous && (c.begin == t.end || !Locational(r)));
      }
    }
    if (known) continue;
    Mention m;
    m.begin = t.begin;
    if (former_ending_[t.begin] >= 0) {  // "former analyst Jane Doe"
      m.former = true;
      m.begin = titles_[static_cast<size_t>(former_ending_[t.begin])].begin;
    }
    auto prior = surnames_.find(ctx.text(k - 1));
    if (prior != surnames_.end()) {
      m.id = prior->second.id;
      m.name = prior->second.name;
    } else {
      m.id = Slug(ctx, t.end, k);
      m.name = Text(ctx, t.end, k);
      Remember(ctx, t.end, k, m.id, m.name);
    }
    m.type = MentionType::kPerson;
    m.role = te.value != "-" ? te.value : "";
    m.how = "title";
    m.end = k;
    Add(ctx, std::move(m), mentions);
  }
}

// A byline: "By: Jane Doe" on a line of its own, or several names in a list
// ("By Jane Doe, John Roe and Ann Poe"). Every item must be a name, or none is.
void ActorRules::ClaimByline(const TokenContext& ctx, std::vector<Mention>* mentions) {
  const uint32_t n = static_cast<uint32_t>(ctx.size());
  if (byline_end_ == 0 || byline_end_ >= n) return;
  std::vector<std::pair<uint32_t, uint32_t>>& names = byline_names_;
  names.clear();
  for (uint32_t at = byline_end_;;) {
    uint32_t k = at;
    if (covered_[at]) {  // a name another rule took ("Dr. Jane Doe")
      while (k < n && covered_[k]) ++k;
    } else {
      k = NameEnd(ctx, at, 5);
      if (k - at < 2) return;
      names.push_back({at, k});
    }
    if (k == n) break;
    at = k;
    while (at < n && HasWord(at, kList)) ++at;
    if (at == k || at == n) return;
  }
  for (const auto& [begin, end] : names) Introduce(ctx, begin, end, "byline", mentions);
}

// A name that an appositive introduces as someone with a job ("Agathe
// Demarais, a senior fellow at ...", "Jane Doe, director of ..."): a person,
// whose surname names them again later. The appositive opens with an article,
// a title or a noun for people, and names one before its closing comma.
void ActorRules::ClaimIntroducedNames(const TokenContext& ctx, std::vector<Mention>* mentions) {
  if (titles_.empty() && !ctx.AnyInSentence(kAgent) && !ctx.AnyInSentence(kRole)) return;
  const uint32_t n = static_cast<uint32_t>(ctx.size());
  const uint32_t window = static_cast<uint32_t>(lex_.settings.appositive_window);
  auto job = [&](uint32_t j) {
    return title_starting_[j] >= 0 || ctx.Has(j, kAgent) || ctx.Has(j, kRole);
  };
  // From each comma back to the name's first word (names are short: at most
  // four words, their initials' periods and particles).
  for (uint32_t end = 2; end + 1 < n; ++end) {
    if (ctx.tokens()[end].kind != TokenKind::kPunct || ctx.text(end) != ",") continue;
    uint32_t k = end;
    while (k > 0 && end - k < 8 && !covered_[k - 1] &&
           (NameWord(ctx, k - 1, 0) || ctx.norm(k - 1) == "." || HasWord(k - 1, kParticle)))
      --k;
    while (k < end && !NameWord(ctx, k, k)) ++k;
    if (end - k < 2 || NameEnd(ctx, k, 4) != end) continue;
    const uint32_t a = end + 1;
    if (!ctx.Has(a, kDeterminer) && !job(a)) continue;
    // A clause between commas is no appositive: "Wall Street, the investors say, is".
    bool who = false, clause = false;
    for (uint32_t j = a; j < n && j - a < window && ctx.norm(j) != ","; ++j) {
      who |= job(j);
      clause |= ctx.Has(j, kReporting) || ctx.Has(j, kFinite) || ctx.Has(j, kModal);
    }
    if (!who || clause) continue;
    Introduce(ctx, k, end, "appositive", mentions);
  }
}

// A name a person already introduced ("Jordan argues", after "Rebecca Jordan"),
// unless the candidate has an unambiguous reading of its own.
bool ActorRules::ClaimAsSurname(const TokenContext& ctx, const Candidate& c,
                                std::vector<Mention>* mentions) {
  if (c.end - c.begin != 1) return false;
  auto it = surnames_.find(ctx.text(c.begin));
  if (it == surnames_.end()) return false;
  for (uint32_t e : EntriesOf(c)) {
    if (!lex_.entries[e].ambiguous && lex_.entries[e].value != it->second.id) return false;
  }
  Mention m;
  m.begin = c.begin;
  m.end = c.end;
  m.id = it->second.id;
  m.name = it->second.name;
  m.type = MentionType::kPerson;
  m.how = "surname";
  Add(ctx, std::move(m), mentions);
  return true;
}

// Names a person introduced earlier, wherever no other reading took them.
void ActorRules::ClaimSurnames(const TokenContext& ctx, std::vector<Mention>* mentions) {
  if (surnames_.empty()) return;
  const uint32_t n = static_cast<uint32_t>(ctx.size());
  for (uint32_t k = 0; k < n; ++k) {
    if (covered_[k] || !Capitalized(ctx, k)) continue;
    auto it = surnames_.find(ctx.text(k));
    if (it == surnames_.end()) continue;
    uint32_t end = k + 1;
    while (end < n && !covered_[end] && Capitalized(ctx, end)) {
      auto next = surnames_.find(ctx.text(end));
      if (next == surnames_.end() || next->second.id != it->second.id) break;
      ++end;
    }
    // "Van den Broek": the particles before the name belong to it.
    uint32_t begin = k;
    while (begin > 0 && !covered_[begin - 1] && HasWord(begin - 1, kParticle)) --begin;
    Mention m;
    m.id = it->second.id;
    m.name = it->second.name;
    m.type = MentionType::kPerson;
    m.how = "surname";
    m.begin = begin;
    m.end = end;
    if (Possessive(ctx, m.end)) ++m.end;
    Add(ctx, std::move(m), mentions);
    k = end - 1;
  }
}

}  // namespace claimlens
