// The one file that knows the order of the stages: segment -> match -> context
// -> cue rules, sentence by sentence.
#include "claimlens/analysis.h"
#include "context.h"
#include "cues.h"
#include "match.h"

namespace claimlens {

struct Analyzer::Impl : SentenceVisitor {
  Impl(const Lexicon& lexicon, Segmenter& seg)
      : lex(lexicon.compiled()), segmenter(seg), matcher(lex), context(lex), rules(lex) {}

  void OnSentence(const Sentence& s, const TokenList& tokens) override {
    SentenceAnalysis& a = analysis;
    a.sentence = s;
    a.tokens = &tokens;
    matcher.Run(doc->bytes(), s.span, tokens, &a.matches);
    context.Build(tokens, a.matches, doc->bytes());
    rules.Run(context, a.matches, &a.cues, &a.dropped);
    for (Cue& c : a.cues) {
      const Locator::Position p = locator->At(c.span.start);
      c.line = p.line;
      c.col = p.col;
    }
    a.words = 0;
    for (const Token& t : tokens.tokens) {
      a.words +=
          (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) && !t.has(Token::kClitic);
    }
    visitor->OnSentence(a);
  }

  const CompiledLexicon& lex;
  Segmenter& segmenter;
  Matcher matcher;
  TokenContext context;
  CueRules rules;
  SentenceAnalysis analysis;
  const Document* doc = nullptr;
  Locator* locator = nullptr;
  AnalysisVisitor* visitor = nullptr;
};

Analyzer::Analyzer(std::shared_ptr<const Lexicon> lexicon, Segmenter& segmenter)
    : lexicon_(std::move(lexicon)), impl_(std::make_unique<Impl>(*lexicon_, segmenter)) {}

Analyzer::~Analyzer() = default;

void Analyzer::Run(const Document& doc, AnalysisVisitor& visitor) {
  Locator locator(doc);
  impl_->doc = &doc;
  impl_->locator = &locator;
  impl_->visitor = &visitor;
  impl_->analysis.doc = &doc;
  impl_->segmenter.Run(doc, /*with_tokens=*/true, *impl_);
}

}  // namespace claimlens
