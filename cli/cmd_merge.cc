// claimlens merge: adds up the partials of `stats --partial` or `compare
// --partial` and prints what one run over all their documents prints.
#include <algorithm>
#include <cerrno>
#include <cstring>

#include "choices.h"
#include "command.h"
#include "corpus_output.h"

namespace claimlens::cli {
namespace {

struct MergeOptions {
  std::vector<std::string> files;
  bool partial = false;
  bool totals = false;
  uint64_t min_count = 1;
  std::vector<std::string> kinds;
};

// Everything read from the accepted partials.
struct Merged {
  std::optional<PartialHeader> header;  // the first accepted
  std::string header_where;             // PATH:LINE of it
  std::vector<PartialDoc> docs;
  std::map<std::string, Tally> groups;
  ItemTally sides[2];
};

// One partial file: its lines are staged, then kept only if every header in
// it agrees with the first partial's (and the program's version).
class FileReader {
 public:
  FileReader(Context& ctx, Merged* merged) : ctx_(ctx), merged_(merged) {}

  void Read(const std::string& path) {
    path_ = path;
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (f == nullptr) return Fail(0, std::string("cannot read: ") + std::strerror(errno));
    char* buf = nullptr;
    size_t cap = 0;
    uint64_t line = 0;
    ssize_t n;
    while (ok_ && (n = getline(&buf, &cap, f)) >= 0) {
      ++line;
      std::string_view text(buf, static_cast<size_t>(n));
      while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
      if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
      Result<PartialLine> parsed = ParsePartialLine(text);
      if (!parsed.ok()) {
        Fail(line, parsed.error().message);
        break;
      }
      Take(std::move(parsed.value()), line);
    }
    std::free(buf);
    if (f != stdin) std::fclose(f);
    if (!ok_) return;
    if (!seen_header_) return Fail(0, "not a claimlens partial (no header line); skipped");
    Commit();
  }

 private:
  void Fail(uint64_t line, const std::string& message) {
    ok_ = false;
    ctx_.Report(Diagnostic{
        Severity::kError, path_, line, 0,
        message +
            (message.find("skipped") == std::string::npos ? "; this partial is skipped" : "")});
  }

  void Take(PartialLine&& l, uint64_t line) {
    switch (l.kind) {
      case PartialLine::Kind::kHeader:
        return Header(std::move(l.header), line);
      case PartialLine::Kind::kDoc:
        return docs_.push_back(std::move(l.doc));
      case PartialLine::Kind::kGroup:
        return groups_[l.group.group].Add(l.group.tally);
      case PartialLine::Kind::kSide:
        sides_[l.side].documents += l.side_size.documents;
        sides_[l.side].words += l.side_size.words;
        return;
      case PartialLine::Kind::kItem:
        if (l.count_a) sides_[0].counts[l.item] += l.count_a;
        if (l.count_b) sides_[1].counts[l.item] += l.count_b;
        return;
    }
  }

  void Header(PartialHeader h, uint64_t line) {
    seen_header_ = true;
    if (h.version != PartialVersion()) {
      return Fail(line, "a partial of claimlens " + h.version + "; this is claimlens " +
                            PartialVersion() +
                            ": merge partials with the claimlens that made them");
    }
    const std::optional<PartialHeader>& first = merged_->header;
    if (!first) {
      merged_->header = std::move(h);
      merged_->header_where = path_ + ":" + std::to_string(line);
      return;
    }
    if (h.command != first->command) {
      return Fail(line, "a partial of 'claimlens " + h.command + "', the first (" +
                            merged_->header_where + ") of 'claimlens " + first->command + "'");
    }
    auto sorted = [](std::vector<std::pair<std::string, std::string>> v) {
      std::sort(v.begin(), v.end());
      return v;
    };
    if (sorted(h.options) != sorted(first->options)) {
      return Fail(line, "made with " + DescribeOptions(h) + "; the first partial (" +
                            merged_->header_where + ") with " + DescribeOptions(*first) +
                            ": partials merge only when made with the same options");
    }
  }

  void Commit() {
    for (PartialDoc& d : docs_) merged_->docs.push_back(std::move(d));
    for (const auto& [g, t] : groups_) merged_->groups[g].Add(t);
    for (int s = 0; s < 2; ++s) merged_->sides[s].Add(sides_[s]);
  }

