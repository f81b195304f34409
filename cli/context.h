// The front end's one-time step: raw flags become ready objects (loaded
// lexicons, a segmenter, the output, the input reader), so commands only wire them.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/diagnostics.h"
#include "claimlens/input.h"
#include "claimlens/lexicon.h"
#include "claimlens/output.h"
#include "claimlens/printer.h"
#include "claimlens/segment.h"
#include "progress.h"

namespace claimlens::cli {

struct GlobalOptions {
  std::string format;  // empty: not given (text, or a table's TSV on a pipe)
  std::string scale = "icd203";
  std::string input = "text";
  std::string binary = "skip";
  std::string from = "auto";  // input type: auto (by name and content), text, markdown, html, pdf
  std::string encoding;       // "" (UTF-8), an ICU converter name, or auto
  std::string color = "auto";
  std::vector<std::string> lexicon_files;
  std::string lexicons_dir;
  bool quiet = false;
};

// Declares the options every command shares.
void AddGlobalOptions(CLI::App& app, GlobalOptions* options);

class Context {
 public:
  Context(GlobalOptions options, std::FILE* err, int out_fd);

  // Loads the lexicons and the segmenter. False (after reporting why) if the
  // run cannot go on. With `segmentation_only` (a command that reads nothing
  // but sentences and tokens), the built-in set loads only the tables a
  // segmenter needs; lexicon() then holds no cues or actors. User lexicons
  // always load whole, so their errors are reported by every command.
  bool Init(bool segmentation_only = false);

  // The printer of `Record` in the chosen format; null, after a usage error
  // naming `command`, when the format does not apply to it.
  template <typename Record>
  std::unique_ptr<Printer<Record>> MakePrinter(const std::string& command) {
    auto printer = claimlens::MakePrinter<Record>(format_, out_, TextStyle{color_});
    if (!printer) FormatError(command);
    return printer;
  }

  // For a table (compare's, merge's of compare partials): with no --format
  // and standard output not a terminal, print TSV instead of the aligned text,
  // as the GitHub CLI does, so `compare A B | sort -t$'\t' -k5 -gr` and `cut`
  // see columns. A terminal still gets the table; --format text forces it, and
  // so does --color always (`compare A B --color always | less -R`).
  void TsvWhenPiped() {
    if (options_.format.empty() && options_.color != "always" && piped_) format_ = Format::kTsv;
  }

  void Report(const Diagnostic& d);
  // The progress line a message must clear first (null: none).
  void set_progress(Progress* progress) { progress_ = progress; }
  void Error(const std::string& message) { Report({Severity::kError, "", 0, 0, message}); }
  // A result the user asked for on standard error (a failed gate): not an
  // error, not a warning, and never silenced by --quiet.
  void Notice(const std::string& path, const std::string& message);
  // 2 if any error was reported, else `status`.
  int ExitStatus(int status) const { return errors_ > 0 ? 2 : status; }

  InputReader Inputs(const std::vector<std::string>& files);

  const GlobalOptions& options() const { return options_; }
  std::FILE* err() const { return err_; }
  Format format() const { return format_; }
  Output& out() { return out_; }
  Segmenter& segmenter() { return *parts_->segmenter; }
  const Lexicon& lexicon() const { return *lexicon_; }
  // The analyzer for the stages a command needs (made once per set of stages).
  Analyzer& analyzer(Stages stages = {});
  // `n` analyzers with every stage, one a thread: the first is analyzer(), the
  // others are made now and live as long as the Context.
  std::vector<Analyzer*> Analyzers(int n);
  // What the lexicons are, for partials: "built-in", or a hash of the files' text.
  const std::string& lexicon_id() const { return lexicon_id_; }
  Scale scale() const { return scale_; }

 private:
  void FormatError(const std::string& command);

  GlobalOptions options_;
  Format format_ = Format::kText;
  bool color_ = false;
  bool piped_ = false;  // standard output is not a terminal
  uint64_t errors_ = 0;
  std::FILE* err_;
  Progress* progress_ = nullptr;
  Output out_;
  std::shared_ptr<const Lexicon> lexicon_;
  // What is made from the lexicon: owned by the Context, or, for the built-in
  // lexicon, by a cache that outlives it (in-process runs: tests, the fuzzer).
  struct Parts {
    std::unique_ptr<Segmenter> segmenter;
    std::unique_ptr<Analyzer> analyzers[32];
  };
  Parts own_;
  Parts* parts_ = &own_;
  std::vector<std::unique_ptr<Analyzer>> extra_analyzers_;
  std::string lexicon_id_ = "built-in";
  Scale scale_ = Scale::kIcd203;
};

// Splits comma-separated values of repeatable options ("--class a,b --class c").
std::vector<std::string> SplitCommas(const std::vector<std::string>& values);

}  // namespace claimlens::cli
