// Stance: evaluations with polarity, attached to the actor they are about and
// held by whoever holds the words (the author unless reported). After claims.
#pragma once

#include <string>
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
  // Forgets the antecedent of pronouns: a new document starts.
  void StartDocument() { antecedent_.clear(); }

 private:
  struct Evaluation {
    uint32_t begin, end;  // tokens
    double valence;
    bool object;   // a verb of judgement: its target is its object
    bool context;  // its polarity is that of what it modifies
  };
  double Modify(const TokenContext& ctx, const Evaluation& e) const;
  std::string Target(const TokenContext& ctx, const SentenceAnalysis& a, const Evaluation& e) const;
  std::string Related(const TokenContext& ctx, const SentenceAnalysis& a, const Evaluation& e,
                      uint32_t start) const;
  std::string Subject(const TokenContext& ctx, const SentenceAnalysis& a, uint32_t b, uint32_t e,
                      const Mention* skip) const;
  bool AfterPreposition(const TokenContext& ctx, const Mention& m) const;
  static uint16_t AddHolder(const std::string& actor, SentenceAnalysis* a);

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
  // Per token, Run's working marks (members, so a sentence allocates none).
  std::vector<bool> taken_, topic_, asked_;
  std::vector<uint32_t> clause_start_;  // per token: where the clause around it starts
  std::string antecedent_;              // the last sentence's subject: what "it", "its" stand for
};

}  // namespace claimlens
