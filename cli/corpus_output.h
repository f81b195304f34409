// What `stats` and `compare` print, from documents or from partials. `merge`
// goes through the same code as the runs it merges, so both print the same
// bytes.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimlens/corpus.h"
#include "claimlens/partial.h"
#include "context.h"

namespace claimlens::cli {

// The options of `stats` that change its counts (and so its partials).
struct StatsSettings {
  HolderFilter holders = HolderFilter::kAuthor;
  std::string group;  // a metadata field, or "" for one record a document
  bool by_actor = false;
};
// The header of a stats partial, and the settings a header asks for (nullopt
// and a message when it is no stats header).
PartialHeader StatsHeader(const StatsSettings& s, const std::string& lexicon_id);
std::optional<StatsSettings> StatsSettingsOf(const PartialHeader& h, std::string* error);

// Prints stats records (or partial lines) as documents and groups come.
class StatsOutput {
 public:
  // False after a usage error (a format that does not apply).
  bool Init(Context& ctx, const StatsSettings& s, bool partial, bool totals);
  // A document: printed now, in the order given.
  void Doc(const PartialDoc& d);
  // The documents of one metadata value: added up, printed by Finish.
  void Group(const std::string& group, const Tally& t);
  // Prints the groups (sorted by value) and the totals.
  void Finish();

 private:
  Context* ctx_ = nullptr;
  StatsSettings s_;
  double cut_ = 0;  // the stance label's cut, from the lexicons' settings
  bool partial_ = false;
  bool totals_ = false;  // in machine formats too
  uint64_t records_ = 0;
  Tally total_;
  std::map<std::string, Tally> groups_;
  std::unique_ptr<Printer<DocTallyRecord>> docs_;
  std::unique_ptr<Printer<GroupTallyRecord>> group_printer_;
  std::unique_ptr<Printer<DocActorsRecord>> doc_actors_;
  std::unique_ptr<Printer<GroupActorsRecord>> group_actors_;
};

// The options of `compare` that change its counts or its text.
struct CompareSettings {
  HolderFilter holders = HolderFilter::kAuthor;
  std::string name_a = "A", name_b = "B";
  std::string groups;  // the --group FIELD=VALUE choices, ';'-separated ("" for paths)
};
PartialHeader CompareHeader(const CompareSettings& s, const std::string& lexicon_id);
std::optional<CompareSettings> CompareSettingsOf(const PartialHeader& h, std::string* error);

// What `compare` prints after the two sides are counted.
struct CompareFilter {
  uint64_t min_count = 1;
  std::vector<ItemType> types;  // empty: all
};
// Prints the comparison with `printer`, or, when it is null, its partial
// (the header is the caller's).
void PrintComparison(Context& ctx, const CompareSettings& s, const CompareFilter& f,
                     Printer<KeyTableRecord>* printer, const ItemTally& a, const ItemTally& b);

// The partial's version string: this program's version and commit.
std::string PartialVersion();

}  // namespace claimlens::cli
