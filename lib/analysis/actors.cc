// The order of the actor rules over a sentence, and what they share.
#include "actors.h"

#include <algorithm>

#include "small_sort.h"

namespace claimlens {
namespace {

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

bool Capitalized(const TokenContext& ctx, size_t i) {
  if (i >= ctx.size() || ctx.tokens()[i].kind != TokenKind::kWord) return false;
  const std::string_view t = ctx.text(i);
  const unsigned char c = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 0x80 && ctx.tokens()[i].has(Token::kHasUpper));
}

ActorRules::ActorRules(const CompiledLexicon& lexicon, bool explain)
    : lex_(lexicon), explain_(explain) {
  // What each entry means to these rules, worked out once instead of per candidate.
  const size_t n = lex_.entries.size();
  entry_actor_.assign(n, kNoActor);
  entry_type_.assign(n, MentionType::kState);
  entry_word_.assign(n, 0);
  for (size_t e = 0; e < n; ++e) {
    const Entry& entry = lex_.entries[e];
    if (entry.kind == EntryKind::kGrammar) {
      const std::string& c = entry.cls;
      entry_word_[e] = c == "locative"   ? kLocative
                       : c == "list"     ? kList
                       : c == "body"     ? kBody
                       : c == "particle" ? kParticle
                       : c == "byline"   ? kByline
                       : c == "day"      ? kDay
                       : c == "address"  ? kAddress
                                         : 0;
    }
    if (entry.kind != EntryKind::kActor) continue;
    auto it = lex_.actor_index.find(entry.value);
    if (it == lex_.actor_index.end()) continue;
    entry_actor_[e] = it->second;
    entry_type_[e] = ParseMentionType(lex_.actors[it->second].type).value_or(MentionType::kPlace);
  }
}

void ActorRules::StartDocument() {
  seen_.clear();
  surnames_.clear();
}

void ActorRules::Run(const TokenContext& ctx, const TokenList& tokens,
                     const std::vector<Match>& matches, std::vector<Mention>* mentions,
                     std::vector<Dropped>* dropped) {
  mentions->clear();
  Collect(ctx, matches, tokens);
  Index(ctx, tokens, matches);
  ClaimTitledNames(ctx, mentions);
  ResolveCandidates(ctx, tokens, mentions, dropped);
  ClaimByline(ctx, mentions);
  ClaimIntroducedNames(ctx, mentions);
  ClaimSurnames(ctx, mentions);
  std::sort(mentions->begin(), mentions->end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

// The actor matches as candidates: the longest whole-token match at each place,
// then the pieces of compounds that no whole-token name covers.
void ActorRules::Collect(const TokenContext& ctx, const std::vector<Match>& matches,
                         const TokenList& tokens) {
  candidates_.clear();
  titles_.clear();
  roles_.clear();
  parts_.clear();
  part_token_.clear();
  std::vector<Candidate>& all = all_;
  all.clear();
  entries_of_.clear();
  for (const Match& m : matches) {
    const Entry& e = lex_.entries[m.entry];
    if (e.kind == EntryKind::kTitle && !m.part) titles_.push_back(m);
    if (e.kind == EntryKind::kRole && !m.part) roles_.push_back(m);
    if (e.kind != EntryKind::kActor || entry_actor_[m.entry] == kNoActor) continue;
    if (!all.empty() && all.back().begin == m.begin && all.back().end == m.end &&
        all.back().part == m.part) {
      entries_of_.push_back(m.entry);
      ++all.back().nentries;
      continue;
    }
    Candidate c{m.begin, m.end, m.part, 0, static_cast<uint32_t>(entries_of_.size()), 1};
    entries_of_.push_back(m.entry);
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
  // Gulf Cooperation Council", not "the Gulf"), then the leftmost. An article
  // makes no name longer: "the Baltic States" are the states, not "the Baltic".
  std::vector<const Candidate*>& order = order_;
  order.clear();
  for (const Candidate& c : all) {
    if (!c.part) order.push_back(&c);
  }
  auto length = [&](const Candidate* c) {
    return c->end - c->begin - (ctx.Has(c->begin, kDeterminer) ? 1u : 0u);
  };
  StableSortSmall(order.begin(), order.end(),
                  [&](const Candidate* a, const Candidate* b) { return length(a) > length(b); });
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
  uint32_t part_covered = 0;
  for (const Candidate& c : all) {
    if (!c.part || whole[c.token] || c.begin < part_covered) continue;
    // "trans-Atlantic", "pro-European": a region inside a compound is an adjective.
    bool actor = false;
    for (uint32_t e : EntriesOf(c)) {
      actor |= entry_type_[e] != MentionType::kRegion && entry_type_[e] != MentionType::kPlace;
    }
    if (!actor) continue;
    parts_.push_back(c);
    part_covered = c.end;
  }
}

// What the rules look up by position: the words they consult, titles and role
// nouns, and how many states the sentence names.
void ActorRules::Index(const TokenContext& ctx, const TokenList& tokens,
                       const std::vector<Match>& matches) {
  const size_t n = ctx.size();
  words_.assign(n, 0);
  particle_part_.assign(tokens.parts.size(), false);
  address_part_.assign(tokens.parts.size(), false);
  byline_end_ = 0;
  for (const Match& m : matches) {
    const uint8_t w = entry_word_[m.entry];
    const EntryKind kind = lex_.entries[m.entry].kind;
    if (m.part) {
      if (w == kParticle && m.end - m.begin == 1) particle_part_[m.begin] = true;
      if (w == kAddress && m.end - m.begin == 1) address_part_[m.begin] = true;
    } else if (w == kByline) {
      if (m.begin == 0) byline_end_ = std::max(byline_end_, m.end);
    } else if (kind == EntryKind::kTitle || kind == EntryKind::kRole) {
      for (uint32_t k = m.begin; k < m.end; ++k) words_[k] |= kKnown;
    } else if (kind != EntryKind::kActor && m.end - m.begin == 1) {
      words_[m.begin] |= w | kKnown;
    }
  }
  // A headline capitalises every word, so its capitals say nothing of names; a
  // byline ("By Li Wen") is no headline.
  heading_ = byline_end_ == 0;
  for (uint32_t k = 0; k < n && heading_; ++k) {
    heading_ = ctx.tokens()[k].kind != TokenKind::kWord || Capitalized(ctx, k) ||
               ctx.Has(k, kDeterminer) || ctx.Has(k, kPreposition) || ctx.Has(k, kConjunction);
  }
  states_ = 0;
  for (const Candidate& o : candidates_) {
    bool state = false;
    for (uint32_t e : EntriesOf(o)) {
      state |= !lex_.entries[e].ambiguous && entry_type_[e] == MentionType::kState;
    }
    states_ += state;
  }
  covered_.assign(n, false);
  title_ending_.assign(n + 1, -1);
  former_ending_.assign(n + 1, -1);
  title_starting_.assign(n + 1, -1);
  role_starting_.assign(n + 1, -1);
  for (size_t i = 0; i < titles_.size(); ++i) {
    const Match& t = titles_[i];
    const bool former = lex_.entries[t.entry].cls == "former";
    std::vector<int>& by_end = former ? former_ending_ : title_ending_;
    // The longest title ending here: "Prime Minister", not "Minister".
    if (by_end[t.end] < 0 || titles_[static_cast<size_t>(by_end[t.end])].begin > t.begin)
      by_end[t.end] = static_cast<int>(i);
    if (!former && title_starting_[t.begin] < 0) title_starting_[t.begin] = static_cast<int>(i);
  }
  for (size_t i = 0; i < roles_.size(); ++i) {
    const Match& r = roles_[i];
    if (role_starting_[r.begin] < 0 ||
        roles_[static_cast<size_t>(role_starting_[r.begin])].end < r.end) {
      role_starting_[r.begin] = static_cast<int>(i);
    }
  }
}

// Each candidate not inside a longer mention becomes a mention of the reading
// the rules choose, or is set aside with the reason.
void ActorRules::ResolveCandidates(const TokenContext& ctx, const TokenList& tokens,
                                   std::vector<Mention>* mentions, std::vector<Dropped>* dropped) {
  uint32_t last_place_end = 0;
  order_.clear();
  for (const Candidate& c : candidates_) order_.push_back(&c);
  for (const Candidate& c : parts_) order_.push_back(&c);
  for (const Candidate* cp : order_) {
    const Candidate& c = *cp;
    // Inside a longer mention ("Russia’s Pacific Fleet").
    if (!c.part && covered_[c.begin]) continue;
    Mention title;  // what a title before the candidate says
    const bool titled = !c.part && TitleBefore(c.begin, &title);
    if (!c.part && !titled && ClaimAsSurname(ctx, c, mentions)) continue;
    if (c.part && c.end < address_part_.size() && address_part_[c.end] &&
        c.end < tokens.tokens[c.token].first_part + tokens.tokens[c.token].nparts) {
      Drop(c, "an address (\"Brussels-based\"), no actor", dropped);
      continue;
    }
    // "Tunis, Algiers and Rabat": a name listed right after a place is a place too.
    bool place_list = false;
    if (last_place_end > 0 && c.begin >= last_place_end && c.begin - last_place_end <= 1) {
      place_list = c.begin == last_place_end;
      for (uint32_t k = last_place_end; k < c.begin; ++k) place_list = HasWord(k, kList);
    }
    const char* rule = "";
    const int e = Resolve(ctx, c, titled, place_list, &rule);
    if (e < 0) {
      Drop(c, rule, dropped);
      continue;
    }
    const Reading r{&c, static_cast<uint32_t>(e), entry_type_[static_cast<uint32_t>(e)]};
    if (!c.part && !titled) {
      if (const char* veto = Vetoed(ctx, r)) {
        Drop(c, veto, dropped);
        continue;
      }
    }
    // A title only goes with a person ("President" before a state's name does not).
    Mention m = titled && r.type == MentionType::kPerson ? std::move(title) : Mention();
    if (explain_) m.rule = rule;
    AddReading(ctx, tokens, r, titled && r.type == MentionType::kPerson, std::move(m), mentions);
    if (!c.part && r.type == MentionType::kPlace) last_place_end = c.end;
  }
}

// A title right before `at` ("former President"): sets the mention's begin,
// role and former, and returns true.
bool ActorRules::TitleBefore(uint32_t at, Mention* m) const {
  if (title_ending_[at] < 0) return false;
  const Match& t = titles_[static_cast<size_t>(title_ending_[at])];
  const Entry& te = lex_.entries[t.entry];
  m->begin = t.begin;
  if (te.value != "-") m->role = te.value;
  if (former_ending_[t.begin] >= 0) {
    m->former = true;
    m->begin = titles_[static_cast<size_t>(former_ending_[t.begin])].begin;
  }
  return true;
}

// The mention of a chosen reading: its actor, how it was named, and its span,
// which takes in a possessive and a role noun after it; a person's name words
// are remembered for later mentions.
void ActorRules::AddReading(const TokenContext& ctx, const TokenList& tokens, const Reading& r,
                            bool titled, Mention m, std::vector<Mention>* mentions) {
  const Candidate& c = *r.c;
  const Entry& entry = lex_.entries[r.entry];
  const Actor& a = lex_.actors[entry_actor_[r.entry]];
  if (!titled) m.begin = c.begin;
  m.id = a.id;
  m.name = a.name;
  m.type = r.type;
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
    return;
  }
  m.end = c.end;
  if (Possessive(ctx, m.end)) ++m.end;  // "NATO’s"
  if (r.type == MentionType::kPerson) {
    // Only a person's name words stand for them later: an institution named
    // again ("the CIA") stays the institution.
    Remember(ctx, c.begin, c.end, a.id, a.name);
  } else if (m.role.empty() && role_starting_[m.end] >= 0 &&
             !TitleThenName(ctx, m.end)) {  // not "European scholar Luis Simon"
    // "Chinese leadership", "Russia’s Pacific Fleet": the state in a role.
    const Match& role = roles_[static_cast<size_t>(role_starting_[m.end])];
    m.role = lex_.entries[role.entry].cls;
    m.end = role.end;
  }
  seen_.insert(a.id);  // later mentions of an ambiguous name it confirmed resolve too
  Add(ctx, std::move(m), mentions);
}

// A title that a capitalised word follows ("scholar Luis Simon").
bool ActorRules::TitleThenName(const TokenContext& ctx, uint32_t at) const {
  return title_starting_[at] >= 0 &&
         Capitalized(ctx, titles_[static_cast<size_t>(title_starting_[at])].end);
}

// The possessive clitic a mention keeps in its span ("NATO’s"); the tokenizer
// splits it off, and its norm folds the apostrophe.
bool ActorRules::Possessive(const TokenContext& ctx, uint32_t k) const {
  return k < ctx.size() && ctx.tokens()[k].has(Token::kClitic) && ctx.norm(k) == "'s";
}

void ActorRules::Add(const TokenContext& ctx, Mention m, std::vector<Mention>* mentions) {
  const auto& toks = ctx.tokens();
  m.span = {toks[m.begin].span.start, toks[m.end - 1].span.end};
  for (uint32_t k = m.begin; k < m.end && k < ctx.size(); ++k) covered_[k] = true;
  mentions->push_back(std::move(m));
}

void ActorRules::Drop(const Candidate& c, std::string_view why,
                      std::vector<Dropped>* dropped) const {
  if (!explain_) return;
  // A dropped piece of a compound is shown as its whole token.
  const uint32_t begin = c.part ? c.token : c.begin, end = c.part ? c.token + 1 : c.end;
  dropped->push_back({begin, end, EntriesOf(c).front(), std::string(why)});
}

}  // namespace claimlens
