// The last step before a sentence leaves the library: spans made on a
// document's analysis text (Document::text()) become offsets into its bytes.
#pragma once

#include "claimlens/analysis.h"
#include "claimlens/document.h"
#include "claimlens/segment.h"

namespace claimlens {

// Maps every token and compound part of `tokens` to offsets into doc.bytes().
void RemapTokens(const Document& doc, TokenList* tokens);

// Maps every span of `a` (sentence, cues, markers, mentions, holders, claims
// with their conditions and stance cues) to offsets into doc.bytes(); tokens
// are mapped separately (RemapTokens).
void RemapAnalysis(const Document& doc, SentenceAnalysis* a);

}  // namespace claimlens
