// claimlens hedges: every hedge and booster, with its likelihood band; a summary
// per document; a density gate for CI.
#include <cmath>

#include "choices.h"
#include "claimlens/schema.h"
#include "claimlens/stats.h"
#include "command.h"
#include "records_out.h"

namespace claimlens::cli {
namespace {

constexpr size_t kSparkBins = 24;

struct HedgesOptions {
  std::vector<std::string> files;
  bool summary = false;
  double max_density = -1;
  std::vector<std::string> kinds;
  std::vector<std::string> classes;
};

class HedgePrinter : public AnalysisVisitor {
 public:
  HedgePrinter(Context& ctx, const HedgesOptions& o, const Document& doc,
               RecordOut<HedgeRecord>* out, DocStats* stats)
      : ctx_(ctx),
        o_(o),
        doc_(doc),
        out_(out),
        stats_(stats),
        colors_(ctx.color()),
        kinds_(SplitCommas(o.kinds)),
        classes_(SplitCommas(o.classes)) {}

  void OnSentence(const SentenceAnalysis& a) override {
    kept_.clear();
    for (const Cue& c : a.cues) {
      if (Wanted(c)) kept_.push_back(&c);
    }
    stats_->AddSentence(a.words, kept_);
    if (o_.summary) return;
    for (const Cue* c : kept_) Print(a, *c);
  }

 private:
  bool Wanted(const Cue& c) const {
    auto in = [](const std::vector<std::string>& list, std::string_view v) {
      return list.empty() || std::find(list.begin(), list.end(), v) != list.end();
    };
    return in(kinds_, EntryKindName(c.kind)) && in(classes_, c.cls);
  }

  void Print(const SentenceAnalysis& a, const Cue& c) {
    const std::string_view text = doc_.TextView(c.span, &text_);
    const std::optional<Band> band = CueBand(ctx_.lexicon(), c, ctx_.scale());
    if (out_ != nullptr) {
      out_->Write(HedgeRecord{doc_.id(), a.sentence.index, &c, text, band});
      return;
    }
    // PATH:LINE:COL: hedge: "likely" [likely, 55-80%]
    line_.clear();
    AppendLocation(colors_, doc_.id(), c.line, c.col, &line_);
    line_ += c.kind == EntryKind::kHedge ? colors_.hedge() : colors_.booster();
    line_ += EntryKindName(c.kind);
    line_ += colors_.reset();
    line_ += ": \"";
    AppendOneLine(text, &line_);
    line_ += "\" [";
    if (c.level != Level::kNone) {
      line_ += LevelId(c.level);
      if (band) line_ += ", " + FormatBand(*band);
    } else {
      line_ += c.cls;
      if (band) line_ += ", read as " + FormatBand(*band);
    }
    if (c.negated) line_ += ", negated";
    line_ += "]\n";
    ctx_.out().Write(line_);
    ctx_.out().MaybeFlush();
  }

