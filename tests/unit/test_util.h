// Shared helpers for the unit tests.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/document.h"
#include "claimlens/lexicon.h"
#include "claimlens/segment.h"

namespace claimlens::test {

// A segmenter with the built-in lexicons (one per process).
Segmenter& BuiltinSegmenter();
// An analyzer with `lexicon` (the built-in one by default); fails the test if it cannot be made.
std::unique_ptr<Analyzer> MakeAnalyzer(std::shared_ptr<const Lexicon> lexicon = Lexicon::Builtin(),
                                       Stages stages = {});

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

// The built-in lexicon files whose path contains one of `names` ("segmentation").
std::vector<LexiconFile> BuiltinFilesNamed(std::initializer_list<std::string_view> names);

// Reads a file, or returns false.
bool ReadFile(const std::string& path, std::string* out);
// Everything written to `f` (a temporary file) so far, from its start.
std::string ReadBack(std::FILE* f);
// The project's source tree and the shared folder beside it.
std::string SourceDir();
std::string SharedDir();

}  // namespace claimlens::test

// Lets doctest print the vectors of strings the tests compare.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", \"" : "\"") + v[i] + "\"";
    return String((s + "}").c_str());
  }
};
}  // namespace doctest
