#include "run_options.h"

#include <unistd.h>

#include <cstdlib>
#include <thread>

namespace claimlens::cli {

void AddRunOptions(CLI::App* cmd, RunOptions* o, bool ordered) {
  cmd->add_flag("--partial", o->partial,
                "Print count partials (versioned JSONL) for 'claimlens merge' instead of records");
  if (ordered) {
    cmd->add_option("--part", o->part,
                    "With --partial: which part of a split corpus this run reads (its documents "
                    "come after those of lower parts when merged; default $PARALLEL_SEQ, else 0)")
        ->type_name("N");
  }
  cmd->add_option("-j,--jobs", o->jobs,
                  "Analyse documents on N threads (default: the number of cores), and one "
                  "large document in sentence-aligned chunks; the output is the same for every N")
      ->type_name("N")
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("--no-progress", o->no_progress,
                "Do not show progress on standard error (shown only when it is a terminal)");
}

uint64_t PartOf(const RunOptions& o) {
  if (o.part) return *o.part;
  const char* seq = std::getenv("PARALLEL_SEQ");
  if (seq == nullptr || *seq == '\0') return 0;
  char* end = nullptr;
  const unsigned long long v = std::strtoull(seq, &end, 10);
  return *end == '\0' ? v : 0;
}

int Threads(const RunOptions& o) {
  if (o.jobs > 0) return o.jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

bool ShowProgress(const RunOptions& o, bool streams) {
  return !o.no_progress && !(streams && isatty(STDOUT_FILENO));
}

}  // namespace claimlens::cli
