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

}  // namespace claimlens
