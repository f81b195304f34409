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
#include "claimlens/segment.h"

namespace claimlens::cli {

enum class Format { kText, kJsonl, kTsv, kHtml, kMarkdown };

struct GlobalOptions {
  std::string format = "text";
  std::string scale = "icd203";
  std::string input = "text";
  std::string binary = "skip";
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
  // run cannot go on.
  bool Init();

  // Fails with a usage error unless the chosen format is one of `allowed`.
  bool RequireFormat(std::initializer_list<Format> allowed, const std::string& command);

  void Report(const Diagnostic& d);
  void Error(const std::string& message) { Report({Severity::kError, "", 0, 0, message}); }
  // 2 if any error was reported, else `status`.
  int ExitStatus(int status) const { return errors_ > 0 ? 2 : status; }

  InputReader Inputs(const std::vector<std::string>& files);

  const GlobalOptions& options() const { return options_; }
  Format format() const { return format_; }
  bool color() const { return color_; }
  Output& out() { return out_; }
  Segmenter& segmenter() { return *segmenter_; }
  const Lexicon& lexicon() const { return *lexicon_; }
  // The analyzer for the stages a command needs (made once per set of stages).
  Analyzer& analyzer(Stages stages = {});
  Scale scale() const { return scale_; }

 private:
  GlobalOptions options_;
  Format format_ = Format::kText;
  bool color_ = false;
  uint64_t errors_ = 0;
  std::FILE* err_;
  Output out_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<Segmenter> segmenter_;
  std::unique_ptr<Analyzer> analyzers_[8];
  Scale scale_ = Scale::kIcd203;
};

// ANSI colour for the text formats ("" when colour is off).
struct Colors {
  explicit Colors(bool on) : on_(on) {}
  const char* path() const { return on_ ? "\x1b[35m" : ""; }
  const char* pos() const { return on_ ? "\x1b[32m" : ""; }
  const char* hedge() const { return on_ ? "\x1b[33m" : ""; }
  const char* booster() const { return on_ ? "\x1b[1;31m" : ""; }
  const char* dim() const { return on_ ? "\x1b[2m" : ""; }
  const char* reset() const { return on_ ? "\x1b[0m" : ""; }

 private:
  bool on_;
};

// Appends "PATH:LINE:COL: " (coloured when asked) to `out`.
void AppendLocation(const Colors& c, std::string_view path, uint32_t line, uint32_t col,
                    std::string* out);
// Appends `text` with every line break and tab shown as one space.
void AppendOneLine(std::string_view text, std::string* out);
// "55-80%" (whole numbers without decimals).
std::string FormatBand(const Band& band);
// Splits comma-separated values of repeatable options ("--class a,b --class c").
std::vector<std::string> SplitCommas(const std::vector<std::string>& values);

}  // namespace claimlens::cli
