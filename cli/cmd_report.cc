// claimlens report: one claim-confidence report a document, for people (text,
// Markdown, an HTML page) or scripts (one JSON object).
#include "claimlens/report.h"
#include "command.h"

namespace claimlens::cli {
namespace {

class ReportCommand : public Command {
 public:
  void Reset() override { *this = ReportCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "report", "Report on each document: how confident its claims are, about whom, and why");
    cmd->add_option("FILE", files_, "Files or directories to read (default: standard input)");
    cmd->footer(
        "Output: text (the default) fits one terminal screen a document: title, byline,\n"
        "words and claims; the share of claims asserted, hedged, boosted and attributed;\n"
        "the author's claims by likelihood level; a sparkline of the author's hedges\n"
        "through the text; confidence statements; actors with mentions and the author's\n"
        "stance; recommendations with their addressees; the most and least confident\n"
        "claims with their cues. --format markdown gives the same with tables;\n"
        "--format html one self-contained page (no other files, no network) with the text,\n"
        "its cues highlighted by kind and holder, a likelihood bar before each claim and\n"
        "details on click; --format jsonl one JSON object a document.\n\n"
        "Examples:\n"
        "  claimlens report essay.txt\n"
        "  claimlens report --format html essay.txt > essay.html\n"
        "  claimlens report --format markdown --scale phia drafts/ > drafts.md\n"
        "  claimlens report --format jsonl drafts/ | jq -c '{doc, shares}'");
    return cmd;
  }

  int Run(Context& ctx) override {
    auto printer = ctx.MakePrinter<ReportRecord>("report");
    if (!printer) return 2;
    InputReader inputs = ctx.Inputs(files_);
    while (auto doc = inputs.Next()) {
      ReportBuilder builder(*doc, ctx.lexicon(), ctx.scale());
      ctx.analyzer().Run(*doc, builder);
      printer->Print(builder.Finish());
    }
    printer->Finish();
    return 0;
  }

 private:
  std::vector<std::string> files_;
};

}  // namespace

std::unique_ptr<Command> MakeReportCommand() { return std::make_unique<ReportCommand>(); }

}  // namespace claimlens::cli
