// The records scripts rely on (doc/records.md): one struct per record type, whose
// Visit lists the fields in their documented order for every machine format; a
// record that groups rows (Row, ForEachRow) prints one machine line a row.
// Printers for every format: printer.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/document.h"
#include "claimlens/lexicon.h"
#include "claimlens/records.h"
#include "claimlens/segment.h"
#include "claimlens/stance.h"
#include "claimlens/stats.h"

namespace claimlens {

// `page`: the 1-based page a record starts on in a PDF, else null. It comes
// last, so the columns of the records before it stay where they were.
template <typename W>
void VisitPage(W& w, uint32_t page) {
  if (page > 0) {
    w.Int("page", page);
  } else {
    w.Null("page");
  }
}

// One document's text (the `text` command): the text offsets count in (a
// PDF's extracted text, any other document's bytes), or, `analysed`, the text
// the stages read. Text prints it as it is; jsonl and tsv one record a document.
struct DocumentTextRecord {
  std::string_view doc;
  std::string_view type = "text";
  std::string_view encoding;  // "" for UTF-8
  uint32_t pages = 0;         // a PDF's, else 0
  uint64_t bytes = 0;         // the size of what offsets count in
  std::string_view text;      // what the text format prints as it is
  std::string_view utf8;      // the same in UTF-8, for jsonl and tsv

  template <typename W>
  void Visit(W& w) const {
    w.Doc("doc", doc);
    w.Str("type", type);
    if (encoding.empty()) {
      w.Null("encoding");
    } else {
      w.Str("encoding", encoding);
    }
    if (pages > 0) {
      w.Int("pages", pages);
    } else {
      w.Null("pages");
    }
    w.Int("bytes", static_cast<int64_t>(bytes));
    w.Str("text", utf8);
  }
};

struct SentenceRecord {
  std::string_view doc;
  Sentence sentence;
  std::string_view text;

  template <typename W>
  void Visit(W& w) const {
    w.Doc("doc", doc);
    w.Int("sentence", sentence.index);
    w.Int("start", sentence.span.start);
    w.Int("end", sentence.span.end);
    w.Int("line", sentence.line);
    w.Int("col", sentence.col);
    w.Str("text", text);
    VisitPage(w, sentence.page);
  }
};

struct TokenRecord {
  std::string_view doc;
  uint32_t sentence = 0;
  Token token;
  std::string_view text;
  std::string_view norm;

  template <typename W>
  void Visit(W& w) const {
    w.Doc("doc", doc);
    w.Int("sentence", sentence);
    w.Int("start", token.span.start);
    w.Int("end", token.span.end);
    w.Str("kind", TokenKindName(token.kind));
    w.Str("text", text);
    w.Str("norm", norm);
  }
};

// The tokens of one sentence (the `tokens` command): text prints the sentence
// as one line, jsonl and tsv one TokenRecord a token.
struct SentenceTokensRecord {
  const Document* doc = nullptr;
  const Sentence* sentence = nullptr;
  const TokenList* tokens = nullptr;

  using Row = TokenRecord;
  template <typename F>
  void ForEachRow(F&& f) const {
    std::string scratch;  // used only where the document holds ill-formed UTF-8
    for (const Token& t : tokens->tokens) {
      f(TokenRecord{doc->id(), sentence->index, t, doc->TextView(t.span, &scratch),
                    tokens->norm(t)});
    }
  }
};

// Where a record is: doc, sentence, start, end, line, col.
template <typename W>
void VisitPlace(W& w, std::string_view doc, uint32_t sentence, Span span, uint32_t line,
                uint32_t col) {
  w.Doc("doc", doc);
  w.Int("sentence", sentence);
  w.Int("start", span.start);
  w.Int("end", span.end);
  w.Int("line", line);
  w.Int("col", col);
}

// `lo` and `hi`: a band as probabilities from 0 to 1, or nulls.
template <typename W>
void VisitBand(W& w, const std::optional<Band>& band) {
  if (band) {
    w.Num("lo", band->lo / 100);
    w.Num("hi", band->hi / 100);
  } else {
    w.Null("lo");
    w.Null("hi");
  }
}

// One hedge or booster (the `hedges` command).
struct HedgeRecord {
  std::string_view doc;
  uint32_t sentence = 0;
  const Cue* cue = nullptr;
  std::string_view text;
  std::optional<Band> band;
  std::string_view holder = "author";  // whose view the cue is part of

