// The report as text: one terminal screen (80 columns, under 24 lines) a
// document, long lists cut with a count of the rest.
#include <algorithm>
#include <map>

#include "report_format.h"
#include "text.h"

namespace claimlens {
namespace {

constexpr size_t kWidth = 80;
constexpr size_t kLeft = 35;  // the likelihood chart; the actors table takes the rest
constexpr size_t kBar = 12;   // the longest bar of the chart
constexpr size_t kShown = 2;  // recommendations, confidence statements, extremes

// `text` padded with spaces to `columns` (or cut to fit).
std::string Pad(std::string_view text, size_t columns) {
  std::string s = Clip(text, columns);
  s.append(columns - std::min(columns, Columns(s)), ' ');
  return s;
}

std::string Right(std::string_view text, size_t columns) {
  std::string s(columns - std::min(columns, Columns(text)), ' ');
  return s.append(text);
}

std::string Repeat(std::string_view unit, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += unit;
  return s;
}

// "NATO 3, EU 1, no addressee 1": whom the recommendations address, most first;
// each member of a list counts once.
std::string Addressees(const ReportRecord& r) {
  std::vector<std::pair<std::string, int>> counts;
  auto count = [&](const std::string& name) {
    auto it =
        std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == name; });
    if (it == counts.end()) {
      counts.emplace_back(name, 1);
    } else {
      ++it->second;
    }
  };
  for (uint32_t i : r.recommendations) {
    const ReportClaim& c = r.claims[i];
    if (c.addressee.empty()) count("no addressee");
    for (std::string_view id : AddresseeIds(c)) count(AddresseeName(r, id));
  }
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  std::string out;
  for (const auto& [name, n] : counts) {
    out += (out.empty() ? "" : ", ") + name + " " + std::to_string(n);
  }
  return out;
}

void Line(std::string line, std::string* out) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
  *out += line;
  *out += '\n';
}

// "Most confident   " and the claims, one a line: LEVEL "CUES" l.N: TEXT
void Extremes(const ReportRecord& r, std::string_view head, const std::vector<uint32_t>& claims,
              std::string_view none, const Colors& col, std::string* out) {
  if (claims.empty()) {
    Line(std::string(col.dim()) + Pad(head, 16) + std::string(none) + col.reset(), out);
    return;
  }
  for (size_t k = 0; k < std::min(kShown, claims.size()); ++k) {
    const ReportClaim& c = r.claims[claims[k]];
    std::string left = k == 0 ? Pad(head, 16) : std::string(16, ' ');
    std::string what = (c.level == Level::kNone ? "" : LevelName(c.level) + " ") +
                       QuotedCues(r, c) + " l." + std::to_string(c.line) + ": ";
    const size_t room = kWidth - 16 - std::min<size_t>(kWidth - 26, Columns(what));
    const char* color = c.judgement == Judgement::kBoosted ? col.booster() : col.hedge();
    Line(std::string(col.dim()) + left + col.reset() + color + what + col.reset() +
             Clip(r.doc->Text(c.span), room),
         out);
  }
}

}  // namespace