  Context& ctx_;
  Merged* merged_;
  std::string path_;
  bool ok_ = true;
  bool seen_header_ = false;
  std::vector<PartialDoc> docs_;
  std::map<std::string, Tally> groups_;
  ItemTally sides_[2];
};

class MergeCommand : public Command {
 public:
  void Reset() override { *this = MergeCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "merge", "Merge the partials of stats or compare into the output of one run");
    cmd->add_option("FILE", o_.files, "Partials to merge (default: standard input)");
    cmd->add_flag("--partial", o_.partial,
                  "Print the merged counts as one partial (to merge again later)");
    cmd->add_flag("--totals", o_.totals, "stats partials: as stats --totals");
    cmd->add_option("--min-count", o_.min_count, "compare partials: as compare --min-count")
        ->type_name("N");
    std::vector<std::string> types;
    for (int t = 0; t < kItemTypeCount; ++t)
      types.emplace_back(ItemTypeName(static_cast<ItemType>(t)));
    ChooseEach(cmd->add_option("--kind", o_.kinds, "compare partials: as compare --kind")
                   ->type_name("TYPE")
                   ->expected(1)
                   ->allow_extra_args(false)
                   ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll),
               types);
    cmd->footer(
        "Partials are the JSONL that stats --partial and compare --partial print: a header\n"
        "line (the program's version, the command and the options that change the counts),\n"
        "then counts. Any number of them, in any order, whole files or concatenated on\n"
        "standard input, merge into the bytes one run over all their documents prints (the\n"
        "documents of stats in the order of their --part, then of their input). A partial\n"
        "of another version of claimlens, of another command or made with other options\n"
        "is refused with a message naming it (exit status 2).\n\n"
        "Examples:\n"
        "  claimlens stats --partial a.txt > a.part; claimlens stats --partial --part 1 "
        "b.txt > b.part\n"
        "  claimlens merge a.part b.part\n"
        "  claimlens merge --partial a.part b.part > ab.part\n"
        "  parallel --pipe --block 10M claimlens stats --input jsonl --partial < docs.jsonl "
        "| claimlens merge --format tsv");
    return cmd;
  }

  int Run(Context& ctx) override {
    Merged m;
    const std::vector<std::string> files =
        o_.files.empty() ? std::vector<std::string>{"-"} : o_.files;
    for (const std::string& f : files) FileReader(ctx, &m).Read(f);
    if (!m.header) {
      ctx.Error("no partials to merge");
      return 2;
    }
    std::string error;
    if (m.header->command == "compare") {
      const std::optional<CompareSettings> s = CompareSettingsOf(*m.header, &error);
      if (!s) return Fail(ctx, m, error);
      if (!m.docs.empty() || !m.groups.empty())
        return Fail(ctx, m, "a partial of 'claimlens compare' holds document counts");
      CompareFilter filter{o_.min_count, {}};
      for (const std::string& k : SplitCommas(o_.kinds)) filter.types.push_back(*ParseItemType(k));
      std::unique_ptr<Printer<KeyTableRecord>> printer;
      if (o_.partial) {
        ctx.out().Write(PartialHeaderLine(*m.header));
      } else {
        ctx.TsvWhenPiped();  // as compare does: the same bytes as one run
        if (!(printer = ctx.MakePrinter<KeyTableRecord>("merge"))) return 2;
      }
      PrintComparison(ctx, *s, filter, printer.get(), m.sides[0], m.sides[1]);
      return 0;
    }
    const std::optional<StatsSettings> s = StatsSettingsOf(*m.header, &error);
    if (!s) return Fail(ctx, m, error);
    if (s->group.empty() ? !m.groups.empty() : !m.docs.empty()) {
      return Fail(ctx, m,
                  s->group.empty() ? "group counts in a partial of stats without --group"
                                   : "document counts in a partial of stats --group");
    }
    StatsOutput output;
    if (!output.Init(ctx, *s, o_.partial, o_.totals)) return 2;
    if (o_.partial) ctx.out().Write(PartialHeaderLine(*m.header));
    // The input order: by part, then by place in the part; the order of the
    // partials and of their lines does not matter.
    std::stable_sort(m.docs.begin(), m.docs.end(), [](const PartialDoc& x, const PartialDoc& y) {
      return x.part != y.part ? x.part < y.part : x.seq < y.seq;
    });
    // Two runs with the same --part (0 when not given) interleave their
    // documents: merged, but not in any input order.
    for (size_t i = 1; i < m.docs.size(); ++i) {
      if (m.docs[i].part != m.docs[i - 1].part || m.docs[i].seq != m.docs[i - 1].seq) continue;
      ctx.Report(Diagnostic{Severity::kWarning, "", 0, 0,
                            "documents of more than one partial have part " +
                                std::to_string(m.docs[i].part) +
                                ": give each run its own --part to keep the input order"});
      break;
    }
    for (const PartialDoc& d : m.docs) output.Doc(d);
    for (const auto& [g, t] : m.groups) output.Group(g, t);
    output.Finish();
    return 0;
  }

 private:
  static int Fail(Context& ctx, const Merged& m, const std::string& message) {
    ctx.Report(Diagnostic{Severity::kError, m.header_where, 0, 0, message});
    return 2;
  }
  MergeOptions o_;
};

}  // namespace

std::unique_ptr<Command> MakeMergeCommand() { return std::make_unique<MergeCommand>(); }

}  // namespace claimlens::cli
