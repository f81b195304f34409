// Lexicons: the data claimlens reads text with. The built-in files are
// embedded in the library, so a program needs no data files; a lexicon
// directory can replace them, and further files can be added after them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/diagnostics.h"
#include "claimlens/entry.h"
#include "claimlens/levels.h"
#include "claimlens/segment.h"

namespace claimlens {

struct LexiconFile {
  std::string path;  // as shown in messages; built-in files are "<built-in>/NAME"
  std::string text;
};

struct LexiconSources {
  std::string dir;                 // if set, its *.tsv files replace the built-in ones
  std::vector<std::string> files;  // files added after those (later rows override)
};

// The built-in lexicon files, in a fixed order.
std::vector<LexiconFile> BuiltinLexiconFiles();
// Of those, the ones a segmenter needs (the segmentation rules) with the
// settings and scales every lexicon must define: the smallest valid set.
std::vector<LexiconFile> BuiltinSegmentationFiles();

// Reads the files `sources` names (a directory is read recursively for *.tsv).
// Unreadable paths are reported in `problems`.
std::vector<LexiconFile> GatherLexiconFiles(const LexiconSources& sources,
                                            std::vector<Diagnostic>* problems);

// A state, organisation, person, group, region or place.
struct Actor {
  struct Role {
    std::string role;         // "president", "prime-minister", ...
    std::string affiliation;  // an actor id
    int from = 0;             // years; to == 0 means ongoing
    int to = 0;
  };
  std::string id;
  std::string type;  // state, organization, person, group, region, place
  std::string name;
  std::vector<std::string> members;
  std::vector<Role> roles;
  std::string file;
  uint32_t line = 0;
};

struct CompiledLexicon;  // the matching structures (lib/lexicon/compiled.h)

// Immutable once loaded: share one (as shared_ptr<const Lexicon>) between
// analyzers and threads.
class Lexicon {
 public:
  // The built-in lexicons, loaded once per process (they load without problems;
  // a unit test sees to it). The same as Load(BuiltinLexiconFiles(), ...).
  static std::shared_ptr<const Lexicon> Builtin();
  // Parses, validates and compiles every file. Problems (errors and warnings)
  // go to `problems` with file and line; rows with errors are left out and the
  // rest is loaded. Later files override earlier entries of the same phrase and kind.
  static std::shared_ptr<const Lexicon> Load(const std::vector<LexiconFile>& files,
                                             std::vector<Diagnostic>* problems);
  ~Lexicon();

  const SegmentationRules& segmentation() const { return segmentation_; }
  const std::vector<Entry>& entries() const;
  // False for an entry a later file overrode.
  bool active(size_t entry) const;
  const CompiledLexicon& compiled() const { return *compiled_; }

  // The band of `level` on `scale`, if the scale defines it.
  std::optional<Band> band(Scale scale, Level level) const;
  // What readers understand by a cue phrase (its norm), if a survey asked about it.
  std::optional<Band> perceived(std::string_view phrase) const;
  // The label a scale gives a level ("realistic possibility").
  std::string_view label(Scale scale, Level level) const;

  // A setting of the lexicons' settings table by name ("stance_label_cut"), or -1.
  int setting(std::string_view name) const;

  const Actor* actor(std::string_view id) const;
  const std::vector<Actor>& actors() const;

 private:
  Lexicon();
  SegmentationRules segmentation_;
  std::unique_ptr<CompiledLexicon> compiled_;
};

}  // namespace claimlens

namespace claimlens {

// Warnings about actor aliases that can misfire, for `lexicon check`: aliases
// marked ambiguous (and the rule that resolves them), one alias naming two
// actors, an alias inside a longer name ("China" in "South China Sea"), and an
// alias written without a capital (it then matches in any case). Only entries
// from `files` are reported; all of them when `files` is empty.
std::vector<Diagnostic> AmbiguityReport(const Lexicon& lexicon,
                                        const std::vector<std::string>& files);

}  // namespace claimlens
