#include "remap.h"

namespace claimlens {

void RemapTokens(const Document& doc, TokenList* tokens) {
  for (Token& t : tokens->tokens) t.span = doc.Original(t.span);
  for (Token& t : tokens->parts) t.span = doc.Original(t.span);
}

void RemapAnalysis(const Document& doc, SentenceAnalysis* a) {
  a->sentence.span = doc.Original(a->sentence.span);
  for (Cue& c : a->cues) {
    c.span = doc.Original(c.span);
    c.negation = doc.Original(c.negation);
  }
  for (Cue& c : a->markers) {
    c.span = doc.Original(c.span);
    c.negation = doc.Original(c.negation);
  }
  for (Mention& m : a->mentions) m.span = doc.Original(m.span);
  for (Holder& h : a->holders) h.text = doc.Original(h.text);
  for (Claim& c : a->claims) {
    c.span = doc.Original(c.span);
    c.condition = doc.Original(c.condition);
    for (StanceItem& s : c.stance) s.cue = doc.Original(s.cue);
  }
}

}  // namespace claimlens
