// One document on several threads (Analyzer::SetThreads): the chunks' analysis,
// handed on in order, is exactly the one-thread analysis, whatever the chunk size.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/input.h"
#include "test_util.h"

using namespace claimlens;

namespace {

std::string S(Span s) { return std::to_string(s.start) + "-" + std::to_string(s.end); }

// Everything a sentence's analysis holds that a printer could show, one line each.
class Dump : public AnalysisVisitor {
 public:
  void OnSentence(const SentenceAnalysis& a) override {
    const Sentence& s = a.sentence;
    out += "S " + std::to_string(s.index) + " " + S(s.span) + " " + std::to_string(s.line) + ":" +
           std::to_string(s.col) + ":" + std::to_string(s.page) + " words " +
           std::to_string(a.words) + "\n";
    for (const Token& t : a.tokens->tokens)
      out += " t " + S(t.span) + " " + std::string(a.tokens->norm(t)) + "\n";
    for (const Match& m : a.matches)
      out += " m " + std::to_string(m.begin) + " " + std::to_string(m.end) + " " +
             std::to_string(m.entry) + (m.part ? "p" : "") + "\n";
    for (const auto* list : {&a.cues, &a.markers}) {
      for (const Cue& c : *list)
        out += " c " + std::string(CueClassName(c.cls)) + " " + S(c.span) + " " +
               std::to_string(c.line) + ":" + std::to_string(c.col) + " " + c.phrase + " h" +
               std::to_string(c.holder) + " l" + std::to_string(static_cast<int>(c.level)) +
               (c.negated ? " neg" : "") + "\n";
    }
    for (const Mention& m : a.mentions)
      out += " a " + m.id + " " + std::string(MentionTypeName(m.type)) + " " + S(m.span) + " " +
             std::to_string(m.line) + ":" + std::to_string(m.col) + " " + m.how + " " + m.role +
             "\n";
    for (const Holder& h : a.holders) out += " h " + h.id + " " + S(h.text) + "\n";
    for (const Claim& c : a.claims) {
      out += " claim " + S(c.span) + " " + std::to_string(c.line) + ":" + std::to_string(c.col) +
             " h" + std::to_string(c.holder) + " l" + std::to_string(static_cast<int>(c.level)) +
             " conf" + std::to_string(static_cast<int>(c.confidence)) +
             (c.uncertain ? " unc" : "") + (c.conditional ? " cond" : "") +
             (c.recommendation ? " rec " + c.addressee : "");
      for (const std::string& id : c.actors) out += " " + id;
      for (const StanceItem& st : c.stance)
        out += " st " + st.actor + " " + std::to_string(st.polarity) + " " + S(st.cue);
      out += "\n";
    }
  }
  std::string out;
};

std::string Analyse(Analyzer& analyzer, const Document& doc) {
  Dump dump;
  analyzer.Run(doc, dump);
  return dump.out;
}

// Every corpus essay, real text and end-to-end input (text, Markdown, HTML).
std::vector<Document> Documents() {
  std::vector<std::string> paths;
  const std::string src = test::SourceDir();
  for (const char* dir : {"/corpus", "/bench/realtext", "/tests/cases"}) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(src + dir)) {
      const std::string ext = e.path().extension().string();
      if (e.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm"))
        paths.push_back(e.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  InputReader reader(paths, InputOptions{}, [](const Diagnostic&) {});
  std::vector<Document> docs;
  while (auto doc = reader.Next()) docs.push_back(std::move(*doc));
  return docs;
}

}  // namespace

TEST_CASE("a document cut into chunks on helper threads is analysed exactly as on one thread") {
  const std::vector<Document> docs = Documents();
  REQUIRE(docs.size() > 60);
  auto one = test::MakeAnalyzer();
  auto many = test::MakeAnalyzer();
  size_t chunked = 0;
  for (const Document& doc : docs) {
    const std::string expected = Analyse(*one, doc);
    // Chunks of one byte cut at every line a sentence may start at.
    for (const uint32_t chunk : {1u, 200u, 5000u}) {
      for (const unsigned threads : {2u, 4u}) {
        many->SetThreads(threads, chunk);
        const std::string got = Analyse(*many, doc);
        if (got != expected) {
          FAIL_CHECK(doc.id() << ": chunks of " << chunk << " bytes on " << threads
                              << " threads differ");
          break;
        }
      }
    }
    chunked += Segmenter::PlanChunks(doc, 1).chunks.size() > 2;
  }
  // Most inputs were really cut (one-line inputs cannot be).
  CHECK(chunked * 2 > docs.size());
}

TEST_CASE("chunks start only where the whole document starts a sentence after a hard line end") {
  // A hard-wrapped paragraph: its line ends are soft, so no chunk starts inside it.
  std::string text = "A Title\n\n";
  for (int i = 0; i < 12; ++i)
    text += "the alliance would almost certainly weigh the cost of deterrence over\n";
  text += "the decade.\n\nA short closing line.\n";
  const Document doc = Document::FromString("wrapped", text);
  const Segmenter::Plan plan = Segmenter::PlanChunks(doc, 1);
  REQUIRE(!plan.soft_line_ends.empty());
  std::vector<uint32_t> starts;
  for (const Span& c : plan.chunks) starts.push_back(c.start);
  const uint32_t closing = static_cast<uint32_t>(text.find("A short"));
  CHECK(starts == std::vector<uint32_t>{0, 8, 9, closing - 1, closing});
  CHECK(plan.chunks.back().end == text.size());
}

TEST_CASE("an exception from the visitor in a chunked run stops the helpers and reaches the caller") {
  // What a closed pipe does to a run: the reader is gone, the helpers must stop.
  struct Stop : AnalysisVisitor {
    void OnSentence(const SentenceAnalysis&) override {
      if (++seen == 5) throw std::runtime_error("reader went away");
    }
    int seen = 0;
  };
  std::string text;
  for (int i = 0; i < 400; ++i) text += "Beijing would likely object to the plan.\n";
  const Document doc = Document::FromString("long", text);
  auto analyzer = test::MakeAnalyzer();
  analyzer->SetThreads(3, 100);
  Stop stop;
  CHECK_THROWS_AS(analyzer->Run(doc, stop), std::runtime_error);
  CHECK(stop.seen == 5);
  // The analyzer is still usable afterwards, and gives every sentence.
  Dump dump;
  analyzer->Run(doc, dump);
  size_t sentences = 0;
  for (size_t at = 0; (at = dump.out.find("S ", at)) != std::string::npos; ++at)
    sentences += at == 0 || dump.out[at - 1] == '\n';
  CHECK(sentences == 400);
}
