// The one file that knows the order of the stages: segment -> match -> context
// -> cue rules, sentence by sentence.
#include <algorithm>
#include <ctime>

#include "actors.h"
#include "chunked.h"
#include "claim_rules.h"
#include "claimlens/analysis.h"
#include "context.h"
#include "cues.h"
#include "match.h"
#include "remap.h"
#include "stance.h"

namespace claimlens {
namespace {

int CurrentYear() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return tm.tm_year + 1900;
}

}  // namespace

struct Analyzer::Impl : SentenceVisitor {
  Impl(const Lexicon& lexicon, std::unique_ptr<Segmenter> seg, Stages st)
      : lex(lexicon.compiled()),
        segmenter(std::move(seg)),
        stages(st),
        matcher(lex),
        context(lex),
        rules(lex, st.explain),
        actors(lex, st.explain),
        claims(lex, st.explain),
        stance(lex),
        pipeline(lexicon) {
    // Claims are made of cues and actors.
    if (stages.claims) stages.cues = stages.actors = true;
  }

  void OnSentence(const Sentence& s, const TokenList& tokens) override {
    matcher.Run(doc->text(), s.span, tokens, &analysis.matches);
    Analyse(s, tokens);
  }

  // A sentence segmented and matched on a helper thread (chunked runs).
  void OnWork(ChunkPipeline::Work& w) {
    const Span original = doc->remapped() ? doc->Original(w.span) : w.span;
    const Locator::Position at = sentence_locator->At(original.start);
    std::swap(analysis.matches, w.matches);
    Analyse(Sentence{next_index++, w.span, at.line, at.col, at.page}, w.tokens);
  }

  // Every stage after matching (analysis.matches holds the sentence's matches).
  void Analyse(const Sentence& s, const TokenList& tokens) {
    SentenceAnalysis& a = analysis;
    a.sentence = s;
    a.tokens = &tokens;
    context.Build(tokens, a.matches, doc->text());
    ClearResults(a);
    if (stages.cues) rules.Run(context, year, a.matches, &a.cues, &a.markers, &a.dropped);
    if (stages.actors) actors.Run(context, tokens, a.matches, &a.mentions, &a.dropped);
    if (stages.claims) {
      claims.Run(context, &a);
      if (stages.stance) stance.Run(context, claims.token_holders(), &a);
    }
    if (stages.explain) AddEndings(a);
    // From here on spans are offsets into the document's bytes.
    const TokenList* handed = &tokens;
    if (doc->remapped()) {
      RemapAnalysis(*doc, &a);
      mapped_tokens = tokens;
      RemapTokens(*doc, &mapped_tokens);
      handed = &mapped_tokens;
      a.tokens = handed;
    }
    Locate(a);
    a.words = 0;
    for (const Token& t : tokens.tokens) {
      a.words +=
          (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) && !t.has(Token::kClitic);
    }
    if (!stages.claims) {
      visitor->OnSentence(a);
      return;
    }
    // A claims run hands each sentence on one sentence late: a confidence
    // statement may speak of the judgement before it ("We have moderate
    // confidence in this judgement").
    if (pending_ready) {
      if (a.back_confidence != Confidence::kNone) {
        for (Claim& c : pending.claims) {
          if (c.confidence == Confidence::kNone) c.confidence = a.back_confidence;
        }
      }
      visitor->OnSentence(pending);
    }
    pending_tokens = *handed;
    std::swap(pending, analysis);
    swapped = !swapped;
    pending.tokens = &pending_tokens;
    pending_ready = true;
  }

  void Flush() {
    if (pending_ready) visitor->OnSentence(pending);
    pending_ready = false;
    // The two analyses trade places every sentence. Putting them back after an
    // odd count makes the next run of the same text reuse the same buffers, so
    // it allocates nothing new: a fuzzer's leak check runs only when a re-run
    // ends with more allocations than frees, and each check scans the heap.
    if (swapped) std::swap(pending, analysis);
    swapped = false;
    // Nor does a run leave its last sentences behind for the next to free:
    // then every run frees what it allocated, and the leak check has no
    // reason to run at all (it did for most runs of different inputs).
    for (SentenceAnalysis* a : {&analysis, &pending}) {
      a->matches.clear();
      ClearResults(*a);
    }
  }

  // For `lexicon explain`: the word endings that tagged words, as matches
  // among the others, before the first match that starts after them.
  void AddEndings(SentenceAnalysis& a) {
    endings.clear();
    context.AppendEndings(&endings);
    if (endings.empty()) return;
    merged.clear();
    size_t next = 0;
    for (const Match& m : a.matches) {
      while (!m.part && next < endings.size() && endings[next].begin < m.begin)
        merged.push_back(endings[next++]);
      merged.push_back(m);
    }
    merged.insert(merged.end(), endings.begin() + static_cast<std::ptrdiff_t>(next), endings.end());
    std::swap(a.matches, merged);
  }

