#include "claimlens/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace claimlens {

Output::Output(int fd) : fd_(fd), buf_(new char[kFlushAt * 2]), cap_(kFlushAt * 2) {}

Output::~Output() {
  try {
    Flush();
  } catch (...) {
    // Destructors must not throw; the CLI flushes explicitly and reports errors.
  }
}

void Output::Grow(size_t n) {
  Flush();
  if (n <= cap_) return;
  cap_ = n + kFlushAt;  // one huge record (a 50 MB sentence) gets a buffer of its own size
  buf_.reset(new char[cap_]);
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
