// The geometry of a PDF page: words with their boxes become lines in reading
// order (columns found by cutting the page along its empty gutters and bands),
// with what the view needs to tell wraps from paragraph ends.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layers.h"

namespace claimlens {

struct PdfWord {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, y grows down the page
  bool space_after = false;
};

struct PdfLine {
  std::string text;
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  double first_word = 0;    // width of its first word
  double right = 0;         // the right edge of its column
  bool block_start = false; // a paragraph starts here (a gap above, a new size)
  bool edge = false;        // in the band at the top or foot of the page
  bool furniture = false;   // a running header or footer, or a page number
};

// The lines of one page in reading order.
std::vector<PdfLine> LayOutPage(std::vector<PdfWord> words);

// Whether the line end after `line` only wraps: `next`'s first word would not
// have fitted in the room left on `line`.
bool Wraps(const PdfLine& line, const PdfLine& next);

// A letter (ASCII, or any byte of a multi-byte character).
bool IsWordByte(char c);

// The view of a PDF's text (readers.h): `lines` in order, each starting at
// `starts[i]` of `text`.
Layer PdfView(std::string_view text, const std::vector<const PdfLine*>& lines,
              const std::vector<uint32_t>& starts);

}  // namespace claimlens
