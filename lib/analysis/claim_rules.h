// The claims stage: after cues and actors, whose view each stretch of a
// sentence states (attribution frames and their holders), which conditions
// and recommendations it carries, and the claims it makes.
//
// One step per file: phrases.cc (noun phrases), resolve.cc (the holders they
// name), pronouns.cc (what a pronoun stands for), frames.cc, verb_frames.cc
// and source_frames.cc (attribution), conditions.cc (protases), recommend.cc
// (recommendations and addressees), holders.cc (whose each token is, nested
// reports), claims.cc (segments, cue ownership, claims).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimlens/analysis.h"
#include "compiled.h"
#include "context.h"

namespace claimlens {

struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin >= end; }
  bool contains(uint32_t k) const { return k >= begin && k < end; }
};

// A stretch of a sentence reported as someone's view.
struct Frame {
  enum class Type : uint8_t { kVerb, kSource, kNoun } type = Type::kVerb;
  TokenRange trigger;  // the reporting words ("argue", "according to", "claim that")
  TokenRange subject;  // the words naming the source
  TokenRange content;  // what is reported
  uint16_t holder = 0;
  bool main = false;  // the main predication of its clause (not embedded in the author's)
  int cue = -1;       // the belief cue that is this frame's verb ("believe"), into cues
  int outer = -1;     // the frame whose content holds this one
};

class ClaimRules {
 public:
  ClaimRules(const CompiledLexicon& lexicon, bool explain) : lex_(lexicon), explain_(explain) {}

  // Forgets the antecedents a previous document introduced.
  void StartDocument();
  // Fills a.holders, a.markers and a.claims, sets every cue's holder, and turns
  // belief cues with a third-party subject into attribution markers.
  void Run(const TokenContext& ctx, SentenceAnalysis* a);
  // The holder of each token of the last sentence run (0: the author).
  const std::vector<int>& token_holders() const { return token_holder_; }

 private:
  // phrases.cc
  // Whether [b, e) after a closing verb is only its object or an adverbial:
  // no comma, clause word or verb ("on Tuesday", "Reuters", "the BBC").
  bool Tail(uint32_t b, uint32_t e) const;
  // Where a report that closes the sentence starts what it reports.
  uint32_t ClosedFrom(uint32_t seg_begin) const;
  // Whether a cue phrase opens with its own subject ("we assess", "analysts think").
  bool OwnSubject(const Cue& c) const;
  TokenRange SubjectBefore(uint32_t k, uint32_t floor) const;
  TokenRange ClauseSubject(uint32_t floor, uint32_t end) const;
  TokenRange NameBeforeAppositives(uint32_t comma, uint32_t floor) const;
  TokenRange PhraseAfter(uint32_t k, uint32_t ceiling) const;
  // resolve.cc
  uint16_t ResolveHolder(TokenRange np);
  uint16_t AddHolder(Holder h);
  std::string HeadWords(TokenRange np) const;
  // The state whose seat of government a place in `np` is ("in Seoul": KOR), or "".
  std::string SeatIn(TokenRange np) const;
  // Whether `np` names an office: a role noun before its first preposition
  // ("senior officials in Seoul").
  bool Office(TokenRange np) const;
  // Where the owner of a source noun ends in `np` (its possessive clitic):
  // "the ministry's statement" -> after "ministry"; np.begin when none.
  uint32_t OwnerOfSource(TokenRange np, uint32_t prep) const;
  // The source noun that heads `np`'s first chunk ("the annual report on
  // China": "report"), or np.end.
  uint32_t SourceNoun(TokenRange np) const;
  // The actor whose people a possessive pronoun at k names ("his officials":
  // the state of the person "his" stands for; "its diplomats": the actor
  // "its" stands for), or "".
  std::string ServedBy(uint32_t k) const;
  // pronouns.cc
  uint16_t ReportedPronoun(TokenRange subject) const;
  // What the third-person pronoun at token k stands for, or nothing when it
  // is unresolved. "he"/"she": the last person named before it in its sentence
  // ("As President Trump explores a deal, he"), else in the sentences before.
  // "it"/"they": the actor of the sentences before (in one sentence the actor
  // named last is too often not theirs), unless its own sentence names another
  // actor before it ("help the Ukrainians have what they need"): then either
  // could be meant; "they" after a report in its sentence stands for its
  // reporters ("officials said ..., though they also said"). `source`: "it"
  // may stand for the last source ("The report was cautious. Still, it said").
  std::optional<Holder> Antecedent(uint32_t k, bool source);
  // The subject of the sentence's first clause before token `k` (empty when no
  // verb comes before `k`).
  TokenRange FirstClauseSubject(uint32_t k) const;
  // The people a sentence opens with, before token `k`: a plural noun for
  // people after determiners and modifiers only, naming no actor ("The
  // authors", "Many western analysts"); empty otherwise.
  TokenRange OpeningPeople(uint32_t k) const;
  // Whether a name only modifies the noun for people or the office after it
  // ("the Trump administration", "Trump adviser Stephen Miller").
  bool NameModifies(const Mention& m) const;
  // Whether a mention can be the antecedent of "he" or "she": a person's name
  // that does not only modify.
  bool PersonAntecedent(const Mention& m) const;
  // frames.cc
  void FindFrames();
  // verb_frames.cc. `needs_person`: only a subject that can hold a view makes it a frame.
  void AddVerbFrame(TokenRange trigger, uint32_t content_begin, int cue, bool needs_person = false);
  // source_frames.cc
  void AddSourceFrame(TokenRange trigger);
  void AddNounFrame(TokenRange trigger);
  // conditions.cc
  void FindConditions();
  // recommend.cc
  void FindRecommendations();
  std::string Addressee(const Cue& marker);
  std::string ListedIds(size_t mention, uint32_t seg_begin, uint32_t seg_end) const;
  // holders.cc
  void TrackQuotes();
  void OwnCues();
  uint16_t ClaimHolder(TokenRange segment, int* frame) const;
  void LinkFrames();
  void NestFrames();
  void Remember();
  // claims.cc
  void FindSegments();
  void MarkIdioms();
  void BuildClaims();
  bool Heading(uint32_t b, uint32_t e) const;
  bool PredicatesNothing(uint32_t b, uint32_t e) const;
  bool InProtasis(uint32_t k) const;
  void AddMarker(EntryKind kind, CueClass cls, TokenRange range);

