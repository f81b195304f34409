// Input: the documents named on the command line, one at a time. Files are
// memory-mapped; directories are read recursively (*.txt, *.md, *.markdown,
// *.html, *.htm, *.pdf, sorted); "-" is standard input; in JSONL mode every line
// is a document {"id", "text"}. Each document is read as its type says (by name
// and content, or --from): markup is left out of the text the stages read, a
// PDF's text is extracted, a legacy encoding converted (--encoding).
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimlens/diagnostics.h"
#include "claimlens/document.h"

namespace claimlens {

struct InputOptions {
  bool jsonl = false;           // --input jsonl
  bool binary_as_text = false;  // --binary text: read files with NUL bytes anyway
  size_t max_id_bytes = 1024;   // longer JSONL ids are rejected
  // --from: read every input as this type (else by name and content; JSONL: text).
  std::optional<DocumentType> from;
  // --encoding: "" (UTF-8), an ICU converter name, or "auto" (ICU's detector).
  std::string encoding;
};

// The type named by --from ("text", "markdown", "html", "pdf").
std::optional<DocumentType> ParseDocumentType(std::string_view name);
// Whether ICU has a converter of that name (or it is "auto").
bool KnownEncoding(const std::string& label);

// One JSONL line parsed as a document {"id", "text"}: the document, or an
// error and, where the JSON parser knows it, the byte column.
struct JsonDocument {
  std::optional<Document> doc;
  std::string error;
  uint64_t col = 0;
};
JsonDocument ParseJsonDocument(std::string_view line, size_t max_id_bytes);

class InputReader {
 public:
  // No paths means standard input. Problems go to `diagnostics`; the input they
  // concern is skipped (or, for invalid UTF-8, read with U+FFFD) and reading goes on.
  InputReader(std::vector<std::string> paths, InputOptions options, DiagnosticHandler diagnostics);
  ~InputReader();

  // The next document, or nullopt when every input has been read.
  std::optional<Document> Next();

  // Reads `doc` as `type`, as Next does every input: converts its encoding,
  // checks it (binary, ill-formed UTF-8), extracts a PDF's text, builds the view
  // without markup (prepare.cc). Nullopt, after reporting why, when it cannot.
  std::optional<Document> Prepared(Document doc, DocumentType type, uint64_t jsonl_line);

 private:
  void Expand(const std::string& path, bool named);
  std::optional<Document> ReadWhole(const std::string& path);
  std::optional<Document> NextJsonLine();
  std::optional<Document> Checked(Document doc, uint64_t jsonl_line);
  void Report(Severity severity, const std::string& path, uint64_t line, uint64_t col,
              std::string message);

  InputOptions options_;
  DiagnosticHandler diagnostics_;
  std::vector<std::string> queue_;  // paths still to read, in order
  size_t next_ = 0;
  size_t next_arg_ = 0;
  std::vector<std::string> args_;

  // The JSONL stream being read.
  FILE* stream_ = nullptr;
  bool stream_owned_ = false;
  std::string stream_path_;
  uint64_t stream_line_ = 0;
  char* line_buf_ = nullptr;
  size_t line_cap_ = 0;
};

}  // namespace claimlens
