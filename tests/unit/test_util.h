// Shared helpers for the unit tests.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "claimlens/document.h"
#include "claimlens/lexicon.h"
#include "claimlens/segment.h"

namespace claimlens::test {

// A segmenter with the built-in lexicons (one per process).
Segmenter& BuiltinSegmenter();

struct Seg {
  std::vector<Sentence> sentences;
  std::vector<std::vector<Token>> tokens;
  std::vector<std::vector<std::string>> norms;
};
Seg Segment(const Document& doc, bool with_tokens = true);

// The text of each sentence of `text`.
std::vector<std::string> Sentences(const std::string& text);
// The text of each token of `text` (all sentences).
std::vector<std::string> Tokens(const std::string& text);

// Reads a file, or returns false.
bool ReadFile(const std::string& path, std::string* out);
// The project's source tree and the shared folder beside it.
std::string SourceDir();
std::string SharedDir();

}  // namespace claimlens::test
