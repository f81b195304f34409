// Differential: BreakEngine against ICU's own iterators (word and sentence, as
// the segmenter makes them) on the same bytes. Aborts on the first boundary or
// rule status that differs. The input is used whole, and again from its first
// line end on (the engine restarts its tables on every SetText).
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "break_engine.h"

using claimlens::BreakEngine;

namespace {

struct Pair {
  std::unique_ptr<icu::BreakIterator> icu;
  std::unique_ptr<BreakEngine> engine;
};

Pair Make(bool word) {
  const auto make = [word] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale& en = icu::Locale::getEnglish();
    std::unique_ptr<icu::BreakIterator> it(
        word ? icu::BreakIterator::createWordInstance(en, status)
             : icu::BreakIterator::createSentenceInstance(en, status));
    if (U_FAILURE(status)) std::abort();
    return it;
  };
  Pair p{make(), std::make_unique<BreakEngine>(make())};
  if (!p.engine->fast()) std::abort();  // the fast path must be the one under test
  return p;
}

void Compare(Pair& p, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  p.icu->setText(&ut, status);
  p.engine->SetText(text);
  for (;;) {
    const int32_t want = p.icu->next();
    const int32_t got = p.engine->Next();
    const bool done = want == icu::BreakIterator::DONE;
    if ((got == BreakEngine::kDone) != done || (!done && got != want) ||
        (!done && p.engine->RuleStatus() != p.icu->getRuleStatus())) {
      std::fprintf(stderr, "difference: ICU %d (status %d), engine %d (status %d)\n", want,
                   done ? 0 : p.icu->getRuleStatus(), got, p.engine->RuleStatus());
      std::abort();
    }
    if (done) break;
  }
  utext_close(&ut);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Pair word = Make(true);
  static Pair sentence = Make(false);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Compare(word, text);
  Compare(sentence, text);
  const size_t nl = text.find('\n');
  if (nl != std::string_view::npos) {
    Compare(word, text.substr(nl + 1));
    Compare(sentence, text.substr(nl + 1));
  }
  return 0;
}
