// Text of the lexicon records: entries, the scale table, check results, and
// `lexicon explain`'s account of a sentence.
#include <cstdio>

#include "text.h"

namespace claimlens {

// KIND TAB CLASS TAB PHRASE [TAB VALUE]
void AppendText(const EntryRecord& r, const Colors&, std::string* out) {
  const Entry& e = *r.entry;
  *out += std::string(EntryKindName(e.kind)) + "\t" + e.cls + "\t" + e.phrase;
  if (e.value != "-") *out += "\t" + e.value;
  *out += "\n";
}

// A header of scale ids, then one row a level with its band on each scale.
void AppendText(const ScaleTableRecord& r, const Colors&, std::string* out) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-18s", "level");
  *out += buf;
  for (int s = 0; s < kScaleCount; ++s) {
    std::snprintf(buf, sizeof buf, "%-11s", std::string(ScaleId(static_cast<Scale>(s))).c_str());
    *out += buf;
  }
  *out += "\n";
  for (int l = 0; l < kLevelCount; ++l) {
    std::snprintf(buf, sizeof buf, "%-18s", std::string(LevelId(static_cast<Level>(l))).c_str());
    *out += buf;
    for (int s = 0; s < kScaleCount; ++s) {
      const auto band = r.lexicon->band(static_cast<Scale>(s), static_cast<Level>(l));
      std::snprintf(buf, sizeof buf, "%-11s", band ? FormatBand(*band).c_str() : "-");
      *out += buf;
    }
    *out += "\n";
  }
}

// "3056 entries, 912 actors: ok" for the set; "FILE: ok, 1 entry" for a file.
void AppendText(const CheckRecord& r, const Colors&, std::string* out) {
  const auto entries = Counted(static_cast<uint64_t>(r.entries), "entry", "entries");
  const auto actors = Counted(static_cast<uint64_t>(r.actors), "actor", "actors");
  if (r.file.empty()) {
    *out += entries + ", " + actors + ": " + (r.errors ? "errors" : "ok") + "\n";
    return;
  }
  out->append(r.file).append(": ");
  *out += r.errors ? Counted(static_cast<uint64_t>(r.errors), "error", "errors") : "ok";
  *out += ", " + entries;
  if (r.actors) *out += ", " + actors;
  *out += "\n";
}

void AppendText(const ExplainRecord& r, const Colors&, std::string* out) {
  const SentenceAnalysis& a = *r.analysis;
  const Document& doc = *a.doc;
  const Lexicon& lex = *r.lexicon;
  *out += "sentence " + std::to_string(a.sentence.index) + ": " + doc.Text(a.sentence.span) + "\n";
  *out += "  tokens:";
  for (const Token& t : a.tokens->tokens) out->append(" ").append(a.tokens->norm(t));
  *out += "\n";
  for (const Match& m : a.matches) {
    const Entry& e = lex.entries()[m.entry];
    const auto& toks = m.part ? a.tokens->parts : a.tokens->tokens;
    const Span span{toks[m.begin].span.start, toks[m.end - 1].span.end};
    *out +=
        "  match \"" + doc.Text(span) + "\": " + std::string(EntryKindName(e.kind)) + " " + e.cls;
    if (e.value != "-") *out += " " + e.value;
    *out += "  (" + e.phrase + ", " + e.file + ":" + std::to_string(e.line) + ")\n";
  }
  for (size_t i = 0; i < a.cues.size(); ++i) {
    const Cue& c = a.cues[i];
    *out += "  cue \"" + doc.Text(c.span) + "\": " + std::string(EntryKindName(c.kind)) + " " +
            std::string(CueClassName(c.cls));
    if (c.level != Level::kNone) out->append(" ").append(LevelId(c.level));
    if (r.bands != nullptr && i < r.bands->size() && (*r.bands)[i])
      *out += " " + FormatBand(*(*r.bands)[i]);
    if (c.negated) *out += " negated";
    if (!c.rule.empty()) *out += "  [" + c.rule + "]";
    *out += "\n";
  }
  for (const Mention& m : a.mentions) {
    *out += "  actor \"" + doc.Text(m.span) + "\": " + m.id + " " + m.name + " (" +
            std::string(MentionTypeName(m.type));
    if (!m.role.empty()) *out += ", " + m.role;
    *out += ") by " + m.how;
    if (!m.rule.empty()) *out += " (" + m.rule + ")";
    *out += "\n";
  }
  auto holder = [&](uint16_t h) {
    const Holder& x = a.holders[h];
    std::string s = std::string(HolderTypeName(x.type));
    if (x.type != HolderType::kAuthor) s += " " + x.id;
    return s;
  };
  for (const Cue& m : a.markers) {
    *out += "  " + std::string(EntryKindName(m.kind)) + " \"" + doc.Text(m.span) +
            "\": " + std::string(CueClassName(m.cls)) + ", held by " + holder(m.holder) + "\n";
  }
  for (const Claim& c : a.claims) {
    *out += "  claim \"" + doc.Text(c.span) + "\": held by " + holder(c.holder);
    if (c.level != Level::kNone) *out += ", " + std::string(LevelId(c.level));
    if (c.uncertain) *out += ", uncertain";
    if (c.confidence != Confidence::kNone)
      *out += ", " + std::string(ConfidenceId(c.confidence)) + " confidence";
    if (c.conditional) *out += ", if \"" + doc.Text(c.condition) + "\"";
    if (c.recommendation)
      *out += ", recommends (to " + (c.addressee.empty() ? std::string("-") : c.addressee) + ")";
    *out += "\n";
  }
  for (const Span& s : a.not_claims)
    *out += "  not a claim \"" + doc.Text(s) + "\": only names, dates and numbers\n";
  for (const Dropped& d : a.dropped) {
    const auto& toks = d.part ? a.tokens->parts : a.tokens->tokens;
    const Span span{toks[d.begin].span.start, toks[d.end - 1].span.end};
    const bool actor = lex.entries()[d.entry].kind == EntryKind::kActor;
    *out += std::string(actor ? "  not a mention \"" : "  not a cue \"") + doc.Text(span) +
            "\": " + d.reason + "\n";
  }
}

}  // namespace claimlens
