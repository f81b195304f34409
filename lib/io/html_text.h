// The text of an HTML page read from its own bytes, as the HTML5 tokenizer
// reads it: character references, ill-formed bytes, white space and markup
// gumbo ignored. gumbo says where each text node lies; reading its bytes here,
// rather than lining gumbo's decoded text up with them, gives every character
// of the view the exact bytes it came from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "layers.h"

namespace claimlens {

// A character reference at s[0] == '&': the bytes it takes and what it reads
// as (UTF-8). `length` 0: no reference, the '&' is text ("&foo;", "& ", "&#;").
// Named references take the longest name in the WHATWG table (the legacy ones
// without their ';' too: "&notit;" is "¬" then "it;"); numeric ones read 0,
// surrogates and numbers past U+10FFFF as U+FFFD, and 0x80-0x9F as Windows-1252.
struct CharRef {
  size_t length = 0;
  std::string text;
};
CharRef ReadCharRef(std::string_view s);

// The length of the markup at s[0] == '<' that the tokenizer does not read as
// text (a tag, a comment, a doctype, "</>"); 0 when the '<' is text ("a < b").
// Markup that runs to the end of `s` takes all of it.
size_t MarkupLength(std::string_view s);

// How a text node's parent reads: raw text (<xmp>, <plaintext>, <noembed>,
// <noframes>: no references, no tags) and preformatted (<pre>: white space kept).
struct TextMode {
  bool raw = false;
  bool pre = false;
};

// Lays source[from, to), one text node of the page, over the view. Each unit is
// its own bytes: a reference reads as what it stands for, an ill-formed byte as
// U+FFFD, CR LF, CR, LF, tab and form feed as a space (outside <pre>; a line end
// inside), a no-break space as a space (outside <pre>), NUL and markup as nothing.
void ReadHtmlText(std::string_view source, uint32_t from, uint32_t to, TextMode mode,
                  ViewBuilder* view);

}  // namespace claimlens
