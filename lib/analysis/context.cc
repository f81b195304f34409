#include "context.h"

#include <unordered_map>

namespace claimlens {
namespace {

const std::unordered_map<std::string_view, uint32_t>& GrammarTags() {
  static const std::unordered_map<std::string_view, uint32_t> tags = {
      {"determiner", kDeterminer},
      {"pronoun", kPronoun},
      {"preposition", kPreposition},
      {"auxiliary", kAuxiliary},
      {"past", kPastForm},
      {"past-time", kPastTime},
      {"month", kMonth},
      {"agent", kAgent},
      {"finite", kFinite},
      {"conjunction", kConjunction},
  };
  return tags;
}

bool IsClausePunct(std::string_view t) {
  return t == "," || t == ";" || t == ":" || t == "(" || t == ")" || t == "\u2014" ||
         t == "\u2013" || t == "--";
}

}  // namespace

void TokenContext::Build(const CompiledLexicon& lex, const TokenList& tokens,
                         const std::vector<Match>& matches, std::string_view bytes) {
  const size_t n = tokens.tokens.size();
  tokens_ = &tokens.tokens;
  tags_.assign(n, 0);
  norms_.resize(n);
  texts_.resize(n);
  negations_.clear();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens.tokens[i];
    norms_[i] = tokens.norm(t);
    texts_[i] = bytes.substr(t.span.start, t.span.size());
    if (t.kind == TokenKind::kPunct && IsClausePunct(norms_[i])) tags_[i] |= kClause;
  }
  std::vector<Trigger> pre, pseudo;
  for (const Match& m : matches) {
    if (m.part) continue;
    const Entry& e = lex.entries[m.entry];
    uint32_t tag = 0;
    switch (e.kind) {
      case EntryKind::kGrammar: {
        auto it = GrammarTags().find(e.cls);
        if (it != GrammarTags().end() && m.end - m.begin == 1) tag = it->second;
        break;
      }
      case EntryKind::kTerminator:
        tag = kTerminator;
        break;
      case EntryKind::kDegree:
        tag = e.cls == "up" ? kDegreeUp : kDegreeDown;
        break;
      case EntryKind::kAttribution:
        if (e.cls == "verb") tag = kReporting;
        break;
      case EntryKind::kRole:
        tag = kRole;
        break;
      case EntryKind::kNegation:
        if (e.cls == "pre") pre.push_back({m.begin, m.end});
        if (e.cls == "pseudo") pseudo.push_back({m.begin, m.end});
        break;
      default:
        break;
    }
    if (tag == 0) continue;
    // A tag marks the first token of its phrase ("in the past" marks "in"; a
    // reporting verb marks its verb, which comes first).
    tags_[m.begin] |= tag;
  }
  all_ = 0;
  for (uint32_t t : tags_) all_ |= t;
  for (const Match& m : matches) {
    if (!m.part && lex.entries[m.entry].kind == EntryKind::kGrammar &&
        lex.entries[m.entry].cls == "past-time") {
      all_ |= kPastTime;
    }
  }
  // "not only", "no doubt", "cannot be ruled out" look like negation and are not.
  for (const Trigger& t : pre) {
    bool inside_pseudo = false;
    for (const Trigger& p : pseudo) inside_pseudo |= p.begin <= t.begin && t.end <= p.end;
    if (!inside_pseudo && (negations_.empty() || negations_.back().end <= t.begin))
      negations_.push_back(t);
  }
}

}  // namespace claimlens
