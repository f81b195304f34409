// What the rules need to know about each token of a sentence, gathered once from
// the non-cue matches: function-word classes, negation triggers and their
// pseudo-negations, scope terminators, degree words, reporting verbs.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"

namespace claimlens {

enum TokenTag : uint64_t {
  kDeterminer = uint64_t{1} << 0,
  kPronoun = uint64_t{1} << 1,
  kPreposition = uint64_t{1} << 2,
  kAuxiliary = uint64_t{1} << 3,
  kPastForm = uint64_t{1} << 4,  // an irregular past form (said, told)
  kPastTime = uint64_t{1} << 5,  // ago, formerly, in the past
  kMonth = uint64_t{1} << 6,
  kAgent = uint64_t{1} << 7,   // states, members, leadership: subjects that take recommendations
  kFinite = uint64_t{1} << 8,  // is, are, was, has: never right after a modal
  kTerminator = uint64_t{1} << 9,  // ends a negation scope
  kDegreeUp = uint64_t{1} << 10,
  kDegreeDown = uint64_t{1} << 11,
  kReporting = uint64_t{1} << 12,  // an attribution verb (says, argued, announced)
  kRole = uint64_t{1} << 13,       // leadership, forces, officials
  kClause = uint64_t{1} << 14,     // punctuation that ends a clause: , ; : ( ) dashes
  kConjunction = uint64_t{1} << 15,
  kEvent = uint64_t{1} << 16,  // summit, talks: a capital before one is a place
  kModal = uint64_t{1} << 17,
  kPerfect = uint64_t{1} << 18,         // has, have: "has argued that X would"
  kQuestion = uint64_t{1} << 19,        // whether, how, what: opens an indirect question
  kComplementizer = uint64_t{1} << 20,  // that, whether, if: opens a complement clause
  kPersonal = uint64_t{1} << 21,        // he, she, who
  kSelf = uint64_t{1} << 22,            // I, we, this assessment: the author
  kThird = uint64_t{1} << 23,           // he, she, it, they
  kFrequency = uint64_t{1} << 24,       // quarterly, every year: habit or schedule
  kMetaword = uint64_t{1} << 25,        // word, term, phrase
  kDemonstrative = uint64_t{1} << 26,   // this, that, such
  kOption = uint64_t{1} << 27,          // consider, explore, weigh
  kSource = uint64_t{1} << 28,          // study, report, statement
  kBelief = uint64_t{1} << 29,          // believe, think, expect, assess
  kInquiry = uint64_t{1} << 30,         // ask, wonder, unclear: "if" after one asks
  kCognition = uint64_t{1} << 31,       // know, understand, mean: "must know" infers
  kTopic = uint64_t{1} << 32,           // possibility, chance: nouns a cue may name as a topic
  kPossible = uint64_t{1} << 33,        // possible, conceivable: negated, a categorical judgement
  kSubordinator = uint64_t{1} << 34,    // when, after, because: opens a subordinate clause
  kJudgement = uint64_t{1} << 35,       // judgement, assessment: what a confidence is in
  kBe = uint64_t{1} << 36,              // is, was, been: a participle after one is passive
  kContrast = uint64_t{1} << 37,        // but, yet, whereas: a clause of its own may follow
  kOwner = uint64_t{1} << 38,           // its, their: a third party owns what follows
  kRelation = uint64_t{1} << 39,        // partner, ally, rival: a noun of a relation to its owner
  kDay = uint64_t{1} << 40,             // Monday ... Sunday: a dateline's words
  kByline = uint64_t{1} << 41,          // "By", "By:" opening a byline
  kDateline = uint64_t{1} << 42,        // Updated, PM: a dateline's other words
  kList = uint64_t{1} << 43,            // , and or /: joins the items of a list
  kLocation = uint64_t{1} << 44,        // in, at, near: a name after one says where, not who
  kTitle = uint64_t{1} << 45,        // president, minister: an office a person holds (titles.tsv)
  kJoiner = uint64_t{1} << 46,       // of, for, on: may join the words of a name
  kPersonOwner = uint64_t{1} << 47,  // his, her: a person owns what follows
  kRelative = uint64_t{1} << 48,     // who, which: the phrase before is the clause's subject
  kCoordinator = uint64_t{1} << 49,  // and, or: joins two subjects into one
  kComment = uint64_t{1} << 50,      // as: opens a comment clause ("As the minister said, ...")
  kPartitive = uint64_t{1} << 51,    // number of, most of: "a number of officials" are officials
  kAgentive = uint64_t{1} << 52,     // by, from: "a study by the ODNI" is the ODNI's
  // Word endings (grammar.tsv's suffix rows: "-ing" tags every word ending so).
  kIngForm = uint64_t{1} << 53,  // saying, including: a participle or gerund
  kLyForm = uint64_t{1} << 54,   // notably, repeatedly: an adverb, mostly
  kEdForm = uint64_t{1} << 55,   // warned, enriched: a regular past or participle
  kEnForm = uint64_t{1} << 56,   // taken, given: a strong participle
  kNeuter = uint64_t{1} << 57,   // it: a thing, a source or an actor, never a person
  kPlural = uint64_t{1} << 58,   // they: a group, or the reporters named before
  // Data, imagery, intelligence: what "indicates" something, not who.
  kEvidence = uint64_t{1} << 59,
  kSForm = uint64_t{1} << 60,     // officials, authors: mostly a plural noun, or a verb's -s
  kParticle = uint64_t{1} << 61,  // van, de, al: lower-case words inside a personal name
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

// An em or en dash (or "--"): a pair of them sets off an aside.
inline bool IsDash(std::string_view t) { return t == "\u2014" || t == "\u2013" || t == "--"; }

class TokenContext {
 public:
  explicit TokenContext(const CompiledLexicon& lex);
  void Build(const TokenList& tokens, const std::vector<Match>& matches, std::string_view bytes);

