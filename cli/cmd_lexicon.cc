// claimlens lexicon: check lexicon files, list entries, explain what fires on a
// sentence and why, print the likelihood scales.
#include "choices.h"
#include "command.h"

namespace claimlens::cli {
namespace {

// Hands each sentence's analysis to the printer with its cues' bands on --scale.
class ExplainFeed : public AnalysisVisitor {
 public:
  ExplainFeed(Context& ctx, Printer<ExplainRecord>& printer) : ctx_(ctx), printer_(printer) {}

  void OnSentence(const SentenceAnalysis& a) override {
    bands_.clear();
    for (const Cue& c : a.cues) bands_.push_back(CueBand(ctx_.lexicon(), c, ctx_.scale()));
    printer_.Print(ExplainRecord{&a, &ctx_.lexicon(), &bands_});
  }

 private:
  Context& ctx_;
  Printer<ExplainRecord>& printer_;
  std::vector<std::optional<Band>> bands_;
};

class LexiconCommand : public Command {
 public:
  void Reset() override { o_ = {}; }  // the option variables only; the subcommands stay
  CLI::App* Setup(CLI::App& app) override {
    cmd_ = app.add_subcommand("lexicon",
                              "Check lexicon files, list entries, explain a sentence, show scales");
    cmd_->require_subcommand(1);
    cmd_->footer(
        "Examples:\n"
        "  claimlens lexicon check my-terms.tsv\n"
        "  claimlens lexicon list --kind booster\n"
        "  claimlens lexicon explain \"The pact would almost certainly not survive.\"\n"
        "  claimlens lexicon scales --format tsv");
    check_ = cmd_->add_subcommand(
        "check",
        "Validate lexicon files (with the built-in set; none: the set itself); exit 2 on errors");
    check_->add_option("FILE", o_.check_files,
                       "Lexicon files to check (default: the built-in set)");
    check_->add_flag("--no-ambiguity", o_.no_ambiguity, "Do not report ambiguous actor aliases");
    list_ = cmd_->add_subcommand("list", "List the loaded lexicon entries");
    std::vector<std::string> kinds;
    for (int k = 0; k < kEntryKindCount; ++k)
      kinds.emplace_back(EntryKindName(static_cast<EntryKind>(k)));
    ChooseEach(list_
                   ->add_option("--kind", o_.kinds,
                                "Only entries of this kind (repeatable, or comma-separated): " +
                                    Listed(kinds))
                   ->type_name("KIND")
                   ->expected(1)
                   ->allow_extra_args(false)
                   ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
               kinds);
    // Classes are not checked: roles, titles and actor aliases take any.
    std::vector<std::string> classes;
    for (int k = 0; k < kEntryKindCount; ++k) {
      for (std::string_view cls : CueClassNames(static_cast<EntryKind>(k))) {
        if (std::find(classes.begin(), classes.end(), cls) == classes.end())
          classes.emplace_back(cls);
      }
    }
    Suggest(list_
                ->add_option("--class", o_.classes,
                             "Only entries of this class (repeatable, or comma-separated)")
                ->type_name("CLASS")
                ->expected(1)
                ->allow_extra_args(false)
                ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
            classes);
    explain_ =
        cmd_->add_subcommand("explain", "Show which entries and rules fire on a text, and why");
    explain_->add_option("TEXT", o_.explain_text, "The text to explain")->required();
    scales_ = cmd_->add_subcommand("scales",
                                   "Print the likelihood scales: each level's band on each scale");
    return cmd_;
  }

  int Run(Context& ctx) override {
    if (check_->parsed()) return Check(ctx);
    if (list_->parsed()) return List(ctx);
    if (explain_->parsed()) return Explain(ctx);
    return Scales(ctx);
  }

 private:
  int Check(Context& ctx) {
    auto printer = ctx.MakePrinter<CheckRecord>("lexicon check");
    if (!printer) return 2;
    std::vector<Diagnostic> problems;
    LexiconSources sources{ctx.options().lexicons_dir, o_.check_files};
    std::vector<LexiconFile> files = GatherLexiconFiles(sources, &problems);
    auto lexicon = Lexicon::Load(files, &problems);
    for (const Diagnostic& d : problems) ctx.Report(d);
    if (!o_.no_ambiguity) {
      for (const Diagnostic& d : AmbiguityReport(*lexicon, o_.check_files)) ctx.Report(d);
    }
    int64_t errors = 0;
    for (const Diagnostic& d : problems) errors += d.severity == Severity::kError;
    if (o_.check_files.empty()) {
      printer->Print(CheckRecord{"", errors, static_cast<int64_t>(lexicon->entries().size()),
                                 static_cast<int64_t>(lexicon->actors().size())});
    }
    for (const std::string& path : o_.check_files) {
      CheckRecord r{path};
      for (const Entry& e : lexicon->entries()) r.entries += e.file == path;
      for (const Actor& a : lexicon->actors()) r.actors += a.file == path;
      for (const Diagnostic& d : problems)
        r.errors += d.severity == Severity::kError && d.path == path;
      printer->Print(r);
    }
    return errors ? 2 : 0;
  }

  int List(Context& ctx) {
    auto printer = ctx.MakePrinter<EntryRecord>("lexicon list");
    if (!printer) return 2;
    const auto kinds = SplitCommas(o_.kinds), classes = SplitCommas(o_.classes);
    auto wanted = [](const std::vector<std::string>& list, std::string_view v) {
      return list.empty() || std::find(list.begin(), list.end(), v) != list.end();
    };
    const auto& entries = ctx.lexicon().entries();
    for (size_t i = 0; i < entries.size(); ++i) {
      const Entry& e = entries[i];
      if (!wanted(kinds, EntryKindName(e.kind)) || !wanted(classes, e.cls)) continue;
      if (!ctx.lexicon().active(i)) continue;  // overridden by a later file
      printer->Print(EntryRecord{&e});
    }
    return 0;
  }

  int Explain(Context& ctx) {
    auto printer = ctx.MakePrinter<ExplainRecord>("lexicon explain");
    if (!printer) return 2;
    Document doc = Document::FromString("explain", o_.explain_text);
    ExplainFeed feed(ctx, *printer);
    ctx.analyzer({.explain = true}).Run(doc, feed);
    return 0;
  }

  int Scales(Context& ctx) {
    auto printer = ctx.MakePrinter<ScaleTableRecord>("lexicon scales");
    if (!printer) return 2;
    printer->Print(ScaleTableRecord{&ctx.lexicon()});
    return 0;
  }

  CLI::App* cmd_ = nullptr;
  CLI::App* check_ = nullptr;
  CLI::App* list_ = nullptr;
  CLI::App* explain_ = nullptr;
  CLI::App* scales_ = nullptr;
  struct Options {
    std::vector<std::string> check_files;
    bool no_ambiguity = false;
    std::vector<std::string> kinds, classes;
    std::string explain_text;
  } o_;
};

}  // namespace

std::unique_ptr<Command> MakeLexiconCommand() { return std::make_unique<LexiconCommand>(); }

}  // namespace claimlens::cli
