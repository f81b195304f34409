#include "chunked.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

namespace claimlens {

// A helper thread's own segmenter and matcher (neither may be shared).
struct ChunkPipeline::Helper : SentenceVisitor {
  Helper(std::unique_ptr<Segmenter> s, const CompiledLexicon& lex)
      : segmenter(std::move(s)), matcher(lex) {}

  // Segments and matches one chunk into `out`, reusing its storage.
  void Fill(const Document& doc, const Segmenter::Plan& plan, size_t chunk, std::vector<Work>* out,
            size_t* count) {
    doc_ = &doc;
    out_ = out;
    count_ = count;
    *count = 0;
    segmenter->RunChunk(doc, plan, chunk, *this);
  }

  void OnSentence(const Sentence& s, const TokenList& tokens) override {
    if (*count_ == out_->size()) out_->emplace_back();
    Work& w = (*out_)[(*count_)++];
    w.span = s.span;
    w.tokens = tokens;  // copies into the storage of the chunk before
    matcher.Run(doc_->text(), s.span, w.tokens, &w.matches);
  }

  std::unique_ptr<Segmenter> segmenter;
  Matcher matcher;

 private:
  const Document* doc_ = nullptr;
  std::vector<Work>* out_ = nullptr;
  size_t* count_ = nullptr;
};

namespace {

// Chunks done ahead of the consumer wait in a ring of slots: chunk k in slot
// k % size, so at most `size` chunks are in memory whatever the document's size.
struct Slot {
  std::vector<ChunkPipeline::Work> work;
  size_t count = 0;
  size_t chunk = SIZE_MAX;  // the chunk the slot holds once it is ready
};

}  // namespace

ChunkPipeline::ChunkPipeline(const Lexicon& lexicon) : lexicon_(lexicon) {}
ChunkPipeline::~ChunkPipeline() = default;

void ChunkPipeline::Run(const Document& doc, const Segmenter::Plan& plan, unsigned helpers,
                        const std::function<void(Work&)>& consume) {
  while (helpers_.size() < helpers) {
    std::string error;
    std::unique_ptr<Segmenter> s = Segmenter::Create(lexicon_.segmentation(), &error);
    // The Analyzer made one from the same rules already, so ICU's data is there.
    if (!s) throw std::runtime_error(error);
    helpers_.push_back(std::make_unique<Helper>(std::move(s), lexicon_.compiled()));
  }
  const size_t chunks = plan.chunks.size();
  std::vector<Slot> slots(2 * size_t{helpers});
  std::mutex m;
  std::condition_variable ready_cv, free_cv;
  size_t next = 0;      // the next chunk a helper takes
  size_t consumed = 0;  // chunks the consumer is done with
  bool stop = false;
  std::exception_ptr error;

  auto produce = [&](Helper& h) {
    for (;;) {
      size_t k;
      {
        std::unique_lock<std::mutex> lock(m);
        free_cv.wait(lock,
                     [&] { return stop || next >= chunks || next < consumed + slots.size(); });
        if (stop || next >= chunks) return;
        k = next++;
      }
      Slot& slot = slots[k % slots.size()];
      try {
        h.Fill(doc, plan, k, &slot.work, &slot.count);
      } catch (...) {
        std::lock_guard<std::mutex> lock(m);
        if (!error) error = std::current_exception();
        stop = true;
        ready_cv.notify_all();
        free_cv.notify_all();
        return;
      }
      {
        std::lock_guard<std::mutex> lock(m);
        slot.chunk = k;
      }
      ready_cv.notify_all();
    }
  };

  std::vector<std::thread> threads;
  // Stops and joins the helpers however this function is left (a closed pipe
  // throws from `consume`).
  struct Join {
    std::vector<std::thread>& threads;
    std::mutex& m;
    bool& stop;
    std::condition_variable& free_cv;
    ~Join() {
      {
        std::lock_guard<std::mutex> lock(m);
        stop = true;
      }
      free_cv.notify_all();
      for (std::thread& t : threads) t.join();
    }
  } join{threads, m, stop, free_cv};
  for (unsigned i = 0; i < helpers; ++i) threads.emplace_back(produce, std::ref(*helpers_[i]));

  for (size_t k = 0; k < chunks; ++k) {
    Slot& slot = slots[k % slots.size()];
    {
      std::unique_lock<std::mutex> lock(m);
      ready_cv.wait(lock, [&] { return error || slot.chunk == k; });
      if (error) std::rethrow_exception(error);
    }
    for (size_t i = 0; i < slot.count; ++i) consume(slot.work[i]);
    {
      std::lock_guard<std::mutex> lock(m);
      consumed = k + 1;
    }
    free_cv.notify_all();
  }
}

}  // namespace claimlens
