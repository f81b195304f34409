// Reading corpus/*.gold.tsv: each row names a line, an occurrence and a text,
// and resolves to a byte span of the essay.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "claimlens/document.h"

namespace claimlens::test {

// One row of a gold table, located in the essay: `line` and `occ` name the
// occ-th whole-word occurrence of the located column's text in that line.
struct GoldRow {
  std::map<std::string, std::string> fields;  // by header name
  Span span;                                  // the located text
  uint32_t line = 0;
  const std::string& operator[](const std::string& name) const;
};

// Reads a TAB-separated gold table against the essay text; `locate` names the
// column holding the text to find ("text" in cue gold, "anchor" in claims gold).
// Unresolvable rows are returned in `errors`.
std::vector<GoldRow> ReadGoldTable(const std::string& gold_path, const std::string& essay,
                                   const std::string& locate, std::vector<std::string>* errors);

struct GoldItem {
  std::string kind;  // hedge, booster, actor, attribution
  std::string cls;
  std::string text;
  std::string value;
  std::string holder;  // "author", a holder id or words, or "-"
  Span span;
  uint32_t line = 0;
};

// Reads cue and actor gold (`NAME.gold.tsv`).
std::vector<GoldItem> ReadGold(const std::string& gold_path, const std::string& essay,
                               std::vector<std::string>* errors);

struct Score {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r ? 2 * p * r / (p + r) : 0;
  }
  void Add(const Score& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

}  // namespace claimlens::test
