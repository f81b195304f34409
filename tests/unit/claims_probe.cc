// Helpers for the claims tests (claims_probe.h).
#include "claims_probe.h"

namespace claimlens::test {

std::vector<Got> Claims(const std::string& text, Analyzer* analyzer) {
  static std::unique_ptr<Analyzer> builtin = MakeAnalyzer();
  struct Collect : AnalysisVisitor {
    std::vector<Got> out;
    void OnSentence(const SentenceAnalysis& a) override {
      for (const Claim& c : a.claims) {
        const Holder& h = a.holders[c.holder];
        out.push_back({a.doc->Text(c.span),
                       h.id,
                       std::string(HolderTypeName(h.type)),
                       std::string(LevelId(c.level)),
                       std::string(ConfidenceId(c.confidence)),
                       c.addressee,
                       c.conditional ? a.doc->Text(c.condition) : "",
                       c.uncertain,
                       c.conditional,
                       c.recommendation,
                       {}});
        for (int o = h.outer; o >= 0; o = a.holders[static_cast<size_t>(o)].outer) {
          std::string& chain = out.back().chain;
          const std::string& id = a.holders[static_cast<size_t>(o)].id;
          chain = chain.empty() ? id : id + "," + chain;
          if (chain.size() > 256) break;  // a cycle would be a bug; the test then fails
        }
      }
    }
  } collect;
  Document doc = Document::FromString("t", text);
  (analyzer ? analyzer : builtin.get())->Run(doc, collect);
  return collect.out;
}

Got One(const std::string& text) {
  const auto all = Claims(text);
  REQUIRE(all.size() == 1);
  return all[0];
}

std::vector<std::string> Holders(const std::string& text) {
  std::vector<std::string> out;
  for (const Got& g : Claims(text)) out.push_back(g.type + "/" + g.holder);
  return out;
}

}  // namespace claimlens::test
