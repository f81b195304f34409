// The report as one self-contained HTML page: a summary with charts on top of
// each document, then its text with claims, cues and actors marked
// (report_html_essay.cc); the style sheet and script are inlined
// (report_html_assets.cc), so the page loads nothing else.
#include "report_html.h"

#include <algorithm>
#include <memory>

#include "report_format.h"
#include "text.h"

namespace claimlens {
namespace {

constexpr size_t kListed = 5;     // claims in each summary list
constexpr size_t kChips = 12;     // actor chips shown before "more"
constexpr size_t kChipName = 20;  // a longer name shows its acronym (the title has it whole)
constexpr size_t kQuote = 90;     // columns of a claim quoted in the summary

std::string Escaped(std::string_view text) {
  std::string out;
  AppendHtmlEscaped(text, &out);
  return out;
}

// A link to claim `i` of the article, with its line and a clipped quotation.
std::string ClaimLink(const ReportRecord& r, std::string_view id, uint32_t i) {
  const ReportClaim& c = r.claims[i];
  return "<a href=\"#" + Escaped(id) + "-c" + std::to_string(i) + "\">l." + std::to_string(c.line) +
         "</a> <span class=\"quote\">" + Escaped(Clip(r.doc->Text(c.span), kQuote)) + "</span>";
}

void Card(std::string_view heading, const std::string& body, std::string* out) {
  *out += "<section class=\"card\"><h2>";
  *out += heading;
  *out += "</h2>";
  *out += body;
  *out += "</section>\n";
}

std::string Shares(const ReportRecord& r) {
  const auto total = static_cast<int64_t>(r.claims.size());
  std::string bar = "<div class=\"stack\" role=\"img\" aria-label=\"shares of claims\">";
  std::string legend;
  for (int j = 0; j < kJudgementCount; ++j) {
    const std::string name(JudgementName(static_cast<Judgement>(j)));
    const double share = total ? 100.0 * static_cast<double>(r.judgements[j]) / total : 0;
    bar += "<span class=\"j-" + name + "\" style=\"width:" + OneDecimal(share) + "%\" title=\"" +
           name + ": " + std::to_string(r.judgements[j]) + "\"></span>";
    legend += "<span class=\"legend-row\"><span class=\"key j-" + name + "\"></span>" + name + " " +
              Percent(r.judgements[j], total) + " (" + std::to_string(r.judgements[j]) + ")</span>";
  }
  return bar + "</div>" + legend;
}

std::string Levels(const ReportRecord& r) {
  const int64_t top = std::max<int64_t>(1, *std::max_element(r.levels.begin(), r.levels.end()));
  std::string s = "<table class=\"levels\">";
  for (int l = kLevelCount; l-- > 0;) {
    const auto level = static_cast<Level>(l);
    const bool firm = level == Level::kAlmostCertain || level == Level::kAlmostNoChance;
    s += "<tr><td title=\"" + Escaped(r.labels[l]) + "\">" + LevelName(level) +
         "</td><td class=\"num\">" +
         (r.level_bands[l] ? FormatBand(*r.level_bands[l]) : std::string()) +
         "</td><td class=\"barcell\"><div class=\"lbar" + (firm ? " firm" : "") +
         "\" style=\"width:" + OneDecimal(100.0 * static_cast<double>(r.levels[l]) / top) +
         "%\"></div></td><td class=\"num\">" + std::to_string(r.levels[l]) + "</td></tr>";
  }
  return s + "</table>";
}

std::string Density(const ReportRecord& r) {
  std::string s = "<p>" + OneDecimal(r.author_hedges_per_1k) +
                  " hedges per 1,000 words in the author's voice, " +
                  OneDecimal(r.reported_hedges_per_1k) + " in the views it reports.</p>";
  if (r.density.empty()) return s;
  const double top = std::max(1e-9, *std::max_element(r.density.begin(), r.density.end()));
  const size_t n = r.density.size();
  s += "<svg class=\"spark\" viewBox=\"0 0 " + std::to_string(n * 10) +
       " 40\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"hedge density from the "
       "start to the end of the text\">";
  for (size_t i = 0; i < n; ++i) {
    const double h = std::max(0.5, 38.0 * r.density[i] / top);
    s += "<rect x=\"" + std::to_string(i * 10 + 1) + "\" y=\"" + OneDecimal(40 - h) +
         "\" width=\"8\" height=\"" + OneDecimal(h) + "\"><title>" + OneDecimal(r.density[i]) +
         " per 1,000 words</title></rect>";
  }
  return s + "</svg><div class=\"axis\"><span>start of the text</span><span>end</span></div>";
}

std::string Actors(const ReportRecord& r) {
  if (r.actors.empty()) return "<p class=\"none\">No actors named.</p>";
  std::string s;
  if (!r.evaluations) s += "<p class=\"none\">No evaluations found.</p>";
  s += "<div class=\"chips\">";
  for (size_t k = 0; k < r.actors.size(); ++k) {
    if (k == kChips) {
      s += "</div><details class=\"more\"><summary>" + std::to_string(r.actors.size() - kChips) +
           " more</summary><div class=\"chips\">";
    }
    const ReportActor& a = r.actors[k];
    const std::string label(a.label);
    s += "<button type=\"button\" class=\"chip\" aria-pressed=\"false\" data-actor=\"" +
         Escaped(a.id) + "\" title=\"" + Escaped(a.name) + " (" + Escaped(a.id) + "), " +
         std::string(MentionTypeName(a.type)) + "; the author's stance: " + label;
    if (a.evaluated > 0)
      s += " (" + OneDecimal(a.score) + " over " + std::to_string(a.evaluated) + ")";
    s += "\">" + Escaped(ShortName(a, kChipName)) + " <b>" + std::to_string(a.mentions) + "</b>";
    if (r.evaluations) s += " <span class=\"st-" + label + "\">" + label + "</span>";
    s += "</button>";
  }
  return s + (r.actors.size() > kChips ? "</div></details>" : "</div>");
}

std::string ClaimList(const ReportRecord& r, std::string_view id,
                      const std::vector<uint32_t>& claims, bool addressee) {
  if (claims.empty()) return "<p class=\"none\">None.</p>";
  std::string s = "<ol>";
  for (size_t k = 0; k < std::min(kListed, claims.size()); ++k) {
    const ReportClaim& c = r.claims[claims[k]];
    s += "<li>";
    if (addressee) {
      s += "<b>" + Escaped(Addressee(r, c)) + "</b>: ";
    } else {
      s += "<b>" + Escaped(Sureness(c)) + "</b> " + Escaped(QuotedCues(r, c)) + ": ";
    }
    s += ClaimLink(r, id, claims[k]) + "</li>";
  }
  s += "</ol>";
  if (claims.size() > kListed)
    s += "<p class=\"none\">and " + std::to_string(claims.size() - kListed) + " more</p>";
  return s;
}

std::string Statements(const ReportRecord& r, std::string_view id) {
  if (r.confidence.empty()) return "<p class=\"none\">None stated.</p>";
  std::string s = "<ul>";
  for (uint32_t i : r.confidence) {
    const ReportCue& q = r.cues[i];
    s += "<li><b>" + Escaped(q.cls) + "</b>: " + ClaimLink(r, id, q.about) + "</li>";
  }
  return s + "</ul>";
}

std::string Legend() {
  std::string s = "<p class=\"legend\">Cues: ";
  for (const char* kind : {"hedge", "booster", "negation", "condition", "attribution",
                           "recommendation", "evaluation", "confidence"}) {
    s += "<mark class=\"swatch k-" + std::string(kind) + "\">" + kind + "</mark>";
  }
  s += " \u00b7 <mark class=\"swatch k-hedge reported\">dashed</mark>: held by a reported source"
       " \u00b7 <span class=\"actor t-state\">actor</span> \u00b7 the bar before each claim: its"
       " likelihood band from 0 to 100% \u00b7 click a claim or cue for details</p>";
  return s;
}

// One printer a run: the page head before the first document, the script and
// the end after the last.
class HtmlReportPrinter final : public Printer<ReportRecord> {
 public:
  explicit HtmlReportPrinter(Output& out) : out_(out) {}
  void Print(const ReportRecord& r) override {
    page_.clear();
    if (count_ == 0) {
      const Document& doc = *r.doc;
      AppendHtmlHead(r.title.empty() ? doc.id() : doc.Text(r.title), r.scale, &page_);
    }
    AppendHtmlArticle(r, std::string("d").append(std::to_string(count_++)), &page_);
    out_.Write(page_);
    out_.MaybeFlush();
  }
  void Finish() override {
    if (count_ == 0) return;
    page_.clear();
    AppendHtmlTail(&page_);
    out_.Write(page_);
  }

