// The composition rules: from the hedge and booster phrases matched in a
// sentence to the cues a careful analyst would report. Each rule is general
// (it reads function words, not sentences) and says why when it sets a cue aside.
#pragma once

#include <string_view>
#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"
#include "context.h"

namespace claimlens {

class CueRules {
 public:
  explicit CueRules(const CompiledLexicon& lexicon) : lex_(lexicon) {}

  void Run(const TokenContext& ctx, const std::vector<Match>& matches, std::vector<Cue>* cues,
           std::vector<Dropped>* dropped);

 private:
  struct Candidate {
    Match match;
    bool keep = true;
    std::string reason;
  };
  void Select(const std::vector<Match>& matches);
  void ApplyContext(const TokenContext& ctx);
  void Govern(const TokenContext& ctx);
  void Build(const TokenContext& ctx, std::vector<Cue>* cues);

  const Entry& entry(const Candidate& c) const { return lex_.entries[c.match.entry]; }

  const CompiledLexicon& lex_;
  std::vector<Candidate> candidates_;
};

}  // namespace claimlens
