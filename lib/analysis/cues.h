// The composition rules: from the hedge and booster phrases matched in a
// sentence to the cues a careful analyst would report. Each rule is general
// (it reads function words, not sentences) and says why when it sets a cue aside.
//
// Three steps, one file each: context rules (cue_rules.cc: a table of named
// checks, one candidate at a time), governing (govern.cc: one cue per verb
// group or estimate), and building (cues.cc: degree, negation, spans).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"
#include "context.h"

namespace claimlens {

class CueRules {
 public:
  // `explain`: keep the reasons for `lexicon explain` (otherwise no strings are built).
  CueRules(const CompiledLexicon& lexicon, bool explain) : lex_(lexicon), explain_(explain) {}

  // `year`: the document's year; earlier years set a sentence in the past.
  // `markers` gets what a rule found a candidate to be instead: a deontic
  // "should" is a recommendation.
  void Run(const TokenContext& ctx, int year, const std::vector<Match>& matches,
           std::vector<Cue>* cues, std::vector<Cue>* markers, std::vector<Dropped>* dropped);

  struct Candidate {
    Match match;
    bool keep = true;
    std::string reason;
  };

 private:
  void Select(const std::vector<Match>& matches);
  void ApplyContext(const TokenContext& ctx, int year);
  void Govern(const TokenContext& ctx);
  void Build(const TokenContext& ctx, std::vector<Cue>* cues);
  void Negate(const TokenContext& ctx, const std::vector<bool>& in_cue, Cue* cue) const;
  void Drop(Candidate& c, std::string_view why, const std::string& detail = {}) const;

  const Entry& entry(const Candidate& c) const { return lex_.entries[c.match.entry]; }

  const CompiledLexicon& lex_;
  bool explain_;
  std::vector<Candidate> candidates_;
  std::vector<bool> in_cue_;  // Build's working marks, kept so a sentence allocates none
  std::vector<Cue> markers_;
};

// Helpers the rule files share.
namespace cue_rules {

// Where the words of the sentence start (after opening quotes or brackets).
size_t FirstWord(const TokenContext& ctx);
// Where the sentence's own words start after a news dateline ("WASHINGTON (AP)
// —", "KYIV, Ukraine —"): after its dash; FirstWord when there is none.
size_t AfterDateline(const TokenContext& ctx);
// A modal verb: not one capitalised inside a sentence that is no headline
// (the month in "In May 2025 the IAEA reported", the name "Will").
bool VerbModal(const TokenContext& ctx, size_t k);
// A word or number token.
bool Wordish(const TokenContext& ctx, size_t i);
bool Capitalised(const TokenContext& ctx, size_t i);
// A period inside the sentence, on the word before it and followed by a word
// (not a list's number, "3. The"): the sentence splitter read it as an
// abbreviation's ("Dr. Davis", "Gen. Mark Milley", "J. Smith").
bool AbbreviationPeriod(const TokenContext& ctx, size_t k);
// A day or month: a date's word, never a source's name ("the report released
// Monday", "In October 2022, Mike Gilday").
bool DateWord(const TokenContext& ctx, size_t k);
// A quotation mark (the tokenizer folds every kind to '"' or '\'').
bool IsQuote(const TokenContext& ctx, size_t k);
// The text of tokens [begin, end), for messages.
std::string Phrase(const TokenContext& ctx, uint32_t begin, uint32_t end);

}  // namespace cue_rules
}  // namespace claimlens
