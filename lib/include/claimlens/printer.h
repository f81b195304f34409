// Printers: every output format of every record type behind one small
// interface, as in ripgrep's printer crate. Commands turn analysis results into
// records (schema.h) and hand them to a Printer; a printer only reads records,
// it never re-tokenizes, re-scores or re-counts.
//
//   Output out(STDOUT_FILENO);
//   auto printer = MakePrinter<SentenceRecord>(Format::kJsonl, out);
//   if (!printer) { /* this format does not apply to sentences */ }
//   printer->Print(SentenceRecord{doc.id(), sentence, text});
//   out.Flush();
//
// The machine formats follow from a record's Visit, which lists its fields once:
// jsonl writes one object a line, tsv a header line (at MakePrinter) and one row
// a record. The text format is one hand-written function a record type, in
// lib/print/text_*.cc. A record that groups rows (a sentence's tokens, the scale
// table) declares `using Row = ...` and `ForEachRow(f)`: jsonl and tsv print one
// line a row, text prints the group as a whole.
//
// Adding a record type (a `claims` record, say) to every format:
//   1. its family's schema header (schema.h, claims_schema.h or
//      corpus_schema.h): `struct ClaimRecord` with
//        template <typename W> void Visit(W& w) const
//      calling w.Doc/Str/Int/Num/Bool/Null/Json for each field in its documented
//      order (VisitPlace gives doc, sentence, start, end, line, col; w.Json takes
//      a nested list already written as JSON). A default-made record must visit
//      safely: the TSV header is written from one. Leave Visit out for a record
//      that is only ever text (`lexicon explain`).
//   2. lib/print/text_claims.cc (listed in lib/CMakeLists.txt): its text form,
//        void AppendText(const ClaimRecord& r, const Colors& c, std::string* out);
//      declared in lib/print/text.h; append whole lines, each ending in '\n'.
//   3. CLAIMLENS_RECORD_TYPES below: add X(ClaimRecord). That instantiates its
//      printer for every format it supports.
//   4. tests/cases: a case for each format; doc/records.md: its fields.
// A command then does ctx.MakePrinter<ClaimRecord>("claims") and Print()s,
// and calls Finish() after the last record.
//
// The report (ReportRecord, report.h) is one nested object a document: it sets
// `kJsonlOnly` (no tsv row) and alone has html and markdown printers, which
// keep state across documents (one page for a run: Finish closes it), in
// lib/print/report_*.cc.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "claimlens/claims_schema.h"
#include "claimlens/corpus_schema.h"
#include "claimlens/output.h"
#include "claimlens/report.h"
#include "claimlens/schema.h"

namespace claimlens {

enum class Format { kText, kJsonl, kTsv, kHtml, kMarkdown };

// The names `--format` takes, in the order of Format.
const std::vector<std::string_view>& FormatNames();
std::optional<Format> ParseFormat(std::string_view name);
std::string_view FormatName(Format format);

// How the text format looks (the machine formats have no options).
struct TextStyle {
  bool color = false;  // ANSI colours for paths, positions and cue kinds
};

template <typename Record>
class Printer {
 public:
  virtual ~Printer() = default;
  // Prints one record (for a record with rows, all its rows).
  virtual void Print(const Record& record) = 0;
  // Ends the output after the last record (the HTML report closes its page).
  virtual void Finish() {}
};

// A printer of `Record` in `format` writing to `out` (a tsv printer writes its
// header line now); null when the format does not apply to the record (html to
// sentences, jsonl to a text-only record). Output errors surface as Output's
// exceptions (OutputClosed, OutputError).
template <typename Record>
std::unique_ptr<Printer<Record>> MakePrinter(Format format, Output& out, TextStyle style = {});

// Every record type a printer exists for (see "Adding a record type" above);
// lib/print/printer.cc instantiates MakePrinter for each.
#define CLAIMLENS_RECORD_TYPES(X) \
  X(SentenceRecord)               \
  X(SentenceTokensRecord)         \
  X(HedgeRecord)                  \
  X(StatsRecord)                  \
  X(ActorRecord)                  \
  X(ActorSummaryRecord)           \
  X(EntryRecord)                  \
  X(ScaleTableRecord)             \
  X(CheckRecord)                  \
  X(ExplainRecord)                \
  X(ClaimRecord)                  \
  X(StanceRecord)                 \
  X(ReportRecord)                 \
  X(DocTallyRecord)               \
  X(GroupTallyRecord)             \
  X(DocActorsRecord)              \
  X(GroupActorsRecord)            \
  X(KeyTableRecord)                \
  X(DocumentTextRecord)

}  // namespace claimlens
