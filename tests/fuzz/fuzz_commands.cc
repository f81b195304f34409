// Fuzzes every command end to end, in-process: the input is written to a file
// and each command below runs on it (records to /dev/null). A new command joins
// the fuzzing by adding a line to kCommands.
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
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
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/claimlens-fuzz-" + std::to_string(getpid()) + ".txt";
  static std::FILE* null_err = std::fopen("/dev/null", "w");
  static const int null_out = open("/dev/null", O_WRONLY);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  for (const auto& command : kCommands) {
    std::vector<std::string> args = {"claimlens"};
    args.insert(args.end(), command.begin(), command.end());
    args.push_back(path);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    claimlens::cli::Main(static_cast<int>(args.size()), argv.data(), null_err, null_out);
  }
  return 0;
}
