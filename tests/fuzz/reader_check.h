// What the reader fuzz targets check on every input: reading as TYPE never
// crashes or hangs, and a document that reads segments into spans of its bytes
// that are in order, in bounds and non-empty, with tokens inside their sentence.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "claimlens/document.h"
#include "claimlens/input.h"
#include "claimlens/lexicon.h"
#include "claimlens/segment.h"

namespace reader_check {

using namespace claimlens;

inline void Check(bool ok) {
  if (!ok) std::abort();
}

inline Segmenter& TheSegmenter() {
  static std::unique_ptr<Segmenter> s = [] {
    std::string error;
    return Segmenter::Create(Lexicon::Builtin()->segmentation(), &error);
  }();
  return *s;
}

class Checker : public SentenceVisitor {
 public:
  explicit Checker(const Document& doc) : doc_(doc) {}
  void OnSentence(const Sentence& s, const TokenList& tokens) override {
    const size_t size = doc_.bytes().size();
    Check(s.span.start >= last_ && s.span.start < s.span.end && s.span.end <= size);
    Check(s.page >= page_ && (s.page > 0) == doc_.paged());
    for (const Token& t : tokens.tokens) {
      Check(t.span.start >= s.span.start && t.span.start < t.span.end && t.span.end <= s.span.end);
      doc_.Text(t.span);
    }
    doc_.Text(s.span);
    last_ = s.span.end;
    page_ = s.page;
  }

 private:
  const Document& doc_;
  uint32_t last_ = 0;
  uint32_t page_ = 0;
};

inline int Run(const uint8_t* data, size_t size, DocumentType type) {
  Document doc = Document::FromString("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  InputOptions options;
  InputReader reader({}, options, nullptr);
  std::optional<Document> read = reader.Prepared(std::move(doc), type, 0);
  if (!read) return 0;
  Checker checker(*read);
  TheSegmenter().Run(*read, /*with_tokens=*/true, checker);
  return 0;
}

}  // namespace reader_check

// The lexicon and segmenter are built before fuzzing starts, so that their
// one-time construction counts as no input's coverage. (Each target includes
// this header once.)
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  reader_check::TheSegmenter();
  return 0;
}
