// The text format: one AppendText a record type (the text_*.cc files), and the
// pieces they share. Text is for people: positions as PATH:LINE:COL:, colour
// when asked, one line a record unless the record says otherwise.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/claims_schema.h"
#include "claimlens/printer.h"
#include "claimlens/schema.h"

namespace claimlens {

// ANSI colours ("" when colour is off).
class Colors {
 public:
  explicit Colors(TextStyle style) : on_(style.color) {}
  const char* path() const { return on_ ? "\x1b[35m" : ""; }
  const char* pos() const { return on_ ? "\x1b[32m" : ""; }
  const char* hedge() const { return on_ ? "\x1b[33m" : ""; }
  const char* booster() const { return on_ ? "\x1b[1;31m" : ""; }
  const char* dim() const { return on_ ? "\x1b[2m" : ""; }
  const char* reset() const { return on_ ? "\x1b[0m" : ""; }

 private:
  bool on_;
};

// Appends "PATH:LINE:COL: " (coloured when asked).
void AppendLocation(const Colors& c, std::string_view path, uint32_t line, uint32_t col,
                    std::string* out);
// Appends `text` with every line break and tab shown as one space.
void AppendOneLine(std::string_view text, std::string* out);
// "55-80%" (whole numbers without decimals).
std::string FormatBand(const Band& band);
// "1 sentence", "2 sentences": every count printed with a noun goes through here.
std::string Counted(uint64_t n, std::string_view singular, std::string_view plural);

// One cue or marker of a claim as claims records list it.
struct ClaimItem {
  const Cue* cue;
  std::string_view kind;  // as printed: a confidence statement is kind "confidence"
  std::string_view cls;
  Span span;
  uint16_t holder;
};
// The claim's cues and markers in text order, with the negation triggers of
// negated cues, each once.
std::vector<ClaimItem> ClaimItems(const SentenceAnalysis& a, const Claim& c);
void ClaimItems(const SentenceAnalysis& a, const Claim& c, std::vector<ClaimItem>* items);

// Each appends the record's lines, each ending in '\n'.
void AppendText(const SentenceRecord& r, const Colors& c, std::string* out);
void AppendText(const SentenceTokensRecord& r, const Colors& c, std::string* out);
void AppendText(const HedgeRecord& r, const Colors& c, std::string* out);
void AppendText(const StatsRecord& r, const Colors& c, std::string* out);
void AppendText(const ActorRecord& r, const Colors& c, std::string* out);
void AppendText(const ActorSummaryRecord& r, const Colors& c, std::string* out);
void AppendText(const EntryRecord& r, const Colors& c, std::string* out);
void AppendText(const ScaleTableRecord& r, const Colors& c, std::string* out);
void AppendText(const CheckRecord& r, const Colors& c, std::string* out);
void AppendText(const ExplainRecord& r, const Colors& c, std::string* out);
void AppendText(const ClaimRecord& r, const Colors& c, std::string* out);
void AppendText(const DocTallyRecord& r, const Colors& c, std::string* out);
void AppendText(const GroupTallyRecord& r, const Colors& c, std::string* out);
void AppendText(const DocActorsRecord& r, const Colors& c, std::string* out);
void AppendText(const GroupActorsRecord& r, const Colors& c, std::string* out);
void AppendText(const KeyTableRecord& r, const Colors& c, std::string* out);
void AppendText(const DocumentTextRecord& r, const Colors& c, std::string* out);
void AppendText(const StanceRecord& r, const Colors& c, std::string* out);
void AppendText(const ReportRecord& r, const Colors& c, std::string* out);

}  // namespace claimlens
