#include "context.h"

#include <bit>
#include <unordered_map>

namespace claimlens {
namespace {

const std::unordered_map<std::string_view, uint64_t>& GrammarTags() {
  static const std::unordered_map<std::string_view, uint64_t> tags = {
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
      {"event", kEvent},
      {"modal", kModal},
      {"perfect", kPerfect},
      {"question", kQuestion},
      {"complementizer", kComplementizer},
      {"personal", kPersonal},
      {"self", kSelf},
      {"third", kThird},
      {"frequency", kFrequency},
      {"metaword", kMetaword},
      {"demonstrative", kDemonstrative},
      {"option", kOption},
      {"source", kSource},
      {"belief", kBelief},
      {"inquiry", kInquiry},
      {"cognition", kCognition},
      {"topic", kTopic},
      {"possible", kPossible},
      {"subordinator", kSubordinator},
      {"judgement", kJudgement},
      {"be", kBe},
      {"contrast", kContrast},
      {"owner", kOwner},
      {"relation", kRelation},
      {"day", kDay},
      {"byline", kByline},
      {"dateline", kDateline},
      {"list", kList},
      {"locative", kLocation},
      {"joiner", kJoiner},
      {"person-owner", kPersonOwner},
      {"relative", kRelative},
      {"coordinator", kCoordinator},
      {"comment", kComment},
      {"partitive", kPartitive},
      {"agentive", kAgentive},
      {"ing-form", kIngForm},
      {"ly-form", kLyForm},
      {"ed-form", kEdForm},
      {"en-form", kEnForm},
      {"neuter", kNeuter},
      {"plural", kPlural},
      {"evidence", kEvidence},
      {"s-form", kSForm},
      {"particle", kParticle},
  };
  return tags;
}

bool IsClausePunct(std::string_view t) {
  return t == "," || t == ";" || t == ":" || t == "(" || t == ")" || IsDash(t);
}

}  // namespace

TokenContext::TokenContext(const CompiledLexicon& lex) : lex_(lex) {
  entry_tags_.reserve(lex.entries.size());
  for (const Entry& e : lex.entries) {
    uint64_t tag = 0;
    switch (e.kind) {
      case EntryKind::kGrammar: {
        auto it = GrammarTags().find(e.cls);
        if (it != GrammarTags().end()) tag = it->second;
        break;
      }
      case EntryKind::kTerminator:
        tag = kTerminator;
        break;
      case EntryKind::kDegree:
        tag = e.cls == "up" ? uint64_t{kDegreeUp} : uint64_t{kDegreeDown};
        break;
      case EntryKind::kAttribution:
        tag = e.cls == "verb" ? uint64_t{kReporting} : uint64_t{0};
        break;
      case EntryKind::kRole:
        tag = kRole;
        break;
      case EntryKind::kTitle:
        tag = kTitle;
        break;
      default:
        break;
    }
    entry_tags_.push_back(tag);
  }
  for (const uint32_t s : lex.suffixes) {
    if (lex.disabled[s] || entry_tags_[s] == 0) continue;  // the loader keeps at most 64
    suffixes_.push_back({lex.entries[s].phrase.substr(1), entry_tags_[s], s});
    const auto last = static_cast<unsigned char>(suffixes_.back().text.back());
    suffixes_by_last_[last] |= uint64_t{1} << (suffixes_.size() - 1);
  }
}

void TokenContext::AppendEndings(std::vector<Match>* out) const {
  for (size_t i = 0; i < norms_.size(); ++i) {
    if ((*tokens_)[i].kind != TokenKind::kWord || norms_[i].empty()) continue;
    ForEachEnding(norms_[i], [&](const Suffix& s) {
      out->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), s.entry, false});
    });
  }
}

void TokenContext::Build(const TokenList& tokens, const std::vector<Match>& matches,
                         std::string_view bytes) {
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
    if (t.kind != TokenKind::kWord || norms_[i].empty()) continue;
    ForEachEnding(norms_[i], [&](const Suffix& s) { tags_[i] |= s.tag; });
  }
  pre_.clear();
  pseudo_.clear();
  all_ = 0;
  for (const Match& m : matches) {
    if (m.part) continue;
    const uint64_t tag = entry_tags_[m.entry];
    if (tag == kPastTime) {
      all_ |= kPastTime;  // a phrase ("in the past") sets the sentence in the past
    } else if (tag != 0) {
      // Other tags mark the first token of their phrase; a multi-word grammar
      // phrase ("the intelligence community", "every year") marks all of its tokens.
      const bool whole = lex_.entries[m.entry].kind == EntryKind::kGrammar;
      for (uint32_t k = m.begin; k < (whole ? m.end : m.begin + 1); ++k) tags_[k] |= tag;
    }
    const Entry& e = lex_.entries[m.entry];
    if (e.kind == EntryKind::kNegation) {
      if (e.cls == "pre") pre_.push_back({m.begin, m.end, e.forward, e.backward});
      if (e.cls == "pseudo") pseudo_.push_back({m.begin, m.end});
    }
  }
  for (uint64_t t : tags_) all_ |= t;
  // A headline: at least three words, four in five of them capitalised.
  size_t words = 0, capitals = 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens.tokens[i];
    if (t.kind != TokenKind::kWord || t.has(Token::kClitic)) continue;
    ++words;
    capitals += !texts_[i].empty() && texts_[i][0] >= 'A' && texts_[i][0] <= 'Z';
  }
  title_case_ = words >= 3 && capitals * 5 >= words * 4;
  const std::vector<Trigger>& pre = pre_;
  const std::vector<Trigger>& pseudo = pseudo_;
  // "not only", "no doubt", "cannot be ruled out" look like negation and are not.
  std::vector<bool>& pseudo_cover = pseudo_cover_;
  pseudo_cover.assign(n, false);
  for (const Trigger& p : pseudo) {
    for (uint32_t k = p.begin; k < p.end; ++k) pseudo_cover[k] = true;
  }
  neg_start_.assign(n, -1);
  neg_end_.assign(n + 1, -1);
  neg_cover_.assign(n, false);
  for (const Trigger& t : pre) {
    bool inside_pseudo = true;
    for (uint32_t k = t.begin; k < t.end && inside_pseudo; ++k) inside_pseudo = pseudo_cover[k];
    if (inside_pseudo || (!negations_.empty() && negations_.back().end > t.begin)) continue;
    neg_start_[t.begin] = neg_end_[t.end] = static_cast<int>(negations_.size());
    for (uint32_t k = t.begin; k < t.end; ++k) neg_cover_[k] = true;
    negations_.push_back(t);
  }
}

}  // namespace claimlens