 private:
  Output& out_;
  std::string page_;
  size_t count_ = 0;
};

}  // namespace

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  for (char ch : text) {
    switch (ch) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      case '\'':
        *out += "&#39;";
        break;
      default:
        *out += ch;
    }
  }
}

void AppendHtmlHead(std::string_view title, Scale scale, std::string* out) {
  *out +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"claimlens\">\n"
      "<link rel=\"icon\" href=\"data:,\">\n<title>";
  AppendHtmlEscaped(Clip(title, 120), out);
  *out += " \u2013 claimlens report</title>\n<style>";
  *out += kReportCss;
  *out += "</style>\n</head>\n<body data-scale=\"";
  *out += ScaleId(scale);
  *out += "\">\n";
}

void AppendHtmlTail(std::string* out) {
  *out +=
      "<aside id=\"detail\" hidden aria-live=\"polite\"><button type=\"button\" "
      "aria-label=\"close\">\u00d7</button><b>Details</b><dl></dl></aside>\n<script>";
  *out += kReportJs;
  *out += "</script>\n</body>\n</html>\n";
}

void AppendHtmlArticle(const ReportRecord& r, std::string_view id, std::string* out) {
  const Document& doc = *r.doc;
  *out += "<article id=\"" + Escaped(id) + "\" data-doc=\"" + Escaped(doc.id()) + "\">\n<h1>";
  *out += Escaped(r.title.empty() ? doc.id() : doc.Text(r.title)) + "</h1>\n<p class=\"facts\">";
  std::string by;
  for (const std::string& name : r.by) by += (by.empty() ? "By " : ", ") + Escaped(name);
  if (!by.empty()) *out += by + " \u00b7 ";
  *out += "<code>" + Escaped(doc.id()) + "</code> \u00b7 " + Grouped(r.words) + " words \u00b7 " +
          Counted(r.sentences, "sentence", "sentences") + " \u00b7 " +
          Counted(r.claims.size(), "claim", "claims") + " \u00b7 bands on the " +
          std::string(ScaleId(r.scale)) + " scale</p>\n<div class=\"summary\">\n";
  Card("Claims", Shares(r), out);
  Card("Likelihood of the author's claims", Levels(r), out);
  Card("The author's hedging through the text", Density(r), out);
  Card("Confidence statements", Statements(r, id), out);
  Card("Actors: mentions and the author's stance", Actors(r), out);
  Card("Recommendations", ClaimList(r, id, r.recommendations, true), out);
  Card("Most confident claims", ClaimList(r, id, r.most_confident, false), out);
  Card("Least confident claims", ClaimList(r, id, r.least_confident, false), out);
  *out += "</div>\n" + Legend() + "\n<div class=\"essay\">\n";
  AppendHtmlEssay(r, id, out);
  *out += "</div>\n</article>\n";
}

std::unique_ptr<Printer<ReportRecord>> MakeHtmlReportPrinter(Output& out) {
  return std::make_unique<HtmlReportPrinter>(out);
}

}  // namespace claimlens
