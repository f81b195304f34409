#include "actors.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace claimlens {
namespace {

bool Capitalized(const TokenContext& ctx, size_t i) {
  if (i >= ctx.size() || ctx.tokens()[i].kind != TokenKind::kWord) return false;
  const std::string_view t = ctx.text(i);
  const unsigned char c = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 0x80 && ctx.tokens()[i].has(Token::kHasUpper));
}

bool Locative(std::string_view n) {
  return n == "in" || n == "at" || n == "near" || n == "outside" || n == "inside" ||
         n == "around" || n == "throughout";
}

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

// The end of a personal name that starts at `from`: capitalised words and
// initials ("Jane Q. Doe"), at most `max` words, not past `covered` tokens.
uint32_t NameEnd(const TokenContext& ctx, uint32_t from, uint32_t max,
                 const std::vector<bool>& covered) {
  uint32_t k = from, words = 0;
  while (k < ctx.size() && words < max && !covered[k]) {
    if (Capitalized(ctx, k) && !ctx.Has(k, kDeterminer)) {
      ++k;
      ++words;
    } else if (k > from && ctx.norm(k) == "." && ctx.text(k - 1).size() == 1 &&
               k + 1 < ctx.size() && Capitalized(ctx, k + 1)) {
      ++k;  // the period of an initial
    } else {
      break;
    }
  }
  return k;
}

constexpr std::string_view kTypeNames[kMentionTypeCount] = {"state",  "organization", "group",
                                                            "person", "region",       "place"};

}  // namespace

std::string_view MentionTypeName(MentionType type) { return kTypeNames[static_cast<int>(type)]; }

std::optional<MentionType> ParseMentionType(std::string_view name) {
  for (int i = 0; i < kMentionTypeCount; ++i) {
    if (kTypeNames[i] == name) return static_cast<MentionType>(i);
  }
  return std::nullopt;
}

ActorRules::ActorRules(const CompiledLexicon& lexicon, bool explain)
    : lex_(lexicon), explain_(explain) {
  // Each actor entry's actor and type, looked up once instead of per candidate.
  entry_actor_.assign(lex_.entries.size(), kNoActor);
  entry_type_.assign(lex_.entries.size(), MentionType::kState);
  for (size_t e = 0; e < lex_.entries.size(); ++e) {
    if (lex_.entries[e].kind != EntryKind::kActor) continue;
    auto it = lex_.actor_index.find(lex_.entries[e].value);
    if (it == lex_.actor_index.end()) continue;
    entry_actor_[e] = it->second;
    entry_type_[e] = ParseMentionType(lex_.actors[it->second].type).value_or(MentionType::kPlace);
  }
}

void ActorRules::StartDocument() {
  seen_.clear();
  surnames_.clear();
}

