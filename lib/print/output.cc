#include "claimlens/output.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace claimlens {

// The buffer starts small and doubles up to its full size (two flush blocks):
// a run that prints a few lines does not pay for 128 KiB (programs that run
// many short analyses in-process, as the fuzzers do, felt it).
Output::Output(int fd) : fd_(fd), buf_(new char[4096]), cap_(4096) {}

Output::~Output() {
  try {
    Flush();
  } catch (...) {
    // Destructors must not throw; the CLI flushes explicitly and reports errors.
  }
}

void Output::Grow(size_t n) {
  constexpr size_t kFull = kFlushAt * 2;
  if (cap_ >= kFull || len_ + n > kFull) Flush();
  if (len_ + n <= cap_) return;
  size_t cap = cap_ * 2;
  while (cap < len_ + n) cap *= 2;  // one huge record (a 50 MB sentence) gets a buffer of its size
  if (len_ + n <= kFull) cap = std::min(cap, kFull);
  std::unique_ptr<char[]> bigger(new char[cap]);
  if (len_ > 0) std::memcpy(bigger.get(), buf_.get(), len_);
  buf_ = std::move(bigger);
  cap_ = cap;
}

void Output::Flush() {
  size_t done = 0;
  while (done < len_) {
    const ssize_t n = write(fd_, buf_.get() + done, len_ - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      len_ = 0;
      if (errno == EPIPE) throw OutputClosed{};
      throw OutputError(std::string("write error: ") + std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
  len_ = 0;
}

}  // namespace claimlens
