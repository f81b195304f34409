// The command-line front end as a function: parses flags once, builds the
// Context, runs one command, and alone decides the exit status (doc/records.md).
#pragma once

#include <cstdio>

namespace claimlens::cli {

// Runs claimlens with `argv`; diagnostics go to `err`, records to `out_fd`.
int Main(int argc, char** argv, std::FILE* err, int out_fd);

}  // namespace claimlens::cli