  template <typename W>
  void Visit(W& w) const {
    static const Cue kEmpty;
    const Cue& c = cue != nullptr ? *cue : kEmpty;
    VisitPlace(w, doc, sentence, c.span, c.line, c.col);
    w.Str("kind", EntryKindName(c.kind));
    w.Str("text", text);
    if (c.level == Level::kNone) {
      w.Null("level");
    } else {
      w.Str("level", LevelId(c.level));
    }
    VisitBand(w, band);
    w.Bool("negated", c.negated);
    w.Str("class", CueClassName(c.cls));
    w.Str("holder", holder);
    VisitPage(w, c.page);
  }
};

// Per-document cue statistics (`hedges --summary`).
struct StatsRecord {
  const DocStats* stats = nullptr;
  const std::vector<double>* density = nullptr;  // hedges per 1,000 words through the document
  std::string_view holders = "author";           // whose cues the counts take (--holder)

  template <typename W>
  void Visit(W& w) const {
    static const DocStats kEmpty("");
    const DocStats& s = stats != nullptr ? *stats : kEmpty;
    w.Doc("doc", s.doc());
    w.Int("words", static_cast<int64_t>(s.words()));
    w.Int("sentences", static_cast<int64_t>(s.sentences()));
    w.Int("hedges", static_cast<int64_t>(s.hedges()));
    w.Int("boosters", static_cast<int64_t>(s.boosters()));
    w.Num("hedges_per_1k", Round(s.hedges_per_1k()));
    w.Num("boosters_per_1k", Round(s.boosters_per_1k()));
    w.Int("uncertain_sentences", static_cast<int64_t>(s.uncertain_sentences()));
    w.Num("uncertain_share", Round(s.uncertain_share()));
    for (int l = 0; l < kLevelCount; ++l)
      w.Int(LevelId(static_cast<Level>(l)), static_cast<int64_t>(s.levels()[l]));
    w.Json("density", density != nullptr ? JsonRoundedList(*density) : "[]");
    w.Num("author_hedges_per_1k", Round(s.author_hedges_per_1k()));
    w.Num("reported_hedges_per_1k", Round(s.reported_hedges_per_1k()));
  }

  static double Round(double v) {
    return static_cast<double>(static_cast<int64_t>(v * 100 + 0.5)) / 100;
  }
};

// One lexicon entry (`lexicon list`).
struct EntryRecord {
  const Entry* entry = nullptr;

  template <typename W>
  void Visit(W& w) const {
    static const Entry kEmpty;
    const Entry& e = entry != nullptr ? *entry : kEmpty;
    w.Str("phrase", e.phrase);
    w.Str("kind", EntryKindName(e.kind));
    w.Str("class", e.cls);
    w.Str("value", e.value);
    w.Str("source", e.source);
    w.Str("file", e.file);
    w.Int("line", e.line);
  }
};

// One row of a likelihood scale (`lexicon scales`).
struct ScaleRecord {
  std::string_view scale;
  std::string_view level;
  std::optional<Band> band;
  std::string_view label;

  template <typename W>
  void Visit(W& w) const {
    w.Str("scale", scale);
    w.Str("level", level);
    VisitBand(w, band);
    w.Str("label", label);
  }
};

// Every level's band on every scale (`lexicon scales`): text prints a table,
// jsonl and tsv one ScaleRecord a scale and level.
struct ScaleTableRecord {
  const Lexicon* lexicon = nullptr;

