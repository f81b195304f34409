// Fuzzes decoding, sentence splitting and tokenization, checking the offset
// property on every input: spans in order, in bounds, disjoint, covering every
// byte that is not white space, and their text the document's own bytes.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "claimlens/document.h"
#include "reader_check.h"  // the shared segmenter, built in LLVMFuzzerInitialize
#include "sentences.h"

using namespace claimlens;

namespace {

using reader_check::Check;

class Checker : public SentenceVisitor {
 public:
  explicit Checker(const Document& doc) : doc_(doc), covered_(doc.body().start) {}
  void OnSentence(const Sentence& s, const TokenList& tokens) override {
    const std::string_view b = doc_.bytes();
    Check(s.index == next_++);
    Check(s.span.start >= covered_ && s.span.start < s.span.end && s.span.end <= b.size());
    CheckSpaces(covered_, s.span.start);
    uint32_t at = s.span.start;
    for (const Token& t : tokens.tokens) {
      Check(t.span.start >= at && t.span.start < t.span.end && t.span.end <= s.span.end);
      CheckSpaces(at, t.span.start);
      Check(doc_.Text(t.span) == SanitizeUtf8(b.substr(t.span.start, t.span.size())));
      at = t.span.end;
    }
    CheckSpaces(at, s.span.end);
    covered_ = s.span.end;
  }
  void Finish() { CheckSpaces(covered_, static_cast<uint32_t>(doc_.bytes().size())); }

 private:
  void CheckSpaces(uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to;) {
      const size_t n = SpaceAt(doc_.bytes(), i);
      Check(n > 0);
      i += static_cast<uint32_t>(n);
    }
  }
  const Document& doc_;
  uint32_t covered_;
  uint32_t next_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Document doc = Document::FromString("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  Checker checker(doc);
  reader_check::TheSegmenter().Run(doc, /*with_tokens=*/true, checker);
  checker.Finish();
  Locator locator(doc);
  uint32_t last_line = 1;
  for (uint32_t i = 0; i <= size; i += 7) {
    const auto p = locator.At(i);
    Check(p.line >= last_line && p.col >= 1);
    last_line = p.line;
  }
  return 0;
}
