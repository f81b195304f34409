// claimlens lexicon: check lexicon files, list entries, explain what fires on a
// sentence and why, print the likelihood scales.
#include <cstdio>

#include "claimlens/schema.h"
#include "command.h"
#include "records_out.h"

namespace claimlens::cli {
namespace {

class Explainer : public AnalysisVisitor {
 public:
  Explainer(Context& ctx, const Document& doc) : ctx_(ctx), doc_(doc) {}

  void OnSentence(const SentenceAnalysis& a) override {
    const Lexicon& lex = ctx_.lexicon();
    std::string out =
        "sentence " + std::to_string(a.sentence.index) + ": " + doc_.Text(a.sentence.span) + "\n";
    out += "  tokens:";
    for (const Token& t : a.tokens->tokens) out += " " + std::string(a.tokens->norm(t));
    out += "\n";
    for (const Match& m : a.matches) {
      const Entry& e = lex.entries()[m.entry];
      const auto& toks = m.part ? a.tokens->parts : a.tokens->tokens;
      const Span span{toks[m.begin].span.start, toks[m.end - 1].span.end};
      out += "  match \"" + doc_.Text(span) + "\": " + std::string(EntryKindName(e.kind)) + " " +
             e.cls;
      if (e.value != "-") out += " " + e.value;
      out += "  (" + e.phrase + ", " + e.file + ":" + std::to_string(e.line) + ")\n";
    }
    for (const Cue& c : a.cues) {
      out += "  cue \"" + doc_.Text(c.span) + "\": " + std::string(EntryKindName(c.kind)) + " " +
             c.cls;
      if (c.level != Level::kNone) out += " " + std::string(LevelId(c.level));
      if (auto band = CueBand(lex, c, ctx_.scale())) out += " " + FormatBand(*band);
      if (c.negated) out += " negated";
      if (!c.rule.empty()) out += "  [" + c.rule + "]";
      out += "\n";
    }
    for (const Mention& m : a.mentions) {
      out += "  actor \"" + doc_.Text(m.span) + "\": " + m.id + " " + m.name + " (" +
             std::string(MentionTypeName(m.type));
      if (!m.role.empty()) out += ", " + m.role;
      out += ") by " + m.how;
      if (!m.rule.empty()) out += " (" + m.rule + ")";
      out += "\n";
    }
    for (const Dropped& d : a.dropped) {
      const auto& toks = a.tokens->tokens;
      const Span span{toks[d.begin].span.start, toks[d.end - 1].span.end};
      const bool actor = lex.entries()[d.entry].kind == EntryKind::kActor;
      out += std::string(actor ? "  not a mention \"" : "  not a cue \"") + doc_.Text(span) +
             "\": " + d.reason + "\n";
    }
    ctx_.out().Write(out);
  }

 private:
  Context& ctx_;
  const Document& doc_;
};

class LexiconCommand : public Command {
 public:
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
    check_->add_option("FILE", check_files_, "Lexicon files to check (default: the built-in set)");
    check_->add_flag("--no-ambiguity", no_ambiguity_, "Do not report ambiguous actor aliases");
    list_ = cmd_->add_subcommand("list", "List the loaded lexicon entries");
    list_
        ->add_option("--kind", kinds_,
                     "Only entries of this kind (hedge, booster, negation, actor, ...)")
        ->type_name("KIND")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    list_->add_option("--class", classes_, "Only entries of this class")
        ->type_name("CLASS")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    explain_ =
        cmd_->add_subcommand("explain", "Show which entries and rules fire on a text, and why");
    explain_->add_option("TEXT", explain_text_, "The text to explain")->required();
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
    std::vector<Diagnostic> problems;
    LexiconSources sources{ctx.options().lexicons_dir, check_files_};
    std::vector<LexiconFile> files = GatherLexiconFiles(sources, &problems);
    auto lexicon = Lexicon::Load(files, &problems);
    for (const Diagnostic& d : problems) ctx.Report(d);
    if (!no_ambiguity_) {
      for (const Diagnostic& d : AmbiguityReport(*lexicon, check_files_)) ctx.Report(d);
    }
    int errors = 0;
    for (const Diagnostic& d : problems) errors += d.severity == Severity::kError;
    if (check_files_.empty()) {
      ctx.out().Write(std::to_string(lexicon->entries().size()) + " entries, " +
                      std::to_string(lexicon->actors().size()) +
                      " actors: " + (errors ? "errors" : "ok") + "\n");
    }
    for (const std::string& path : check_files_) {
      int entries = 0;
      for (const Entry& e : lexicon->entries()) entries += e.file == path;
      int actors = 0;
      for (const Actor& a : lexicon->actors()) actors += a.file == path;
      int own_errors = 0;
      for (const Diagnostic& d : problems)
        own_errors += d.severity == Severity::kError && d.path == path;
      std::string line = path + ": " +
                         (own_errors ? std::to_string(own_errors) + " errors" : std::string("ok")) +
                         ", " + std::to_string(entries) + " entries";
      if (actors) line += ", " + std::to_string(actors) + " actors";
      ctx.out().Write(line + "\n");
    }
    return errors ? 2 : 0;
  }

