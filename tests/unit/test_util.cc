#include "test_util.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace claimlens::test {

Segmenter& BuiltinSegmenter() {
  static std::unique_ptr<Segmenter> segmenter = [] {
    std::string error;
    auto s = Segmenter::Create(Lexicon::Builtin()->segmentation(), &error);
    if (!s) throw std::runtime_error(error);
    return s;
  }();
  return *segmenter;
}

std::unique_ptr<Analyzer> MakeAnalyzer(std::shared_ptr<const Lexicon> lexicon, Stages stages) {
  Result<std::unique_ptr<Analyzer>> made = Analyzer::Create(std::move(lexicon), stages);
  // The message is built only on failure: doctest evaluates a REQUIRE_MESSAGE's
  // message for passing checks too when -s asks for them, and error() of a
  // success throws.
  if (!made.ok()) FAIL(made.error().ToString());
  return std::move(made.value());
}

namespace {
class Collector : public SentenceVisitor {
 public:
  explicit Collector(Seg* out) : out_(out) {}
  void OnSentence(const Sentence& s, const TokenList& t) override {
    out_->sentences.push_back(s);
    out_->tokens.push_back(t.tokens);
    std::vector<std::string> norms;
    for (const Token& tok : t.tokens) norms.emplace_back(t.norm(tok));
    out_->norms.push_back(norms);
  }

 private:
  Seg* out_;
};
}  // namespace

Seg Segment(const Document& doc, bool with_tokens) {
  Seg seg;
  Collector c(&seg);
  BuiltinSegmenter().Run(doc, with_tokens, c);
  return seg;
}

std::vector<std::string> Sentences(const std::string& text) {
  Document doc = Document::FromString("t", text);
  std::vector<std::string> out;
  for (const Sentence& s : Segment(doc, false).sentences) out.push_back(doc.Text(s.span));
  return out;
}

std::vector<std::string> Tokens(const std::string& text) {
  Document doc = Document::FromString("t", text);
  std::vector<std::string> out;
  for (const auto& list : Segment(doc).tokens) {
    for (const Token& t : list) out.push_back(doc.Text(t.span));
  }
  return out;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string ReadBack(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string s;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
  return s;
}

std::string SourceDir() { return CLAIMLENS_SOURCE_DIR; }
std::string SharedDir() { return CLAIMLENS_SHARED_DIR; }

std::vector<LexiconFile> BuiltinFilesNamed(std::initializer_list<std::string_view> names) {
  std::vector<LexiconFile> files;
  for (const LexiconFile& f : BuiltinLexiconFiles()) {
    for (std::string_view n : names) {
      if (f.path.find(n) != std::string::npos) {
        files.push_back(f);
        break;
      }
    }
  }
  return files;
}

}  // namespace claimlens::test
