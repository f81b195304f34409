// claimlens compare: keyness of two corpora. For every cue phrase, cue kind
// and class, likelihood level, confidence, holder type, actor and evaluative
// word: counts and rates on each side, Dunning's G2, the log ratio and p.
#include "choices.h"
#include "claimlens/parallel.h"
#include "command.h"
#include "corpus_output.h"
#include "run_options.h"

namespace claimlens::cli {
namespace {

struct CompareOptions {
  std::vector<std::string> files, a, b, names, groups, kinds;
  std::string holder = "author";
  uint64_t min_count = 1;
  RunOptions run;
};

// One side of a --group choice: FIELD=VALUE.
struct Choice {
  std::string field, value;
  bool Matches(const Document& doc) const {
    const std::string* v = doc.field(field);
    return v != nullptr && *v == value;
  }
};

struct SideResult {
  int side = -1;  // 0 (A), 1 (B), or -1: neither (--group)
  uint64_t bytes = 0;
  ItemTally items;
};

// "hawks/", or "hawks/ (+2)" for several paths: a name without commas.
std::string NameOf(const std::vector<std::string>& paths) {
  std::string name = paths.front();
  for (char& ch : name) ch = ch == ',' ? ';' : ch;
  if (paths.size() > 1) name += " (+" + std::to_string(paths.size() - 1) + ")";
  return name;
}

std::string CheckChoice(std::string& given) {
  const size_t eq = given.find('=');
  if (eq == std::string::npos || eq == 0) return "expected FIELD=VALUE (got '" + given + "')";
  return "";
}

class CompareCommand : public Command {
 public:
  void Reset() override { *this = CompareCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "compare", "Keyness of corpus A against B: cues, levels, holders, actors (G2, log ratio)");
    cmd->add_option("FILE", o_.files,
                    "A B: the two sides (files or directories); with --group, the JSONL "
                    "input (default: standard input)");
    auto repeat = [](CLI::Option* o) {
      return o->expected(1)->allow_extra_args(false)->multi_option_policy(
          CLI::MultiOptionPolicy::TakeAll);
    };
    repeat(cmd->add_option("-a", o_.a, "Add PATH to side A (repeatable)")->type_name("PATH"));
    repeat(cmd->add_option("-b", o_.b, "Add PATH to side B (repeatable)")->type_name("PATH"));
    repeat(cmd->add_option("--name", o_.names, "Name the sides in the text view: A,B")
               ->type_name("A,B"));
    repeat(cmd->add_option("--group", o_.groups,
                           "With --input jsonl: side A is the documents whose FIELD is VALUE; "
                           "given twice, the second picks side B (else B is the rest)")
               ->type_name("FIELD=VALUE")
               ->check(CLI::Validator(CheckChoice, "", "CHOICE")));
    Choose(cmd->add_option("--holder", o_.holder,
                           "Whose cues and evaluative words count: author (the default), "
                           "reported or all")
               ->type_name("WHO"),
           {"author", "reported", "all"});
    cmd->add_option("--min-count", o_.min_count,
                    "Only items counted at least N times on both sides together (default 1)")
        ->type_name("N");
    std::vector<std::string> types;
    for (int t = 0; t < kItemTypeCount; ++t)
      types.emplace_back(ItemTypeName(static_cast<ItemType>(t)));
    ChooseEach(repeat(cmd->add_option("--kind", o_.kinds,
                                      "Only items of this type: " + Listed(types) +
                                          " (repeatable, or comma-separated)")
                          ->type_name("TYPE")),
               types);
    AddRunOptions(cmd, &o_.run, /*ordered=*/false);
    cmd->footer(
        "Output: one record an item, sorted by G2: item, type, count_a, count_b, per_1k_a,\n"
        "per_1k_b, g2 (Dunning's log-likelihood), log_ratio (binary log of the ratio of the\n"
        "rates; above 0: more frequent in A), p (chi-square, one degree of freedom).\n"
        "Text is a table with bars, for a terminal; without --format, a pipe or a file\n"
        "gets TSV (--format text, or --color always for a pager, keeps the table).\n\n"
        "Examples:\n"
        "  claimlens compare hawks/ doves/\n"
        "  claimlens compare hawks/ doves/ | sort -t$'\\t' -k5 -gr\n"
        "  claimlens compare --name 2023,2024 -a jan.txt -a feb.txt -b mar.txt\n"
        "  claimlens compare --format tsv --kind cue --min-count 5 hawks/ doves/\n"
        "  claimlens compare --input jsonl --group year=2023 --group year=2024 docs.jsonl");
    return cmd;
  }

