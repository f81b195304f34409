// Actor resolution: from alias, demonym, seat, title and role matches to
// mentions with stable ids. Rules are general (longest match, possessives, roles,
// titles, surnames after a full mention, context for ambiguous names, places
// after a locative preposition) and remember what a document has named so far.
//
// The rules live in three files: actors.cc runs them in order over a sentence,
// actor_readings.cc chooses the reading of each candidate (with the named checks
// that support or veto one), actor_names.cc finds people by title, byline and
// surname.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"
#include "context.h"

namespace claimlens {

// Whether token i is a word that starts with a capital letter.
bool Capitalized(const TokenContext& ctx, size_t i);

class ActorRules {
 public:
  // With `explain`, Run also says why it set candidates aside (`dropped`) and
  // which rule chose a reading where one did (Mention::rule).
  explicit ActorRules(const CompiledLexicon& lexicon, bool explain = false);

  // Forgets the names a previous document introduced.
  void StartDocument();
  void Run(const TokenContext& ctx, const TokenList& tokens, const std::vector<Match>& matches,
           std::vector<Mention>* mentions, std::vector<Dropped>* dropped);

 private:
  // Words the actor rules consult (grammar classes of the same names), resolved
  // to per-token bits once per sentence.
  enum Word : uint8_t {
    kLocative = 1u << 0,  // "in Washington": a capital after one is a place
    kList = 1u << 1,      // ", and or /": joins the items of a list
    kBody = 1u << 2,      // "alliance", "council": a region word before one is a modifier
    kParticle = 1u << 3,  // "von", "bin": lower-case words inside a personal name
    kByline = 1u << 4,    // "By", "By:" at the start of a line
    kDay = 1u << 5,       // "Monday": capitalised, and no name
    kAddress = 1u << 7,   // "based" in "Brussels-based": the piece before is an address
    // Not a grammar class: a word some other entry knows (a cue, a function word),
    // or a word of a title or role noun. Such a word is not part of a name.
    kKnown = 1u << 6,
  };
  struct Candidate {
    uint32_t begin = 0, end = 0;
    bool part = false;
    uint32_t token = 0;  // for a part: the compound token it is in
    // Its actor entries (for exactly this span): entries_of_[first_entry..][..nentries].
    uint32_t first_entry = 0, nentries = 0;
  };
  std::span<const uint32_t> EntriesOf(const Candidate& c) const {
    return {entries_of_.data() + c.first_entry, c.nentries};
  }
  // A candidate and the entry chosen for it.
  struct Reading {
    const Candidate* c = nullptr;
    uint32_t entry = 0;
    MentionType type = MentionType::kState;
  };
  struct Person {
    std::string id, name;
  };
  // A named check. The name is also the reason `lexicon explain` prints.
  struct Support {  // picks the entry of an ambiguous candidate that context supports, or -1
    const char* name;
    int (ActorRules::*pick)(const TokenContext&, const Candidate&) const;
  };
  struct Veto {  // whether a chosen reading is, after all, no mention
    const char* name;
    bool (ActorRules::*applies)(const TokenContext&, const Reading&) const;
  };

  // Steps of Run (actors.cc), in order.
  void Collect(const TokenContext& ctx, const std::vector<Match>& matches, const TokenList& tokens);
  void Index(const TokenContext& ctx, const TokenList& tokens, const std::vector<Match>& matches);
  void ClaimTitledNames(const TokenContext& ctx, std::vector<Mention>* mentions);
  void ResolveCandidates(const TokenContext& ctx, const TokenList& tokens,
                         std::vector<Mention>* mentions, std::vector<Dropped>* dropped);
  void ClaimByline(const TokenContext& ctx, std::vector<Mention>* mentions);
  void ClaimIntroducedNames(const TokenContext& ctx, std::vector<Mention>* mentions);
  void ClaimSurnames(const TokenContext& ctx, std::vector<Mention>* mentions);

  bool TitleBefore(uint32_t at, Mention* m) const;
  void AddReading(const TokenContext& ctx, const TokenList& tokens, const Reading& r, bool titled,
                  Mention m, std::vector<Mention>* mentions);

