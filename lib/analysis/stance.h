// Stance: evaluations with polarity, attached to the actor they are about and
// held by whoever holds the words (the author unless reported). After claims.
#pragma once

#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"
#include "context.h"

namespace claimlens {

class StanceRules {
 public:
  explicit StanceRules(const CompiledLexicon& lexicon) : lex_(lexicon) {}

  // Adds an evaluation marker for every evaluative word that counts, and to
  // each claim the stance items of the evaluations inside it. `holders`: the
  // holder of each token (the claims stage's).
  void Run(const TokenContext& ctx, const std::vector<int>& holders, SentenceAnalysis* a);

 private:
  struct Evaluation {
    uint32_t begin, end;  // tokens
    double valence;
    bool object;   // a verb of judgement: its target is its object
    bool context;  // its polarity is that of what it modifies
  };
  double Modify(const TokenContext& ctx, const Evaluation& e) const;
  const Mention* Target(const TokenContext& ctx, const SentenceAnalysis& a,
                        const Evaluation& e) const;

  const CompiledLexicon& lex_;
  std::vector<Evaluation> evaluations_;
  struct Sum {
    size_t claim;
    std::string actor;
    uint16_t holder;
    double valence;
    Span cue;  // the first evaluation's words
  };
  std::vector<Sum> sums_;
  int contrast_ = -1;                   // the first contrastive conjunction after a comma
  std::vector<bool> conditional_;       // per token: inside a condition
  std::vector<uint32_t> clause_start_;  // per token: where the clause around it starts
};

}  // namespace claimlens
