// The claim-confidence report of one document (`claimlens report`): a
// ReportBuilder watches the analysis sentence by sentence, copying the few
// values the report needs (a SentenceAnalysis lives only for its call), and
// builds one ReportRecord at the end; the text, Markdown, HTML and JSONL
// printers only read it. Every place in it is a span into the document, so a
// printer can quote or highlight the exact words.
//
//   ReportBuilder builder(doc, lexicon, Scale::kIcd203);
//   analyzer.Run(doc, builder);
//   printer->Print(builder.Finish());
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/lexicon.h"
#include "claimlens/schema.h"
#include "claimlens/stance.h"
#include "claimlens/stats.h"

namespace claimlens {

// How a claim reads: the author's, plain, hedged or boosted; or someone else's.
enum class Judgement : uint8_t { kAsserted, kHedged, kBoosted, kAttributed };
inline constexpr int kJudgementCount = 4;
// "asserted", "hedged", "boosted", "attributed".
std::string_view JudgementName(Judgement judgement);

// A cue or marker of a claim, as `claims` lists it.
struct ReportCue {
  Span span;
  uint32_t line = 1;
  std::string kind;    // hedge, booster, negation, condition, attribution, recommendation,
                       // evaluation or confidence
  std::string cls;     // its class (for confidence: low, moderate or high)
  std::string holder;  // whose view it is part of
  bool author = true;  // held by the author
  Level level = Level::kNone;
  std::optional<Band> band;       // of its level on the chosen scale
  std::optional<Band> perceived;  // what readers understand by its phrase
  uint32_t claim = 0;             // the claim that lists it (the first, if several)
  // For a confidence statement, the claim it qualifies: its own, or the one
  // before it that "this judgement" points back to.
  uint32_t about = 0;
};

// An actor named in the text.
struct ReportMention {
  Span span;
  std::string id;
  std::string name;
  MentionType type = MentionType::kState;
};

// An evaluation in a claim.
struct ReportStance {
  std::string actor;
  int polarity = 0;
  Span cue;
  std::string holder;
};

struct ReportClaim {
  uint32_t sentence = 0;
  Span span;
  uint32_t line = 1;
  uint32_t col = 1;
  std::string holder;  // "author", or the holder id as in claims records
  HolderType holder_type = HolderType::kAuthor;
  Judgement judgement = Judgement::kAsserted;
  Level level = Level::kNone;
  std::optional<Band> band;       // on the chosen scale
  std::optional<Band> perceived;  // on the perceived scale
  Confidence confidence = Confidence::kNone;
  bool uncertain = false;
  bool conditional = false;
  Span condition;
  bool recommendation = false;
  std::string addressee;
  std::vector<uint32_t> cues;  // into ReportRecord::cues, in text order
  std::vector<std::string> actors;
  std::vector<ReportStance> stance;
};

// An actor of the document with the author's stance toward it.
struct ReportActor {
  std::string id;
  std::string name;
  MentionType type = MentionType::kState;
  int64_t mentions = 0;           // in the whole document, whoever holds the claim
  std::string label = "neutral";  // the author's stance, as `claimlens stance` labels it
  double score = 0;
  int64_t evaluated = 0;  // the author's evaluations of it
};

struct ReportRecord {
  const Document* doc = nullptr;  // what every span points into
  Scale scale = Scale::kIcd203;
  std::array<std::string, kLevelCount> labels;               // each level's label on the scale
  std::array<std::optional<Band>, kLevelCount> level_bands;  // and its band
  Span title;                   // the first line, when it is a heading (else empty)
  std::vector<std::string> by;  // the byline's names
  uint64_t words = 0;
  uint64_t sentences = 0;
  std::vector<ReportClaim> claims;
  std::vector<ReportCue> cues;  // every claim's cues and markers, each once, in text order
  std::vector<ReportMention> mentions;
  std::array<int64_t, kJudgementCount> judgements{};  // claims by how they read
  std::array<int64_t, kLevelCount> levels{};          // the author's claims by level
  double author_hedges_per_1k = 0;
  double reported_hedges_per_1k = 0;
  std::vector<double> density;              // the author's hedges per 1,000 words through the text
  std::vector<ReportActor> actors;          // most mentioned first; the byline's people left out
  bool evaluations = false;                 // whether any claim evaluates an actor
  std::vector<uint32_t> confidence;         // the author's confidence statements, into cues
  std::vector<uint32_t> recommendations;    // into claims
  std::vector<uint32_t> most_confident;     // the author's claims with the highest levels
  std::vector<uint32_t> least_confident;    // and the lowest, into claims
  static constexpr bool kJsonlOnly = true;  // one nested object: no TSV

