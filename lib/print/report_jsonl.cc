// The report as one JSON object (its nested parts; ReportRecord::Visit lists
// the fields): what the text report shows, with offsets, for scripts.
#include <charconv>

#include "claimlens/records.h"
#include "report_format.h"

namespace claimlens {
namespace {

void Key(std::string_view key, std::string* out) {
  if (!out->empty() && out->back() != '{') *out += ',';
  *out += '"';
  *out += key;
  *out += "\":";
}
void Int(std::string_view key, int64_t v, std::string* out) {
  Key(key, out);
  *out += std::to_string(v);
}
void Num(std::string_view key, double v, std::string* out) {
  Key(key, out);
  char buf[32];
  *out += std::string_view(buf, static_cast<size_t>(std::to_chars(buf, buf + 32, v).ptr - buf));
}
void Str(std::string_view key, std::string_view v, std::string* out) {
  Key(key, out);
  AppendJsonString(v, out);
}
void StrOrNull(std::string_view key, std::string_view v, std::string* out) {
  Key(key, out);
  if (v.empty()) {
    *out += "null";
  } else {
    AppendJsonString(v, out);
  }
}
void BandFields(const std::optional<Band>& band, std::string* out) {
  if (band) {
    Num("lo", band->lo / 100, out);
    Num("hi", band->hi / 100, out);
  } else {
    Key("lo", out);
    *out += "null";
    Key("hi", out);
    *out += "null";
  }
}
double Round2(double v) { return static_cast<double>(static_cast<int64_t>(v * 100 + 0.5)) / 100; }

}  // namespace

std::string ReportJsonShares(const ReportRecord& r) {
  std::string out = "{";
  const auto total = static_cast<int64_t>(r.claims.size());
  for (int j = 0; j < kJudgementCount; ++j) {
    Key(JudgementName(static_cast<Judgement>(j)), &out);
    out += '{';
    Int("claims", r.judgements[j], &out);
    Num("share", total ? Round2(static_cast<double>(r.judgements[j]) / total) : 0, &out);
    out += '}';
  }
  return out + "}";
}

std::string ReportJsonLevels(const ReportRecord& r) {
  std::string out = "[";
  for (int l = kLevelCount; l-- > 0;) {
    if (out.size() > 1) out += ',';
    out += '{';
    Str("level", LevelId(static_cast<Level>(l)), &out);
    Str("label", r.labels[l], &out);
    BandFields(r.level_bands[l], &out);
    Int("claims", r.levels[l], &out);
    out += '}';
  }
  return out + "]";
}

std::string ReportJsonDensity(const ReportRecord& r) { return JsonRoundedList(r.density); }

std::string ReportJsonConfidence(const ReportRecord& r) {
  std::string out = "[";
  for (uint32_t i : r.confidence) {
    const ReportCue& q = r.cues[i];
    const ReportClaim& c = r.claims[q.claim];
    if (out.size() > 1) out += ',';
    out += '{';
    Str("confidence", q.cls, &out);
    Str("text", r.doc->Text(q.span), &out);
    Int("start", q.span.start, &out);
    Int("end", q.span.end, &out);
    Int("sentence", c.sentence, &out);
    Int("line", c.line, &out);
    Str("statement", r.doc->Text(c.span), &out);
    Str("about", r.doc->Text(r.claims[q.about].span), &out);
    out += '}';
  }
  return out + "]";
}

std::string ReportJsonActors(const ReportRecord& r) {
  std::string out = "[";
  for (const ReportActor& a : r.actors) {
    if (out.size() > 1) out += ',';
    out += '{';
    Str("id", a.id, &out);
    Str("name", a.name, &out);
    Str("type", MentionTypeName(a.type), &out);
    Int("mentions", a.mentions, &out);
    Str("stance", a.label, &out);
    Num("score", Round2(a.score), &out);
    Int("evaluated", a.evaluated, &out);
    out += '}';
  }
  return out + "]";
}

std::string ReportJsonClaims(const ReportRecord& r, const std::vector<uint32_t>& claims) {
  std::string out = "[";
  for (uint32_t i : claims) {
    const ReportClaim& c = r.claims[i];
    if (out.size() > 1) out += ',';
    out += '{';
    Int("sentence", c.sentence, &out);
    Int("start", c.span.start, &out);
    Int("end", c.span.end, &out);
    Int("line", c.line, &out);
    Int("col", c.col, &out);
    Str("text", r.doc->Text(c.span), &out);
    Str("holder", c.holder, &out);
    Str("judgement", JudgementName(c.judgement), &out);
    StrOrNull("level", LevelId(c.level), &out);
    BandFields(c.band, &out);
    StrOrNull("confidence", ConfidenceId(c.confidence), &out);
    StrOrNull("addressee", c.addressee, &out);
    Key("cues", &out);
    out += '[';
    bool first = true;
    for (uint32_t k : c.cues) {
      const ReportCue& q = r.cues[k];
      if (!first) out += ',';
      first = false;
      out += '{';
      Str("kind", q.kind, &out);
      Str("class", q.cls, &out);
      Str("text", r.doc->Text(q.span), &out);
      Int("start", q.span.start, &out);
      Int("end", q.span.end, &out);
      Str("holder", q.holder, &out);
      out += '}';
    }
    out += "]}";
  }
  return out + "]";
}

}  // namespace claimlens
