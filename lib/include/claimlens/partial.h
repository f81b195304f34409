// Partials: the counts of a run on part of a corpus, as JSONL, so that runs on
// the parts (on threads, machines, GNU parallel, Dask, Hadoop) merge into the
// output of one run on the whole, byte for byte (`claimlens merge`).
//
// A partial is a header line, then count lines in any order:
//   {"claimlens_partial":1,"version":"0.1.0
//   (abc)","command":"stats","options":{"--holder":"author"}}
//   {"doc":"a.txt","part":0,"seq":0,"n":{"documents":1,"words":12,...},"actors":{...}}
//   {"group":"2021","n":{...}}                      (stats --group)
//   {"side":"a","documents":3,"words":1200}         (compare)
//   {"type":"cue","item":"likely","a":4,"b":1}      (compare)
// Counts are integers, so merging adds exactly. Documents carry their place
// (the part a run was given, its index in that run) so that a merge can restore
// the input order whatever the order of its inputs and lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimlens/corpus.h"

namespace claimlens {

inline constexpr int kPartialFormat = 1;

struct PartialHeader {
  std::string command;  // "stats" or "compare"
  std::string version;  // the program's version and commit: counts may change between builds
  // The options that change the counts, by option name ("--holder" -> "author").
  std::vector<std::pair<std::string, std::string>> options;
};

// One document's counts and its place in the input.
struct PartialDoc {
  std::string doc;
  uint64_t part = 0;  // which part of a split (stats --part)
  uint64_t seq = 0;   // its index among the documents of that run
  Tally tally;
};

// The counts of the documents whose metadata field has one value (stats --group).
struct PartialGroup {
  std::string group;  // the field's value ("" for documents without the field)
  Tally tally;
};

// Each returns one line, '\n' included.
std::string PartialHeaderLine(const PartialHeader& header);
std::string PartialDocLine(const PartialDoc& doc);
std::string PartialGroupLine(const PartialGroup& group);
// compare: the size of side 0 ("a") or 1 ("b"), and the counts of one item.
std::string PartialSideLine(int side, const ItemTally& tally);
std::string PartialItemLine(const ItemKey& key, uint64_t a, uint64_t b);

// One line of a partial, parsed.
struct PartialLine {
  enum class Kind { kHeader, kDoc, kGroup, kSide, kItem };
  Kind kind = Kind::kHeader;
  PartialHeader header;
  PartialDoc doc;
  PartialGroup group;
  int side = 0;
  ItemTally side_size;  // documents and words of side `side`
  ItemKey item;
  uint64_t count_a = 0, count_b = 0;
};
// The line, or what is wrong with it ("not a claimlens partial", a field missing
// or not a count); the Diagnostic has no path or line: the caller knows them.
Result<PartialLine> ParsePartialLine(std::string_view line);

// "--holder author, --group year": the options of a header, for messages.
std::string DescribeOptions(const PartialHeader& header);

}  // namespace claimlens
