// The report as a Markdown document: the text report's parts as headings and
// tables (GitHub-flavoured), with longer lists than one screen allows.
#include <algorithm>
#include <memory>

#include "report_format.h"
#include "text.h"

namespace claimlens {
namespace {

constexpr size_t kActors = 20;  // rows of the actors table
constexpr size_t kClip = 160;   // columns of a quoted claim

// `text` on one line, safe in a table cell or running text: Markdown's
// punctuation is escaped and HTML's angle brackets are entities.
std::string Escape(std::string_view text) {
  std::string line, out;
  AppendOneLine(text, &line);
  for (char ch : line) {
    switch (ch) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '#':
      case '~':
      case '!':
        out += '\\';
        out += ch;
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string Quote(const ReportRecord& r, Span span) {
  return "\u201c" + Escape(Clip(r.doc->Text(span), kClip)) + "\u201d";
}

void Claims(const ReportRecord& r, std::string_view heading, const std::vector<uint32_t>& claims,
            std::string* out) {
  *out += "\n## ";
  *out += heading;
  *out += "\n\n";
  if (claims.empty()) {
    *out += "None.\n";
    return;
  }
  *out += "| line | likelihood | cues | claim |\n| ---: | --- | --- | --- |\n";
  for (uint32_t i : claims) {
    const ReportClaim& c = r.claims[i];
    *out += "| " + std::to_string(c.line) + " | " + Escape(Sureness(c)) + " | " +
            Escape(QuotedCues(r, c)) + " | " + Quote(r, c.span) + " |\n";
  }
}

void AppendMarkdown(const ReportRecord& r, std::string* out) {
  const Document& doc = *r.doc;
  *out += "# " + Escape(r.title.empty() ? doc.id() : doc.Text(r.title)) + "\n\n";
  std::string by;
  for (const std::string& name : r.by) by += (by.empty() ? "By " : ", ") + Escape(name);
  if (!by.empty()) *out += by + " \u00b7 ";
  *out += "`" + Escape(doc.id()) + "` \u00b7 " + Grouped(r.words) + " words \u00b7 " +
          Counted(r.sentences, "sentence", "sentences") + " \u00b7 " +
          Counted(r.claims.size(), "claim", "claims") + "\n";

  *out += "\n## Claims\n\n| asserted | hedged | boosted | attributed |\n";
  *out += "| ---: | ---: | ---: | ---: |\n|";
  const auto total = static_cast<int64_t>(r.claims.size());
  for (int j = 0; j < kJudgementCount; ++j)
    out->append(" ")
        .append(Percent(r.judgements[j], total))
        .append(" (")
        .append(std::to_string(r.judgements[j]))
        .append(") |");
  *out += "\n\nThe author's hedges through the text, per 1,000 words: " + Sparkline(r.density) +
          " (" + OneDecimal(r.author_hedges_per_1k) + " on average; in the views it reports " +
          OneDecimal(r.reported_hedges_per_1k) + ")\n";

  *out += "\n## Likelihood of the author's claims\n\n";
  *out += "| level | " + Escape(ScaleId(r.scale)) + " | band | claims | |\n";
  *out += "| --- | --- | ---: | ---: | --- |\n";
  const int64_t top = std::max<int64_t>(1, *std::max_element(r.levels.begin(), r.levels.end()));
  for (int l = kLevelCount; l-- > 0;) {
    const int64_t n = r.levels[l];
    std::string bar;
    for (int64_t k = 0; k < (n ? std::max<int64_t>(1, n * 20 / top) : 0); ++k) bar += "\u2588";
    *out += "| " + LevelName(static_cast<Level>(l)) + " | " + Escape(r.labels[l]) + " | " +
            (r.level_bands[l] ? FormatBand(*r.level_bands[l]) : "") + " | " + std::to_string(n) +
            " | " + bar + " |\n";
  }

  *out += "\n## Confidence statements\n\n";
  if (r.confidence.empty()) {
    *out += "None.\n";
  } else {
    *out += "| line | confidence | about the claim |\n| ---: | --- | --- |\n";
    for (uint32_t i : r.confidence) {
      const ReportCue& q = r.cues[i];
      const ReportClaim& c = r.claims[q.about];
      *out +=
          "| " + std::to_string(c.line) + " | " + Escape(q.cls) + " | " + Quote(r, c.span) + " |\n";
    }
  }

  *out += "\n## Actors\n\n";
  if (!r.evaluations) *out += "No evaluations found: the author's stance is not known.\n\n";
  if (r.actors.empty()) {
    *out += "None named.\n";
  } else {
    *out += "| actor | id | type | mentions | author's stance | score | evaluations |\n";
    *out += "| --- | --- | --- | ---: | --- | ---: | ---: |\n";
    for (size_t k = 0; k < std::min(kActors, r.actors.size()); ++k) {
      const ReportActor& a = r.actors[k];
      *out += "| " + Escape(a.name) + " | " + Escape(a.id) + " | " +
              std::string(MentionTypeName(a.type)) + " | " + std::to_string(a.mentions) + " | " +
              a.label + " | " + OneDecimal(a.score) + " | " + std::to_string(a.evaluated) + " |\n";
    }
    if (r.actors.size() > kActors)
      *out += "\nAnd " + Counted(r.actors.size() - kActors, "more actor", "more actors") + ".\n";
  }

  *out += "\n## Recommendations\n\n";
  if (r.recommendations.empty()) {
    *out += "None.\n";
  } else {
    *out += "| line | to | recommendation |\n| ---: | --- | --- |\n";
    for (uint32_t i : r.recommendations) {
      const ReportClaim& c = r.claims[i];
      *out += "| " + std::to_string(c.line) + " | " + Escape(Addressee(r, c)) + " | " +
              Quote(r, c.span) + " |\n";
    }
  }
  Claims(r, "Most confident claims", r.most_confident, out);
  Claims(r, "Least confident claims", r.least_confident, out);
}

class MarkdownReportPrinter final : public Printer<ReportRecord> {
 public:
  explicit MarkdownReportPrinter(Output& out) : out_(out) {}
  void Print(const ReportRecord& r) override {
    text_.clear();
    if (count_++ > 0) text_ += "\n---\n\n";  // a rule between documents
    AppendMarkdown(r, &text_);
    out_.Write(text_);
    out_.MaybeFlush();
  }

 private:
  Output& out_;
  std::string text_;
  size_t count_ = 0;
};

}  // namespace

std::unique_ptr<Printer<ReportRecord>> MakeMarkdownReportPrinter(Output& out) {
  return std::make_unique<MarkdownReportPrinter>(out);
}

}  // namespace claimlens
