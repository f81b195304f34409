#include "corpus_output.h"

#include "claimlens/version.h"

namespace claimlens::cli {
namespace {

const std::string* Option(const PartialHeader& h, std::string_view name) {
  for (const auto& [key, value] : h.options) {
    if (key == name) return &value;
  }
  return nullptr;
}

}  // namespace

std::string PartialVersion() { return std::string(kVersion) + " (" + kCommit + ")"; }

PartialHeader StatsHeader(const StatsSettings& s, const std::string& lexicon_id) {
  PartialHeader h{"stats", PartialVersion(), {}};
  h.options.emplace_back("--holder", HolderFilterName(s.holders));
  if (!s.group.empty()) h.options.emplace_back("--group", s.group);
  if (s.by_actor) h.options.emplace_back("--by", "actor");
  h.options.emplace_back("lexicons", lexicon_id);
  return h;
}

std::optional<StatsSettings> StatsSettingsOf(const PartialHeader& h, std::string* error) {
  StatsSettings s;
  const std::string* holder = Option(h, "--holder");
  const auto holders = holder ? ParseHolderFilter(*holder) : std::nullopt;
  if (h.command != "stats" || !holders) {
    *error = "not a partial of 'claimlens stats'";
    return std::nullopt;
  }
  s.holders = *holders;
  if (const std::string* group = Option(h, "--group")) s.group = *group;
  s.by_actor = Option(h, "--by") != nullptr;
  return s;
}

bool StatsOutput::Init(Context& ctx, const StatsSettings& s, bool partial, bool totals) {
  ctx_ = &ctx;
  s_ = s;
  cut_ = ctx.lexicon().setting("stance_label_cut") / 100.0;
  partial_ = partial;
  totals_ = totals || ctx.format() == Format::kText;
  if (partial) return true;
  const bool group = !s.group.empty();
  if (group && s.by_actor) {
    group_actors_ = ctx.MakePrinter<GroupActorsRecord>("stats");
    return group_actors_ != nullptr;
  }
  if (group) {
    group_printer_ = ctx.MakePrinter<GroupTallyRecord>("stats");
    return group_printer_ != nullptr;
  }
  if (s.by_actor) {
    doc_actors_ = ctx.MakePrinter<DocActorsRecord>("stats");
    return doc_actors_ != nullptr;
  }
  docs_ = ctx.MakePrinter<DocTallyRecord>("stats");
  return docs_ != nullptr;
}

void StatsOutput::Doc(const PartialDoc& d) {
  ++records_;
  total_.Add(d.tally);
  if (partial_) {
    ctx_->out().Write(PartialDocLine(d));
    ctx_->out().MaybeFlush();
  } else if (doc_actors_) {
    doc_actors_->Print(DocActorsRecord{d.doc, &d.tally, cut_});
  } else {
    docs_->Print(DocTallyRecord{d.doc, &d.tally, s_.holders});
  }
}

void StatsOutput::Group(const std::string& group, const Tally& t) { groups_[group].Add(t); }

void StatsOutput::Finish() {
  for (const auto& [value, t] : groups_) {
    ++records_;
    total_.Add(t);
    if (partial_) {
      ctx_->out().Write(PartialGroupLine(PartialGroup{value, t}));
    } else if (group_actors_) {
      group_actors_->Print(GroupActorsRecord{value, &t, cut_});
    } else {
      group_printer_->Print(GroupTallyRecord{value, &t, s_.holders});
    }
  }
  // Totals: in text when there is more than one record to add up (like wc),
  // in jsonl and tsv when asked for (a script would have to skip them).
  if (partial_ || !totals_ || (ctx_->format() == Format::kText && records_ < 2)) return;
  if (docs_) docs_->Print(DocTallyRecord{std::nullopt, &total_, s_.holders});
  if (doc_actors_) doc_actors_->Print(DocActorsRecord{std::nullopt, &total_, cut_});
  if (group_printer_) group_printer_->Print(GroupTallyRecord{std::nullopt, &total_, s_.holders});
  if (group_actors_) group_actors_->Print(GroupActorsRecord{std::nullopt, &total_, cut_});
}

PartialHeader CompareHeader(const CompareSettings& s, const std::string& lexicon_id) {
  PartialHeader h{"compare", PartialVersion(), {}};
  h.options.emplace_back("--holder", HolderFilterName(s.holders));
  h.options.emplace_back("--name", s.name_a + "," + s.name_b);
  if (!s.groups.empty()) h.options.emplace_back("--group", s.groups);
  h.options.emplace_back("lexicons", lexicon_id);
  return h;
}

std::optional<CompareSettings> CompareSettingsOf(const PartialHeader& h, std::string* error) {
  CompareSettings s;
  const std::string* holder = Option(h, "--holder");
  const std::string* names = Option(h, "--name");
  const auto holders = holder ? ParseHolderFilter(*holder) : std::nullopt;
  const size_t comma = names ? names->find(',') : std::string::npos;
  if (h.command != "compare" || !holders || comma == std::string::npos) {
    *error = "not a partial of 'claimlens compare'";
    return std::nullopt;
  }
  s.holders = *holders;
  s.name_a = names->substr(0, comma);
  s.name_b = names->substr(comma + 1);
  if (const std::string* groups = Option(h, "--group")) s.groups = *groups;
  return s;
}

void PrintComparison(Context& ctx, const CompareSettings& s, const CompareFilter& f,
                     Printer<KeyTableRecord>* printer, const ItemTally& a, const ItemTally& b) {
  if (printer == nullptr) {
    Output& out = ctx.out();
    out.Write(PartialSideLine(0, a));
    out.Write(PartialSideLine(1, b));
    // Every item of either side, in key order, both counts on one line.
    auto i = a.counts.begin(), j = b.counts.begin();
    while (i != a.counts.end() || j != b.counts.end()) {
      if (j == b.counts.end() || (i != a.counts.end() && i->first < j->first)) {
        out.Write(PartialItemLine(i->first, i->second, 0));
        ++i;
      } else if (i == a.counts.end() || j->first < i->first) {
        out.Write(PartialItemLine(j->first, 0, j->second));
        ++j;
      } else {
        out.Write(PartialItemLine(i->first, i->second, j->second));
        ++i, ++j;
      }
      out.MaybeFlush();
    }
    return;
  }
  const std::vector<KeyRow> rows = RankKeyness(a, b, f.min_count, f.types);
  printer->Print(KeyTableRecord{&rows, s.name_a, s.name_b, &a, &b});
}

}  // namespace claimlens::cli
