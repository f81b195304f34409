// Progress of a long run on standard error: documents, MB, MB/s and, when the
// size of the input is known, the time left. Only on a terminal, and never
// with --no-progress: a pipe or a log file gets no carriage returns.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace claimlens::cli {

class Progress {
 public:
  // Shown only when `enabled` and `err` is a terminal. `total_bytes` is the
  // size of the input, 0 when unknown (standard input, a pipe).
  Progress(std::FILE* err, bool enabled, uint64_t total_bytes);
  ~Progress() { Done(); }

  // One more document of `bytes` bytes done.
  void Add(uint64_t bytes) {
    ++documents_;
    bytes_ += bytes;
    if (on_) Tick(false);
  }
  // Clears the line (at the end, or before printing to the terminal).
  void Done();

  // The total size of `paths` if every one is a regular file (else 0).
  static uint64_t SizeOf(const std::vector<std::string>& paths);

 private:
  void Tick(bool force);

  std::FILE* err_;
  bool on_;
  bool shown_ = false;
  uint64_t total_;
  uint64_t documents_ = 0;
  uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace claimlens::cli
