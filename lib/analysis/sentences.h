// Sentence boundaries: ICU's sentence rules, then the fixes policy prose needs
// (abbreviations, initials, hard-wrapped lines, titles and bylines).
#pragma once

#include <unicode/brkiter.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "break_engine.h"
#include "claimlens/document.h"
#include "claimlens/segment.h"

namespace claimlens {

// A longer stretch without a sentence end is cut at a space (see SplitRegion).
inline constexpr uint32_t kMaxSentenceBytes = 64 * 1024;

class SentenceSplitter {
 public:
  SentenceSplitter(const SegmentationRules& rules, std::unique_ptr<icu::BreakIterator> iter);

  // Calls emit(span) for each sentence of bytes[start..], in order. Spans are
  // trimmed of white space and together cover every other byte.
  void Split(std::string_view bytes, uint32_t start, const std::function<void(Span)>& emit);
  // The same for bytes[range] alone, given the document's soft line ends. A
  // range from SentenceAlignedChunks gives exactly the sentences the whole
  // document has there.
  void SplitRange(std::string_view bytes, Span range, const std::vector<uint32_t>& soft,
                  const std::function<void(Span)>& emit);

 private:
  // Splits `region`, the text ICU reads for bytes[begin, begin + region.size()).
  void SplitRegion(std::string_view region, uint32_t begin, std::string_view bytes,
                   const std::function<void(Span)>& emit);
  bool ShouldJoin(std::string_view region, size_t boundary) const;
  size_t NumberOpensAfter(std::string_view region, size_t period) const;
  // A word with its final period that never ends a sentence ("e.g.", "i.e.").
  bool NeverEnds(std::string_view word) const;
  // A listed abbreviation ("Gen.", "U.S.") or an initial ("J.").
  bool Abbreviation(std::string_view word) const;

  const SegmentationRules& rules_;
  BreakEngine iter_;
  std::string scratch_;
};

// Cuts bytes[start..] into ranges of about `target` bytes (the last may be
// shorter, one may be longer) that each start a line after a hard line end,
// where every sentence and word ends: segmented one by one, they give what
// the whole gives. `soft` are the document's soft line ends (FindSoftLineEnds).
std::vector<Span> SentenceAlignedChunks(std::string_view bytes, uint32_t start,
                                        const std::vector<uint32_t>& soft, uint32_t target);

// Length of the white-space character at s[i] (ASCII or Unicode), or 0.
size_t SpaceAt(std::string_view s, size_t i);
// Length of the white-space character ending just before s[i], or 0.
size_t SpaceBefore(std::string_view s, size_t i);

}  // namespace claimlens
