// ICU's word and sentence boundaries without ICU's iterator in the loop: the
// engine runs ICU's own compiled rules (the state table and character
// categories inside the iterator it is given) straight over the UTF-8 bytes, as
// RuleBasedBreakIterator::handleNext does, but with no UText, no boundary cache
// and a table lookup for ASCII. What the tables alone cannot decide goes to
// ICU's iterator itself: ill-formed UTF-8, and words of the scripts ICU splits
// with dictionaries (Thai, Chinese, Japanese...). If the tables are not in the
// layout this engine knows (another ICU version), every call goes to ICU.
//
// Equality with ICU is tested, not assumed: tests/fuzz/fuzz_segment_diff.cc
// feeds the same bytes to both and stops at the first difference, and
// tests/unit/break_engine_test.cc compares them on every corpus we have.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace claimlens {

class BreakEngine {
 public:
  static constexpr int32_t kDone = -1;

  // Takes ICU's iterator: its compiled rules drive the engine, and it handles
  // the text the rules cannot decide alone.
  explicit BreakEngine(std::unique_ptr<icu::BreakIterator> icu);
  ~BreakEngine();
  BreakEngine(const BreakEngine&) = delete;
  BreakEngine& operator=(const BreakEngine&) = delete;

  // Starts over on `text` (which must outlive the calls to Next).
  void SetText(std::string_view text);
  // The next boundary (a byte offset into the text), or kDone: the same
  // sequence ICU's next() gives on the same bytes.
  int32_t Next();
  // ICU's getRuleStatus() for the boundary Next returned last.
  int32_t RuleStatus() const { return status_; }

  // False when ICU's tables could not be read: every call then goes to ICU.
  bool fast() const { return t_ != nullptr; }
  // Boundaries found by ICU's own iterator since SetText (for tests).
  uint64_t icu_boundaries() const { return icu_boundaries_; }

  struct Tables;

 private:
  // The tables of the rules inside `icu`, made once a process; null if they are
  // not in the layout this engine knows.
  static const Tables* SharedTables(icu::BreakIterator& icu);
  // One run of the state machine from pos_: the next boundary, or -1 if the
  // text from pos_ needs ICU (ill-formed UTF-8, dictionary words at problem_).
  int32_t Run();
  // Reads the character at *at, advancing *at past it, into its category; false
  // if it is ill-formed (or has a category the tables do not know).
  bool Read(uint32_t* at, uint32_t* category) const;
  void StartIcu();
  int32_t NextIcu();

  std::unique_ptr<icu::BreakIterator> icu_;
  const Tables* t_ = nullptr;
  std::vector<int32_t> lookahead_;

  std::string_view text_;
  uint32_t pos_ = 0;
  uint32_t problem_ = 0;
  int32_t status_ = 0;
  bool done_ = false;
  // In ICU mode: ICU reads text_[icu_base_..] until a boundary at or after
  // icu_until_ that starts a line; the engine takes over from there.
  bool in_icu_ = false;
  uint32_t icu_base_ = 0;
  uint32_t icu_until_ = 0;
  UText ut_ = UTEXT_INITIALIZER;
  uint64_t icu_boundaries_ = 0;
};

}  // namespace claimlens
