#include "context.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "choices.h"

namespace claimlens::cli {

void AddGlobalOptions(CLI::App& app, GlobalOptions* o) {
  Choose(app.add_option("--format", o->format,
                        "Output format: text, jsonl, tsv (html, markdown: report)"),
         {"text", "jsonl", "tsv", "html", "markdown"})
      ->type_name("FMT");
  Choose(
      app.add_option("--scale", o->scale, "Likelihood scale: icd203, phia, ipcc, kent, perceived"),
      {"icd203", "phia", "ipcc", "kent", "perceived"})
      ->type_name("SCALE");
  Choose(
      app.add_option("--input", o->input,
                     "Input mode: text (files as documents) or jsonl ({\"id\",\"text\"} per line)"),
      {"text", "jsonl"})
      ->type_name("MODE");
  Choose(app.add_option("--binary", o->binary, "Files with NUL bytes: skip (default) or text"),
         {"skip", "text"})
      ->type_name("MODE");
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
  const std::string& f = options_.format;
  format_ = f == "jsonl"      ? Format::kJsonl
            : f == "tsv"      ? Format::kTsv
            : f == "html"     ? Format::kHtml
            : f == "markdown" ? Format::kMarkdown
                              : Format::kText;
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
  std::fprintf(err_, "claimlens: %s\n", d.ToString().c_str());
}

bool Context::Init() {
  std::vector<Diagnostic> problems;
  const bool builtin = options_.lexicons_dir.empty() && options_.lexicon_files.empty();
  // The built-in set loads once a process (a fuzzer or a test runs many commands).
  static std::shared_ptr<const Lexicon> builtin_lexicon;
  if (builtin && builtin_lexicon) {
    lexicon_ = builtin_lexicon;
  } else {
    const std::vector<LexiconFile> files =
        GatherLexiconFiles({options_.lexicons_dir, options_.lexicon_files}, &problems);
    lexicon_ = Lexicon::Load(files, &problems);
    if (builtin && problems.empty()) builtin_lexicon = lexicon_;
  }
  for (const Diagnostic& d : problems) Report(d);
  std::string error;
  segmenter_ = Segmenter::Create(lexicon_->segmentation(), &error);
  if (!segmenter_) {
    Error(error);
    return false;
  }
  return true;
}

Analyzer& Context::analyzer(Stages stages) {
  std::unique_ptr<Analyzer>& a = analyzers_[stages.explain * 4 + stages.cues * 2 + stages.actors];
  if (!a) a = std::make_unique<Analyzer>(lexicon_, *segmenter_, stages);
  return *a;
}

bool Context::RequireFormat(std::initializer_list<Format> allowed, const std::string& command) {
  for (Format f : allowed) {
    if (f == format_) return true;
  }
  Error("--format " + options_.format + " is not available for '" + command + "'");
  return false;
}

InputReader Context::Inputs(const std::vector<std::string>& files) {
  InputOptions in;
  in.jsonl = options_.input == "jsonl";
  in.binary_as_text = options_.binary == "text";
  return InputReader(files, in, [this](const Diagnostic& d) { Report(d); });
}

void AppendLocation(const Colors& c, std::string_view path, uint32_t line, uint32_t col,
                    std::string* out) {
  out->append(c.path()).append(path).append(c.reset()).push_back(':');
  out->append(c.pos()).append(std::to_string(line)).append(c.reset()).push_back(':');
  out->append(c.pos()).append(std::to_string(col)).append(c.reset()).append(": ");
}

std::string FormatBand(const Band& band) {
  auto num = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string(buf);
  };
  return num(band.lo) + "-" + num(band.hi) + "%";
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

void AppendOneLine(std::string_view text, std::string* out) {
  bool space = false;
  for (char ch : text) {
    if (ch == '\n' || ch == '\r' || ch == '\t') {
      if (!space) out->push_back(' ');
      space = true;
    } else {
      out->push_back(ch);
      space = false;
    }
  }
}

}  // namespace claimlens::cli