  uint32_t SegmentEnd(uint32_t k) const;
  uint32_t SegmentBegin(uint32_t k) const;
  // The report whose verb starts at token k ("urged", "call for"), if any.
  const Frame* FrameAt(uint32_t k) const;
  Span SpanOf(TokenRange r) const;
  // The mentions that start in [b, e), as an index range into a_->mentions (which
  // come in text order): every lookup stays logarithmic, the stage linear.
  std::pair<size_t, size_t> MentionsIn(uint32_t b, uint32_t e) const;
  // Whether cue `c` is an adjective that grades only the noun after it, in a
  // phrase that is not its clause's subject: "insights into the likely effects
  // of", "divided on the most likely origin": the claim is not graded likely
  // (it is still uncertain: the phrase speculates).
  bool GradesPhraseOnly(const Cue& c) const;
  // Whether a phrase names someone: an actor or person mentioned in it, or a
  // noun for people ("Rb" in "Rb loss co-occurs" is neither).
  bool NamesSomeone(TokenRange np) const;
  // Whether a question word opens, within the embedded window before `at` and
  // after `b` (no clause punctuation between), an indirect question: "no plan
  // for what the three would do if", "on what's likely to happen". With
  // `after_word`, the question word must follow a word of the claim (a question
  // that opens the claim is its own: "What would happen if ...?").
  bool InIndirectQuestion(uint32_t at, uint32_t b, bool after_word) const;
  // Whether cue `c` (of a claim from `b`) is a likelihood inside an indirect
  // question ("on what's likely to happen", "how we might respond"): it grades
  // the question, so it neither sets the claim's level nor makes it uncertain.
  bool GradesQuestion(const Cue& c, uint32_t b) const;

  const CompiledLexicon& lex_;
  bool explain_;
  // The sentence being read.
  const TokenContext* ctx_ = nullptr;
  SentenceAnalysis* a_ = nullptr;
  std::vector<Frame> frames_;
  std::vector<int> top_;    // per segment: the frame of its main predication, or -1
  std::vector<int> inner_;  // per frame: the nested frame that opens its report, or -1
  std::vector<TokenRange> protases_;
  std::vector<TokenRange> segments_;
  std::vector<uint32_t> seg_of_;   // per token: its segment
  std::vector<bool> in_protasis_;  // per token
  std::vector<bool> in_idiom_;     // per token: inside an idiom (an ignore entry)
  std::vector<int> token_holder_;  // per token: its holder
  std::vector<bool> dropped_cue_;  // cues the stage sets aside
  std::vector<bool> quoted_;       // per token (and one past the end): inside a quotation
  bool quoted_throughout_ = false;
  int open_mark_ = -1;  // the mark that opened a quotation still open at the sentence's end
  // Working space of the rules, kept so that a sentence reuses the memory of the
  // ones before it instead of allocating its own.
  struct Piece {  // a run of segments with one holder and likelihood
    TokenRange range;
    uint16_t holder;
    Level level;
    int level_cue;
    int frame;
  };
  struct Scratch {
    std::vector<size_t> order;
    std::vector<uint32_t> next, markers, clause_end;
    std::vector<int> attribution_at, depth;
    std::vector<bool> marked, cue_verb, hypothetical;
    std::vector<Piece> pieces;
  } scratch_;
  // Antecedents for "it", "they", "he", "she": the last actor and person named,
  // and a source ("the report") that opened the last sentence.
  Holder last_actor_, last_person_, last_source_;
  std::string last_person_affiliation_;  // the actor the last person serves, or ""
  bool have_actor_ = false, have_person_ = false, have_source_ = false;
  // The actor the last sentence's first clause was about (its subject named it,
  // or "it" or "they" went on with it): "it" and "they" look for it before the
  // last actor named, as a subject is the likeliest antecedent ("The United
  // States should not fight over Taiwan. ..., it should not").
  Holder topic_;
  bool have_topic_ = false;
  // Unnamed people who reported in the last sentence ("Officials said ..."): a
  // "they" that reports next is them.
  Holder reporters_;
  bool have_reporters_ = false;
  // The names of this document's named holders: a later "Ashford" is the
  // "Emma Ashford" named before (ResolveHolder).
  std::vector<std::string> names_;
  // The last source whose maker was named ("the Pentagon's annual report"),
  // and its noun: a later "the report" in the document is theirs.
  Holder made_source_;
  std::string made_source_noun_;
  // The speaker of the last quotation: a sentence that goes on quoting is theirs.
  Holder speaker_;
  bool have_speaker_ = false;
  bool continues_ = false;  // this sentence goes on quoting the speaker
  bool quote_open_ = false;  // a double quotation mark is open at the sentence's end
  uint32_t prev_end_ = 0;    // where the last sentence ended, in the document's text
};

}  // namespace claimlens
