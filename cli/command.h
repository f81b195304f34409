// One subcommand: Setup declares it and its options on the app; Run does the
// work with the ready objects in the Context. Only main.cc knows the list.
#pragma once

#include <CLI/CLI.hpp>

#include "context.h"

namespace claimlens::cli {

class Command {
 public:
  virtual ~Command() = default;
  // Declares the subcommand (name, help, options, examples) and returns it.
  virtual CLI::App* Setup(CLI::App& app) = 0;
  // Runs it; returns the exit status (0, or 1 when a gate failed).
  virtual int Run(Context& ctx) = 0;
  // True for a command that reads only sentences and tokens (Context::Init).
  virtual bool SegmentationOnly() const { return false; }
  // Gives every option variable its default back: Main keeps the parser of a
  // one-command run for the next call in the same process, and parses into the
  // same variables again. A command whose members are all option variables
  // resets by assignment from a new object.
  virtual void Reset() = 0;
};

std::unique_ptr<Command> MakeSentencesCommand();
std::unique_ptr<Command> MakeTokensCommand();
std::unique_ptr<Command> MakeHedgesCommand();
std::unique_ptr<Command> MakeClaimsCommand();
std::unique_ptr<Command> MakeStanceCommand();
std::unique_ptr<Command> MakeReportCommand();
std::unique_ptr<Command> MakeLexiconCommand();
std::unique_ptr<Command> MakeActorsCommand();
std::unique_ptr<Command> MakeCompletionCommand();
std::unique_ptr<Command> MakeStatsCommand();
std::unique_ptr<Command> MakeCompareCommand();
std::unique_ptr<Command> MakeMergeCommand();
std::unique_ptr<Command> MakeTextCommand();

}  // namespace claimlens::cli