  int Run(Context& ctx) override {
    CompareSettings s;
    s.holders = *ParseHolderFilter(o_.holder);
    std::vector<Choice> choices;
    for (const std::string& g : o_.groups) {
      const size_t eq = g.find('=');
      choices.push_back(Choice{g.substr(0, eq), g.substr(eq + 1)});
      s.groups += (s.groups.empty() ? "" : ";") + g;
    }
    std::vector<std::string> a = o_.a, b = o_.b;
    if (!choices.empty()) {
      if (choices.size() > 2) return Usage(ctx, "compare takes --group once or twice");
      if (ctx.options().input != "jsonl")
        return Usage(ctx, "compare --group needs --input jsonl (text files have no fields)");
      if (!a.empty() || !b.empty()) return Usage(ctx, "compare: -a and -b do not go with --group");
      s.name_a = o_.groups[0];
      s.name_b = choices.size() == 2 ? o_.groups[1] : "not " + o_.groups[0];
    } else {
      if (!o_.files.empty() && (!a.empty() || !b.empty() || o_.files.size() != 2)) {
        return Usage(ctx, "compare takes two sides: A B, or -a PATH and -b PATH (repeatable)");
      }
      if (o_.files.size() == 2) a = {o_.files[0]}, b = {o_.files[1]};
      if (a.empty() || b.empty()) {
        return Usage(ctx,
                     "compare needs two sides: A B, -a PATH and -b PATH, or --input jsonl "
                     "with --group FIELD=VALUE");
      }
      s.name_a = NameOf(a);
      s.name_b = NameOf(b);
    }
    const std::vector<std::string> names = SplitCommas(o_.names);
    if (!o_.names.empty()) {
      if (names.size() != 2) return Usage(ctx, "--name takes two names: A,B");
      s.name_a = names[0];
      s.name_b = names[1];
    }
    CompareFilter filter{o_.min_count, {}};
    for (const std::string& k : SplitCommas(o_.kinds)) filter.types.push_back(*ParseItemType(k));

    std::unique_ptr<Printer<KeyTableRecord>> printer;
    if (!o_.run.partial) {
      ctx.TsvWhenPiped();
      printer = ctx.MakePrinter<KeyTableRecord>("compare");
      if (!printer) return 2;
    }
    ItemTally sides[2];
    std::vector<std::string> all = o_.files;
    all.insert(all.end(), a.begin(), a.end());
    all.insert(all.end(), b.begin(), b.end());
    ProgressScope progress(ctx, ShowProgress(o_.run, false), Progress::SizeOf(all));
    const HolderFilter holders = s.holders;
    // Path sides are read one after the other, each through its own runner.
    for (int pass = 0; pass < (choices.empty() ? 2 : 1); ++pass) {
      OrderedRunner<SideResult> runner(
          ctx.Analyzers(Threads(o_.run)),
          [&](Analyzer& analyzer, const Document& doc) {
            SideResult r;
            r.bytes = doc.bytes().size();
            r.side = pass;
            if (!choices.empty()) {
              r.side = choices[0].Matches(doc)                          ? 0
                       : choices.size() == 1 || choices[1].Matches(doc) ? 1
                                                                        : -1;
            }
            if (r.side < 0) return r;
            ItemVisitor visitor(&r.items, holders);
            analyzer.Run(doc, visitor);
            r.items.documents = 1;
            return r;
          },
          [&](SideResult& r) {
            progress.get().Add(r.bytes);
            if (r.side >= 0) sides[r.side].Add(r.items);
          });
      InputReader inputs = ctx.Inputs(choices.empty() ? (pass == 0 ? a : b) : o_.files);
      while (auto doc = inputs.Next()) runner.Submit(std::move(*doc));
      runner.Finish();
    }
    progress.get().Done();
    if (o_.run.partial) ctx.out().Write(PartialHeaderLine(CompareHeader(s, ctx.lexicon_id())));
    PrintComparison(ctx, s, filter, printer.get(), sides[0], sides[1]);
    return 0;
  }

 private:
  static int Usage(Context& ctx, const std::string& message) {
    ctx.Error(message);
    return 2;
  }
  CompareOptions o_;
};

}  // namespace

std::unique_ptr<Command> MakeCompareCommand() { return std::make_unique<CompareCommand>(); }

}  // namespace claimlens::cli
