// claimlens: the command-line front end. Parses flags once, builds the Context,
// runs one command, and alone decides the exit status (CONTRACT.md):
// 0 success, 1 a gate failed, 2 usage error, unreadable input or invalid lexicon.
#include <cstdio>

#include "claimlens/version.h"
#include "cli.h"
#include "command.h"

namespace claimlens::cli {
namespace {

constexpr char kExamples[] =
    R"(FILE is a path, a directory (read recursively: *.txt, *.md) or - for standard
input; none means standard input. Global options may come before or after
the command.

Examples:
  claimlens sentences essay.txt
  claimlens tokens --format tsv drafts/
  claimlens sentences --input jsonl --format jsonl < docs.jsonl

Exit status: 0 success, 1 a gate failed, 2 usage error, unreadable or invalid
input, or invalid lexicon. See claimlens(1).)";

}  // namespace

int Main(int argc, char** argv, std::FILE* err, int out_fd) {
  CLI::App app{
      "claimlens reads policy writing and reports how confident its claims are,\n"
      "whom they are about, and where the author stands.",
      "claimlens"};
  app.fallthrough();
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("claimlens ") + kVersion + " (" + kCommit + ")");
  app.footer(kExamples);
  GlobalOptions options;
  AddGlobalOptions(app, &options);

  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(MakeSentencesCommand());
  commands.push_back(MakeTokensCommand());
  commands.push_back(MakeHedgesCommand());
  commands.push_back(MakeActorsCommand());
  commands.push_back(MakeCompletionCommand());
  commands.push_back(MakeLexiconCommand());
  std::vector<std::pair<CLI::App*, Command*>> subs;
  for (auto& c : commands) subs.emplace_back(c->Setup(app), c.get());

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(err, "claimlens: %s\nRun 'claimlens --help' for usage.\n", e.what());
    return 2;
  }

  Context ctx(options, err, out_fd);
  int status = 0;
  try {
    if (!ctx.Init()) return 2;
    for (auto& [sub, command] : subs) {
      if (sub->parsed()) status = command->Run(ctx);
    }
    ctx.out().Flush();
  } catch (const OutputClosed&) {
    return ctx.ExitStatus(0);  // the reader went away (`| head`): a quiet end
  } catch (const OutputError& e) {
    ctx.Error(e.what());
    return 2;
  }
  return ctx.ExitStatus(status);
}

}  // namespace claimlens::cli
