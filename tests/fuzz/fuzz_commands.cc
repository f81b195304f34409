// Fuzzes every command end to end, in-process: the first byte of the input
// picks a command below, the rest is written to a file and the command runs on
// it (records to /dev/null), so coverage guides the fuzzer into every command
// and each execution runs one. A new command joins the fuzzing by adding a line
// to kCommands. "@" stands for the input file's path, "@text" for its bytes (up
// to the first NUL) as one argument; a command without "@" gets the path appended.
// "@partials" is the path too, but the file holds the input with every
// "@VERSION@" made this build's version: merge refuses partials of other
// versions, and committed seeds must not go stale with every commit.
// "@a" and "@b" are two files holding the input's two parts (split after its
// first form feed, else after the line break nearest its middle): compare's
// two sides then differ, and each byte is analysed once, not twice.
// The input's first byte picks the line (modulo the table's size); committed
// seeds start with their line's index as a byte, so a line added at the end
// leaves every seed running the command it was found with.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/lexicon.h"
#include "cli.h"
#include "corpus_output.h"

namespace {

const std::vector<std::vector<std::string>> kCommands = {
    {"sentences", "--format", "jsonl"},
    {"tokens", "--format", "tsv"},
    {"hedges", "--format", "jsonl", "--scale", "perceived"},
    {"hedges", "--summary", "--format", "tsv"},
    {"actors", "--format", "jsonl"},
    {"actors", "--summary"},
    {"sentences", "--input", "jsonl", "--binary", "text"},
    {"hedges", "--input", "jsonl"},
    {"lexicon", "explain", "@text"},
    // A user lexicon on a small base ("@base": the built-in segmentation,
    // settings and scales), so loading it costs little; it may define actors.
    {"actors", "--lexicons", "@base", "--lexicon", "@", "--format", "jsonl", "@"},
    {"hedges", "--lexicons", "@base", "--lexicon", "@", "@"},
    {"lexicon", "check", "--lexicons", "@base", "@"},
    {"claims", "--format", "jsonl", "--explain"},
    {"claims", "--explain"},
    {"hedges", "--holder", "all", "--format", "tsv"},
    {"stance", "--format", "jsonl"},
    {"report", "--format", "html"},
    {"report", "--color", "always"},
    // Corpus commands on one thread (the same output for every -j, and a
    // fuzzer wants one thread): compare's sides come from JSONL groups, or are
    // the input's two parts; merge reads the input as partials.
    {"stats", "-j", "1", "--format", "jsonl", "--totals"},
    {"stats", "--by", "actor", "-j", "1", "--format", "tsv"},
    {"stats", "--input", "jsonl", "--group", "outlet", "-j", "1"},
    {"stats", "--partial", "-j", "1"},
    {"compare", "--input", "jsonl", "--group", "side=a", "--group", "side=b", "-j", "1"},
    {"compare", "-j", "1", "--format", "tsv", "--kind", "cue,level", "@a", "@b"},
    {"compare", "--input", "jsonl", "--group", "side=a", "--partial", "-j", "1"},
    {"merge", "--format", "jsonl", "--totals", "@partials"},
    {"merge", "--format", "tsv", "--min-count", "2", "@partials"},
    {"merge", "--partial", "@partials"},
};

// This process's directory for its input file and the base lexicon: in memory
// when there is a tmpfs (an execution then costs no disk I/O), else in /tmp;
// removed at exit.
struct Scratch {
  std::string dir;
  Scratch() {
    dir = std::string(access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp") + "/claimlens-fuzz-" +
          std::to_string(getpid());
    mkdir(dir.c_str(), 0700);
  }
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
};

const std::string& ScratchDir() {
  static const Scratch scratch;
  return scratch.dir;
}

// The small base lexicon, written once a process.
// Where the input splits into "@a" and "@b": after its first form feed, else
// after the line break nearest its middle, else at its middle (moved back to
// the start of a UTF-8 character, so a valid input gives two valid parts).
size_t SplitPoint(std::string_view bytes) {
  const size_t feed = bytes.find('\f');
  if (feed != std::string_view::npos) return feed + 1;
  const size_t middle = bytes.size() / 2;
  const size_t before = bytes.rfind('\n', middle);
  const size_t after = bytes.find('\n', middle);
  if (before != std::string_view::npos || after != std::string_view::npos) {
    if (after == std::string_view::npos) return before + 1;
    if (before == std::string_view::npos) return after + 1;
    return middle - before <= after - middle ? before + 1 : after + 1;
  }
  size_t at = middle;
  while (at > 0 && (static_cast<unsigned char>(bytes[at]) & 0xC0) == 0x80) --at;
  return at;
}

bool WriteFile(const std::string& path, std::string_view bytes) {
  // A new file each time: ext4 writes a truncated file's data out when it is
  // closed (auto_da_alloc), which cost more than most commands.
  unlink(path.c_str());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  return true;
}

const std::string& BaseLexicons() {
  static const std::string dir = [] {
    const std::string d = ScratchDir() + "/base";
    mkdir(d.c_str(), 0700);
    for (const claimlens::LexiconFile& f : claimlens::BuiltinSegmentationFiles()) {
      const std::string name = f.path.substr(f.path.rfind('/') + 1);
      std::FILE* out = std::fopen((d + "/" + name).c_str(), "wb");
      if (out == nullptr) continue;
      std::fwrite(f.text.data(), 1, f.text.size(), out);
      std::fclose(out);
    }
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto& command = kCommands[data[0] % kCommands.size()];
  ++data;
  --size;
  static const std::string path = ScratchDir() + "/input.txt";
  static const std::string part_a = ScratchDir() + "/a.txt";
  static const std::string part_b = ScratchDir() + "/b.txt";
  static std::FILE* null_err = std::fopen("/dev/null", "w");
  static const int null_out = open("/dev/null", O_WRONLY);
  // The file's bytes: for merge, with this build's version put in.
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (std::find(command.begin(), command.end(), "@partials") != command.end()) {
    for (size_t at = 0; (at = bytes.find("@VERSION@", at)) != std::string::npos;)
      bytes.replace(at, 9, claimlens::cli::PartialVersion());
  }
  const bool parts = std::find(command.begin(), command.end(), "@a") != command.end();
  if (parts) {
    const size_t split = SplitPoint(bytes);
    if (!WriteFile(part_a, std::string_view(bytes).substr(0, split)) ||
        !WriteFile(part_b, std::string_view(bytes).substr(split)))
      return 0;
  } else if (!WriteFile(path, bytes)) {
    return 0;
  }
  const std::string text(reinterpret_cast<const char*>(data),
                         strnlen(reinterpret_cast<const char*>(data), size));
  {
    std::vector<std::string> args = {"claimlens"};
    bool has_path = false;
    for (const std::string& a : command) {
      has_path |= a == "@" || a == "@text" || a == "@partials" || a == "@a";
      args.push_back(a == "@" || a == "@partials" ? path
                     : a == "@text"               ? text
                     : a == "@base"               ? BaseLexicons()
                     : a == "@a"                  ? part_a
                     : a == "@b"                  ? part_b
                                                  : a);
    }
    if (!has_path) args.push_back(path);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    claimlens::cli::Main(static_cast<int>(args.size()), argv.data(), null_err, null_out);
  }
  return 0;
}
