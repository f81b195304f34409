// The printers: every format of a record from the same values, TSV headers,
// grouped records, and the formats a record does not have.
#include "claimlens/printer.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "test_util.h"
#include "text.h"

using namespace claimlens;

namespace {

// What a printer writes, read back from a temporary file.
class Captured {
 public:
  Captured() : file_(std::tmpfile()), out_(std::make_unique<Output>(fileno(file_))) {}
  ~Captured() { std::fclose(file_); }
  Output& out() { return *out_; }
  std::string Text() {
    out_->Flush();
    return test::ReadBack(file_);
  }

 private:
  std::FILE* file_;
  std::unique_ptr<Output> out_;
};

template <typename Record>
std::string Print(Format format, const std::vector<Record>& records) {
  Captured c;
  auto printer = MakePrinter<Record>(format, c.out());
  REQUIRE(printer);
  for (const Record& r : records) printer->Print(r);
  return c.Text();
}

}  // namespace

TEST_CASE("a sentence in every format, from the same record") {
  Sentence s;
  s.index = 2;
  s.span = {10, 24};
  s.line = 3;
  s.col = 5;
  const SentenceRecord r{"a.txt", s, "It may\train."};
  CHECK(Print<SentenceRecord>(Format::kText, {r}) == "a.txt:3:5: It may rain.\n");
  CHECK(Print<SentenceRecord>(Format::kJsonl, {r}) ==
        "{\"doc\":\"a.txt\",\"sentence\":2,\"start\":10,\"end\":24,\"line\":3,\"col\":5,"
        "\"text\":\"It may\\train.\",\"page\":null}\n");
  CHECK(Print<SentenceRecord>(Format::kTsv, {r}) ==
        "doc\tsentence\tstart\tend\tline\tcol\ttext\tpage\n"
        "a.txt\t2\t10\t24\t3\t5\tIt may\\train.\t\n");
  s.page = 4;  // a sentence of a PDF
  CHECK(Print<SentenceRecord>(Format::kJsonl, {SentenceRecord{"a.pdf", s, "x"}})
            .find(",\"page\":4}") != std::string::npos);
}

TEST_CASE("a TSV printer writes its header even when no record follows") {
  CHECK(Print<HedgeRecord>(Format::kTsv, {}) ==
        "doc\tsentence\tstart\tend\tline\tcol\tkind\ttext\tlevel\tlo\thi\tnegated\tclass\tholder\tpage\n");
  CHECK(Print<HedgeRecord>(Format::kJsonl, {}).empty());
}

TEST_CASE("a record of rows prints a machine line a row and one text line") {
  const Document doc = Document::FromString("d", "NATO’s view.");
  std::vector<Sentence> sentences;
  std::vector<TokenList> tokens;
  struct Keep : SentenceVisitor {
    std::vector<Sentence>* s;
    std::vector<TokenList>* t;
    void OnSentence(const Sentence& sentence, const TokenList& list) override {
      s->push_back(sentence);
      t->push_back(list);
    }
  } keep;
  keep.s = &sentences;
  keep.t = &tokens;
  test::BuiltinSegmenter().Run(doc, true, keep);
  REQUIRE(sentences.size() == 1);
  const SentenceTokensRecord r{&doc, &sentences[0], &tokens[0]};
  CHECK(Print<SentenceTokensRecord>(Format::kText, {r}) == "d:1:1: NATO | ’s | view | .\n");
  const std::string tsv = Print<SentenceTokensRecord>(Format::kTsv, {r});
  CHECK(tsv.substr(0, tsv.find('\n')) == "doc\tsentence\tstart\tend\tkind\ttext\tnorm");
  CHECK(std::count(tsv.begin(), tsv.end(), '\n') == 5);  // the header and 4 tokens
  CHECK(Print<SentenceTokensRecord>(Format::kJsonl, {r})
            .find("{\"doc\":\"d\",\"sentence\":0,"
                  "\"start\":4,\"end\":8,\"kind\":"
                  "\"word\",\"text\":\"’s\",\"norm\":"
                  "\"'s\"}\n") != std::string::npos);
}

TEST_CASE("a format a record does not have gives no printer") {
  Captured c;
  CHECK(!MakePrinter<SentenceRecord>(Format::kHtml, c.out()));
  CHECK(!MakePrinter<HedgeRecord>(Format::kMarkdown, c.out()));
  CHECK(!MakePrinter<ExplainRecord>(Format::kJsonl, c.out()));  // explain is text only
  CHECK(MakePrinter<ExplainRecord>(Format::kText, c.out()));
  CHECK(c.Text().empty());
}

TEST_CASE("counts read as English: 1 word, 1 sentence, 2 entries") {
  DocStats one("d");
  one.AddSentence(1, {});
  const std::vector<double> density = {0};
  const std::string text = Print<StatsRecord>(Format::kText, {StatsRecord{&one, &density}});
  CHECK(text.find("d: 1 word, 1 sentence;") == 0);
  CHECK(Print<CheckRecord>(Format::kText, {CheckRecord{"x.tsv", 1, 2, 1}}) ==
        "x.tsv: 1 error, 2 entries, 1 actor\n");
  CHECK(Print<CheckRecord>(Format::kText, {CheckRecord{"", 0, 1, 2}}) == "1 entry, 2 actors: ok\n");
}

TEST_CASE("format names round-trip") {
  for (std::string_view name : FormatNames()) {
    REQUIRE(ParseFormat(name));
    CHECK(FormatName(*ParseFormat(name)) == name);
  }
  CHECK(!ParseFormat("yaml"));
}

TEST_CASE("text lines: a run of line ends and tabs reads as one space; the rest as it is") {
  const auto one_line = [](std::string_view text) {
    std::string out = "> ";
    AppendOneLine(text, &out);
    return out;
  };
  CHECK(one_line("Moscow may\r\n\tescalate.") == "> Moscow may escalate.");
  CHECK(one_line("\n\nlead and tail\n") == ">  lead and tail ");
  CHECK(one_line("two spaces \nstay") == "> two spaces  stay");
  CHECK(one_line("caf\xc3\xa9\n\xe2\x80\x94 dash") == "> caf\xc3\xa9 \xe2\x80\x94 dash");
  CHECK(one_line("") == "> ");
  std::string location;
  AppendLocation(Colors(TextStyle{}), "a.txt", 1204, 7, &location);
  CHECK(location == "a.txt:1204:7: ");
}
