// Lexicons: the data claimlens reads text with. Built-in files are embedded in
// the binary; --lexicons DIR replaces them and --lexicon FILE adds to them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "claimlens/diagnostics.h"
#include "claimlens/segment.h"

namespace claimlens {

struct LexiconFile {
  std::string path;  // as shown in messages; built-in files are "<built-in>/NAME"
  std::string text;
};

struct LexiconSources {
  std::string dir;                 // --lexicons DIR: replaces the built-in files
  std::vector<std::string> files;  // --lexicon FILE: added after them
};

// The built-in lexicon files, in a fixed order.
std::vector<LexiconFile> BuiltinLexiconFiles();

// Reads the files `sources` names (a directory is read recursively for *.tsv).
// Unreadable paths are reported in `errors`.
std::vector<LexiconFile> GatherLexiconFiles(const LexiconSources& sources,
                                            std::vector<Diagnostic>* errors);

class Lexicon {
 public:
  // Parses and validates every file. Problems go to `errors` with file and line;
  // the rows they concern are left out and the rest is loaded.
  static std::shared_ptr<const Lexicon> Load(const std::vector<LexiconFile>& files,
                                             std::vector<Diagnostic>* errors);

  const SegmentationRules& segmentation() const { return segmentation_; }

 private:
  SegmentationRules segmentation_;
};

}  // namespace claimlens