void AppendText(const ReportRecord& r, const Colors& col, std::string* out) {
  const Document& doc = *r.doc;
  Line(std::string(col.path()) + Clip(r.title.empty() ? doc.id() : doc.Text(r.title), kWidth) +
           col.reset(),
       out);
  std::string by;
  for (const std::string& name : r.by) by += (by.empty() ? "by " : ", ") + name;
  std::string facts = (by.empty() ? "" : by + " \u00b7 ") + Grouped(r.words) + " words \u00b7 " +
                      Counted(r.claims.size(), "claim", "claims") +
                      (r.title.empty() ? "" : " \u00b7 " + doc.id());
  Line(Clip(facts, kWidth), out);

  const auto total = static_cast<int64_t>(r.claims.size());
  const char* shade[] = {"", col.hedge(), col.booster(), col.dim()};
  std::string shares = "Claims: ";
  for (int j = 0; j < kJudgementCount; ++j) {
    if (j) shares += " \u00b7 ";
    shares += std::string(shade[j]) + std::string(JudgementName(static_cast<Judgement>(j))) + " " +
              Percent(r.judgements[j], total) + col.reset();
  }
  Line(shares, out);
  Line("Author's hedges: " + Sparkline(r.density) + " " + OneDecimal(r.author_hedges_per_1k) +
           "/1k words (reported " + OneDecimal(r.reported_hedges_per_1k) + "/1k)",
       out);
  Line("", out);

  // Two columns: the likelihood chart, and the actors with the author's stance.
  const std::string stance_head = r.evaluations ? "author: stance (n)" : "no evaluations found";
  Line(std::string(col.dim()) + Pad("Likelihood of the author's claims", kLeft) +
           Pad("Actors", 17) + Right("named", 6) + "  " + stance_head + col.reset(),
       out);
  const int64_t top = std::max<int64_t>(1, *std::max_element(r.levels.begin(), r.levels.end()));
  const size_t rows = static_cast<size_t>(kLevelCount);
  for (size_t row = 0; row < rows; ++row) {
    const int l = kLevelCount - 1 - static_cast<int>(row);
    const int64_t n = r.levels[l];
    const size_t bar = n ? std::max<size_t>(1, static_cast<size_t>(n * kBar / top)) : 0;
    const bool firm = l == static_cast<int>(Level::kAlmostCertain) || l == 0;
    const char* color = firm ? col.booster() : col.hedge();
    std::string line = Pad(LevelName(static_cast<Level>(l)), 17) + color + Repeat("\u2588", bar) +
                       col.reset() + std::string(kBar - bar, ' ') + Right(std::to_string(n), 4) +
                       std::string(kLeft - 17 - kBar - 4, ' ');
    std::string right;
    if (row < r.actors.size() && (row + 1 < rows || r.actors.size() == rows)) {
      const ReportActor& a = r.actors[row];
      right = Pad(ShortName(a, 17), 17) + Right(std::to_string(a.mentions), 6) + "  ";
      if (r.evaluations) {
        right += a.label;
        // How many evaluations: one evaluation makes a label, not a settled view.
        if (a.evaluated > 0) right += " (" + std::to_string(a.evaluated) + ")";
      } else {
        right += "-";
      }
    } else if (row + 1 == rows && r.actors.size() > rows) {
      right = std::string(col.dim()) + "+" + std::to_string(r.actors.size() - rows + 1) + " more" +
              col.reset();
    }
    Line(line + right, out);
  }
  Line("", out);

  if (r.confidence.empty()) {
    Line(std::string(col.dim()) + "Confidence statements: none" + col.reset(), out);
  } else {
    Line(std::string(col.dim()) + "Confidence statements: " + std::to_string(r.confidence.size()) +
             col.reset(),
         out);
    for (size_t k = 0; k < std::min(kShown, r.confidence.size()); ++k) {
      const ReportCue& q = r.cues[r.confidence[k]];
      const ReportClaim& c = r.claims[q.about];
      const std::string head = "  " + q.cls + " l." + std::to_string(c.line) + ": ";
      Line(head + Clip(doc.Text(c.span), kWidth - Columns(head)), out);
    }
  }
  if (r.recommendations.empty()) {
    Line(std::string(col.dim()) + "Recommendations: none" + col.reset(), out);
  } else {
    Line(Clip("Recommendations: " + std::to_string(r.recommendations.size()) + " (" +
                  Addressees(r) + ")",
              kWidth),
         out);
    for (size_t k = 0; k < std::min(kShown, r.recommendations.size()); ++k) {
      const ReportClaim& c = r.claims[r.recommendations[k]];
      const std::string head = "  " + Addressee(r, c) + " l." + std::to_string(c.line) + ": ";
      Line(head + Clip(doc.Text(c.span), kWidth - Columns(head)), out);
    }
  }
  Extremes(r, "Most confident", r.most_confident, "none: no boosted claim of the author's", col,
           out);
  Extremes(r, "Least confident", r.least_confident, "none: no hedged claim of the author's", col,
           out);
  Line("", out);
}

}  // namespace claimlens
