// Reading corpus/*.gold.tsv: each row names a line, an occurrence and a text,
// and resolves to a byte span of the essay.
#pragma once

#include <string>
#include <vector>

#include "claimlens/document.h"

namespace claimlens::test {

struct GoldItem {
  std::string kind;  // hedge, booster, actor
  std::string cls;
  std::string text;
  std::string value;
  Span span;
  uint32_t line = 0;
};

// Reads `gold_path` against the essay text. Unresolvable rows are returned in `errors`.
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