  int List(Context& ctx) {
    if (!ctx.RequireFormat({Format::kText, Format::kJsonl, Format::kTsv}, "lexicon list")) return 2;
    const auto kinds = SplitCommas(kinds_), classes = SplitCommas(classes_);
    auto wanted = [](const std::vector<std::string>& list, std::string_view v) {
      return list.empty() || std::find(list.begin(), list.end(), v) != list.end();
    };
    std::unique_ptr<RecordOut<EntryRecord>> out = MachineOut<EntryRecord>(ctx);
    const auto& entries = ctx.lexicon().entries();
    for (size_t i = 0; i < entries.size(); ++i) {
      const Entry& e = entries[i];
      if (!wanted(kinds, EntryKindName(e.kind)) || !wanted(classes, e.cls)) continue;
      if (!ctx.lexicon().active(i)) continue;  // overridden by a later file
      if (out) {
        out->Write(EntryRecord{&e});
        continue;
      }
      std::string line = std::string(EntryKindName(e.kind)) + "\t" + e.cls + "\t" + e.phrase;
      if (e.value != "-") line += "\t" + e.value;
      ctx.out().Write(line + "\n");
      ctx.out().MaybeFlush();
    }
    return 0;
  }

  int Explain(Context& ctx) {
    Document doc = Document::FromString("explain", explain_text_);
    Explainer explainer(ctx, doc);
    ctx.analyzer({.cues = true, .actors = true, .explain = true}).Run(doc, explainer);
    return 0;
  }

  int Scales(Context& ctx) {
    if (!ctx.RequireFormat({Format::kText, Format::kJsonl, Format::kTsv}, "lexicon scales"))
      return 2;
    const Lexicon& lex = ctx.lexicon();
    if (ctx.format() != Format::kText) {
      RecordOut<ScaleRecord> out(ctx);
      for (int s = 0; s < kScaleCount; ++s) {
        for (int l = 0; l < kLevelCount; ++l) {
          const auto scale = static_cast<Scale>(s);
          const auto level = static_cast<Level>(l);
          out.Write(ScaleRecord{ScaleId(scale), LevelId(level), lex.band(scale, level),
                                lex.label(scale, level)});
        }
      }
      return 0;
    }
    std::string out;
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-18s", "level");
    out += buf;
    for (int s = 0; s < kScaleCount; ++s) {
      std::snprintf(buf, sizeof buf, "%-11s", std::string(ScaleId(static_cast<Scale>(s))).c_str());
      out += buf;
    }
    out += "\n";
    for (int l = 0; l < kLevelCount; ++l) {
      std::snprintf(buf, sizeof buf, "%-18s", std::string(LevelId(static_cast<Level>(l))).c_str());
      out += buf;
      for (int s = 0; s < kScaleCount; ++s) {
        const auto band = lex.band(static_cast<Scale>(s), static_cast<Level>(l));
        std::snprintf(buf, sizeof buf, "%-11s", band ? FormatBand(*band).c_str() : "-");
        out += buf;
      }
      out += "\n";
    }
    ctx.out().Write(out);
    return 0;
  }

  CLI::App* cmd_ = nullptr;
  CLI::App* check_ = nullptr;
  CLI::App* list_ = nullptr;
  CLI::App* explain_ = nullptr;
  CLI::App* scales_ = nullptr;
  std::vector<std::string> check_files_;
  bool no_ambiguity_ = false;
  std::vector<std::string> kinds_, classes_;
  std::string explain_text_;
};

}  // namespace

std::unique_ptr<Command> MakeLexiconCommand() { return std::make_unique<LexiconCommand>(); }

}  // namespace claimlens::cli
