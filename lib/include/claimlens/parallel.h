// Documents on several threads, results in input order.
//
//   OrderedRunner<Tally> runner(threads, make_analyzer, analyse, emit);
//   while (auto doc = inputs.Next()) runner.Submit(std::move(*doc));
//   runner.Finish();
//
// `analyse(analyzer, doc)` runs on a worker thread with that thread's own
// Analyzer (an Analyzer serves one thread; the Lexicon they share is
// immutable); `emit(result)` runs on the thread that calls Submit and Finish,
// in the order the documents were submitted, so the output is the same for
// any number of threads. At most a few documents a thread are in flight at
// once, so memory does not grow with the input. With one thread, Submit
// analyses the document itself: no thread is started. A worker that takes a
// document while no other waits lets it use every thread (Analyzer::SetThreads),
// so one large file is analysed in chunks.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "claimlens/analysis.h"
#include "claimlens/document.h"

namespace claimlens {

template <typename R>
class OrderedRunner {
 public:
  using Analyse = std::function<R(Analyzer&, const Document&)>;
  using Emit = std::function<void(R&)>;

  // `analyzers` holds one Analyzer a thread (its size is the number of threads).
  OrderedRunner(std::vector<Analyzer*> analyzers, Analyse analyse, Emit emit)
      : analyzers_(std::move(analyzers)), analyse_(std::move(analyse)), emit_(std::move(emit)) {
    max_in_flight_ = analyzers_.size() * 4;
    if (analyzers_.size() <= 1) return;
    for (Analyzer* a : analyzers_) workers_.emplace_back([this, a] { Work(*a); });
  }
  ~OrderedRunner() { Stop(); }
  OrderedRunner(const OrderedRunner&) = delete;
  OrderedRunner& operator=(const OrderedRunner&) = delete;

  // Hands `doc` to a worker, first emitting what is ready and waiting while
  // too many documents are in flight.
  void Submit(Document doc) {
    if (workers_.empty()) {
      R r = analyse_(*analyzers_.front(), doc);
      emit_(r);
      return;
    }
    {
      std::unique_lock<std::mutex> lock(m_);
      queue_.push_back(Job{next_submit_++, std::move(doc)});
    }
    work_cv_.notify_one();
    Drain(/*all=*/false);
  }

  // Waits for every document and emits the rest.
  void Finish() {
    if (!workers_.empty()) Drain(/*all=*/true);
  }

 private:
  struct Job {
    uint64_t seq;
    Document doc;
  };

  void Work(Analyzer& analyzer) {
    for (;;) {
      std::optional<Job> job;
      bool alone = false;
      {
        std::unique_lock<std::mutex> lock(m_);
        work_cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        job.emplace(std::move(queue_.front()));
        queue_.pop_front();
        alone = queue_.empty();
      }
      // When no other document waits (one large file), the idle threads help
      // with this one: a document of several chunks is segmented ahead on them.
      analyzer.SetThreads(alone ? static_cast<unsigned>(analyzers_.size()) : 1);
      std::optional<R> result;
      std::exception_ptr error;
      try {
        result.emplace(analyse_(analyzer, job->doc));
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::unique_lock<std::mutex> lock(m_);
        if (error) {
          if (!error_) error_ = error;
        } else {
          done_.emplace(job->seq, std::move(*result));
        }
        ++finished_;
      }
      done_cv_.notify_all();
    }
  }

  // Emits results in order: those ready; then, while too many are in flight
  // (or, with `all`, until none is), waits for the next.
  void Drain(bool all) {
    for (;;) {
      std::optional<R> next;
      {
        std::unique_lock<std::mutex> lock(m_);
        done_cv_.wait(lock, [&] {
          if (error_) return true;
          if (!done_.empty() && done_.begin()->first == next_emit_) return true;
          const uint64_t in_flight = next_submit_ - next_emit_;
          return all ? in_flight == 0 : in_flight < max_in_flight_;
        });
        if (error_) std::rethrow_exception(error_);
        if (done_.empty() || done_.begin()->first != next_emit_) return;
        next.emplace(std::move(done_.begin()->second));
        done_.erase(done_.begin());
        ++next_emit_;
      }
      emit_(*next);  // outside the lock: printing may be slow or throw (a closed pipe)
    }
  }

  void Stop() {
    {
      std::unique_lock<std::mutex> lock(m_);
      stop_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
  }

  std::vector<Analyzer*> analyzers_;
  Analyse analyse_;
  Emit emit_;
  size_t max_in_flight_ = 4;
  std::vector<std::thread> workers_;
  std::mutex m_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<Job> queue_;
  std::map<uint64_t, R> done_;
  uint64_t next_submit_ = 0, next_emit_ = 0, finished_ = 0;
  bool stop_ = false;
  std::exception_ptr error_;
};

}  // namespace claimlens
