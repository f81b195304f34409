// Text of the hedges records: one line a cue; two lines a document summary.
#include <cstdio>

#include "text.h"

namespace claimlens {

// PATH:LINE:COL: hedge: "likely" [likely, 55-80%]
void AppendText(const HedgeRecord& r, const Colors& c, std::string* out) {
  const Cue& cue = *r.cue;
  AppendLocation(c, r.doc, cue.line, cue.col, out);
  *out += cue.kind == EntryKind::kHedge ? c.hedge() : c.booster();
  *out += EntryKindName(cue.kind);
  *out += c.reset();
  *out += ": \"";
  AppendOneLine(r.text, out);
  *out += "\" [";
  if (cue.level != Level::kNone) {
    *out += LevelId(cue.level);
    if (r.band) *out += ", " + FormatBand(*r.band);
  } else {
    *out += CueClassName(cue.cls);
    if (r.band) *out += ", read as " + FormatBand(*r.band);
  }
  if (cue.negated) *out += ", negated";
  if (r.holder != "author") *out += ", held by " + std::string(r.holder);
  *out += "]\n";
}

// PATH: 96 words, 11 sentences; hedges 93.8 and boosters 10.4 per 1,000 words; ...
//   hedge density: ▁▁▆▁▁█▆▁▆▄▁
void AppendText(const StatsRecord& r, const Colors& c, std::string* out) {
  const DocStats& s = *r.stats;
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "; hedges %.1f and boosters %.1f per 1,000 words (%.*s); hedges of the author "
                "%.1f, reported %.1f; %.0f%% of sentences uncertain\n",
                s.hedges_per_1k(), s.boosters_per_1k(), static_cast<int>(r.holders.size()),
                r.holders.data(), s.author_hedges_per_1k(), s.reported_hedges_per_1k(),
                100 * s.uncertain_share());
  out->append(c.path()).append(s.doc()).append(c.reset()).append(": ");
  *out += Counted(s.words(), "word", "words") + ", " +
          Counted(s.sentences(), "sentence", "sentences") + buf;
  *out += "  hedge density: ";
  *out += r.density != nullptr ? Sparkline(*r.density) : "";
  *out += "\n";
}

}  // namespace claimlens
