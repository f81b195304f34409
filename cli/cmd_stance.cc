// claimlens stance: per document, holder and actor, how the actor is evaluated
// (the stance items of the document's claims, summed up).
#include "command.h"

namespace claimlens::cli {
namespace {

class TallyFeed : public AnalysisVisitor {
 public:
  explicit TallyFeed(StanceTally* tally) : tally_(tally) {}
  void OnSentence(const SentenceAnalysis& a) override { tally_->Add(a); }

 private:
  StanceTally* tally_;
};

class StanceCommand : public Command {
 public:
  void Reset() override { *this = StanceCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "stance", "Per document, holder and actor: evaluations and the resulting stance");
    cmd->add_option("FILE", files_, "Files or directories to read (default: standard input)");
    cmd->add_flag("--evaluated", evaluated_, "Only rows with at least one evaluation");
    cmd->footer(
        "Output: text prints PATH: HOLDER toward ACTOR (NAME): LABEL, score S, E of M mentions\n"
        "evaluated; jsonl and tsv print doc, holder, actor, name, mentions, evaluated, score\n"
        "(-1 to 1), label (favorable, unfavorable, mixed, neutral) and evidence (the claims\n"
        "that evaluate the actor: a JSON list of {sentence, start, end}). Every actor the\n"
        "document names gets an author row; other holders get rows for what they evaluate.\n\n"
        "Examples:\n"
        "  claimlens stance essay.txt\n"
        "  claimlens stance --evaluated --format tsv drafts/\n"
        "  claimlens stance --format jsonl essay.txt | jq -r 'select(.evaluated > 0) | "
        "[.holder, .actor, .label] | @tsv'");
    return cmd;
  }

  int Run(Context& ctx) override {
    auto printer = ctx.MakePrinter<StanceRecord>("stance");
    if (!printer) return 2;
    const double cut = ctx.lexicon().setting("stance_label_cut") / 100.0;
    InputReader inputs = ctx.Inputs(files_);
    while (auto doc = inputs.Next()) {
      StanceTally tally;
      TallyFeed feed(&tally);
      ctx.analyzer().Run(*doc, feed);
      for (const StanceRow& row : tally.Rows()) {
        if (evaluated_ && row.evaluated == 0) continue;
        printer->Print(StanceRecord{doc->id(), &row, row.label(cut)});
      }
    }
    return 0;
  }

 private:
  std::vector<std::string> files_;
  bool evaluated_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeStanceCommand() { return std::make_unique<StanceCommand>(); }

}  // namespace claimlens::cli
