// The report: what the builder makes of a document's analysis, and how each
// printer shows it (one screen of text, Markdown tables, an HTML page whose
// highlights sit on the words).
#include "claimlens/report.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "claimlens/printer.h"
#include "report_html.h"
#include "test_util.h"

using namespace claimlens;

namespace {

constexpr char kMemo[] =
    "Why the Pact Will Hold\n"
    "By Jane Doe\n"
    "The pact will almost certainly hold. Officials in Tokyo said the talks could fail. "
    "The deal may collapse by spring. It is likely that prices rise. Japan should consult "
    "Seoul before the summit. We have moderate confidence in this judgement. Ministers meet "
    "on Mondays.\n";

ReportRecord Build(const Document& doc, Scale scale = Scale::kIcd203) {
  static std::unique_ptr<Analyzer> analyzer = test::MakeAnalyzer();
  ReportBuilder builder(doc, analyzer->lexicon(), scale);
  analyzer->Run(doc, builder);
  return builder.Finish();
}

std::string Text(const ReportRecord& r, Span span) { return r.doc->Text(span); }

// What a printer writes for `records`, read back from a temporary file.
std::string Print(Format format, const std::vector<const ReportRecord*>& records,
                  bool color = false) {
  std::FILE* file = std::tmpfile();
  {
    Output out(fileno(file));
    auto printer = MakePrinter<ReportRecord>(format, out, TextStyle{color});
    REQUIRE(printer);
    for (const ReportRecord* r : records) printer->Print(*r);
    printer->Finish();
    out.Flush();
  }
  const std::string s = test::ReadBack(file);
  std::fclose(file);
  return s;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("a report reads a memo: title, byline, how its claims read, levels, confidence") {
  const Document doc = Document::FromString("memo.txt", kMemo);
  const ReportRecord r = Build(doc);
  CHECK(Text(r, r.title) == "Why the Pact Will Hold");
  CHECK(r.by == std::vector<std::string>{"Jane Doe"});
  CHECK(r.claims.size() == 8);  // "By Jane Doe" is no claim of the text
  CHECK(r.judgements[static_cast<int>(Judgement::kAsserted)] == 3);
  CHECK(r.judgements[static_cast<int>(Judgement::kHedged)] == 3);      // may, likely, the statement
  CHECK(r.judgements[static_cast<int>(Judgement::kBoosted)] == 1);     // almost certainly
  CHECK(r.judgements[static_cast<int>(Judgement::kAttributed)] == 1);  // the officials' view
  CHECK(r.levels[static_cast<int>(Level::kAlmostCertain)] == 1);
  CHECK(r.levels[static_cast<int>(Level::kLikely)] == 1);
  // "could" is the officials' hedge, not the author's.
  CHECK(r.reported_hedges_per_1k > 0);
  REQUIRE(r.confidence.size() == 1);
  CHECK(r.cues[r.confidence[0]].cls == "moderate");
  CHECK(Text(r, r.claims[r.cues[r.confidence[0]].claim].span) ==
        "We have moderate confidence in this judgement.");
  // ... and says how sure the author is of the claim before it.
  CHECK(Text(r, r.claims[r.cues[r.confidence[0]].about].span) ==
        "Japan should consult Seoul before the summit.");
  REQUIRE(r.recommendations.size() == 1);
  CHECK(r.claims[r.recommendations[0]].addressee == "JPN");
}

TEST_CASE("the firmest claims are boosted ones, the weakest hedged ones nearest even chance") {
  const Document doc = Document::FromString("memo.txt", kMemo);
  const ReportRecord r = Build(doc);
  REQUIRE(r.most_confident.size() == 1);
  CHECK(Text(r, r.claims[r.most_confident[0]].span) == "The pact will almost certainly hold.");
  REQUIRE(r.least_confident.size() >= 2);
  CHECK(Text(r, r.claims[r.least_confident[0]].span) == "It is likely that prices rise.");
  CHECK(Text(r, r.claims[r.least_confident[1]].span) == "The deal may collapse by spring.");
}

TEST_CASE("an almost certain claim is boosted, whatever 'would' a relative clause adds") {
  const Document doc = Document::FromString(
      "memo.txt",
      "The buildup, which would include new bases, would almost certainly cause an arms race. "
      "The talks may fail.\n");
  const ReportRecord r = Build(doc);
  REQUIRE(r.claims.size() == 2);
  CHECK(r.claims[0].level == Level::kAlmostCertain);
  CHECK(r.claims[0].judgement == Judgement::kBoosted);
  REQUIRE(r.least_confident.size() == 1);
  CHECK(Text(r, r.claims[r.least_confident[0]].span) == "The talks may fail.");
}

TEST_CASE("actors leave out the byline's people; without evaluations every stance is neutral") {
  const Document doc = Document::FromString("memo.txt", kMemo);
  const ReportRecord r = Build(doc);
  std::vector<std::string> ids;
  for (const ReportActor& a : r.actors) ids.push_back(a.id);
  CHECK(ids == std::vector<std::string>{"JPN", "KOR"});
  CHECK_FALSE(r.evaluations);
  for (const ReportActor& a : r.actors) CHECK(a.label == "neutral");
  const std::string text = Print(Format::kText, {&r});
  CHECK(text.find("no evaluations found") != std::string::npos);
}

TEST_CASE("every cue of the report is its claim's cue, in text order, on its own words") {
  const Document doc = Document::FromString("memo.txt", kMemo);
  const ReportRecord r = Build(doc);
  REQUIRE_FALSE(r.cues.empty());
  for (size_t i = 1; i < r.cues.size(); ++i)
    CHECK(r.cues[i - 1].span.start <= r.cues[i].span.start);
  bool almost_certainly = false;
  for (const ReportCue& q : r.cues) {
    const ReportClaim& c = r.claims[q.claim];
    CHECK(q.span.start >= c.span.start);
    if (Text(r, q.span) == "almost certainly") {
      almost_certainly = true;
      CHECK(q.level == Level::kAlmostCertain);
      REQUIRE(q.band);
      CHECK(q.band->lo == 95);
      CHECK(q.perceived);  // what readers understand by the phrase
    }
  }
  CHECK(almost_certainly);
}

TEST_CASE("a title is a first line without a final period; a byline first is none") {
  {
    const Document doc =
        Document::FromString("q.txt", "Back Through Suez? Ships Return\nText here.\n");
    const ReportRecord r = Build(doc);
    CHECK(Text(r, r.title) == "Back Through Suez? Ships Return");
  }
  {
    const Document doc = Document::FromString("p.txt", "It may rain. It will pour.\nMore.\n");
    CHECK(Build(doc).title.empty());
  }
  {
    const Document doc = Document::FromString("b.txt", "By Jane Doe\nIt may rain.\n");
    CHECK(Build(doc).title.empty());
  }
}

TEST_CASE("the text report fits one screen of 80 columns, coloured only when asked") {
  std::string essay;
  REQUIRE(test::ReadFile(test::SourceDir() + "/corpus/indian-ocean-basing.txt", &essay));
  const Document doc = Document::FromString("corpus/indian-ocean-basing.txt", essay);
  const ReportRecord r = Build(doc);
  const std::string text = Print(Format::kText, {&r});
  const std::vector<std::string> lines = Lines(text);
  CHECK(lines.size() <= 23);
  for (const std::string& line : lines) CHECK(CodePoints(line) <= 80);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("Confidence statements: 5") != std::string::npos);
  CHECK(Print(Format::kText, {&r}, true).find("\x1b[") != std::string::npos);
}

TEST_CASE("the text report names actors and addressees as people know them, with the stance") {
  const Document doc = Document::FromString(
      "memo.txt",
      "The North Atlantic Treaty Organization should stay in Europe. Russia's reckless "
      "aggression has destabilized the region. Analysts said Japan was a reliable partner.\n");
  const ReportRecord r = Build(doc);
  REQUIRE(r.evaluations);
  const std::string text = Print(Format::kText, {&r});
  // The acronym where the name does not fit; the author's stance with how many
  // evaluations it rests on; the analysts' praise of Japan is theirs.
  CHECK(text.find("NATO l.1: The North Atlantic") != std::string::npos);
  CHECK(text.find("Recommendations: 1 (NATO 1)") != std::string::npos);
  CHECK(text.find("unfavorable (1)") != std::string::npos);
  for (const ReportActor& a : r.actors) {
    if (a.id == "RUS") CHECK(a.label == "unfavorable");
    if (a.id == "JPN") CHECK(a.label == "neutral");
  }
  CHECK(text.find("Most confident  none: no boosted claim") != std::string::npos);
  CHECK(text.find("Least confident none: no hedged claim") != std::string::npos);
}

TEST_CASE("the text report counts each member of an addressee list") {
  const Document doc = Document::FromString(
      "memo.txt", "Beijing and Moscow should talk.\n\nWashington and Moscow should listen.\n");
  const ReportRecord r = Build(doc);
  const std::string text = Print(Format::kText, {&r});
  CHECK(text.find("Recommendations: 2 (Russia 2, China 1, United States 1)") != std::string::npos);
  CHECK(text.find("China, Russia l.1: Beijing and Moscow") != std::string::npos);
}

TEST_CASE("Markdown: tables, with the writer's punctuation escaped") {
  const Document doc = Document::FromString("m.txt", "Pipes | and <tags> *here*\nIt may rain.\n");
  const ReportRecord r = Build(doc);
  const std::string md = Print(Format::kMarkdown, {&r, &r});
  CHECK(md.rfind("# Pipes \\| and &lt;tags&gt; \\*here\\*\n", 0) == 0);
  CHECK(md.find("| asserted | hedged | boosted | attributed |") != std::string::npos);
  CHECK(md.find("\n---\n") != std::string::npos);  // a rule between documents
}

TEST_CASE("HTML: one page for all documents, no tsv, and jsonl as one object a document") {
  const Document doc = Document::FromString("a&b.txt", kMemo);
  const ReportRecord r = Build(doc);
  const std::string html = Print(Format::kHtml, {&r, &r});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  size_t articles = 0;
  for (size_t p = html.find("<article"); p != std::string::npos; p = html.find("<article", p + 1))
    ++articles;
  CHECK(articles == 2);
  CHECK(html.find("</html>") == html.size() - 8);
  CHECK(html.find("data-doc=\"a&amp;b.txt\"") != std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // nothing to fetch
  const std::string jsonl = Print(Format::kJsonl, {&r, &r});
  CHECK(Lines(jsonl).size() == 2);
  CHECK(jsonl.rfind("{\"doc\":\"a&b.txt\",\"title\":\"Why the Pact Will Hold\"", 0) == 0);
  Output out(-1);
  CHECK(MakePrinter<ReportRecord>(Format::kTsv, out) == nullptr);
}

TEST_CASE("HTML essay: marks sit on their bytes, crossing marks reopen, text is escaped") {
  const Document doc = Document::FromString("x", "Say <b> & \"it\" crosses here\nnext line");
  ReportRecord r;
  r.doc = &doc;
  ReportClaim claim;
  claim.span = {0, 37};  // across the line break
  r.claims.push_back(claim);
  ReportCue cue;
  cue.span = {4, 14};  // <b> & "it"
  cue.kind = "hedge";
  cue.holder = "author";
  r.cues.push_back(cue);
  r.mentions.push_back(
      {{11, 22}, "X", "Ex", MentionType::kState});  // it" crosses: across the cue's end
  std::string html;
  AppendHtmlEssay(r, "d0", &html);
  // Tags nest: every close matches the last open.
  std::vector<std::string> stack;
  std::string cue_text, text;
  bool in_cue = false;  // inside the one <mark>, in any of its pieces
  for (size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      const size_t end = html.find('>', i);
      REQUIRE(end != std::string::npos);
      const std::string tag = html.substr(i + 1, end - i - 1);
      if (tag[0] == '/') {
        REQUIRE_FALSE(stack.empty());
        CHECK(stack.back() == tag.substr(1));
        stack.pop_back();
      } else {
        stack.push_back(tag.substr(0, tag.find(' ')));
      }
      in_cue = std::find(stack.begin(), stack.end(), "mark") != stack.end();
      i = end + 1;
    } else {
      const size_t end = std::min(html.find('<', i), html.size());
      text += html.substr(i, end - i);
      if (in_cue) cue_text += html.substr(i, end - i);
      i = end;
    }
  }
  CHECK(stack.empty());
  CHECK(cue_text == "&lt;b&gt; &amp; &quot;it&quot;");
  CHECK(text == "Say &lt;b&gt; &amp; &quot;it&quot; crosses here\nnext line\n");
  // The mention is closed at the cue's end and opened again after it.
  CHECK(html.find("it&quot;</span></mark><span class=\"actor") != std::string::npos);
  CHECK(html.find("id=\"d0-c0\"") == html.rfind("id=\"d0-c0\""));  // the claim's id once
  CHECK(html.find("</p>\n<p>") != std::string::npos);              // one paragraph a line
}
