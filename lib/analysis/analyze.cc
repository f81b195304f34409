// The one file that knows the order of the stages: segment -> match -> context
// -> cue rules, sentence by sentence.
#include "actors.h"
#include "claimlens/analysis.h"
#include "context.h"
#include "cues.h"
#include "match.h"

namespace claimlens {

struct Analyzer::Impl : SentenceVisitor {
  Impl(const Lexicon& lexicon, Segmenter& seg, Stages st)
      : lex(lexicon.compiled()),
        segmenter(seg),
        stages(st),
        matcher(lex),
        context(lex),
        rules(lex),
        actors(lex, st.explain) {}

  void OnSentence(const Sentence& s, const TokenList& tokens) override {
    SentenceAnalysis& a = analysis;
    a.sentence = s;
    a.tokens = &tokens;
    matcher.Run(doc->bytes(), s.span, tokens, &a.matches);
    context.Build(tokens, a.matches, doc->bytes());
    a.dropped.clear();
    a.cues.clear();
    a.mentions.clear();
    if (stages.cues) rules.Run(context, a.matches, &a.cues, &a.dropped);
    if (stages.actors) actors.Run(context, tokens, a.matches, &a.mentions, &a.dropped);
    // Cues and mentions each come in order; locate them in one forward pass.
    size_t ci = 0, mi = 0;
    while (ci < a.cues.size() || mi < a.mentions.size()) {
      const bool cue = mi >= a.mentions.size() ||
                       (ci < a.cues.size() && a.cues[ci].span.start <= a.mentions[mi].span.start);
      uint32_t* line = cue ? &a.cues[ci].line : &a.mentions[mi].line;
      uint32_t* col = cue ? &a.cues[ci].col : &a.mentions[mi].col;
      const Locator::Position p =
          locator->At(cue ? a.cues[ci++].span.start : a.mentions[mi++].span.start);
      *line = p.line;
      *col = p.col;
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
  Stages stages;
  Matcher matcher;
  TokenContext context;
  CueRules rules;
  ActorRules actors;
  SentenceAnalysis analysis;
  const Document* doc = nullptr;
  Locator* locator = nullptr;
  AnalysisVisitor* visitor = nullptr;
};

Analyzer::Analyzer(std::shared_ptr<const Lexicon> lexicon, Segmenter& segmenter, Stages stages)
    : lexicon_(std::move(lexicon)), impl_(std::make_unique<Impl>(*lexicon_, segmenter, stages)) {}

Analyzer::~Analyzer() = default;

void Analyzer::Run(const Document& doc, AnalysisVisitor& visitor) {
  Locator locator(doc);
  impl_->doc = &doc;
  impl_->locator = &locator;
  impl_->visitor = &visitor;
  impl_->analysis.doc = &doc;
  impl_->actors.StartDocument();
  impl_->segmenter.Run(doc, /*with_tokens=*/true, *impl_);
}

}  // namespace claimlens
