// The claimlens program: everything is in cli::Main (cli/run.cc), which tests
// and fuzzers also call in-process.
#include <csignal>
#include <cstdio>

#include "cli.h"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe becomes EPIPE, handled as a quiet end
  return claimlens::cli::Main(argc, argv, stderr, 1);
}
