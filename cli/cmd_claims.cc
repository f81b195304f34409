// claimlens claims: one record a claim (a sentence, or a clause with its own
// holder or likelihood): whose view it is, how sure, under what condition,
// what it recommends.
#include "choices.h"
#include "command.h"

namespace claimlens::cli {
namespace {

struct ClaimsOptions {
  std::vector<std::string> files;
  bool explain = false;
  std::string holder = "all";  // author, reported or all
};

// Hands the claims --holder asks for to the printer.
class ClaimFeed : public AnalysisVisitor {
 public:
  ClaimFeed(Context& ctx, const ClaimsOptions& o, Printer<ClaimRecord>& printer)
      : ctx_(ctx), o_(o), printer_(printer) {}

  void OnSentence(const SentenceAnalysis& a) override {
    for (const Claim& c : a.claims) {
      if (o_.holder != "all" && (o_.holder == "author") != (c.holder == 0)) continue;
      FillClaimRecord(a, c, ctx_.lexicon(), ctx_.scale(), o_.explain, &record_);
      record_.text = a.doc->TextView(c.span, &text_);
      printer_.Print(record_);
    }
  }

 private:
  Context& ctx_;
  const ClaimsOptions& o_;
  Printer<ClaimRecord>& printer_;
  std::string text_;
  ClaimRecord record_;  // reused: its strings keep their capacity
};

class ClaimsCommand : public Command {
 public:
  void Reset() override { *this = ClaimsCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "claims", "List claims: holder, likelihood, confidence, condition, recommendation");
    cmd->add_option("FILE", o_.files, "Files or directories to read (default: standard input)");
    cmd->add_flag("--explain", o_.explain,
                  "Text format: after each claim, the cues and frames that set its holder, "
                  "level, confidence, condition and recommendation");
    Choose(cmd->add_option("--holder", o_.holder,
                           "Which claims: all (the default), author (the writer's own) or "
                           "reported (views the text reports)")
               ->type_name("WHO"),
           {"all", "author", "reported"});
    cmd->footer(
        "Output: text prints PATH:LINE:COL: HOLDER: JUDGEMENT[, FLAGS]: \"TEXT\", where the\n"
        "judgement is the likelihood level and band, or uncertain, boosted or asserted. jsonl\n"
        "and tsv print doc, sentence, start, end, line, col, text, holder, holder_type,\n"
        "holder_text, chain, actors, cues, uncertain, level, lo, hi, confidence, conditional,\n"
        "condition, recommendation, addressee, stance (lists and objects as JSON).\n\n"
        "Every sentence is at least one claim; a sentence whose clauses have different\n"
        "holders or likelihoods (\"Officials insist the deal will hold, but collapse is\n"
        "likely\") is one claim a clause.\n\n"
        "Examples:\n"
        "  claimlens claims essay.txt\n"
        "  claimlens claims --explain essay.txt\n"
        "  claimlens claims --format jsonl essay.txt | jq -c 'select(.recommendation)'\n"
        "  claimlens claims --format jsonl --holder reported essay.txt | jq -r .holder\n"
        "  claimlens claims --format tsv --scale phia drafts/");
    return cmd;
  }

  int Run(Context& ctx) override {
    auto printer = ctx.MakePrinter<ClaimRecord>("claims");
    if (!printer) return 2;
    InputReader inputs = ctx.Inputs(o_.files);
    while (auto doc = inputs.Next()) {
      ClaimFeed feed(ctx, o_, *printer);
      ctx.analyzer().Run(*doc, feed);
    }
    return 0;
  }

 private:
  ClaimsOptions o_;
};

}  // namespace

std::unique_ptr<Command> MakeClaimsCommand() { return std::make_unique<ClaimsCommand>(); }

}  // namespace claimlens::cli
