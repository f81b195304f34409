// Calibration: from a cue's level (and phrase) to a probability band on a scale.
#include "claimlens/analysis.h"

namespace claimlens {

std::optional<Band> CueBand(const Lexicon& lexicon, const Cue& cue, Scale scale) {
  if (scale == Scale::kPerceived && !cue.negated) {
    if (auto band = lexicon.perceived(cue.phrase)) return band;
  }
  return lexicon.band(scale, cue.level);
}

bool MakesUncertain(const Cue& cue) {
  return cue.kind == EntryKind::kHedge && cue.cls != CueClass::kApproximator;
}

}  // namespace claimlens