  using Row = ScaleRecord;
  template <typename F>
  void ForEachRow(F&& f) const {
    for (int s = 0; s < kScaleCount; ++s) {
      for (int l = 0; l < kLevelCount; ++l) {
        const auto scale = static_cast<Scale>(s);
        const auto level = static_cast<Level>(l);
        f(ScaleRecord{ScaleId(scale), LevelId(level), lexicon->band(scale, level),
                      lexicon->label(scale, level)});
      }
    }
  }
};

// What `lexicon check` found in one file, or in the whole set when `file` is empty.
struct CheckRecord {
  std::string_view file;
  int64_t errors = 0;
  int64_t entries = 0;
  int64_t actors = 0;

  template <typename W>
  void Visit(W& w) const {
    if (file.empty()) {
      w.Null("file");
    } else {
      w.Str("file", file);
    }
    w.Int("errors", errors);
    w.Int("entries", entries);
    w.Int("actors", actors);
  }
};

// One sentence as `lexicon explain` shows it: tokens, matches, cues with the
// rules that shaped them, mentions, and the candidates set aside. Text only.
struct ExplainRecord {
  const SentenceAnalysis* analysis = nullptr;
  const Lexicon* lexicon = nullptr;
  const std::vector<std::optional<Band>>* bands = nullptr;  // of analysis->cues, on --scale
};

// One actor mention (the `actors` command).
struct ActorRecord {
  std::string_view doc;
  uint32_t sentence = 0;
  const Mention* mention = nullptr;
  std::string_view text;

  template <typename W>
  void Visit(W& w) const {
    static const Mention kEmpty;
    const Mention& m = mention != nullptr ? *mention : kEmpty;
    VisitPlace(w, doc, sentence, m.span, m.line, m.col);
    w.Str("id", m.id);
    w.Str("name", m.name);
    w.Str("type", MentionTypeName(m.type));
    w.Str("text", text);
    if (m.role.empty()) {
      w.Null("role");
    } else {
      w.Str("role", m.role);
    }
    w.Bool("former", m.former);
    if (m.affiliation.empty()) {
      w.Null("affiliation");
    } else {
      w.Str("affiliation", m.affiliation);
    }
    VisitPage(w, m.page);
  }
};

// Texts with how often they occur, most frequent first.
using Counts = std::vector<std::pair<std::string, int64_t>>;

// Per actor in a document (`actors --summary`).
struct ActorSummaryRecord {
  std::string_view doc;
  std::string_view id;
  std::string_view name;
  std::string_view type;
  int64_t mentions = 0;
  int64_t first_line = 0;
  const Counts* roles = nullptr;  // the roles it was named in
  const Counts* forms = nullptr;  // how it was named

  template <typename W>
  void Visit(W& w) const {
    w.Doc("doc", doc);
    w.Str("id", id);
    w.Str("name", name);
    w.Str("type", type);
    w.Int("mentions", mentions);
    w.Int("first_line", first_line);
    w.Json("roles", roles != nullptr ? JsonStringList(*roles, false) : "[]");
    w.Json("forms", forms != nullptr ? JsonStringList(*forms, true) : "[]");
  }
};

// One claim (the `claims` command). Its nested lists are written from the
// analysis by WriteClaimList, straight into the output.
struct ClaimRecord {
  std::string_view doc;
  const SentenceAnalysis* analysis = nullptr;
  const Claim* claim = nullptr;
  std::string_view text;
  std::optional<Band> band;  // of the claim's level on the chosen scale
  std::string_view holder = "author";
  std::string holder_text;  // empty: none
  bool explain = false;     // the text format adds what decided each field

