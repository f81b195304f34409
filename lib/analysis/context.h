// What the rules need to know about each token of a sentence, gathered once from
// the non-cue matches: function-word classes, negation triggers and their
// pseudo-negations, scope terminators, degree words, reporting verbs.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"

namespace claimlens {

enum TokenTag : uint32_t {
  kDeterminer = 1u << 0,
  kPronoun = 1u << 1,
  kPreposition = 1u << 2,
  kAuxiliary = 1u << 3,
  kPastForm = 1u << 4,  // an irregular past form (said, told)
  kPastTime = 1u << 5,  // ago, formerly, in the past
  kMonth = 1u << 6,
  kAgent = 1u << 7,       // states, members, leadership: subjects that take recommendations
  kFinite = 1u << 8,      // is, are, was, has: never right after a modal
  kTerminator = 1u << 9,  // ends a negation scope
  kDegreeUp = 1u << 10,
  kDegreeDown = 1u << 11,
  kReporting = 1u << 12,  // an attribution verb (says, argued, announced)
  kRole = 1u << 13,       // leadership, forces, officials
  kClause = 1u << 14,     // punctuation that ends a clause: , ; : ( ) dashes
  kConjunction = 1u << 15,
  kEvent = 1u << 16,  // summit, talks: a capital before one is a place
  kModal = 1u << 17,
  kPerfect = 1u << 18,         // has, have: "has argued that X would"
  kQuestion = 1u << 19,        // whether, how, what: opens an indirect question
  kComplementizer = 1u << 20,  // that, whether, if: opens a complement clause
  kPersonal = 1u << 21,        // he, she, who
};

// A negation trigger: tokens [begin, end), and how far it reaches (negation.tsv).
struct Trigger {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t forward = 0;
  uint32_t backward = 0;
};
// No trigger reaches further than this (the loader enforces it): rules stay windowed.
inline constexpr uint32_t kMaxTriggerReach = 32;

class TokenContext {
 public:
  explicit TokenContext(const CompiledLexicon& lex);
  void Build(const TokenList& tokens, const std::vector<Match>& matches, std::string_view bytes);

  bool Has(size_t i, TokenTag tag) const { return i < tags_.size() && (tags_[i] & tag) != 0; }
  bool AnyInSentence(TokenTag tag) const { return (all_ & tag) != 0; }
  std::string_view norm(size_t i) const {
    return i < norms_.size() ? norms_[i] : std::string_view();
  }
  std::string_view text(size_t i) const {
    return i < texts_.size() ? texts_[i] : std::string_view();
  }
  size_t size() const { return tags_.size(); }
  const std::vector<Token>& tokens() const { return *tokens_; }
  // Negation triggers that really negate (pseudo-negations removed), in order.
  const std::vector<Trigger>& negations() const { return negations_; }
  // The trigger that starts, ends (exclusive) or covers token k, or -1: rules
  // look triggers up by position, so their cost stays linear in the sentence.
  int NegationStartingAt(size_t k) const { return k < neg_start_.size() ? neg_start_[k] : -1; }
  int NegationEndingAt(size_t k) const { return k < neg_end_.size() ? neg_end_[k] : -1; }
  bool InNegation(size_t k) const { return k < neg_cover_.size() && neg_cover_[k]; }

 private:
  const CompiledLexicon& lex_;
  std::vector<uint32_t> entry_tags_;  // the tag each entry gives its first token, worked out once
  std::vector<uint32_t> tags_;
  uint32_t all_ = 0;
  std::vector<std::string_view> norms_;
  std::vector<std::string_view> texts_;
  std::vector<Trigger> negations_;
  std::vector<Trigger> pre_, pseudo_;
  std::vector<int> neg_start_, neg_end_;
  std::vector<bool> neg_cover_;
  const std::vector<Token>* tokens_ = nullptr;
};

}  // namespace claimlens
