#include "progress.h"

#include <sys/stat.h>
#include <unistd.h>

namespace claimlens::cli {

namespace {
constexpr auto kEvery = std::chrono::milliseconds(250);  // how often the line is redrawn
}  // namespace

Progress::Progress(std::FILE* err, bool enabled, uint64_t total_bytes)
    : err_(err), on_(enabled && isatty(fileno(err))), total_(total_bytes) {
  start_ = last_ = std::chrono::steady_clock::now();
}

void Progress::Tick(bool force) {
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < kEvery) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(bytes_) / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line, "claimlens: %llu documents, %.1f MB, %.1f MB/s",
                        static_cast<unsigned long long>(documents_), mb, rate);
  if (total_ > 0 && rate > 0 && bytes_ <= total_) {
    const auto left = static_cast<long long>((static_cast<double>(total_) / 1e6 - mb) / rate);
    std::snprintf(line + n, sizeof line - static_cast<size_t>(n), ", %.0f%%, ETA %lld:%02lld",
                  100.0 * static_cast<double>(bytes_) / static_cast<double>(total_), left / 60,
                  left % 60);
  }
  std::fprintf(err_, "\r\x1b[K%s", line);
  std::fflush(err_);
  shown_ = true;
}

void Progress::Done() {
  if (!shown_) return;
  std::fprintf(err_, "\r\x1b[K");
  std::fflush(err_);
  shown_ = false;
}

uint64_t Progress::SizeOf(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const std::string& p : paths) {
    struct stat st;
    if (p == "-" || stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return paths.empty() ? 0 : total;
}

}  // namespace claimlens::cli