  enum class List { kChain, kActors, kCues, kStance };
  template <typename W>
  void Visit(W& w) const {
    static const Claim kEmpty;
    const Claim& c = claim != nullptr ? *claim : kEmpty;
    const uint32_t sentence = analysis != nullptr ? analysis->sentence.index : 0;
    VisitPlace(w, doc, sentence, c.span, c.line, c.col);
    w.Str("text", text);
    w.Str("holder", holder);
    const HolderType type =
        analysis != nullptr ? analysis->holders[c.holder].type : HolderType::kAuthor;
    w.Str("holder_type", HolderTypeName(type));
    if (holder_text.empty()) {
      w.Null("holder_text");
    } else {
      w.Str("holder_text", holder_text);
    }
    w.JsonWith("chain", [this](auto& sink) { WriteClaimList(*this, List::kChain, sink); });
    w.JsonWith("actors", [this](auto& sink) { WriteClaimList(*this, List::kActors, sink); });
    w.JsonWith("cues", [this](auto& sink) { WriteClaimList(*this, List::kCues, sink); });
    w.Bool("uncertain", c.uncertain);
    if (c.level == Level::kNone) {
      w.Null("level");
    } else {
      w.Str("level", LevelId(c.level));
    }
    VisitBand(w, band);
    if (c.confidence == Confidence::kNone) {
      w.Null("confidence");
    } else {
      w.Str("confidence", ConfidenceId(c.confidence));
    }
    w.Bool("conditional", c.conditional);
    if (c.conditional) {
      w.JsonWith("condition", [&c](auto& sink) {
        sink.Raw("{\"start\":");
        sink.Int(c.condition.start);
        sink.Raw(",\"end\":");
        sink.Int(c.condition.end);
        sink.Char('}');
      });
    } else {
      w.Null("condition");
    }
    w.Bool("recommendation", c.recommendation);
    if (c.addressee.empty()) {
      w.Null("addressee");
    } else {
      w.Str("addressee", c.addressee);
    }
    w.JsonWith("stance", [this](auto& sink) { WriteClaimList(*this, List::kStance, sink); });
    VisitPage(w, c.page);
  }
};

// Writes one of the claim's lists as JSON: the outer holders ("chain"), the
// actor ids, the cues (and markers) with their holders, the stance items. An
// empty record writes [].
template <typename Sink>
void WriteClaimList(const ClaimRecord& r, ClaimRecord::List list, Sink& sink);
extern template void WriteClaimList(const ClaimRecord&, ClaimRecord::List, JsonToOutput&);
extern template void WriteClaimList(const ClaimRecord&, ClaimRecord::List, JsonToString&);

// The record of claim `c` of sentence `a` (its holder and the band of its level
// on `scale`), written over `record`, whose strings keep their capacity: one
// record serves every claim of a run.
void FillClaimRecord(const SentenceAnalysis& a, const Claim& c, const Lexicon& lexicon, Scale scale,
                     bool explain, ClaimRecord* record);
// The id a holder is printed as ("author", an actor id, the source's words).
std::string_view HolderId(const SentenceAnalysis& a, uint16_t holder);

// Stance per document, holder and actor (the `stance` command).
struct StanceRecord {
  std::string_view doc;
  const StanceRow* row = nullptr;
  std::string_view label;

  template <typename W>
  void Visit(W& w) const {
    static const StanceRow kEmpty;
    const StanceRow& r = row != nullptr ? *row : kEmpty;
    w.Doc("doc", doc);
    w.Str("holder", r.holder);
    w.Str("actor", r.actor);
    w.Str("name", r.name);
    w.Int("mentions", r.mentions);
    w.Int("evaluated", r.evaluated);
    w.Num("score", static_cast<double>(
                       static_cast<int64_t>(r.score() * 100 + (r.score() < 0 ? -0.5 : 0.5))) /
                       100);
    w.Str("label", label);
    std::string evidence = "[";
    for (const StanceRow::Evidence& e : r.evidence) {
      if (evidence.size() > 1) evidence += ',';
      evidence += "{\"sentence\":" + std::to_string(e.sentence) +
                  ",\"start\":" + std::to_string(e.claim.start) +
                  ",\"end\":" + std::to_string(e.claim.end) + "}";
    }
    w.Json("evidence", evidence + "]");
  }
};

}  // namespace claimlens
