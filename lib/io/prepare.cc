// The order of the input stages for one document: type, encoding, checks,
// text extraction (PDF) or view (markup, line-end hyphens).
#include <unicode/ucnv.h>

#include <cstring>
#include <memory>

#include "claimlens/input.h"
#include "readers.h"
#include "sentences.h"  // SpaceAt: what counts as white space

namespace claimlens {
namespace {

// Whether `bytes` holds nothing but white space (as the sentence splitter sees it),
// so that it has no sentence: reported like an empty file.
bool OnlySpace(std::string_view bytes) {
  size_t i = 0;
  while (size_t n = SpaceAt(bytes, i)) i += n;
  return i >= bytes.size();
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != suffix[i]) return false;
  }
  return true;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::optional<DocumentType> ParseDocumentType(std::string_view name) {
  for (DocumentType t : {DocumentType::kText, DocumentType::kMarkdown, DocumentType::kHtml,
                         DocumentType::kPdf}) {
    if (DocumentTypeName(t) == name) return t;
  }
  return std::nullopt;
}

bool KnownEncoding(const std::string& label) {
  if (label == "auto") return true;
  UErrorCode status = U_ZERO_ERROR;
  UConverter* c = ucnv_open(label.c_str(), &status);
  if (c != nullptr) ucnv_close(c);
  return U_SUCCESS(status);
}

// Content first (a PDF or an HTML page whatever its name), then the name.
DocumentType DetectType(std::string_view path, std::string_view bytes) {
  std::string_view head = bytes.substr(0, 1024);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  if (head.substr(0, 5) == "%PDF-") return DocumentType::kPdf;
  while (!head.empty() && (head[0] == ' ' || head[0] == '\t' || head[0] == '\r' || head[0] == '\n'))
    head.remove_prefix(1);
  if (StartsWithNoCase(head, "<!doctype html") || StartsWithNoCase(head, "<html"))
    return DocumentType::kHtml;
  if (StartsWithNoCase(head, "<!--") || StartsWithNoCase(head, "<?xml")) {
    for (size_t i = 0; i + 5 <= head.size(); ++i) {
      if (StartsWithNoCase(head.substr(i), "<html")) return DocumentType::kHtml;
    }
  }
  if (EndsWithNoCase(path, ".pdf")) return DocumentType::kPdf;
  if (EndsWithNoCase(path, ".html") || EndsWithNoCase(path, ".htm") ||
      EndsWithNoCase(path, ".xhtml"))
    return DocumentType::kHtml;
  if (EndsWithNoCase(path, ".md") || EndsWithNoCase(path, ".markdown"))
    return DocumentType::kMarkdown;
  return DocumentType::kText;
}

std::optional<Document> InputReader::Prepared(Document doc, DocumentType type,
                                              uint64_t jsonl_line) {
  const std::string where = jsonl_line ? stream_path_ : doc.id();
  auto layers = std::make_shared<DocumentLayers>();
  layers->type = type;
  if (type == DocumentType::kPdf) {
    Result<PdfText> pdf = ReadPdf(doc.bytes());
    if (!pdf.ok()) {
      Report(Severity::kError, where, jsonl_line, 0, pdf.error().message + "; skipped");
      return std::nullopt;
    }
    auto text = std::make_shared<const std::string>(std::move(pdf.value().text));
    Document extracted(doc.id(), *text, text);
    extracted.set_year(doc.year());
    layers->pages = std::move(pdf.value().pages);
    layers->viewed = true;
    layers->view = std::move(pdf.value().view);
    extracted.SetLayers(layers);
    if (OnlySpace(extracted.text())) {
      Report(Severity::kError, where, jsonl_line, 0, "no text in the PDF (scanned pages?); skipped");
      return std::nullopt;
    }
    return extracted;
  }

  bool layered = type != DocumentType::kText;
  if (!options_.encoding.empty()) {
    Result<Converted> converted = ConvertToUtf8(doc.bytes(), options_.encoding);
    if (!converted.ok()) {
      Report(Severity::kError, where, jsonl_line, 0, converted.error().message + "; skipped");
      return std::nullopt;
    }
    Converted& c = converted.value();
    if (c.confidence >= 0) {
      Report(Severity::kWarning, where, jsonl_line, 0,
             "read as " + c.encoding + " (ICU's charset detector, " +
                 std::to_string(c.confidence) + "% confident)");
    }
    if (c.encoding != "UTF-8") {
      layers->decoded = true;
      layers->encoding = c.encoding;
      layers->utf8 = std::move(c.utf8);
      layered = true;
      if (c.substituted > 0) {
        Report(Severity::kError, where, jsonl_line, 0,
               std::to_string(c.substituted) + " byte sequence(s) not " + c.encoding +
                   ", the first at byte " + std::to_string(c.first_substituted) +
                   "; read as U+FFFD");
      }
    }
  }
  if (layered) doc.SetLayers(layers);
  std::optional<Document> checked = Checked(std::move(doc), jsonl_line);
  if (!checked) return std::nullopt;

  const std::string_view utf8 = checked->utf8();
  const uint32_t start = checked->info().body_start;
  std::optional<Layer> view;
  if (type == DocumentType::kHtml) {
    view = HtmlView(utf8, start);
  } else if (type == DocumentType::kMarkdown) {
    view = MarkdownView(utf8, start);
  } else {
    view = PlainTextView(utf8, start);
  }
  if (view) {
    layers->viewed = true;
    layers->view = std::move(*view);
    checked->SetLayers(layers);
  }
  if (OnlySpace(checked->text().substr(checked->text_start()))) {
    Report(Severity::kError, where, jsonl_line, 0,
           type == DocumentType::kText ? "empty input (only white space)"
                                       : "empty input (no text outside the markup)");
    return std::nullopt;
  }
  return checked;
}

// Applies the rules every document passes: NUL bytes mean binary (skipped unless
// --binary text); ill-formed UTF-8 is read as U+FFFD and reported with its place.
std::optional<Document> InputReader::Checked(Document doc, uint64_t jsonl_line) {
  const DecodeInfo& info = doc.info();
  const std::string& where = jsonl_line ? stream_path_ : doc.id();
  // Offsets of the UTF-8 text; converted ones are told as offsets into the file.
  const DocumentLayers* layers = doc.layers();
  auto original = [&](int64_t offset) -> uint32_t {
    const auto o = static_cast<uint32_t>(offset);
    return layers != nullptr && layers->decoded ? layers->utf8.map.Start(o) : o;
  };
  auto position = [&](uint32_t offset, uint64_t* line, uint64_t* col) {
    if (jsonl_line) {  // a position inside a JSON string is best given as the document line
      *line = jsonl_line;
      *col = 0;
      return;
    }
    Locator locator(doc);
    const Locator::Position p = locator.At(offset);
    *line = p.line;
    *col = p.col;
  };
  if (info.first_nul >= 0 && !options_.binary_as_text) {
    uint64_t line, col;
    position(original(info.first_nul), &line, &col);
    Report(Severity::kError, where, line, col,
           "binary input (NUL byte at byte " + std::to_string(original(info.first_nul)) +
               "); skipped (--binary text reads it as text)");
    return std::nullopt;
  }
  if (info.invalid_count > 0) {
    uint64_t line, col;
    position(original(info.invalid.front()), &line, &col);
    std::string message = "invalid UTF-8 at byte " + std::to_string(original(info.invalid.front())) +
                          ", read as U+FFFD";
    if (info.invalid_count > 1)
      message += " (and " + std::to_string(info.invalid_count - 1) + " more)";
    Report(Severity::kError, where, line, col, std::move(message));
  }
  return doc;
}

}  // namespace claimlens
