#include "match.h"

#include <algorithm>

#include "small_sort.h"

namespace claimlens {
namespace {

// No lexicon phrase is longer than this many tokens; it bounds the work per token.
constexpr size_t kMaxPhraseTokens = 48;

bool Wordish(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

// Each child of `node` that token `t` (word id `id`, 0 for a word no phrase
// has) reaches by its word: the edge for any case, and, when the token has
// them, the edges that ask for a capital or for capitals only.
template <typename Visit>
[[gnu::always_inline]] inline void WordChildren(const PhraseTrie& trie, uint32_t node, uint32_t id,
                                                const Token& t, Visit&& visit) {
  if (id == 0) return;
  const uint32_t any_case = trie.Child(node, PhraseTrie::LabelOf(id, PhraseTrie::kAnyCase));
  if (any_case != PhraseTrie::kNone) visit(any_case);
  if (t.has(Token::kHasUpper)) {
    const uint32_t capital = trie.Child(node, PhraseTrie::LabelOf(id, PhraseTrie::kCapital));
    if (capital != PhraseTrie::kNone) visit(capital);
  }
  if (t.has(Token::kAllUpper)) {
    const uint32_t capitals = trie.Child(node, PhraseTrie::LabelOf(id, PhraseTrie::kCapitals));
    if (capitals != PhraseTrie::kNone) visit(capitals);
  }
}

// The children by the token's own word and by the word it reads as (a clitic's
// full word; 0 for none).
template <typename Visit>
[[gnu::always_inline]] inline void TokenChildren(const PhraseTrie& trie, uint32_t node, uint32_t id,
                                                 uint32_t reads, const Token& t, Visit&& visit) {
  WordChildren(trie, node, id, t, visit);
  if (reads != 0) WordChildren(trie, node, reads, t, visit);
}

}  // namespace

template <bool kReads>
void Matcher::Walk(const Token* seq, const uint32_t* ids, const uint32_t* reads, size_t n,
                   bool part, uint32_t offset, std::vector<Match>* out) {
  const PhraseTrie& trie = lex_.trie;
  const bool wild = trie.has_wildcard_edges();
  for (size_t i = 0; i < n; ++i) {
    // Most tokens start no phrase: check the root's children before any state set.
    const Token& first = seq[i];
    bool starts = false;
    TokenChildren(trie, PhraseTrie::kRoot, ids[i], kReads ? reads[i] : 0, first,
                  [&](uint32_t) { starts = true; });
    if (!starts && !(wild && Wordish(first) &&
                     trie.Child(PhraseTrie::kRoot, PhraseTrie::kWildcard) != PhraseTrie::kNone)) {
      continue;
    }
    states_.assign(1, PhraseTrie::kRoot);
    for (size_t j = i; j < n && j < i + kMaxPhraseTokens && !states_.empty(); ++j) {
      const Token& t = seq[j];
      next_.clear();
      for (uint32_t s : states_) {
        if (!trie.has_children(s)) continue;
        TokenChildren(trie, s, ids[j], kReads ? reads[j] : 0, t,
                      [&](uint32_t child) { next_.push_back(child); });
        if (trie.has_wildcard_edges() && Wordish(t)) {
          const uint32_t any = trie.Child(s, PhraseTrie::kWildcard);
          if (any != PhraseTrie::kNone) next_.push_back(any);
        }
      }
      const size_t before = out->size();
      for (uint32_t s : next_) {
        for (uint32_t e : trie.entries(s)) {
          if (lex_.disabled[e]) continue;
          // Two spellings of one phrase ("could not", "couldn't") reach one entry twice.
          if (kReads && std::any_of(out->begin() + static_cast<ptrdiff_t>(before), out->end(),
                                    [&](const Match& o) { return o.entry == e; })) {
            continue;
          }
          out->push_back(Match{static_cast<uint32_t>(offset + i),
                               static_cast<uint32_t>(offset + j + 1), e, part});
        }
      }
      states_.swap(next_);
    }
  }
}

void Matcher::Patterns(std::string_view bytes, Span sentence, const TokenList& tokens,
                       std::vector<Match>* out) {
  const PatternSet& ps = lex_.patterns;
  if (!ps.set || tokens.tokens.empty()) return;
  const std::string_view text = bytes.substr(sentence.start, sentence.size());
  hits_.clear();
  if (!ps.set->Match(re2::StringPiece(text.data(), text.size()), &hits_)) return;
  const std::vector<Token>& toks = tokens.tokens;
  for (int h : hits_) {
    if (lex_.disabled[ps.entries[static_cast<size_t>(h)]]) continue;
    const RE2& re = *ps.regexes[static_cast<size_t>(h)];
    size_t pos = 0;
    // With a capturing group, the group is the cue ("(about) \d": "about", not "about 40").
    const int groups = std::min(1, re.NumberOfCapturingGroups());
    re2::StringPiece sub[2];
    const re2::StringPiece piece(text.data(), text.size());
    while (pos <= text.size() &&
           re.Match(piece, pos, text.size(), RE2::UNANCHORED, sub, 1 + groups)) {
      const re2::StringPiece& whole = sub[0];
      const re2::StringPiece& m = groups > 0 && sub[1].data() != nullptr ? sub[1] : sub[0];
      const auto start = static_cast<uint32_t>(sentence.start + (m.data() - text.data()));
      const auto end = static_cast<uint32_t>(start + m.size());
      // Snap to whole tokens: the first that ends after the start, through the last that starts
      // before the end.
      auto first = std::partition_point(toks.begin(), toks.end(),
                                        [&](const Token& t) { return t.span.end <= start; });
      auto last = std::partition_point(first, toks.end(),
                                       [&](const Token& t) { return t.span.start < end; });
      if (first != last) {
        out->push_back(Match{static_cast<uint32_t>(first - toks.begin()),
                             static_cast<uint32_t>(last - toks.begin()),
                             ps.entries[static_cast<size_t>(h)], false});
      }
      pos = whole.empty() ? static_cast<size_t>(whole.data() - text.data()) + 1
                          : static_cast<size_t>(whole.data() + whole.size() - text.data());
    }
  }
}

bool Matcher::ReadClitics(const TokenList& tokens) {
  const std::vector<Token>& toks = tokens.tokens;
  reads_.assign(toks.size(), 0);
  bool any = false;
  for (size_t k = 1; k < toks.size(); ++k) {
    if (!toks[k].has(Token::kClitic)) continue;
    const std::string_view norm = tokens.norm(toks[k]);
    for (const Contraction& c : lex_.contractions) {
      if (c.clitic != norm) continue;
      if (!c.after.empty() &&
          std::find(c.after.begin(), c.after.end(), tokens.norm(toks[k - 1])) == c.after.end()) {
        break;
      }
      reads_[k] = c.id;
      any = true;
      break;
    }
  }
  return any;
}

// A cue phrase that is all of a compound's pieces is the compound itself:
// "better-than-even" is "better than even", "ill-advised" "ill advised". (A
// piece alone, "NATO" in "NATO-skeptic", stays a part: the compound means more.)
void Matcher::WholeCompound(uint32_t token, const Token& t, size_t from, std::vector<Match>* out) {
  const size_t end = out->size();
  for (size_t k = from; k < end; ++k) {
    const Match m = (*out)[k];
    if (m.begin != t.first_part || m.end != t.first_part + t.nparts) continue;
    const EntryKind kind = lex_.entries[m.entry].kind;
    if (kind != EntryKind::kHedge && kind != EntryKind::kBooster &&
        kind != EntryKind::kEvaluation && kind != EntryKind::kIgnore)
      continue;
    const auto same = [&](const Match& o) {
      return !o.part && o.begin == token && o.end == token + 1 && o.entry == m.entry;
    };
    if (std::none_of(out->begin(), out->begin() + static_cast<ptrdiff_t>(from), same))
      out->push_back(Match{token, token + 1, m.entry, false});
  }
}

void Matcher::Run(std::string_view bytes, Span sentence, const TokenList& tokens,
                  std::vector<Match>* out) {
  out->clear();
  ids_.clear();
  bool clitics = false;
  for (const Token& t : tokens.tokens) {
    ids_.push_back(lex_.trie.WordId(tokens.norm(t)));
    clitics |= t.has(Token::kClitic);
  }
  if (clitics && ReadClitics(tokens)) {
    Walk<true>(tokens.tokens.data(), ids_.data(), reads_.data(), tokens.tokens.size(), false, 0,
               out);
  } else {
    Walk<false>(tokens.tokens.data(), ids_.data(), nullptr, tokens.tokens.size(), false, 0, out);
  }
  // The pieces of each compound are matched too ("NATO" in "NATO-skeptic"), as
  // slices of the parts list: no copies.
  part_ids_.clear();
  for (const Token& p : tokens.parts) part_ids_.push_back(lex_.trie.WordId(tokens.norm(p)));
  for (size_t ti = 0; ti < tokens.tokens.size(); ++ti) {
    const Token& t = tokens.tokens[ti];
    if (!t.has(Token::kCompound)) continue;
    const size_t from = out->size();
    Walk<false>(tokens.parts.data() + t.first_part, part_ids_.data() + t.first_part, nullptr,
                t.nparts, true, t.first_part, out);
    WholeCompound(static_cast<uint32_t>(ti), t, from, out);
  }
  Patterns(bytes, sentence, tokens, out);
  StableSortSmall(out->begin(), out->end(), [](const Match& a, const Match& b) {
    if (a.part != b.part) return !a.part;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
}

}  // namespace claimlens
