// The options of the commands that run over whole corpora (stats, compare):
// partials, threads and progress.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>

#include "context.h"
#include "progress.h"

namespace claimlens::cli {

struct RunOptions {
  bool partial = false;
  std::optional<uint64_t> part;
  int jobs = 0;  // 0: the number of cores
  bool no_progress = false;
};

// Declares --partial, -j/--jobs and --no-progress on `cmd`, and --part when
// the partials keep documents in order (`ordered`: stats).
void AddRunOptions(CLI::App* cmd, RunOptions* o, bool ordered);
// --part, else GNU parallel's job number ($PARALLEL_SEQ), else 0.
uint64_t PartOf(const RunOptions& o);
// -j, else the number of cores (at least 1).
int Threads(const RunOptions& o);
// Whether to show progress: not with --no-progress, and not when the records
// go to the same terminal as they come (`streams`: one record a document).
bool ShowProgress(const RunOptions& o, bool streams);

// A progress line that the Context clears before any message, for one run.
class ProgressScope {
 public:
  ProgressScope(Context& ctx, bool enabled, uint64_t total_bytes)
      : ctx_(ctx), progress_(ctx.err(), enabled, total_bytes) {
    ctx_.set_progress(&progress_);
  }
  ~ProgressScope() {
    progress_.Done();
    ctx_.set_progress(nullptr);
  }
  Progress& get() { return progress_; }

 private:
  Context& ctx_;
  Progress progress_;
};

}  // namespace claimlens::cli
