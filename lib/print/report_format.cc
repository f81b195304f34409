// The formatting steps every report printer takes.
#include "report_format.h"

#include <algorithm>
#include <cstdio>

#include "text.h"

namespace claimlens {

std::string LevelName(Level level) {
  if (level == Level::kNone) return "no level";
  std::string name(LevelId(level));
  for (char& ch : name) {
    if (ch == '_') ch = ' ';
  }
  return name;
}

std::string Percent(int64_t n, int64_t total) {
  if (total <= 0) return "0%";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * static_cast<double>(n) / total);
  return buf;
}

std::string OneDecimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string Grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

size_t Columns(std::string_view text) {
  size_t n = 0;
  for (char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

std::string Clip(std::string_view text, size_t columns) {
  std::string line;
  AppendOneLine(text, &line);
  if (Columns(line) <= columns) return line;
  // Cut at a code point boundary, leaving a column for the ellipsis.
  size_t seen = 0, i = 0;
  for (; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 && seen++ == columns - 1) break;
  }
  line.resize(i);
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + "\u2026";
}

std::string QuotedCues(const ReportRecord& r, const ReportClaim& c) {
  std::string out;
  for (uint32_t i : c.cues) {
    const ReportCue& q = r.cues[i];
    if (q.holder != c.holder) continue;
    if (q.kind != "hedge" && q.kind != "booster" && q.kind != "confidence") continue;
    if (!out.empty()) out += ", ";
    out += "\"";
    AppendOneLine(r.doc->Text(q.span), &out);
    out += "\"";
  }
  return out;
}

namespace {
// Longer actor names are shown by their acronym where they have one.
constexpr size_t kShortName = 17;
}  // namespace

std::string AddresseeName(const ReportRecord& r, std::string_view id) {
  for (const ReportActor& a : r.actors) {
    if (a.id == id) return ShortName(a, kShortName);
  }
  for (const ReportMention& m : r.mentions) {
    if (m.id == id) return m.name;
  }
  return std::string(id);
}

std::vector<std::string_view> AddresseeIds(const ReportClaim& c) {
  std::vector<std::string_view> ids;
  std::string_view rest = c.addressee;
  while (!rest.empty()) {
    const size_t semi = rest.find(';');
    ids.push_back(rest.substr(0, semi));
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
  }
  return ids;
}

std::string Addressee(const ReportRecord& r, const ReportClaim& c) {
  if (c.addressee.empty()) return "no addressee";
  std::string out;
  for (std::string_view id : AddresseeIds(c)) {
    if (!out.empty()) out += ", ";
    out += AddresseeName(r, id);
  }
  return out;
}

std::string ShortName(const ReportActor& a, size_t room) {
  if (Columns(a.name) <= room) return a.name;
  const bool acronym = !a.id.empty() && std::all_of(a.id.begin(), a.id.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
  });
  return acronym && a.id.size() <= room ? a.id : a.name;
}

std::string Sureness(const ReportClaim& c) {
  std::string s;
  if (c.level != Level::kNone) {
    s = LevelName(c.level);
    if (c.band) s += " (" + FormatBand(*c.band) + ")";
  } else {
    s = JudgementName(c.judgement);
  }
  if (c.confidence != Confidence::kNone)
    s += ", " + std::string(ConfidenceId(c.confidence)) + " confidence";
  return s;
}

}  // namespace claimlens
