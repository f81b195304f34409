// Helpers for the claims tests: each claim of a text as the fields a reader
// checks (holder, level, flags, addressee), with the built-in lexicons.
#pragma once

#include <string>
#include <vector>

#include "claimlens/analysis.h"
#include "test_util.h"

namespace claimlens::test {

struct Got {
  std::string text, holder, type, level, confidence, addressee, condition;
  bool uncertain = false, conditional = false, recommendation = false;
  std::string chain;  // the outer holders' ids, outermost first, ","-joined
};

// Every claim of `text`, with `analyzer` or the built-in lexicons.
std::vector<Got> Claims(const std::string& text, Analyzer* analyzer = nullptr);
// The one claim of `text` (fails the test if there are more).
Got One(const std::string& text);
// The holder of each claim, "type/id".
std::vector<std::string> Holders(const std::string& text);

}  // namespace claimlens::test
