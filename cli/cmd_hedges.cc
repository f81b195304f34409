// claimlens hedges: every hedge and booster, with its likelihood band; a summary
// per document; a density gate for CI.
#include <cmath>
#include <cstdlib>

#include "choices.h"
#include "claimlens/stats.h"
#include "command.h"

namespace claimlens::cli {
namespace {

constexpr size_t kSparkBins = 24;

struct HedgesOptions {
  std::vector<std::string> files;
  bool summary = false;
  double max_density = -1;
  std::vector<std::string> kinds;
  std::vector<std::string> classes;
  std::string holder = "author";  // author, reported or all
};

// Keeps the cues --kind and --class ask for, counts them, and (unless the
// summary is wanted) hands each to the printer with its band on --scale.
class HedgeFeed : public AnalysisVisitor {
 public:
  HedgeFeed(Context& ctx, const HedgesOptions& o, const Document& doc,
            Printer<HedgeRecord>* printer, DocStats* stats)
      : ctx_(ctx),
        doc_(doc),
        printer_(printer),
        stats_(stats),
        kinds_(SplitCommas(o.kinds)),
        classes_(SplitCommas(o.classes)),
        holder_(o.holder) {}

  void OnSentence(const SentenceAnalysis& a) override {
    kept_.clear();
    uint32_t author = 0, reported = 0;
    for (const Cue& c : a.cues) {
      if (c.kind == EntryKind::kHedge) ++(c.holder == 0 ? author : reported);
      if (Wanted(c)) kept_.push_back(&c);
    }
    stats_->AddSentence(a.words, kept_);
    stats_->AddHolders(author, reported);
    if (printer_ == nullptr) return;
    for (const Cue* c : kept_) {
      printer_->Print(HedgeRecord{doc_.id(), a.sentence.index, c, doc_.TextView(c->span, &text_),
                                  CueBand(ctx_.lexicon(), *c, ctx_.scale()),
                                  HolderId(a, c->holder)});
    }
  }

 private:
  bool Wanted(const Cue& c) const {
    auto in = [](const std::vector<std::string>& list, std::string_view v) {
      return list.empty() || std::find(list.begin(), list.end(), v) != list.end();
    };
    const bool holder = holder_ == "all" || (holder_ == "author") == (c.holder == 0);
    return holder && in(kinds_, EntryKindName(c.kind)) && in(classes_, CueClassName(c.cls));
  }

  Context& ctx_;
  const Document& doc_;
  Printer<HedgeRecord>* printer_;
  DocStats* stats_;
  std::vector<std::string> kinds_, classes_;
  std::string holder_;
  std::vector<const Cue*> kept_;
  std::string text_;
};

// The cue classes of hedges and boosters, from the loader's table, each once.
std::vector<std::string> CueClasses() {
  std::vector<std::string> out;
  for (EntryKind kind : {EntryKind::kHedge, EntryKind::kBooster}) {
    for (std::string_view cls : CueClassNames(kind)) {
      if (std::find(out.begin(), out.end(), cls) == out.end()) out.emplace_back(cls);
    }
  }
  return out;
}

// --max-density: a finite number, 0 or more (never "inf", "nan" or a 300-digit echo).
std::string CheckDensity(std::string& given) {
  char* end = nullptr;
  const double v = std::strtod(given.c_str(), &end);
  if (given.empty() || *end != '\0' || !std::isfinite(v) || v < 0) {
    return "expected a number of hedges per 1,000 words, 0 or more (got '" + given.substr(0, 40) +
           (given.size() > 40 ? "...'" : "'") + ")";
  }
  return "";
}

class HedgesCommand : public Command {
 public:
  void Reset() override { *this = HedgesCommand(); }
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
        ->check(CLI::Validator(CheckDensity, "", "DENSITY"));
    const std::vector<std::string> kinds = {std::string(EntryKindName(EntryKind::kHedge)),
                                            std::string(EntryKindName(EntryKind::kBooster))};
    ChooseEach(cmd->add_option("--kind", o_.kinds,
                               "Only cues of this kind: " + Listed(kinds) +
                                   " (repeatable, or comma-separated)")
                   ->type_name("KIND")
                   ->expected(1)
                   ->allow_extra_args(false)
                   ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
               kinds);
    Choose(cmd->add_option("--holder", o_.holder,
                           "Whose cues to list and count: author (the writer's own voice, the "
                           "default), reported (views the text reports) or all")
               ->type_name("WHO"),
           {"author", "reported", "all"});
    const std::vector<std::string> classes = CueClasses();
    ChooseEach(cmd->add_option("--class", o_.classes,
                               "Only cues of this class: " + Listed(classes) +
                                   " (repeatable, or comma-separated)")
                   ->type_name("CLASS")
                   ->expected(1)
                   ->allow_extra_args(false)
                   ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
               classes);
    cmd->footer(
        "Output: text prints PATH:LINE:COL: KIND: \"TEXT\" [LEVEL, BAND] (or [CLASS] when the\n"
        "cue names no likelihood); jsonl and tsv print doc, sentence, start, end, line, col,\n"
        "kind, text, level, lo, hi (probabilities 0-1 on --scale), negated, class, holder. With\n"
        "--summary, one record a document: doc, words, sentences, hedges, boosters,\n"
        "hedges_per_1k, boosters_per_1k, uncertain_sentences, uncertain_share, a count per\n"
        "level, density, author_hedges_per_1k, reported_hedges_per_1k.\n\n"
        "By default only the author's own voice is listed and counted: a cue inside a view\n"
        "the text reports (\"officials say an attack is likely\") is the officials'.\n\n"
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
    std::unique_ptr<Printer<HedgeRecord>> cues;
    std::unique_ptr<Printer<StatsRecord>> summaries;
    if (o_.summary) {
      summaries = ctx.MakePrinter<StatsRecord>("hedges");
    } else {
      cues = ctx.MakePrinter<HedgeRecord>("hedges");
    }
    if (!cues && !summaries) return 2;
    int status = 0;
    InputReader inputs = ctx.Inputs(o_.files);
    while (auto doc = inputs.Next()) {
      DocStats stats(doc->id());
      HedgeFeed feed(ctx, o_, *doc, cues.get(), &stats);
      // Holders need actors and claims; no hedge record shows stance.
      ctx.analyzer({.stance = false}).Run(*doc, feed);
      if (summaries) {
        const std::vector<double> density = stats.Density(kSparkBins);
        summaries->Print(StatsRecord{&stats, &density, o_.holder});
      }
      if (o_.max_density >= 0 && stats.hedges_per_1k() > o_.max_density) {
        // The result the user asked for, not a warning: --quiet leaves it.
        char buf[128];
        std::snprintf(buf, sizeof buf,
                      "hedge density %.1f per 1,000 words is over --max-density %g",
                      stats.hedges_per_1k(), o_.max_density);
        ctx.Notice(doc->id(), buf);
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
