// A document: the original bytes as given, plus what decoding found in them.
// Every span in claimlens is a byte range into these bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimlens {

// A half-open byte range [start, end) into a document's original bytes.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return start == end; }
  friend bool operator==(Span a, Span b) { return a.start == b.start && a.end == b.end; }
};

// What validation found: where the text starts (after a BOM), where ill-formed
// UTF-8 sequences are, and whether there are NUL bytes.
struct DecodeInfo {
  uint32_t body_start = 0;        // 3 after a UTF-8 byte order mark, else 0
  std::vector<uint32_t> invalid;  // start offsets of ill-formed sequences
  uint64_t invalid_count = 0;     // may exceed invalid.size(): only the first are kept
  int64_t first_nul = -1;         // offset of the first NUL byte, or -1
};

// Validates UTF-8 the way ICU reads it (one U+FFFD per maximal ill-formed subpart).
DecodeInfo Decode(std::string_view bytes);

// ICU addresses UTF-8 text with 32-bit signed indexes.
inline constexpr uint64_t kMaxDocumentBytes = 0x7FFFFFFFu;

// What a document is written in (--from): it decides how its text is found.
enum class DocumentType : uint8_t { kText, kMarkdown, kHtml, kPdf };
// "text", "markdown", "html", "pdf".
std::string_view DocumentTypeName(DocumentType type);

struct DocumentLayers;  // lib/io/layers.h

class Document {
 public:
  // `keepalive` owns the memory `bytes` points into (a string or a file mapping).
  Document(std::string id, std::string_view bytes, std::shared_ptr<const void> keepalive);
  static Document FromString(std::string id, std::string bytes);

  const std::string& id() const { return id_; }
  // The year the document was written, when its metadata says (0: unknown).
  int year() const { return year_; }
  void set_year(int year) { year_ = year; }
  // A metadata field of the document's JSONL line ("outlet", "year"): strings
  // as they are, numbers and booleans as JSON writes them; null when absent.
  const std::string* field(std::string_view name) const {
    for (const auto& [key, value] : fields_) {
      if (key == name) return &value;
    }
    return nullptr;
  }
  void add_field(std::string name, std::string value) {
    fields_.emplace_back(std::move(name), std::move(value));
  }
  std::string_view bytes() const { return bytes_; }
  // What validation found in the UTF-8 text (the bytes, or their conversion).
  const DecodeInfo& info() const { return info_; }
  bool valid_utf8() const { return info_.invalid_count == 0; }
  Span body() const { return {info_.body_start, static_cast<uint32_t>(bytes_.size())}; }

  // Appends the text of `span` (offsets into bytes()): the original bytes, with
  // U+FFFD for every ill-formed sequence, or their conversion from a legacy
  // encoding, so the output is always valid UTF-8.
  void AppendText(Span span, std::string* out) const;
  std::string Text(Span span) const;
  // The same text without a copy when the document is valid UTF-8 (else in `scratch`).
  std::string_view TextView(Span span, std::string* scratch) const {
    if (valid_utf8() && !decoded()) return bytes_.substr(span.start, span.size());
    scratch->clear();
    AppendText(span, scratch);
    return *scratch;
  }

  // The text the stages analyse, from text_start() on: the bytes themselves for
  // plain UTF-8 text; else a view without markup, running headers and line-end
  // hyphens, in UTF-8. Spans the stages make count in it until Original maps
  // them back (the Analyzer and the Segmenter do before handing them on).
  std::string_view text() const { return text_; }
  uint32_t text_start() const { return text_start_; }
  // Where a span of text() is in bytes(); the identity unless remapped().
  Span Original(Span text_span) const;
  bool remapped() const;
  // The text of a span of text() (for stages that quote what they read).
  std::string ViewText(Span text_span) const;

  DocumentType type() const;
  // The legacy encoding the bytes were converted from, or "" (UTF-8).
  std::string_view encoding() const;
  // The 1-based page of an offset into bytes() (PDF), or 0 for a document without pages.
  uint32_t PageAt(uint32_t offset) const;
  bool paged() const;

  // Sets what lies between bytes() and text() (lib/io builds it).
  void SetLayers(std::shared_ptr<const DocumentLayers> layers);
  const DocumentLayers* layers() const { return layers_.get(); }
  // Offsets into the UTF-8 text (the bytes, or their conversion) and back.
  uint32_t ToUtf8(uint32_t offset, bool start) const;
  std::string_view utf8() const;

 private:
  bool decoded() const;

  std::string id_;
  std::string_view bytes_;
  std::shared_ptr<const void> keepalive_;
  std::shared_ptr<const DocumentLayers> layers_;
  std::string_view text_;
  uint32_t text_start_ = 0;
  DecodeInfo info_;
  int year_ = 0;
  std::vector<std::pair<std::string, std::string>> fields_;
};

// Returns `s` with every ill-formed UTF-8 sequence replaced by U+FFFD.
std::string SanitizeUtf8(std::string_view s);

// Maps byte offsets to 1-based line and column (columns count code points; a
// line ends at LF, CR or CRLF). Linear over a document when offsets come in
// increasing order, which is how every stage produces them.
class Locator {
 public:
  explicit Locator(const Document& doc);

  struct Position {
    uint32_t line = 1;
    uint32_t col = 1;
    uint32_t page = 0;  // 1-based in a PDF, else 0
  };
  // The position of an offset into the document's bytes().
  Position At(uint32_t offset);

 private:
  void Reset();

  const Document& doc_;
  std::string_view bytes_;  // the UTF-8 text lines and columns count in
  uint32_t body_start_;
  bool valid_;
  bool has_cr_;
  uint32_t offset_ = 0;
  uint32_t line_ = 1;
  uint32_t col_ = 1;
};

}  // namespace claimlens