void ActorRules::Collect(const std::vector<Match>& matches, const TokenList& tokens) {
  candidates_.clear();
  titles_.clear();
  roles_.clear();
  parts_.clear();
  part_token_.clear();
  std::vector<Candidate>& all = all_;
  all.clear();
  for (const Match& m : matches) {
    const Entry& e = lex_.entries[m.entry];
    if (e.kind == EntryKind::kTitle && !m.part) titles_.push_back(m);
    if (e.kind == EntryKind::kRole && !m.part) roles_.push_back(m);
    if (e.kind != EntryKind::kActor || entry_actor_[m.entry] == kNoActor) continue;
    if (!all.empty() && all.back().begin == m.begin && all.back().end == m.end &&
        all.back().part == m.part) {
      all.back().entries.push_back(m.entry);
      continue;
    }
    Candidate c{m.begin, m.end, m.part, 0, {m.entry}};
    if (m.part) {
      if (part_token_.empty()) {  // which compound each piece belongs to, worked out once
        part_token_.assign(tokens.parts.size(), 0);
        for (uint32_t t = 0; t < tokens.tokens.size(); ++t) {
          const Token& tok = tokens.tokens[t];
          if (!tok.has(Token::kCompound)) continue;
          for (uint32_t p = tok.first_part; p < tok.first_part + tok.nparts; ++p)
            part_token_[p] = t;
        }
      }
      c.token = part_token_[m.begin];
    }
    all.push_back(std::move(c));
  }
  // Longest match wins over whole tokens ("South China Sea", not "China"; "the
  // Gulf Cooperation Council", not "the Gulf"), then the leftmost.
  std::vector<const Candidate*>& order = order_;
  order.clear();
  for (const Candidate& c : all) {
    if (!c.part) order.push_back(&c);
  }
  std::stable_sort(order.begin(), order.end(), [](const Candidate* a, const Candidate* b) {
    return a->end - a->begin > b->end - b->begin;
  });
  std::vector<bool>& whole = whole_;
  whole.assign(tokens.tokens.size(), false);
  for (const Candidate* c : order) {
    bool free = true;
    for (uint32_t k = c->begin; k < c->end; ++k) free &= !whole[k];
    if (!free) continue;
    candidates_.push_back(*c);
    for (uint32_t k = c->begin; k < c->end; ++k) whole[k] = true;
  }
  std::sort(candidates_.begin(), candidates_.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  // Pieces of compounds that no whole-token name covers ("NATO" in "NATO-skeptic").
  uint32_t part_covered = 0;
  for (const Candidate& c : all) {
    if (!c.part || whole[c.token] || c.begin < part_covered) continue;
    // "trans-Atlantic", "pro-European": a region inside a compound is an adjective.
    bool actor = false;
    for (uint32_t e : c.entries) {
      actor |= entry_type_[e] != MentionType::kRegion && entry_type_[e] != MentionType::kPlace;
    }
    if (!actor) continue;
    parts_.push_back(c);
    part_covered = c.end;
  }
}

int ActorRules::Resolve(const TokenContext& ctx, const Candidate& c, bool titled, bool place_list,
                        std::string* why) const {
  auto type = [&](uint32_t e) { return entry_type_[e]; };
  int best = -1;
  auto consider = [&](uint32_t e, bool ok) {
    if (!ok) return;
    if (best < 0 || type(e) < type(static_cast<uint32_t>(best))) {
      best = static_cast<int>(e);
    }
  };
  if (titled) {
    for (uint32_t e : c.entries) consider(e, type(e) == MentionType::kPerson);
    if (best >= 0) return best;
  }
  // "the summit in Washington": after a locative preposition a capital is a place.
  // So is one before an event ("the Hanoi summit"), or listed after a place.
  const bool possessive = c.end < ctx.size() && ctx.tokens()[c.end].has(Token::kClitic);
  const bool locative =
      (c.begin > 0 && Locative(ctx.norm(c.begin - 1))) || ctx.Has(c.end, kEvent) || place_list;
  if (!c.part && locative && !possessive) {
    for (uint32_t e : c.entries) {
      if (type(e) == MentionType::kPlace) return static_cast<int>(e);
    }
  }
  for (uint32_t e : c.entries) consider(e, !lex_.entries[e].ambiguous);
  if (best >= 0) return best;

  // Only ambiguous readings ("Georgia", "Chad", "Jordan"): they need support.
  if (!c.part && Capitalized(ctx, c.end) && c.end > 0 &&
      ctx.tokens()[c.end].span.start > ctx.tokens()[c.end - 1].span.end) {
    if (explain_) *why = "part of a longer name ('" + std::string(ctx.text(c.end)) + "' follows)";
    return -1;
  }
  for (uint32_t e : c.entries) {
    if (seen_.count(lex_.entries[e].value)) return static_cast<int>(e);
  }
  // In a list of states ("Mali, Niger and Chad"), a state reading is supported.
  // Only the whole-token neighbours on either side can be in that list.
  const size_t ci = c.part ? candidates_.size() : static_cast<size_t>(&c - candidates_.data());
  for (size_t oi = ci > 0 ? ci - 1 : 0; !c.part && oi <= ci + 1 && oi < candidates_.size(); ++oi) {
    const Candidate& o = candidates_[oi];
    if (&o == &c || o.part) continue;
    const uint32_t gap_from = o.end <= c.begin ? o.end : c.end;
    const uint32_t gap_to = o.end <= c.begin ? c.begin : o.begin;
    if (gap_to < gap_from || gap_to - gap_from > 1) continue;
    bool joined = gap_to == gap_from;
    for (uint32_t k = gap_from; k < gap_to; ++k) {
      const std::string_view n = ctx.norm(k);
      joined = n == "," || n == "and" || n == "or" || n == "/";
    }
    bool state = false;
    for (uint32_t e : o.entries)
      state |= !lex_.entries[e].ambiguous && type(e) == MentionType::kState;
    if (!joined || !state) continue;
    for (uint32_t e : c.entries) {
      if (type(e) == MentionType::kState) return static_cast<int>(e);
    }
  }
  // A sentence that names two other states ("coups in Mali, in Guinea and in
  // Burkina Faso") supports the state reading of an ambiguous name in it.
  if (states_ >= 2) {
    for (uint32_t e : c.entries) {
      if (type(e) == MentionType::kState) return static_cast<int>(e);
    }
  }
  if (explain_) *why = "an ambiguous name with no support in context";
  return -1;
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

// A title before a name the lexicons do not know ("European scholar Luis
// Simon") names a person, even when the name holds an ambiguous alias ("analyst
// Rebecca Jordan"). Names the lexicons know are left to the candidates.
void ActorRules::ClaimTitledNames(const TokenContext& ctx, std::vector<bool>& covered,
                                  std::vector<Mention>* mentions) {
  const size_t n = ctx.size();
  const auto& toks = ctx.tokens();
  for (const Match& t : titles_) {
    const Entry& te = lex_.entries[t.entry];
    if (te.cls == "former" || covered[t.begin] || t.end >= n) continue;
    const uint32_t k = NameEnd(ctx, t.end, 4, covered);
    if (k == t.end) continue;
    bool known = false;
    // The candidates inside the name: found by binary search, candidates_ being in order.
    auto first = std::lower_bound(candidates_.begin(), candidates_.end(), t.end,
                                  [](const Candidate& c, uint32_t at) { return c.end <= at; });
    for (auto it = first; it != candidates_.end() && it->begin < k; ++it) {
      const Candidate& c = *it;
      if (c.part || c.end <= t.end) continue;
      for (uint32_t e : c.entries) {
        known |= entry_type_[e] == MentionType::kPerson || !lex_.entries[e].ambiguous;
      }
    }
    if (known) continue;
    Mention m;
    uint32_t begin = t.begin;
    if (t.begin > 0 && ctx.norm(t.begin - 1) == "former") {
      m.former = true;
      begin = t.begin - 1;
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
    m.begin = begin;
    m.end = k;
    m.span = {toks[m.begin].span.start, toks[m.end - 1].span.end};
    for (uint32_t j = m.begin; j < m.end; ++j) covered[j] = true;
    mentions->push_back(std::move(m));
  }
}

void ActorRules::Run(const TokenContext& ctx, const TokenList& tokens,
                     const std::vector<Match>& matches, std::vector<Mention>* mentions,
                     std::vector<Dropped>* dropped) {
  mentions->clear();
  Collect(matches, tokens);
  states_ = 0;  // whole-token candidates with an unambiguous state reading
  for (const Candidate& o : candidates_) {
    bool state = false;
    for (uint32_t e : o.entries) {
      state |= !o.part && !lex_.entries[e].ambiguous && entry_type_[e] == MentionType::kState;
    }
    states_ += state;
  }
  const size_t n = ctx.size();
  std::vector<bool>& covered = covered_;
  covered.assign(n, false);
  const auto& toks = ctx.tokens();
  auto span_of = [&](uint32_t b, uint32_t e) {
    return Span{toks[b].span.start, toks[e - 1].span.end};
  };
  // Titles and role nouns by position, so each lookup is constant time.
  std::vector<int>& title_ending = title_ending_;
  std::vector<int>& former_ending = former_ending_;
  std::vector<int>& title_starting = title_starting_;
  std::vector<int>& role_starting = role_starting_;
  title_ending.assign(n + 1, -1);
  former_ending.assign(n + 1, -1);
  title_starting.assign(n + 1, -1);
  role_starting.assign(n + 1, -1);
  for (size_t i = 0; i < titles_.size(); ++i) {
    const Match& t = titles_[i];
    const bool former = lex_.entries[t.entry].cls == "former";
    std::vector<int>& by_end = former ? former_ending : title_ending;
    // The longest title ending here: "Prime Minister", not "Minister".
    if (by_end[t.end] < 0 || titles_[static_cast<size_t>(by_end[t.end])].begin > t.begin)
      by_end[t.end] = static_cast<int>(i);
    if (!former && title_starting[t.begin] < 0) title_starting[t.begin] = static_cast<int>(i);
  }
  for (size_t i = 0; i < roles_.size(); ++i) {
    const Match& r = roles_[i];
    if (role_starting[r.begin] < 0 ||
        roles_[static_cast<size_t>(role_starting[r.begin])].end < r.end) {
      role_starting[r.begin] = static_cast<int>(i);
    }
  }
  auto title_before = [&](uint32_t at, uint32_t* begin, bool* former, std::string* role) {
    if (title_ending[at] < 0) return false;
    const Match& t = titles_[static_cast<size_t>(title_ending[at])];
    const Entry& e = lex_.entries[t.entry];
    *begin = t.begin;
    role->clear();
    if (e.value != "-") *role = e.value;
    if (former_ending[t.begin] >= 0) {
      *former = true;
      *begin = titles_[static_cast<size_t>(former_ending[t.begin])].begin;
    }
    return true;
  };
  auto add = [&](Mention m) {
    for (uint32_t k = m.begin; k < m.end && k < n; ++k) covered[k] = true;
    mentions->push_back(std::move(m));
  };

  auto title_then_name = [&](uint32_t at) {
    return title_starting[at] >= 0 &&
           Capitalized(ctx, titles_[static_cast<size_t>(title_starting[at])].end);
  };
  uint32_t last_place_end = 0;
  ClaimTitledNames(ctx, covered, mentions);
  std::vector<const Candidate*> all;
  for (const Candidate& c : candidates_) all.push_back(&c);
  for (const Candidate& c : parts_) all.push_back(&c);
  for (const Candidate* cp : all) {
    const Candidate& c = *cp;
    if (!c.part && covered[c.begin])
      continue;  // inside a longer mention ("Russia’s Pacific Fleet")
    Mention m;
    uint32_t begin = c.begin;
    bool titled = !c.part && title_before(c.begin, &begin, &m.former, &m.role);
    // A name a person already introduced ("Jordan argues", after "Rebecca Jordan").
    if (!c.part && c.end - c.begin == 1 && !titled) {
      auto it = surnames_.find(ctx.text(c.begin));
      if (it != surnames_.end()) {
        bool unambiguous_other = false;
        for (uint32_t e : c.entries)
          unambiguous_other |= !lex_.entries[e].ambiguous && lex_.entries[e].value != it->second.id;
        if (!unambiguous_other) {
          m.begin = c.begin;
          m.end = c.end;
          m.id = it->second.id;
          m.name = it->second.name;
          m.type = MentionType::kPerson;
          m.how = "surname";
          m.span = span_of(m.begin, m.end);
          add(std::move(m));
          continue;
        }
      }
    }
    std::string why;
    bool place_list = false;
    if (last_place_end > 0 && c.begin >= last_place_end && c.begin - last_place_end <= 1) {
      place_list = c.begin == last_place_end;
      for (uint32_t k = last_place_end; k < c.begin; ++k) {
        const std::string_view w = ctx.norm(k);
        place_list = w == "," || w == "and" || w == "or";
      }
    }
    const int e = Resolve(ctx, c, titled, place_list, &why);
    if (e < 0) {
      if (explain_) dropped->push_back({c.begin, c.end, c.entries.front(), why});
      continue;
    }
    const Entry& entry = lex_.entries[static_cast<uint32_t>(e)];
    const Actor& a = lex_.actors[entry_actor_[static_cast<uint32_t>(e)]];
    const MentionType a_type = entry_type_[static_cast<uint32_t>(e)];
    if (!c.part && !titled) {
      // "its Pacific Fleet", "the Baltic Fleet": a region that starts a unit's name.
      bool unit = false;
      unit = role_starting[c.begin] >= 0 &&
             roles_[static_cast<size_t>(role_starting[c.begin])].end > c.end;
      if (unit && (a_type == MentionType::kRegion || a_type == MentionType::kPlace)) {
        if (explain_) {
          dropped->push_back(
              {c.begin, c.end, c.entries.front(), "the name of a unit, not the region"});
        }
        continue;
      }
      // "a Senior Washington Fellow", "Moscow State University": a seat inside a longer name.
      if (entry.cls == "seat" && c.end - c.begin == 1 && Capitalized(ctx, c.end) &&
          !title_then_name(c.end) && c.begin > 0 && Capitalized(ctx, c.begin - 1)) {
        if (explain_) {
          dropped->push_back({c.begin, c.end, c.entries.front(), "part of a longer name"});
        }
        continue;
      }
    }
    if (titled && a_type != MentionType::kPerson) {
      titled = false;
      begin = c.begin;
      m.former = false;
      m.role.clear();
    }
    m.id = a.id;
    m.name = a.name;
    m.type = a_type;
    if (!a.roles.empty()) m.affiliation = a.roles.back().affiliation;
    // An institution's entry names its role ("Revolutionary Guards": military).
    const bool naming = entry.cls == "alias" || entry.cls == "demonym" || entry.cls == "seat";
    if (!naming) m.role = entry.cls;
    m.how = c.part ? "part" : titled ? "title" : naming ? entry.cls : "institution";
    if (c.part) {
      m.begin = c.token;
      m.end = c.token + 1;
      m.span = {tokens.parts[c.begin].span.start, tokens.parts[c.end - 1].span.end};
      mentions->push_back(std::move(m));  // the rest of the compound stays free
      continue;
    }
    m.begin = begin;
    m.end = c.end;
    if (m.end < n && toks[m.end].has(Token::kClitic) && ctx.norm(m.end) == "'s")
      ++m.end;  // "NATO’s"
    if (a_type != MentionType::kPerson && m.role.empty()) {
      // "Chinese leadership", "Russia’s Pacific Fleet": the state in a role.
      if (m.end <= n && role_starting[m.end] >= 0 &&
          !title_then_name(m.end)) {  // not "European scholar Luis Simon"
        const Match& r = roles_[static_cast<size_t>(role_starting[m.end])];
        m.role = lex_.entries[r.entry].cls;
        m.end = r.end;
      }
    } else {
      Remember(ctx, c.begin, c.end, a.id, a.name);
    }
    seen_.insert(a.id);  // later mentions of an ambiguous name it confirmed resolve too
    if (a_type == MentionType::kPlace) last_place_end = c.end;
    m.span = span_of(m.begin, m.end);
    add(std::move(m));
  }

  // A byline: "By: Jane Doe" on a line of its own.
  const uint32_t first =
      n > 0 && ctx.norm(0) == "by" && Capitalized(ctx, 0) ? (ctx.norm(1) == ":" ? 2 : 1) : 0;
  if (first > 0 && first < n && !covered[first]) {
    const uint32_t k = NameEnd(ctx, first, 5, covered);
    if (k == n && k - first >= 2) {
      Mention m;
      m.id = Slug(ctx, first, k);
      m.name = Text(ctx, first, k);
      m.type = MentionType::kPerson;
      m.how = "byline";
      m.begin = first;
      m.end = k;
      m.span = span_of(first, k);
      Remember(ctx, first, k, m.id, m.name);
      add(std::move(m));
    }
  }

  // Names a person introduced earlier, wherever no other reading took them.
  for (uint32_t k = 0; k < n; ++k) {
    if (covered[k] || !Capitalized(ctx, k)) continue;
    auto it = surnames_.find(ctx.text(k));
    if (it == surnames_.end()) continue;
    uint32_t end = k + 1;
    while (end < n && !covered[end] && Capitalized(ctx, end) && surnames_.count(ctx.text(end)) &&
           surnames_.find(ctx.text(end))->second.id == it->second.id) {
      ++end;
    }
    Mention m;
    m.id = it->second.id;
    m.name = it->second.name;
    m.type = MentionType::kPerson;
    m.how = "surname";
    m.begin = k;
    m.end = end;
    if (m.end < n && toks[m.end].has(Token::kClitic) && ctx.norm(m.end) == "'s") ++m.end;
    m.span = span_of(m.begin, m.end);
    add(std::move(m));
    k = end - 1;
  }
  std::sort(mentions->begin(), mentions->end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

}  // namespace claimlens
