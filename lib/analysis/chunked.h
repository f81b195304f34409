// One large document on several threads. Segmenting and matching need nothing
// from the sentences before, so helper threads do them ahead on sentence-aligned
// chunks (Segmenter::PlanChunks); the rules that do need the sentences before
// (actors seen earlier, pronouns, the previous sentence's confidence) run on the
// calling thread, in document order. The result is the same as on one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/lexicon.h"
#include "claimlens/segment.h"
#include "compiled.h"
#include "match.h"

namespace claimlens {

class ChunkPipeline {
 public:
  // A sentence segmented and matched ahead: offsets into doc.text().
  struct Work {
    Span span;
    TokenList tokens;
    std::vector<Match> matches;
  };

  explicit ChunkPipeline(const Lexicon& lexicon);
  ~ChunkPipeline();

  // Calls consume(work) for every sentence of `doc`, in document order, on
  // this thread, while `helpers` threads segment and match the chunks of
  // `plan`. An exception from either side stops both and reaches the caller.
  void Run(const Document& doc, const Segmenter::Plan& plan, unsigned helpers,
           const std::function<void(Work&)>& consume);

 private:
  struct Helper;
  const Lexicon& lexicon_;
  std::vector<std::unique_ptr<Helper>> helpers_;  // kept from run to run
};

}  // namespace claimlens