  // Readings (actor_readings.cc).
  int Resolve(const TokenContext& ctx, const Candidate& c, bool titled, bool place_list,
              const char** rule) const;
  const char* Vetoed(const TokenContext& ctx, const Reading& r) const;
  int SeenBefore(const TokenContext& ctx, const Candidate& c) const;
  int ListedWithState(const TokenContext& ctx, const Candidate& c) const;
  int AmongStates(const TokenContext& ctx, const Candidate& c) const;
  bool UnitName(const TokenContext& ctx, const Reading& r) const;
  bool InsideLongerName(const TokenContext& ctx, const Reading& r) const;
  bool AfterGivenName(const TokenContext& ctx, const Reading& r) const;
  bool ModifiesBody(const TokenContext& ctx, const Reading& r) const;
  bool Locational(const Reading& r) const;
  bool NameLike(const TokenContext& ctx, uint32_t k) const;

  // People (actor_names.cc).
  bool ClaimAsSurname(const TokenContext& ctx, const Candidate& c, std::vector<Mention>* mentions);
  void Remember(const TokenContext& ctx, uint32_t begin, uint32_t end, const std::string& id,
                const std::string& name);
  void Introduce(const TokenContext& ctx, uint32_t begin, uint32_t end, const char* how,
                 std::vector<Mention>* mentions);
  uint32_t NameEnd(const TokenContext& ctx, uint32_t from, uint32_t max) const;
  bool NameWord(const TokenContext& ctx, uint32_t k, uint32_t from) const;
  bool Initial(const TokenContext& ctx, uint32_t k) const;

  // Shared helpers (actors.cc).
  bool HasWord(size_t i, Word w) const { return i < words_.size() && (words_[i] & w) != 0; }
  bool TitleThenName(const TokenContext& ctx, uint32_t at) const;
  bool Possessive(const TokenContext& ctx, uint32_t k) const;
  void Add(const TokenContext& ctx, Mention m, std::vector<Mention>* mentions);
  void Drop(const Candidate& c, std::string_view why, std::vector<Dropped>* dropped) const;

  const CompiledLexicon& lex_;
  const bool explain_;
  // By entry: the index of its actor in lex_.actors (kNoActor for an id the
  // loader reported as unknown: such an entry names nothing), its type, and the
  // Word bits a grammar entry gives its token.
  static constexpr size_t kNoActor = static_cast<size_t>(-1);
  std::vector<size_t> entry_actor_;
  std::vector<MentionType> entry_type_;
  std::vector<uint8_t> entry_word_;

  // What the document has named so far.
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
  std::unordered_map<std::string, Person, NameHash, NameEq> surnames_;  // name token -> person

  // Per sentence, reused so that a sentence costs no allocations.
  std::vector<Candidate> candidates_;  // whole tokens, in order
  std::vector<Candidate> parts_;       // pieces of compounds
  std::vector<uint32_t> part_token_;
  std::vector<Match> titles_, roles_;
  int states_ = 0;  // whole-token candidates with an unambiguous state reading
  // A heading ("Why Washington, Tokyo and Manila Must Act"): every lower-case
  // word is a function word, so capitals say nothing about names.
  bool heading_ = false;
  uint32_t byline_end_ = 0;  // the end of a byline opener at the sentence start, or 0
  std::vector<std::pair<uint32_t, uint32_t>> byline_names_;  // working space of ClaimByline
  std::vector<uint8_t> words_;
  std::vector<bool> particle_part_;  // by piece of a compound: a particle ("al" of "al-Sharif")
  std::vector<bool> address_part_;   // by piece of a compound: "based" of "Brussels-based"
  std::vector<Candidate> all_;
  std::vector<uint32_t> entries_of_;  // the candidates' entries, each candidate's together
  std::vector<const Candidate*> order_;
  std::vector<bool> whole_, covered_;
  // Titles and role nouns by position (index into titles_/roles_, or -1), so
  // each lookup is constant time.
  std::vector<int> title_ending_, former_ending_, title_starting_, role_starting_;
};

}  // namespace claimlens
