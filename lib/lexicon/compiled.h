// The compiled form of a lexicon set, shared by the loader and the matcher.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimlens/lexicon.h"
#include "trie.h"

namespace claimlens {

// re: entries: one RE2::Set finds which patterns occur in a sentence (one pass),
// then only those are run again for their positions.
struct PatternSet {
  std::unique_ptr<RE2::Set> set;
  std::vector<std::unique_ptr<RE2>> regexes;  // by set index
  std::vector<uint32_t> entries;              // entry id by set index
};

// The windows and cut-offs the rules read (settings.tsv documents each). A
// window counts tokens.
struct Settings {
  int govern_window = 0;    // between a modal and the estimative word governing it
  int report_window = 0;    // back from "would"/"will" to a reporting verb
  int question_window = 0;  // back from "will" to a question word ("whether Tokyo will")
  int estimate_clause = 0;  // from an estimate to a "will" in its clause ("likely that X will")
  int past_year_min = 0;    // the earliest number read as a year ("in 1990")
  int subject_window = 0;   // the longest noun phrase read as a subject or source
  int habit_window = 0;     // how far after "will" a word of habit makes it procedure
  int parenthetical_window =
      0;  // a parenthetical between subject and verb ("Kim, for his part, said")
  int belief_clause_window =
      0;                     // from a belief verb to its "that" ("assess with low confidence that")
  int inversion_window = 0;  // from an inverted "should"/"were"/"had" to its verb
  int embedded_window = 0;   // back from "if" to a question word that embeds it
  int judgement_window = 0;  // from "confidence" to "this judgement"
  int source_opener = 0;     // the words before a source noun that opens a sentence
  int appositive_window = 0;  // from a verb back over appositives to its subject's name
  int comment_window = 0;     // from the verb of "As X said," to its comma ("said last week,")
  int perfect_window = 0;    // back from a past reporting verb to "has"/"had" ("has long argued")
  int intent_window = 0;     // from a reporting verb to "will" for reported intent ("says she will")
  int heading_words = 0;     // the most words of a capitalised line that is a heading, no claim
  int remembered_names = 0;  // the named holders a document keeps for a later surname
  // Where an evaluation's target may be: its possessor or modifier before it
  // ("Russia's reckless war"), across degree words; the noun it modifies after it
  // ("most dependable partner"); the object of a verb of judgement; an
  // apposition ("Russia, a revisionist power").
  int stance_owner_window = 0, stance_degree_run = 0, stance_noun_reach = 0;
  int stance_object_window = 0, stance_apposition_window = 0;
  // Stance, in hundredths: degree words, a contrast, a question or condition, the
  // least valence that makes a stance.
  int stance_degree_up = 0, stance_degree_down = 0;
  int stance_before_contrast = 0, stance_after_contrast = 0;
  int stance_weakened = 0, stance_threshold = 0;
  int stance_label_cut = 0;  // the least |score| that makes a document stance a side
};
struct SettingSpec {
  std::string_view name;
  int Settings::*member;
  int min, max;
};
const std::vector<SettingSpec>& SettingSpecs();

// A clitic the tokenizer splits off ("n't", "'s") and the word it reads as when
// phrases are matched (contractions.tsv): "isn't clear" matches "not clear".
struct Contraction {
  std::string clitic;              // its norm: "'s"
  std::string reads;               // a norm: "is"
  std::vector<std::string> after;  // the norms it must follow; empty: any word
  uint32_t id = 0;                 // the trie's word id of `reads` (0: no phrase has it)
};

struct CompiledLexicon {
  Settings settings;
  std::vector<Entry> entries;
  std::vector<bool> disabled;  // overridden by a later file
  // A phrase that ends in a wildcard for its object ("call *": "critics call
  // Seoul naive"), known at load time so the rules need not test the text.
  std::vector<bool> object_wildcard;
  PhraseTrie trie;
  PatternSet patterns;
  // Grammar entries for a word ending ("-ing"): into entries, matched by
  // TokenContext against every token's end rather than through the trie.
  std::vector<uint32_t> suffixes;
  std::vector<Contraction> contractions;
  // TokenContext keeps the endings that end in one byte as a 64-bit mask.
  static constexpr size_t kMaxSuffixes = 64;
  std::array<std::array<std::optional<Band>, kLevelCount>, kScaleCount> bands;
  std::array<std::array<std::string, kLevelCount>, kScaleCount> labels;
  std::unordered_map<std::string, Band> perceived;
  std::vector<Actor> actors;
  std::unordered_map<std::string, size_t> actor_index;
};

}  // namespace claimlens