  // The machine form (jsonl): nested lists are written by lib/print/report_jsonl.cc.
  template <typename W>
  void Visit(W& w) const;
};

// Watches one document's analysis and builds its report.
class ReportBuilder : public AnalysisVisitor {
 public:
  ReportBuilder(const Document& doc, const Lexicon& lexicon, Scale scale);
  void OnSentence(const SentenceAnalysis& a) override;
  // The report; call once, after the analysis has run.
  ReportRecord Finish();

 private:
  void AddClaim(const SentenceAnalysis& a, const Claim& c);
  void PointBack(ReportCue& q) const;

  const Lexicon& lexicon_;
  ReportRecord r_;
  DocStats stats_;
  StanceTally tally_;
  double stance_cut_ = 0;  // the stance_label_cut setting, from -1 to 1
  std::vector<const Cue*> author_cues_;
  std::vector<std::string> byline_ids_;
  std::unordered_map<std::string, std::string> names_;   // actor id -> name
  std::unordered_map<std::string, uint32_t> cue_index_;  // "start:end:kind" -> cues
};

// The JSON of the report's nested parts (lib/print/report_jsonl.cc).
std::string ReportJsonShares(const ReportRecord& r);
std::string ReportJsonLevels(const ReportRecord& r);
std::string ReportJsonActors(const ReportRecord& r);
std::string ReportJsonConfidence(const ReportRecord& r);
std::string ReportJsonClaims(const ReportRecord& r, const std::vector<uint32_t>& claims);
std::string ReportJsonDensity(const ReportRecord& r);

template <typename W>
void ReportRecord::Visit(W& w) const {
  static const Document kEmpty = Document::FromString("", "");
  const Document& d = doc != nullptr ? *doc : kEmpty;
  w.Doc("doc", d.id());
  if (title.empty()) {
    w.Null("title");
  } else {
    w.Str("title", d.Text(title));
  }
  std::string names;
  for (const std::string& n : by) names += (names.empty() ? "" : ", ") + n;
  if (names.empty()) {
    w.Null("byline");
  } else {
    w.Str("byline", names);
  }
  w.Str("scale", ScaleId(scale));
  w.Int("words", static_cast<int64_t>(words));
  w.Int("sentences", static_cast<int64_t>(sentences));
  w.Int("claims", static_cast<int64_t>(claims.size()));
  w.Json("shares", ReportJsonShares(*this));
  w.Json("levels", ReportJsonLevels(*this));
  w.Num("author_hedges_per_1k", StatsRecord::Round(author_hedges_per_1k));
  w.Num("reported_hedges_per_1k", StatsRecord::Round(reported_hedges_per_1k));
  w.Json("density", ReportJsonDensity(*this));
  w.Json("confidence", ReportJsonConfidence(*this));
  w.Json("actors", ReportJsonActors(*this));
  w.Bool("evaluations", evaluations);
  w.Json("recommendations", ReportJsonClaims(*this, recommendations));
  w.Json("most_confident", ReportJsonClaims(*this, most_confident));
  w.Json("least_confident", ReportJsonClaims(*this, least_confident));
}

}  // namespace claimlens
