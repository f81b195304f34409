// Actor resolution: from alias, demonym, seat, title and role matches to
// mentions with stable ids. Rules are general (longest match, possessives, roles,
// titles, surnames after a full mention, context for ambiguous names, places
// after a locative preposition) and remember what a document has named so far.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"
#include "context.h"

namespace claimlens {

class ActorRules {
 public:
  // With `explain`, Run also says why it set candidates aside (`dropped`).
  explicit ActorRules(const CompiledLexicon& lexicon, bool explain = false);

  // Forgets the names a previous document introduced.
  void StartDocument();
  void Run(const TokenContext& ctx, const TokenList& tokens, const std::vector<Match>& matches,
           std::vector<Mention>* mentions, std::vector<Dropped>* dropped);

 private:
  struct Candidate {
    uint32_t begin = 0, end = 0;
    bool part = false;
    uint32_t token = 0;             // for a part: the compound token it is in
    std::vector<uint32_t> entries;  // actor entries for exactly this span
  };
  struct Person {
    std::string id, name;
  };

  void Collect(const std::vector<Match>& matches, const TokenList& tokens);
  int Resolve(const TokenContext& ctx, const Candidate& c, bool titled, bool place_list,
              std::string* why) const;
  void ClaimTitledNames(const TokenContext& ctx, std::vector<bool>& covered,
                        std::vector<Mention>* mentions);
  void Remember(const TokenContext& ctx, uint32_t begin, uint32_t end, const std::string& id,
                const std::string& name);

  const CompiledLexicon& lex_;
  const bool explain_;
  // By entry: the index of its actor in lex_.actors (kNoActor for an id the
  // loader reported as unknown: such an entry names nothing).
  static constexpr size_t kNoActor = static_cast<size_t>(-1);
  std::vector<size_t> entry_actor_;
  std::vector<MentionType> entry_type_;  // by entry: its actor's type
  std::vector<Candidate> candidates_;    // whole tokens, in order
  std::vector<Candidate> parts_;         // pieces of compounds
  std::vector<uint32_t> part_token_;
  std::vector<Match> titles_, roles_;
  int states_ = 0;
  std::unordered_set<std::string> seen_;  // ids named unambiguously so far
  // Transparent hashing: names are looked up by string_view, without a copy.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  struct NameEq {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
  };
  std::unordered_map<std::string, Person, NameHash, NameEq>
      surnames_;  // a name token -> the person
  // Per-sentence scratch, reused so that a sentence costs no allocations.
  std::vector<Candidate> all_;
  std::vector<const Candidate*> order_;
  std::vector<bool> whole_, covered_;
  std::vector<int> title_ending_, former_ending_, title_starting_, role_starting_;
};

}  // namespace claimlens
