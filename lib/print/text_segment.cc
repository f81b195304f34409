// Text of the segmentation records: a sentence a line; a sentence's tokens on one line.
#include "text.h"

namespace claimlens {

// PATH:LINE:COL: SENTENCE
void AppendText(const SentenceRecord& r, const Colors& c, std::string* out) {
  AppendLocation(c, r.doc, r.sentence.line, r.sentence.col, out);
  AppendOneLine(r.text, out);
  out->push_back('\n');
}

// The text itself, byte for byte (so offsets can be checked against it).
void AppendText(const DocumentTextRecord& r, const Colors&, std::string* out) {
  out->append(r.text);
}

// PATH:LINE:COL: TOKEN | TOKEN | ...
void AppendText(const SentenceTokensRecord& r, const Colors& c, std::string* out) {
  AppendLocation(c, r.doc->id(), r.sentence->line, r.sentence->col, out);
  bool first = true;
  r.ForEachRow([&](const TokenRecord& t) {
    if (!first) out->append(c.dim()).append(" | ").append(c.reset());
    first = false;
    AppendOneLine(t.text, out);
  });
  out->push_back('\n');
}

}  // namespace claimlens
