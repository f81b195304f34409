// claimlens stats: one record a document (or a metadata value) with its cue
// densities and its claims by level, confidence and holder type; per actor
// with --by actor; count partials for merging with --partial.
#include "choices.h"
#include "claimlens/parallel.h"
#include "command.h"
#include "corpus_output.h"
#include "run_options.h"

namespace claimlens::cli {
namespace {

struct StatsOptions {
  std::vector<std::string> files;
  std::string holder = "author";
  std::string group;
  std::string by;
  bool totals = false;
  RunOptions run;
};

// What a worker hands back for one document.
struct DocResult {
  std::string id;
  std::string group;  // the --group field's value ("" when the document has none)
  uint64_t bytes = 0;
  Tally tally;
};

class StatsCommand : public Command {
 public:
  void Reset() override { *this = StatsCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "stats", "Per document: hedge and booster densities, claims by level, confidence, holder");
    cmd->add_option("FILE", o_.files, "Files or directories to read (default: standard input)");
    Choose(cmd->add_option("--holder", o_.holder,
                           "Whose hedges and boosters the hedges, boosters and density fields "
                           "count, and whose evaluations --by actor counts: author (the "
                           "default), reported or all")
               ->type_name("WHO"),
           {"author", "reported", "all"});
    cmd->add_option("--group", o_.group,
                    "With --input jsonl: one record a value of this field of the input lines "
                    "(outlet, year, ...) instead of one a document")
        ->type_name("FIELD");
    Choose(cmd->add_option("--by", o_.by,
                           "actor: one record a document (or group) and actor: mentions and "
                           "the stance of the claims toward it")
               ->type_name("WHAT"),
           {"actor"});
    cmd->add_flag("--totals", o_.totals,
                  "jsonl and tsv: end with the totals (doc or group null); text always shows "
                  "them when there is more than one record");
    AddRunOptions(cmd, &o_.run, /*ordered=*/true);
    cmd->footer(
        "Output: one record a document: doc, words, sentences, hedges, boosters,\n"
        "hedges_per_1k, boosters_per_1k, author_hedges_per_1k, reported_hedges_per_1k,\n"
        "claims, uncertain_claims, claims at each level (almost_no_chance ... almost_certain),\n"
        "confidence_low, confidence_moderate, confidence_high, holder_author, holder_actor,\n"
        "holder_person, holder_named, holder_unnamed, documents. With --group the first field\n"
        "is group. With --by actor: doc (or group), actor, name, type, mentions, evaluated,\n"
        "positive, negative, score, label.\n\n"
        "Every count is an integer, so runs on parts of a corpus (--partial) merge into the\n"
        "output of one run (claimlens merge), byte for byte.\n\n"
        "Examples:\n"
        "  claimlens stats drafts/\n"
        "  claimlens stats --format tsv drafts/ | sort -t\"$(printf '\\t')\" -k6 -n\n"
        "  claimlens stats --input jsonl --group year --format tsv docs.jsonl\n"
        "  claimlens stats --by actor essay.txt\n"
        "  parallel --pipe --block 10M claimlens stats --input jsonl --partial < docs.jsonl "
        "| claimlens merge");
    return cmd;
  }

  int Run(Context& ctx) override {
    StatsSettings s;
    s.holders = *ParseHolderFilter(o_.holder);
    s.group = o_.group;
    s.by_actor = o_.by == "actor";
    if (!s.group.empty() && ctx.options().input != "jsonl") {
      ctx.Error("stats --group needs --input jsonl (text files have no metadata fields)");
      return 2;
    }
    StatsOutput output;
    if (!output.Init(ctx, s, o_.run.partial, o_.totals)) return 2;
    if (o_.run.partial) ctx.out().Write(PartialHeaderLine(StatsHeader(s, ctx.lexicon_id())));

    const uint64_t part = PartOf(o_.run);
    uint64_t seq = 0;
    ProgressScope progress(ctx, ShowProgress(o_.run, s.group.empty()), Progress::SizeOf(o_.files));
    const TallyOptions tally_options{s.holders, s.by_actor};
    OrderedRunner<DocResult> runner(
        ctx.Analyzers(Threads(o_.run)),
        [&](Analyzer& analyzer, const Document& doc) {
          DocResult r{doc.id(), "", doc.bytes().size(), {}};
          if (!s.group.empty()) {
            if (const std::string* v = doc.field(s.group)) r.group = *v;
          }
          TallyVisitor visitor(&r.tally, tally_options);
          analyzer.Run(doc, visitor);
          visitor.Finish();
          r.tally.documents = 1;
          return r;
        },
        [&](DocResult& r) {
          progress.get().Add(r.bytes);
          if (s.group.empty()) {
            output.Doc(PartialDoc{std::move(r.id), part, seq++, std::move(r.tally)});
          } else {
            output.Group(r.group, r.tally);
          }
        });
    InputReader inputs = ctx.Inputs(o_.files);
    while (auto doc = inputs.Next()) runner.Submit(std::move(*doc));
    runner.Finish();
    progress.get().Done();
    output.Finish();
    return 0;
  }

 private:
  StatsOptions o_;
};

}  // namespace

std::unique_ptr<Command> MakeStatsCommand() { return std::make_unique<StatsCommand>(); }

}  // namespace claimlens::cli
