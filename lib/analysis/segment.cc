// The segmentation stage: sentences, and the tokens of each, in one pass.
#include "claimlens/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <mutex>

#include "fold.h"
#include "lines.h"
#include "remap.h"
#include "sentences.h"
#include "tokens.h"

namespace claimlens {

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "symbol";
}

struct Segmenter::Impl {
  SegmentationRules rules;
  Folder folder;
  std::unique_ptr<SentenceSplitter> sentences;
  std::unique_ptr<TokenStream> words;
  std::unique_ptr<TokenStream> phrase_words;
  TokenList tokens;
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::~Segmenter() = default;

namespace {

// A new iterator of ICU's English word or sentence rules. Creating one from the
// locale converts its rule source to UTF-16 (about 40,000 instructions); a
// clone of a kept prototype shares the compiled rules and costs little, which
// matters to programs that build many segmenters (a lexicon check, a user
// lexicon per run, the fuzzers). The prototypes are never given text; the mutex
// makes cloning them safe from any thread.
std::unique_ptr<icu::BreakIterator> NewIterator(bool words, UErrorCode& status) {
  static std::mutex mutex;
  static icu::BreakIterator* prototypes[2] = {nullptr, nullptr};  // never freed
  const std::lock_guard<std::mutex> lock(mutex);
  icu::BreakIterator*& prototype = prototypes[words ? 1 : 0];
  if (prototype == nullptr) {
    const icu::Locale& en = icu::Locale::getEnglish();
    std::unique_ptr<icu::BreakIterator> made(
        words ? icu::BreakIterator::createWordInstance(en, status)
              : icu::BreakIterator::createSentenceInstance(en, status));
    if (U_FAILURE(status)) return nullptr;
    prototype = made.release();
  }
  std::unique_ptr<icu::BreakIterator> copy(prototype->clone());
  if (copy == nullptr) status = U_MEMORY_ALLOCATION_ERROR;
  return copy;
}

}  // namespace

std::unique_ptr<Segmenter> Segmenter::Create(SegmentationRules rules, std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sent = NewIterator(false, status);
  std::unique_ptr<icu::BreakIterator> word = NewIterator(true, status);
  std::unique_ptr<icu::BreakIterator> phrase = NewIterator(true, status);
  if (U_FAILURE(status)) {
    *error = std::string("cannot load ICU break rules: ") + u_errorName(status);
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  impl->rules = std::move(rules);
  impl->sentences = std::make_unique<SentenceSplitter>(impl->rules, std::move(sent));
  impl->words = std::make_unique<TokenStream>(std::move(word), impl->folder);
  impl->phrase_words = std::make_unique<TokenStream>(std::move(phrase), impl->folder);
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

void Segmenter::Run(const Document& doc, bool with_tokens, SentenceVisitor& visitor,
                    bool text_offsets) {
  const uint32_t start = doc.text_start();
  if (with_tokens) impl_->words->Reset(doc.text(), start);
  uint32_t index = 0;
  TokenList& tokens = impl_->tokens;
  tokens.clear();
  Locator locator(doc);
  const bool remap = doc.remapped();
  impl_->sentences->Split(doc.text(), start, [&](Span span) {
    if (with_tokens) impl_->words->Take(span, &tokens);
    const Span original = remap ? doc.Original(span) : span;
    const Locator::Position at = locator.At(original.start);
    if (remap && !text_offsets) {
      span = original;
      if (with_tokens) RemapTokens(doc, &tokens);
    }
    visitor.OnSentence(Sentence{index++, span, at.line, at.col, at.page}, tokens);
  });
}

Segmenter::Plan Segmenter::PlanChunks(const Document& doc, uint32_t target_bytes) {
  Plan plan;
  plan.soft_line_ends = FindSoftLineEnds(doc.text(), doc.text_start());
  plan.chunks =
      SentenceAlignedChunks(doc.text(), doc.text_start(), plan.soft_line_ends, target_bytes);
  return plan;
}

void Segmenter::RunChunk(const Document& doc, const Plan& plan, size_t chunk,
                         SentenceVisitor& visitor) {
  const Span range = plan.chunks[chunk];
  impl_->words->Reset(doc.text(), range.start, range.end);
  TokenList& tokens = impl_->tokens;
  tokens.clear();
  impl_->sentences->SplitRange(doc.text(), range, plan.soft_line_ends, [&](Span span) {
    impl_->words->Take(span, &tokens);
    visitor.OnSentence(Sentence{0, span, 0, 0, 0}, tokens);
  });
}

void Segmenter::Tokenize(std::string_view text, TokenList* out) {
  impl_->phrase_words->Reset(text, 0);
  impl_->phrase_words->Take({0, static_cast<uint32_t>(text.size())}, out);
}

}  // namespace claimlens
