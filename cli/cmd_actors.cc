// claimlens actors: who a text is about, each mention resolved to a stable id.
#include <map>

#include "choices.h"
#include "claimlens/records.h"
#include "claimlens/schema.h"
#include "command.h"
#include "records_out.h"

namespace claimlens::cli {
namespace {

struct ActorTally {
  std::string id, name;
  MentionType type = MentionType::kState;
  int64_t mentions = 0;
  int64_t first_line = 0;
  std::map<std::string, int> roles;
  std::map<std::string, int> forms;
};

class ActorPrinter : public AnalysisVisitor {
 public:
  ActorPrinter(Context& ctx, const Document& doc, RecordOut<ActorRecord>* out, bool summary)
      : ctx_(ctx), doc_(doc), out_(out), summary_(summary), colors_(ctx.color()) {}

  void OnSentence(const SentenceAnalysis& a) override {
    for (const Mention& m : a.mentions) {
      const std::string_view text = doc_.TextView(m.span, &text_);
      if (summary_) {
        Tally(m, text);
        continue;
      }
      if (out_ != nullptr) {
        out_->Write(ActorRecord{doc_.id(), a.sentence.index, &m, text});
        continue;
      }
      // PATH:LINE:COL: CHN China (state) "Beijing’s"
      line_.clear();
      AppendLocation(colors_, doc_.id(), m.line, m.col, &line_);
      line_ += colors_.hedge() + m.id + colors_.reset() + " " + m.name + " (";
      line_ += MentionTypeName(m.type);
      if (m.former || !m.role.empty())
        line_ += ", " + std::string(m.former ? "former " : "") + m.role;
      if (!m.affiliation.empty()) line_ += ", " + m.affiliation;
      line_ += ") \"";
      AppendOneLine(text, &line_);
      line_ += "\"\n";
      ctx_.out().Write(line_);
      ctx_.out().MaybeFlush();
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

  Context& ctx_;
  const Document& doc_;
  RecordOut<ActorRecord>* out_;
  bool summary_;
  Colors colors_;
  std::string text_, line_;
  std::vector<ActorTally> tallies_;
  std::map<std::string, size_t> index_;
};

// Keys sorted by count (most first), as a JSON array of strings.
std::string JsonByCount(const std::map<std::string, int>& counts, bool with_counts) {
  std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += ',';
    AppendJsonString(
        with_counts ? v[i].first + " (" + std::to_string(v[i].second) + ")" : v[i].first, &s);
  }
  return s + "]";
}

class ActorsCommand : public Command {
 public:
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "actors", "List the states, organisations, persons and regions a text names");
    cmd->add_option("FILE", files_, "Files or directories to read (default: standard input)");
    cmd->add_flag("--summary", summary_,
                  "Per document and actor: mentions, first line, roles, and how it was named");
    Suggest(cmd->add_option(
                   "--type", types_,
                   "Only actors of this type: state, organization, person, group, region, place "
                   "(repeatable, or comma-separated)")
                ->type_name("TYPE")
                ->expected(1)
                ->allow_extra_args(false)
                ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
            {"state", "organization", "person", "group", "region", "place"});
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
    if (!ctx.RequireFormat({Format::kText, Format::kJsonl, Format::kTsv}, "actors")) return 2;
    const auto types = SplitCommas(types_);
    auto out = MachineOut<ActorRecord>(ctx, !summary_);
    auto summary = MachineOut<ActorSummaryRecord>(ctx, summary_);
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
      ActorPrinter printer(ctx, *doc, out.get(), summary_);
      Filter filter;
      filter.next = &printer;
      filter.types = &types;
      ctx.analyzer({.cues = false, .actors = true}).Run(*doc, filter);
      if (!summary_) continue;
      for (const ActorTally& t : printer.tallies()) {
        const std::string roles = JsonByCount(t.roles, false), forms = JsonByCount(t.forms, true);
        if (summary) {
          summary->Write(ActorSummaryRecord{doc->id(), t.id, t.name, MentionTypeName(t.type),
                                            t.mentions, t.first_line, roles, forms});
          continue;
        }
        std::string line =
            doc->id() + ": " + t.id + " " + t.name + " (" + std::string(MentionTypeName(t.type)) +
            "): " + std::to_string(t.mentions) + (t.mentions == 1 ? " mention" : " mentions") +
            ", first on line " + std::to_string(t.first_line);
        if (!t.roles.empty()) line += "; roles " + roles;
        line += "; named " + forms + "\n";
        ctx.out().Write(line);
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
