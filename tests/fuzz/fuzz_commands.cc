// Fuzzes every command end to end, in-process: the first byte of the input
// picks a command below, the rest is written to a file and the command runs on
// it (records to /dev/null), so coverage guides the fuzzer into every command
// and each execution runs one. A new command joins the fuzzing by adding a line
// to kCommands. "@" stands for the input file's path, "@text" for its bytes (up
// to the first NUL) as one argument; a command without "@" gets the path appended.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "claimlens/lexicon.h"
#include "cli.h"

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
};

// The small base lexicon, written once a process.
const std::string& BaseLexicons() {
  static const std::string dir = [] {
    const std::string d = "/tmp/claimlens-fuzz-base-" + std::to_string(getpid());
    mkdir(d.c_str(), 0700);
    for (const claimlens::LexiconFile& f : claimlens::BuiltinLexiconFiles()) {
      const std::string name = f.path.substr(f.path.rfind('/') + 1);
      if (name != "segmentation.tsv" && name != "settings.tsv" && name != "scales.tsv") continue;
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
  static const std::string path = "/tmp/claimlens-fuzz-" + std::to_string(getpid()) + ".txt";
  static std::FILE* null_err = std::fopen("/dev/null", "w");
  static const int null_out = open("/dev/null", O_WRONLY);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  const std::string text(reinterpret_cast<const char*>(data),
                         strnlen(reinterpret_cast<const char*>(data), size));
  {
    std::vector<std::string> args = {"claimlens"};
    bool has_path = false;
    for (const std::string& a : command) {
      has_path |= a == "@" || a == "@text";
      args.push_back(a == "@" ? path : a == "@text" ? text : a == "@base" ? BaseLexicons() : a);
    }
    if (!has_path) args.push_back(path);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    claimlens::cli::Main(static_cast<int>(args.size()), argv.data(), null_err, null_out);
  }
  return 0;
}
