// Fuzzes every command end to end, in-process: the first byte of the input
// picks a command below, the rest is written to a file and the command runs on
// it (records to /dev/null), so coverage guides the fuzzer into every command
// and each execution runs one. A new command joins the fuzzing by adding a line
// to kCommands. "@" stands for the input file's path, "@text" for its bytes (up
// to the first NUL) as one argument; a command without "@" gets the path appended.
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

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
    {"actors", "--lexicon", "@", "--format", "jsonl", "@"},
    {"hedges", "--lexicon", "@", "@"},
    {"lexicon", "check", "@"},
};

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
      has_path |= a[0] == '@';
      args.push_back(a == "@" ? path : a == "@text" ? text : a);
    }
    if (!has_path) args.push_back(path);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    claimlens::cli::Main(static_cast<int>(args.size()), argv.data(), null_err, null_out);
  }
  return 0;
}
