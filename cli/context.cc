#include "context.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "choices.h"

namespace claimlens::cli {

void AddGlobalOptions(CLI::App& app, GlobalOptions* o) {
  Choose(app.add_option("--format", o->format,
                        "Output format: text, jsonl, tsv (html, markdown: report)"),
         Strings(FormatNames()))
      ->type_name("FMT");
  std::vector<std::string> scales;
  for (int s = 0; s < kScaleCount; ++s) scales.emplace_back(ScaleId(static_cast<Scale>(s)));
  Choose(app.add_option("--scale", o->scale, "Likelihood scale: " + Listed(scales)), scales)
      ->type_name("SCALE");
  Choose(
      app.add_option("--input", o->input,
                     "Input mode: text (files as documents) or jsonl ({\"id\",\"text\"} per line)"),
      {"text", "jsonl"})
      ->type_name("MODE");
  Choose(app.add_option("--binary", o->binary, "Files with NUL bytes: skip (default) or text"),
         {"skip", "text"})
      ->type_name("MODE");
  Choose(app.add_option("--from", o->from,
                        "Input type: auto (by name and content, default), text, markdown, html, pdf"),
         {"auto", "text", "markdown", "html", "pdf"})
      ->type_name("TYPE");
  app.add_option("--encoding", o->encoding,
                 "Read input in a legacy encoding: an ICU converter name (windows-1252, latin1, "
                 "shift_jis, ...) or auto (detect)")
      ->type_name("LABEL");
  app.add_option("--lexicon", o->lexicon_files, "Add a lexicon file (repeatable)")
      ->type_name("FILE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--lexicons", o->lexicons_dir,
                 "Use the lexicons in DIR instead of the built-in ones")
      ->type_name("DIR");
  Choose(app.add_option("--color", o->color, "Colour: auto, always, never (NO_COLOR is respected)"),
         {"auto", "always", "never"})
      ->type_name("WHEN");
  app.add_flag("-q,--quiet", o->quiet, "Do not print warnings (errors are still printed)");
}

Context::Context(GlobalOptions options, std::FILE* err, int out_fd)
    : options_(std::move(options)), err_(err), out_(out_fd) {
  format_ = options_.format.empty() ? Format::kText
                                    : ParseFormat(options_.format).value_or(Format::kText);
  piped_ = !isatty(out_fd);
  scale_ = ParseScale(options_.scale).value_or(Scale::kIcd203);
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  color_ = options_.color == "always" || (options_.color == "auto" && isatty(out_fd) &&
                                          (no_color == nullptr || *no_color == '\0') &&
                                          !(term != nullptr && std::string(term) == "dumb"));
}

void Context::Report(const Diagnostic& d) {
  if (d.severity == Severity::kError) ++errors_;
  if (d.severity == Severity::kWarning && options_.quiet) return;
  if (progress_ != nullptr) progress_->Done();
  std::fprintf(err_, "claimlens: %s\n", d.ToString().c_str());
}

void Context::Notice(const std::string& path, const std::string& message) {
  if (progress_ != nullptr) progress_->Done();
  std::fprintf(err_, "claimlens: %s: %s\n", path.c_str(), message.c_str());
}

namespace {

// The built-in tables that sentences and tokens need. Loading them alone skips
// building the cue and actor tries, which cost a short run most of its time.
std::shared_ptr<const Lexicon> BuiltinSegmentation() {
  static const auto* lexicon = new std::shared_ptr<const Lexicon>([] {
    std::vector<Diagnostic> problems;
    return Lexicon::Load(BuiltinSegmentationFiles(), &problems);
  }());
  return *lexicon;
}

}  // namespace

bool Context::Init(bool segmentation_only) {
  if (!options_.encoding.empty() && !KnownEncoding(options_.encoding)) {
    Error("--encoding " + options_.encoding + ": no such encoding (any ICU converter name, or auto)");
    return false;
  }
  if (options_.input == "jsonl" && (options_.from == "pdf" || !options_.encoding.empty())) {
    Error(options_.from == "pdf" ? "--from pdf cannot read --input jsonl (JSON holds text)"
                                 : "--encoding does not apply to --input jsonl (JSON is UTF-8)");
    return false;
  }
  std::vector<Diagnostic> problems;
  // The built-in set loads once a process (a fuzzer or a test runs many commands).
  if (options_.lexicons_dir.empty() && options_.lexicon_files.empty()) {
    // The built-in lexicon lives as long as the process; so may what is made
    // from it (ICU iterators are slow to make).
    static Parts builtin_parts, segmentation_parts;
    lexicon_ = segmentation_only ? BuiltinSegmentation() : Lexicon::Builtin();
    parts_ = segmentation_only ? &segmentation_parts : &builtin_parts;
  } else {
    const std::vector<LexiconFile> files =
        GatherLexiconFiles({options_.lexicons_dir, options_.lexicon_files}, &problems);
    lexicon_ = Lexicon::Load(files, &problems);
    // FNV-1a over the files' text: partials of runs with other lexicons do not merge.
    uint64_t h = 1469598103934665603ull;
    for (const LexiconFile& f : files) {
      for (const unsigned char ch : f.text) h = (h ^ ch) * 1099511628211ull;
      h *= 1099511628211ull;  // a file boundary
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    lexicon_id_ = std::string("files ") + hex;
  }
  for (const Diagnostic& d : problems) Report(d);
  if (parts_->segmenter) return true;
  std::string error;
  parts_->segmenter = Segmenter::Create(lexicon_->segmentation(), &error);
  if (!parts_->segmenter) {
    Error(error);
    return false;
  }
  return true;
}

Analyzer& Context::analyzer(Stages stages) {
  std::unique_ptr<Analyzer>& a =
      parts_->analyzers[stages.cues * 16 + stages.actors * 8 + stages.claims * 4 + stages.stance * 2 +
                        stages.explain];
  if (!a) {
    Result<std::unique_ptr<Analyzer>> made = Analyzer::Create(lexicon_, stages);
    // Init made a segmenter from the same rules, so ICU's data is there and
    // this cannot fail; should it ever, the reason is printed before stopping.
    if (!made.ok()) {
      Report(made.error());
      std::abort();
    }
    a = std::move(made.value());
  }
  return *a;
}

std::vector<Analyzer*> Context::Analyzers(int n) {
  std::vector<Analyzer*> out = {&analyzer()};
  while (static_cast<int>(out.size()) < n) {
    Result<std::unique_ptr<Analyzer>> made = Analyzer::Create(lexicon_, Stages{});
    if (!made.ok()) {  // as in analyzer(): the segmenter was made, so ICU's data is there
      Report(made.error());
      std::abort();
    }
    extra_analyzers_.push_back(std::move(made.value()));
    out.push_back(extra_analyzers_.back().get());
  }
  return out;
}

void Context::FormatError(const std::string& command) {
  Error("--format " + options_.format + " is not available for '" + command + "'");
}

InputReader Context::Inputs(const std::vector<std::string>& files) {
  InputOptions in;
  in.jsonl = options_.input == "jsonl";
  in.binary_as_text = options_.binary == "text";
  if (options_.from != "auto") in.from = ParseDocumentType(options_.from);
  in.encoding = options_.encoding;
  return InputReader(files, in, [this](const Diagnostic& d) { Report(d); });
}

std::vector<std::string> SplitCommas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& v : values) {
    size_t start = 0;
    for (;;) {
      const size_t comma = v.find(',', start);
      const std::string piece =
          v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!piece.empty()) out.push_back(piece);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

}  // namespace claimlens::cli
