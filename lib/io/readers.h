// The readers of each input type: each makes the analysis view of a document
// (layers.h) from its UTF-8 text, or, for a PDF, the text itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/result.h"
#include "layers.h"

namespace claimlens {

// The length of the UTF-8 character at s[i]; 1 for a byte that starts none
// (ill-formed input reads one byte a U+FFFD).
inline size_t Utf8CharLength(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  const size_t n = lead < 0x80   ? 1
                   : lead < 0xC2 ? 0
                   : lead < 0xE0 ? 2
                   : lead < 0xF0 ? 3
                   : lead < 0xF5 ? 4
                                 : 0;
  if (n <= 1 || i + n > s.size()) return 1;
  // The second byte's range excludes overlong forms, surrogates and code points
  // past U+10FFFF (Unicode table 3-7): ICU reads those bytes one by one.
  const auto second = static_cast<unsigned char>(s[i + 1]);
  const unsigned char lo = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  const unsigned char hi = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  if (second < lo || second > hi) return 1;
  for (size_t k = 2; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  }
  return n;
}

// The type of a document by its name and its first bytes (`%PDF-`, `<html`).
DocumentType DetectType(std::string_view path, std::string_view bytes);

// HTML (gumbo): the visible text of the main <article> (else <main>, else
// <body>), without script, style, nav, header, footer and aside; blocks end
// paragraphs, entities read as what they stand for.
Layer HtmlView(std::string_view html, uint32_t start);

// Markdown (cmark): the text of headings, paragraphs, list items and table
// cells, each its own block; emphasis, link texts and inline code read as
// text; code blocks, HTML blocks and front matter skipped.
Layer MarkdownView(std::string_view markdown, uint32_t start);

// A PDF (poppler): the text of its pages in reading order, and the view of it
// without running headers and footers, page numbers and line-end hyphens.
struct PdfText {
  std::string text;
  std::vector<uint32_t> pages;  // where pages 2, 3, ... start in `text`
  Layer view;
};
Result<PdfText> ReadPdf(std::string_view bytes);

// Plain text: the view with line-end hyphenation undone ("prob-" + "ably" is
// "probably", "Indo-" + "Pacific" stays "Indo-Pacific"), or nullopt when no
// line ends in a hyphen.
std::optional<Layer> PlainTextView(std::string_view text, uint32_t start);

// Whether "left-" at a line end and "right" on the next line are one word
// broken in two (true) or a compound whose hyphen is real (false).
bool JoinsAsWord(std::string_view left, std::string_view right);

// Legacy encodings (ICU converters): `bytes` in UTF-8 with the map back.
struct Converted {
  Layer utf8;
  std::string encoding;      // the converter's canonical name
  uint64_t substituted = 0;  // bytes that could not be read, as U+FFFD
  uint32_t first_substituted = 0;
  int confidence = -1;  // the detector's, for --encoding auto (0-100)
};
Result<Converted> ConvertToUtf8(std::string_view bytes, const std::string& label);

}  // namespace claimlens