  // Empties what the stages wrote into an analysis, keeping its buffers.
  static void ClearResults(SentenceAnalysis& a) {
    a.cues.clear();
    a.markers.clear();
    a.mentions.clear();
    a.holders.clear();
    a.claims.clear();
    a.dropped.clear();
    a.not_claims.clear();
  }

  // Line and column of everything that has a place: the locator walks forward,
  // so the places are visited in byte order.
  void Locate(SentenceAnalysis& a) {
    places.clear();
    for (Cue& c : a.cues) places.push_back({c.span.start, &c.line, &c.col, &c.page});
    for (Cue& c : a.markers) places.push_back({c.span.start, &c.line, &c.col, &c.page});
    for (Mention& m : a.mentions) places.push_back({m.span.start, &m.line, &m.col, &m.page});
    for (Claim& c : a.claims) places.push_back({c.span.start, &c.line, &c.col, &c.page});
    std::sort(places.begin(), places.end(),
              [](const Place& x, const Place& y) { return x.offset < y.offset; });
    for (const Place& p : places) {
      const Locator::Position at = locator->At(p.offset);
      *p.line = at.line;
      *p.col = at.col;
      *p.page = at.page;
    }
  }
  struct Place {
    uint32_t offset;
    uint32_t* line;
    uint32_t* col;
    uint32_t* page;
  };
  std::vector<Place> places;
  std::vector<Match> endings, merged;  // AddEndings' buffers

  const CompiledLexicon& lex;
  std::unique_ptr<Segmenter> segmenter;
  Stages stages;
  Matcher matcher;
  TokenContext context;
  CueRules rules;
  ActorRules actors;
  ClaimRules claims;
  StanceRules stance;
  SentenceAnalysis analysis;
  SentenceAnalysis pending;  // the sentence before, not yet handed on (claims runs)
  TokenList pending_tokens;
  TokenList mapped_tokens;  // a sentence's tokens with offsets into the bytes
  bool pending_ready = false;
  bool swapped = false;  // analysis and pending have traded places an odd number of times
  ChunkPipeline pipeline;
  unsigned threads = 1;
  uint32_t chunk_bytes = Analyzer::kChunkBytes;
  uint32_t next_index = 0;              // chunked runs number the sentences here
  Locator* sentence_locator = nullptr;  // and locate them (chunked runs)
  const Document* doc = nullptr;
  int year = 0;  // the document's year, or this year
  Locator* locator = nullptr;
  AnalysisVisitor* visitor = nullptr;
};

Result<std::unique_ptr<Analyzer>> Analyzer::Create(std::shared_ptr<const Lexicon> lexicon,
                                                   Stages stages) {
  std::string error;
  std::unique_ptr<Segmenter> segmenter = Segmenter::Create(lexicon->segmentation(), &error);
  if (!segmenter) return Diagnostic{Severity::kError, "", 0, 0, error};
  auto impl = std::make_unique<Impl>(*lexicon, std::move(segmenter), stages);
  return std::unique_ptr<Analyzer>(new Analyzer(std::move(lexicon), std::move(impl)));
}

Analyzer::Analyzer(std::shared_ptr<const Lexicon> lexicon, std::unique_ptr<Impl> impl)
    : lexicon_(std::move(lexicon)), impl_(std::move(impl)) {}

Analyzer::~Analyzer() = default;

void Analyzer::Run(const Document& doc, AnalysisVisitor& visitor) {
  Locator locator(doc);
  impl_->doc = &doc;
  impl_->year = doc.year() > 0 ? doc.year() : CurrentYear();
  impl_->locator = &locator;
  impl_->visitor = &visitor;
  impl_->analysis.doc = &doc;
  impl_->pending.doc = &doc;
  impl_->pending_ready = false;  // a run cut short (a closed pipe) leaves nothing behind
  ForgetDocument();
  Impl& impl = *impl_;
  if (impl.threads > 1 && doc.text().size() - doc.text_start() >= 2 * size_t{impl.chunk_bytes}) {
    const Segmenter::Plan plan = Segmenter::PlanChunks(doc, impl.chunk_bytes);
    Locator sentence_locator(doc);
    impl.sentence_locator = &sentence_locator;
    impl.next_index = 0;
    impl.pipeline.Run(doc, plan, impl.threads - 1,
                      [&impl](ChunkPipeline::Work& w) { impl.OnWork(w); });
  } else {
    impl.segmenter->Run(doc, /*with_tokens=*/true, impl, /*text_offsets=*/true);
  }
  impl.Flush();
  // An analyzer kept for the next document holds nothing of this one (a
  // program that analyses one document a day should not keep its names).
  ForgetDocument();
}

void Analyzer::ForgetDocument() {
  impl_->actors.StartDocument();
  impl_->claims.StartDocument();
  impl_->stance.StartDocument();
}

void Analyzer::SetThreads(unsigned threads, uint32_t chunk_bytes) {
  impl_->threads = std::max(1u, threads);
  impl_->chunk_bytes = std::max(1u, chunk_bytes);
}

}  // namespace claimlens
