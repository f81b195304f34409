// claimlens actors: who a text is about, each mention resolved to a stable id.
#include <map>

#include "choices.h"
#include "command.h"

namespace claimlens::cli {
namespace {

struct ActorTally {
  std::string id, name;
  MentionType type = MentionType::kState;
  int64_t mentions = 0;
  int64_t first_line = 0;
  std::map<std::string, int64_t> roles;
  std::map<std::string, int64_t> forms;
};

// Hands each mention to the printer, or tallies it per actor for --summary.
class ActorFeed : public AnalysisVisitor {
 public:
  ActorFeed(const Document& doc, Printer<ActorRecord>* printer) : doc_(doc), printer_(printer) {}

  void OnSentence(const SentenceAnalysis& a) override {
    for (const Mention& m : a.mentions) {
      const std::string_view text = doc_.TextView(m.span, &text_);
      if (printer_ != nullptr) {
        printer_->Print(ActorRecord{doc_.id(), a.sentence.index, &m, text});
      } else {
        Tally(m, text);
      }
    }
  }

  const std::vector<ActorTally>& tallies() const { return tallies_; }

 private:
  void Tally(const Mention& m, std::string_view text) {
    auto it = index_.find(m.id);
    if (it == index_.end()) {
      it = index_.emplace(m.id, tallies_.size()).first;
      tallies_.push_back({m.id, m.name, m.type, 0, m.line, {}, {}});
    }
    ActorTally& t = tallies_[it->second];
    ++t.mentions;
    if (!m.role.empty()) ++t.roles[m.role];
    ++t.forms[std::string(text)];
  }

  const Document& doc_;
  Printer<ActorRecord>* printer_;
  std::string text_;
  std::vector<ActorTally> tallies_;
  std::map<std::string, size_t> index_;
};

// The counts, most frequent first (ties in alphabetical order).
Counts ByCount(const std::map<std::string, int64_t>& counts) {
  Counts v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

class ActorsCommand : public Command {
 public:
  void Reset() override { *this = ActorsCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "actors", "List the states, organisations, persons and regions a text names");
    cmd->add_option("FILE", files_, "Files or directories to read (default: standard input)");
    cmd->add_flag("--summary", summary_,
                  "Per document and actor: mentions, first line, roles, and how it was named");
    const std::vector<std::string> types = Strings(ActorTypeNames());
    ChooseEach(cmd->add_option("--type", types_,
                               "Only actors of this type: " + Listed(types) +
                                   " (repeatable, or comma-separated)")
                   ->type_name("TYPE")
                   ->expected(1)
                   ->allow_extra_args(false)
                   ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
               types);
    cmd->footer(
        "Output: text prints PATH:LINE:COL: ID NAME (TYPE[, ROLE][, former]) \"TEXT\"; jsonl and "
        "tsv\n"
        "print doc, sentence, start, end, line, col, id, name, type, text, role, former,\n"
        "affiliation (a person's state or organisation). With\n"
        "--summary, one record per actor and document: doc, id, name, type, mentions,\n"
        "first_line, roles, forms (as JSON arrays).\n\n"
        "Examples:\n"
        "  claimlens actors essay.txt\n"
        "  claimlens actors --summary essay.txt\n"
        "  claimlens actors --format tsv --type state drafts/ | cut -f7 | sort | uniq -c | sort "
        "-nr\n"
        "  claimlens actors --format jsonl essay.txt | jq -r 'select(.role == \"military\") | "
        ".text'");
    return cmd;
  }

  int Run(Context& ctx) override {
    const auto types = SplitCommas(types_);
    std::unique_ptr<Printer<ActorRecord>> mentions;
    std::unique_ptr<Printer<ActorSummaryRecord>> summaries;
    if (summary_) {
      summaries = ctx.MakePrinter<ActorSummaryRecord>("actors");
    } else {
      mentions = ctx.MakePrinter<ActorRecord>("actors");
    }
    if (!mentions && !summaries) return 2;
    struct Filter : AnalysisVisitor {
      AnalysisVisitor* next;
      const std::vector<std::string>* types;
      SentenceAnalysis copy;
      void OnSentence(const SentenceAnalysis& a) override {
        if (types->empty()) return next->OnSentence(a);
        copy = a;
        copy.mentions.clear();
        for (const Mention& m : a.mentions) {
          if (std::find(types->begin(), types->end(), MentionTypeName(m.type)) != types->end())
            copy.mentions.push_back(m);
        }
        next->OnSentence(copy);
      }
    };
    InputReader inputs = ctx.Inputs(files_);
    while (auto doc = inputs.Next()) {
      ActorFeed feed(*doc, mentions.get());
      Filter filter;
      filter.next = &feed;
      filter.types = &types;
      ctx.analyzer({.cues = false, .actors = true, .claims = false}).Run(*doc, filter);
      if (!summaries) continue;
      for (const ActorTally& t : feed.tallies()) {
        const Counts roles = ByCount(t.roles), forms = ByCount(t.forms);
        summaries->Print(ActorSummaryRecord{doc->id(), t.id, t.name, MentionTypeName(t.type), t.mentions,
                                            t.first_line, &roles, &forms});
      }
    }
    return 0;
  }

 private:
  std::vector<std::string> files_;
  std::vector<std::string> types_;
  bool summary_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeActorsCommand() { return std::make_unique<ActorsCommand>(); }

}  // namespace claimlens::cli
