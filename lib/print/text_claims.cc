// Claim records: built from a sentence's analysis (the nested lists written
// straight into the output), and their text form, one line a claim, with --explain the cues
// and markers that decided each field.
#include <algorithm>
#include <charconv>
#include <cstdio>

#include "text.h"

namespace claimlens {

std::vector<ClaimItem> ClaimItems(const SentenceAnalysis& a, const Claim& c) {
  std::vector<ClaimItem> items;
  ClaimItems(a, c, &items);
  return items;
}

void ClaimItems(const SentenceAnalysis& a, const Claim& c, std::vector<ClaimItem>* out) {
  std::vector<ClaimItem>& items = *out;
  items.clear();
  for (uint32_t i : c.cues) {
    const Cue& q = a.cues[i];
    if (q.cls == CueClass::kConfidence) {
      items.push_back({&q, "confidence", ConfidenceId(q.confidence), q.span, q.holder});
    } else {
      items.push_back({&q, EntryKindName(q.kind), CueClassName(q.cls), q.span, q.holder});
    }
    if (!q.negation.empty()) items.push_back({&q, "negation", "pre", q.negation, q.holder});
  }
  for (uint32_t i : c.markers) {
    const Cue& m = a.markers[i];
    items.push_back({&m, EntryKindName(m.kind), CueClassName(m.cls), m.span, m.holder});
  }
  std::stable_sort(items.begin(), items.end(), [](const ClaimItem& x, const ClaimItem& y) {
    return x.span.start < y.span.start;
  });
  items.erase(std::unique(items.begin(), items.end(),
                          [](const ClaimItem& x, const ClaimItem& y) {
                            return x.span == y.span && x.kind == y.kind;
                          }),
              items.end());
}

std::string_view HolderId(const SentenceAnalysis& a, uint16_t holder) {
  return holder < a.holders.size() ? std::string_view(a.holders[holder].id) : "author";
}

void FillClaimRecord(const SentenceAnalysis& a, const Claim& c, const Lexicon& lexicon, Scale scale,
                     bool explain, ClaimRecord* record) {
  const Document& doc = *a.doc;
  ClaimRecord& r = *record;
  r.doc = doc.id();
  r.analysis = &a;
  r.claim = &c;
  r.explain = explain;
  r.band.reset();
  if (c.level_cue >= 0) r.band = CueBand(lexicon, a.cues[static_cast<size_t>(c.level_cue)], scale);
  if (c.level != Level::kNone && !r.band) r.band = lexicon.band(scale, c.level);
  const Holder& h = a.holders[c.holder];
  r.holder = h.id;
  r.holder_text.clear();
  if (!h.text.empty()) doc.AppendText(h.text, &r.holder_text);
}

template <typename Sink>
void WriteClaimList(const ClaimRecord& r, ClaimRecord::List list, Sink& sink) {
  sink.Char('[');
  if (r.analysis == nullptr || r.claim == nullptr) {
    sink.Char(']');
    return;
  }
  const SentenceAnalysis& a = *r.analysis;
  const Claim& c = *r.claim;
  const Document& doc = *a.doc;
  // Working lists are kept per thread, so a claim allocates nothing once they
  // have grown.
  thread_local std::vector<int> outer;
  thread_local std::vector<ClaimItem> items;
  thread_local std::string scratch;
  bool first = true;
  auto comma = [&] {
    if (!first) sink.Char(',');
    first = false;
  };
  switch (list) {
    case ClaimRecord::List::kChain: {
      const Holder& h = a.holders[c.holder];
      outer.clear();
      for (int o = h.outer; o >= 0 && outer.size() < a.holders.size(); o = a.holders[o].outer)
        outer.push_back(o);
      for (size_t i = outer.size(); i-- > 0;) {
        comma();
        sink.Str(a.holders[static_cast<size_t>(outer[i])].id);
      }
      break;
    }
    case ClaimRecord::List::kActors:
      for (const std::string& id : c.actors) {
        comma();
        sink.Str(id);
      }
      break;
    case ClaimRecord::List::kCues:
      ClaimItems(a, c, &items);
      for (const ClaimItem& it : items) {
        comma();
        sink.Raw("{\"kind\":");
        sink.Str(it.kind);
        sink.Raw(",\"class\":");
        sink.Str(it.cls);
        sink.Raw(",\"text\":");
        sink.Str(doc.TextView(it.span, &scratch));
        sink.Raw(",\"start\":");
        sink.Int(it.span.start);
        sink.Raw(",\"end\":");
        sink.Int(it.span.end);
        sink.Raw(",\"holder\":");
        sink.Str(HolderId(a, it.holder));
        sink.Char('}');
      }
      break;
    case ClaimRecord::List::kStance:
      for (const StanceItem& s : c.stance) {
        comma();
        sink.Raw("{\"actor\":");
        sink.Str(s.actor);
        sink.Raw(",\"polarity\":");
        sink.Int(s.polarity);
        sink.Raw(",\"cue\":");
        sink.Str(doc.TextView(s.cue, &scratch));
        sink.Raw(",\"holder\":");
        sink.Str(HolderId(a, s.holder));
        sink.Char('}');
      }
      break;
  }
  sink.Char(']');
}

template void WriteClaimList(const ClaimRecord&, ClaimRecord::List, JsonToOutput&);
template void WriteClaimList(const ClaimRecord&, ClaimRecord::List, JsonToString&);

// PATH:LINE:COL: HOLDER: JUDGEMENT[, FLAGS]: "TEXT"
//   essay.txt:3:1: author: likely (55-80%): "A regime would likely undermine ..."
//   essay.txt:4:1: CHN (actor): asserted: "The Chinese leadership has stated ..."
void AppendText(const ClaimRecord& r, const Colors& col, std::string* out) {
  const Claim& c = *r.claim;
  const SentenceAnalysis& a = *r.analysis;
  const Document& doc = *a.doc;
  const Holder& h = a.holders[c.holder];
  AppendLocation(col, r.doc, c.line, c.col, out);
  *out += r.holder;
  if (h.type != HolderType::kAuthor) {
    *out += " (";
    *out += HolderTypeName(h.type);
    *out += ")";
  }
  *out += ": ";
  bool booster = false;
  for (uint32_t i : c.cues) {
    booster |= a.cues[i].kind == EntryKind::kBooster && a.cues[i].holder == c.holder &&
               a.cues[i].cls != CueClass::kConfidence;
  }
  if (c.level != Level::kNone) {
    *out += c.uncertain || c.level < Level::kAlmostCertain ? col.hedge() : col.booster();
    *out += LevelId(c.level);
    *out += col.reset();
    if (r.band) *out += " (" + FormatBand(*r.band) + ")";
  } else if (c.uncertain) {
    *out += col.hedge();
    *out += "uncertain";
    *out += col.reset();
  } else if (booster) {
    *out += col.booster();
    *out += "boosted";
    *out += col.reset();
  } else {
    *out += "asserted";
  }
  if (c.confidence != Confidence::kNone)
    *out += ", " + std::string(ConfidenceId(c.confidence)) + " confidence";
  if (c.conditional) {
    *out += ", if \"";
    AppendOneLine(doc.Text(c.condition), out);
    *out += "\"";
  }
  if (c.recommendation) {
    *out += ", recommends";
    if (!c.addressee.empty()) *out += " to " + c.addressee;
  }
  *out += ": \"";
  AppendOneLine(r.text, out);
  *out += "\"\n";
  if (!r.explain) return;
  auto quote = [&](Span s) {
    std::string q = "\"";
    AppendOneLine(doc.Text(s), &q);
    return q + "\"";
  };
  if (c.holder_marker >= 0) {
    const Cue& m = a.markers[static_cast<size_t>(c.holder_marker)];
    *out += "  holder " + std::string(r.holder) + ": attribution " + quote(m.span) + " (" +
            std::string(CueClassName(m.cls)) + ")";
    if (!h.text.empty()) *out += ", source " + quote(h.text);
    *out += "\n";
  } else if (c.holder != 0) {
    *out +=
        "  holder " + std::string(r.holder) + ": the quotation of the sentence before goes on\n";
  } else {
    *out += "  holder author: no report frames the clause\n";
  }
  if (c.level_cue >= 0) {
    const Cue& q = a.cues[static_cast<size_t>(c.level_cue)];
    *out += "  level " + std::string(LevelId(c.level)) + ": " + quote(q.span) + " (" +
            std::string(EntryKindName(q.kind)) + " " + std::string(CueClassName(q.cls));
    if (q.negated) *out += ", negated";
    *out += ")\n";
  }
  if (c.confidence_cue >= 0) {
    *out += "  confidence: " + quote(a.cues[static_cast<size_t>(c.confidence_cue)].span) + "\n";
  } else if (c.confidence != Confidence::kNone) {
    *out += "  confidence: stated in the next sentence\n";
  }
  if (c.conditional) *out += "  condition: " + quote(c.condition) + "\n";
  if (c.recommendation_marker >= 0) {
    *out +=
        "  recommendation: " + quote(a.markers[static_cast<size_t>(c.recommendation_marker)].span);
    *out +=
        c.addressee.empty() ? std::string(", no addressee named") : ", addressed to " + c.addressee;
    *out += "\n";
  }
  for (const ClaimItem& it : ClaimItems(a, c)) {
    *out += "  cue " + quote(it.span) + ": " + std::string(it.kind) + " " + std::string(it.cls) +
            ", held by " + std::string(HolderId(a, it.holder)) + "\n";
  }
}

// PATH: HOLDER toward ACTOR (NAME): LABEL, score S, E of M mentions evaluated
void AppendText(const StanceRecord& r, const Colors& c, std::string* out) {
  const StanceRow& row = *r.row;
  out->append(c.path()).append(r.doc).append(c.reset()).append(": ");
  *out += row.holder + " toward " + row.actor + " (" + row.name + "): ";
  *out += r.label == "unfavorable" ? c.booster() : r.label == "favorable" ? c.pos() : "";
  *out += r.label;
  *out += c.reset();
  char buf[64];
  std::snprintf(buf, sizeof buf, ", score %+.2f, ", row.score());
  *out += buf;
  *out += std::to_string(row.evaluated) + " of " + Counted(row.mentions, "mention", "mentions") +
          " evaluated\n";
}

}  // namespace claimlens
