#include "claimlens/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace claimlens {

Output::Output(int fd) : fd_(fd) { buf_.reserve(kFlushAt + 4096); }

Output::~Output() {
  try {
    Flush();
  } catch (...) {
    // Destructors must not throw; the CLI flushes explicitly and reports errors.
  }
}

void Output::Flush() {
  size_t done = 0;
  while (done < buf_.size()) {
    const ssize_t n = write(fd_, buf_.data() + done, buf_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      buf_.clear();
      if (errno == EPIPE) throw OutputClosed{};
      throw OutputError(std::string("write error: ") + std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
  buf_.clear();
}

}  // namespace claimlens
