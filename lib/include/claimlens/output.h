// Buffered output to a file descriptor. A reader that goes away (`| head`)
// raises OutputClosed, which the CLI treats as a quiet, successful end; any
// other write failure (a full disk) raises OutputError: an error, never silence.
#pragma once

#include <cstring>
#include <memory>
#include <stdexcept>
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

  // Room for at least `n` more bytes; write them at the returned pointer, then Commit.
  char* Reserve(size_t n) {
    if (len_ + n > cap_) Grow(n);
    return buf_.get() + len_;
  }
  void Commit(size_t n) { len_ += n; }
  // Commits what was written from the last Reserve's pointer up to `end`.
  void CommitTo(const char* end) { len_ = static_cast<size_t>(end - buf_.get()); }

  void Write(std::string_view s) {
    std::memcpy(Reserve(s.size()), s.data(), s.size());
    len_ += s.size();
  }
  void Put(char c) {
    *Reserve(1) = c;
    ++len_;
  }
  // Writes the buffer out once it is full enough; call between records.
  void MaybeFlush() {
    if (len_ >= kFlushAt) Flush();
  }
  void Flush();

 private:
  static constexpr size_t kFlushAt = 1 << 16;
  void Grow(size_t n);

  int fd_;
  std::unique_ptr<char[]> buf_;
  size_t len_ = 0;
  size_t cap_ = 0;
};

}  // namespace claimlens