  bool Has(size_t i, TokenTag tag) const { return i < tags_.size() && (tags_[i] & tag) != 0; }
  bool AnyInSentence(TokenTag tag) const { return (all_ & tag) != 0; }
  // A headline: most words capitalised ("Europe's Alliance Should Stay Home").
  bool title_case() const { return title_case_; }
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
  // Every word ending that tagged a word of the sentence, as a match of its
  // grammar row: `lexicon explain` shows why a word was read as, say, a participle.
  void AppendEndings(std::vector<Match>* out) const;

 private:
  const CompiledLexicon& lex_;
  std::vector<uint64_t> entry_tags_;  // the tag each entry gives its first token, worked out once
  struct Suffix {
    std::string text;  // without its "-"
    uint64_t tag;
    uint32_t entry;
  };
  // Calls f(suffix) for each word ending that word `w` ends in.
  template <typename F>
  void ForEachEnding(std::string_view w, F&& f) const {
    for (uint64_t m = suffixes_by_last_[static_cast<unsigned char>(w.back())]; m != 0; m &= m - 1) {
      const Suffix& s = suffixes_[static_cast<size_t>(std::countr_zero(m))];
      if (w.size() >= s.text.size() &&
          w.compare(w.size() - s.text.size(), s.text.size(), s.text) == 0)
        f(s);
    }
  }
  std::vector<Suffix> suffixes_;  // the grammar's word endings in force (64 at most)
  // By a word's last byte, the endings that end in it (bit i: suffixes_[i]):
  // most words end in none, and cost one lookup.
  std::array<uint64_t, 256> suffixes_by_last_{};
  std::vector<uint64_t> tags_;
  uint64_t all_ = 0;
  bool title_case_ = false;
  std::vector<std::string_view> norms_;
  std::vector<std::string_view> texts_;
  std::vector<Trigger> negations_;
  std::vector<Trigger> pre_, pseudo_;
  std::vector<bool> pseudo_cover_;  // Build's working marks, kept so a sentence allocates none
  std::vector<int> neg_start_, neg_end_;
  std::vector<bool> neg_cover_;
  const std::vector<Token>* tokens_ = nullptr;
};

}  // namespace claimlens