  Context& ctx_;
  const HedgesOptions& o_;
  const Document& doc_;
  RecordOut<HedgeRecord>* out_;
  DocStats* stats_;
  Colors colors_;
  std::vector<std::string> kinds_, classes_;
  std::vector<const Cue*> kept_;
  std::string text_, line_;
};

std::string DensityJson(const std::vector<double>& d) {
  std::string s = "[";
  for (size_t i = 0; i < d.size(); ++i) {
    if (i) s += ',';
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", std::round(d[i] * 10) / 10);
    s += buf;
  }
  return s + "]";
}

void PrintSummaryText(Context& ctx, const DocStats& s) {
  const Colors c(ctx.color());
  char buf[512];
  std::snprintf(
      buf, sizeof buf,
      "%s%s%s: %llu words, %llu sentences; hedges %.1f and boosters %.1f per 1,000 words; "
      "%.0f%% of sentences uncertain\n",
      c.path(), s.doc().c_str(), c.reset(), static_cast<unsigned long long>(s.words()),
      static_cast<unsigned long long>(s.sentences()), s.hedges_per_1k(), s.boosters_per_1k(),
      100 * s.uncertain_share());
  std::string line = buf;
  line += "  hedge density: " + Sparkline(s.Density(kSparkBins)) + "\n";
  ctx.out().Write(line);
}

class HedgesCommand : public Command {
 public:
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd =
        app.add_subcommand("hedges", "List hedges and boosters with their likelihood bands");
    cmd->add_option("FILE", o_.files, "Files or directories to read (default: standard input)");
    cmd->add_flag(
        "--summary", o_.summary,
        "Per document: words, sentences, hedges and boosters per 1,000 words, uncertain share, "
        "density sparkline");
    cmd->add_option("--max-density", o_.max_density,
                    "Exit 1 when a document has more than N hedges per 1,000 words (a CI gate)")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    Suggest(
        cmd->add_option("--kind", o_.kinds,
                        "Only cues of this kind: hedge, booster (repeatable, or comma-separated)")
            ->type_name("KIND")
            ->expected(1)
            ->allow_extra_args(false)
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
        {"hedge", "booster"});
    Suggest(cmd->add_option("--class", o_.classes,
                            "Only cues of this class: modal, probability, estimative, evidential, "
                            "approximator, ... "
                            "(repeatable, or comma-separated)")
                ->type_name("CLASS")
                ->expected(1)
                ->allow_extra_args(false)
                ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
            {"modal", "probability", "estimative", "evidential", "approximator", "impersonal",
             "uncertainty", "possibility", "certainty", "emphatic", "inference", "prediction"});
    cmd->footer(
        "Output: text prints PATH:LINE:COL: KIND: \"TEXT\" [LEVEL, BAND] (or [CLASS] when the\n"
        "cue names no likelihood); jsonl and tsv print doc, sentence, start, end, line, col,\n"
        "kind, text, level, lo, hi (probabilities 0-1 on --scale), negated, class. With\n"
        "--summary, one record a document: doc, words, sentences, hedges, boosters,\n"
        "hedges_per_1k, boosters_per_1k, uncertain_sentences, uncertain_share, a count per\n"
        "level, density.\n\n"
        "Examples:\n"
        "  claimlens hedges essay.txt\n"
        "  claimlens hedges --summary drafts/\n"
        "  claimlens hedges --max-density 25 drafts/ || echo 'too hedgy'\n"
        "  claimlens hedges --format jsonl --scale phia essay.txt | jq -c 'select(.level != "
        "null)'\n"
        "  claimlens hedges --class approximator --format tsv essay.txt");
    return cmd;
  }

  int Run(Context& ctx) override {
    if (!ctx.RequireFormat({Format::kText, Format::kJsonl, Format::kTsv}, "hedges")) return 2;
    for (const std::string& k : SplitCommas(o_.kinds)) {
      if (k != "hedge" && k != "booster") {
        ctx.Error("--kind " + k + ": expected hedge or booster");
        return 2;
      }
    }
    auto out = MachineOut<HedgeRecord>(ctx, !o_.summary);
    auto summary = MachineOut<StatsRecord>(ctx, o_.summary);
    int status = 0;
    InputReader inputs = ctx.Inputs(o_.files);
    while (auto doc = inputs.Next()) {
      DocStats stats(doc->id());
      HedgePrinter printer(ctx, o_, *doc, out.get(), &stats);
      ctx.analyzer({.cues = true, .actors = false}).Run(*doc, printer);
      if (o_.summary) {
        if (summary) {
          const std::string density = DensityJson(stats.Density(kSparkBins));
          summary->Write(StatsRecord{&stats, density});
        } else {
          PrintSummaryText(ctx, stats);
        }
      }
      if (o_.max_density >= 0 && stats.hedges_per_1k() > o_.max_density) {
        char buf[128];
        std::snprintf(buf, sizeof buf,
                      "hedge density %.1f per 1,000 words is over --max-density %g",
                      stats.hedges_per_1k(), o_.max_density);
        ctx.Report({Severity::kWarning, doc->id(), 0, 0, buf});
        status = 1;
      }
    }
    return status;
  }

 private:
  HedgesOptions o_;
};

}  // namespace

std::unique_ptr<Command> MakeHedgesCommand() { return std::make_unique<HedgesCommand>(); }

}  // namespace claimlens::cli
