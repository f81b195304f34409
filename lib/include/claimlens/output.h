// Buffered output to a file descriptor. A reader that goes away (`| head`)
// raises OutputClosed, which the CLI treats as a quiet, successful end; any
// other write failure (a full disk) raises OutputError: an error, never silence.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace claimlens {

struct OutputClosed {};

class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Output {
 public:
  explicit Output(int fd);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void Write(std::string_view s) {
    buf_.append(s);
    if (buf_.size() >= kFlushAt) Flush();
  }
  void Put(char c) {
    buf_.push_back(c);
    if (buf_.size() >= kFlushAt) Flush();
  }
  // Direct access for formatters that append in place; call MaybeFlush after.
  std::string& buffer() { return buf_; }
  void MaybeFlush() {
    if (buf_.size() >= kFlushAt) Flush();
  }
  void Flush();

 private:
  static constexpr size_t kFlushAt = 1 << 16;
  int fd_;
  std::string buf_;
};

}  // namespace claimlens
