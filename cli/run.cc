// claimlens: the command-line front end. Parses flags once, builds the Context,
// runs one command, and alone decides the exit status (doc/records.md):
// 0 success, 1 a gate failed, 2 usage error, unreadable input or invalid lexicon.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "choices.h"
#include "claimlens/output.h"
#include "claimlens/version.h"
#include "cli.h"
#include "command.h"

namespace claimlens::cli {
namespace {

constexpr char kExamples[] =
    R"(FILE is a path, a directory (read recursively: *.txt, *.md, *.markdown,
*.html, *.htm, *.pdf) or - for standard input; none means standard input.
Input types (text, markdown, html, pdf) go by name and content, or --from;
--encoding reads legacy encodings. Global options may come before or after
the command.

Examples:
  claimlens sentences essay.txt
  claimlens tokens --format tsv drafts/
  claimlens sentences --input jsonl --format jsonl < docs.jsonl

Exit status: 0 success, 1 a gate failed, 2 usage error, unreadable or invalid
input, or invalid lexicon. See claimlens(1).)";

// Edits (insertions, deletions, substitutions, swaps of neighbours) from a to b.
size_t Distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// The usage error for `word` where one of `app`'s commands was expected: the
// nearest command when one is close ("hedgse", "lex"), else the list.
std::string UnknownCommand(const CLI::App& app, const std::string& word) {
  std::string where = "command";
  for (const CLI::App* a = &app; a->get_parent() != nullptr; a = a->get_parent())
    where = a->get_name() + " " + where;
  std::string best, names;
  size_t best_distance = 3;  // farther than 2 edits is no longer a typo
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    const std::string& name = sub->get_name();
    names += (names.empty() ? "" : ", ") + name;
    size_t d = Distance(word, name);
    if (word.size() >= 3 && name.compare(0, word.size(), word) == 0) d = std::min<size_t>(d, 2);
    if (d < best_distance) best = name, best_distance = d;
  }
  std::string message = "unknown " + where + " '" + word + "'";
  return message + (best.empty() ? "; commands: " + names : "; did you mean '" + best + "'?");
}

// Walks the words before parsing, skipping options and their values, to the
// first one that should name a command (or a lexicon command): CLI11 alone would
// only say that a subcommand is required. Returns the usage error, or "".
std::string CheckCommandWords(CLI::App& app, int argc, char** argv) {
  CLI::App* level = &app;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") return "";
    if (arg.size() > 1 && arg[0] == '-') {
      if (arg.find('=') != std::string::npos) continue;
      // Options of outer levels apply inside too (fallthrough).
      for (CLI::App* a = level; a != nullptr; a = a->get_parent()) {
        if (const CLI::Option* o = a->get_option_no_throw(arg)) {
          if (o->get_items_expected_min() > 0) ++i;  // its value is the next word
          break;
        }
      }
      continue;
    }
    if (level->get_subcommands([](const CLI::App*) { return true; }).empty()) return "";
    CLI::App* sub = nullptr;
    try {
      sub = level->get_subcommand(arg);
    } catch (const CLI::OptionNotFound&) {
      return UnknownCommand(*level, arg);
    }
    level = sub;
  }
  return "";
}

// The commands, by the name each one's Setup gives it (a name that differs
// makes that command unknown: every end-to-end case of it fails).
struct CommandEntry {
  std::string_view name;
  std::unique_ptr<Command> (*make)();
};
constexpr CommandEntry kCommands[] = {
    {"sentences", MakeSentencesCommand}, {"tokens", MakeTokensCommand},
    {"hedges", MakeHedgesCommand},       {"claims", MakeClaimsCommand},
    {"stance", MakeStanceCommand},       {"report", MakeReportCommand},
    {"actors", MakeActorsCommand},       {"stats", MakeStatsCommand},
    {"compare", MakeCompareCommand},     {"merge", MakeMergeCommand},
    {"text", MakeTextCommand},           {"completion", MakeCompletionCommand},
    {"lexicon", MakeLexiconCommand},
};

// The one command a run needs, or null when it needs them all. Declaring all
// thirteen costs more than a short run itself (in-process runs: the fuzzer,
// tests), and only the top-level help, the completion scripts and the
// unknown-command message read the others. So all are declared whenever argv
// could reach those: no command word, an unknown one, "completion", any help
// or version option (also in a group of short flags, as "-qh"), or a second
// word that names a command (CLI11 may take it as one).
const CommandEntry* OnlyCommand(const CLI::App& app, int argc, char** argv) {
  const auto named = [](std::string_view word) -> const CommandEntry* {
    for (const CommandEntry& c : kCommands)
      if (c.name == word) return &c;
    return nullptr;
  };
  int at = 0;  // the command word's index in argv
  for (int i = 1; i < argc && at == 0; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") return nullptr;
    if (arg.size() > 1 && arg[0] == '-') {
      if (arg.find('=') != std::string::npos) continue;
      const CLI::Option* o = app.get_option_no_throw(arg);
      if (o != nullptr && o->get_items_expected_min() > 0) ++i;  // its value is the next word
      continue;
    }
    at = i;
  }
  const CommandEntry* only = at == 0 ? nullptr : named(argv[at]);
  if (only == nullptr || only->name == "completion") return nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i != at && named(arg) != nullptr) return nullptr;
    if (arg.starts_with("--help") || arg.starts_with("--version")) return nullptr;
    if (arg.size() > 1 && arg[0] == '-' && arg[1] != '-' && arg.find('h') != arg.npos)
      return nullptr;
  }
  return only;
}

// Everything Main declares before it parses: the app, the global options and
// the commands, whose option variables the app writes.
struct Parser {
  CLI::App app{
      "claimlens reads policy writing and reports how confident its claims are,\n"
      "whom they are about, and where the author stands.",
      "claimlens"};
  GlobalOptions options;
  std::vector<std::unique_ptr<Command>> commands;
  std::vector<std::pair<CLI::App*, Command*>> subs;

  // `only`: the one command to declare, or null for all of them.
  explicit Parser(const CommandEntry* only) {
    app.fallthrough();
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("claimlens ") + kVersion + " (" + kCommit + ")");
    app.footer(kExamples);
    AddGlobalOptions(app, &options);
    for (const CommandEntry& c : kCommands)
      if (only == nullptr || only == &c) commands.push_back(c.make());
    for (auto& c : commands) subs.emplace_back(c->Setup(app), c.get());
  }
  // Ready to parse again, as if new.
  void Reset() {
    app.clear();
    options = GlobalOptions{};
    for (auto& c : commands) c->Reset();
  }
};

// The global options alone, to find the command word (OnlyCommand); never parsed.
const CLI::App& GlobalOptionsApp() {
  struct GlobalOnly {
    GlobalOptions options;
    CLI::App app;
    GlobalOnly() { AddGlobalOptions(app, &options); }
  };
  thread_local const GlobalOnly global;
  return global.app;
}

// The parser of a one-command run, kept for the next run of that command in
// this thread. Declaring a command and the global options costs more than a
// short run's analysis (CLI11 builds every option twice and compares it with
// the ones before); programs that call Main many times (the tests, the
// fuzzer) pay it once a command. A run that declares every command (help,
// completion, an unknown word) builds its own.
Parser& KeptParser(const CommandEntry& only) {
  thread_local std::unique_ptr<Parser> kept[std::size(kCommands)];
  std::unique_ptr<Parser>& p = kept[&only - kCommands];
  if (p == nullptr) p = std::make_unique<Parser>(&only);  // reset by the run that used it
  return *p;
}

}  // namespace

int Main(int argc, char** argv, std::FILE* err, int out_fd) {
  // The registered choices are emptied after every run: only the completion
  // scripts read them, and a completion run declares its own parser.
  struct ForgetChoicesAtEnd {
    ~ForgetChoicesAtEnd() { ForgetChoices(); }
  } forget_choices;
  const CommandEntry* only = OnlyCommand(GlobalOptionsApp(), argc, argv);
  const std::unique_ptr<Parser> own = only == nullptr ? std::make_unique<Parser>(nullptr) : nullptr;
  Parser& parser = own != nullptr ? *own : KeptParser(*only);
  CLI::App& app = parser.app;
  const GlobalOptions& options = parser.options;
  const auto& subs = parser.subs;
  // A kept parser forgets this run's values when the run ends, not when the
  // next one starts: a run then frees what it allocated. libFuzzer counts both
  // for every execution and runs any input whose counts differ a second time,
  // looking for a leak; with these values (and the analyzer's last sentences)
  // held to the next run, most runs of fuzz_commands differed.
  struct ResetAtEnd {
    Parser* kept;
    ~ResetAtEnd() {
      if (kept != nullptr) kept->Reset();
    }
  } reset_at_end{own == nullptr ? &parser : nullptr};

  if (const std::string unknown = CheckCommandWords(app, argc, argv); !unknown.empty()) {
    std::fprintf(err, "claimlens: %s\nRun 'claimlens --help' for usage.\n", unknown.c_str());
    return 2;
  }
  // Help and the version go to this run's streams, not CLI11's std::cout (a
  // program that calls Main in-process, as the tests and the fuzzer do, gave
  // other streams); a reader that closed the pipe early is no error.
  const auto print_and_exit = [&](const CLI::Error& e) {
    std::ostringstream text, problems;
    const int status = app.exit(e, text, problems);
    std::fputs(problems.str().c_str(), err);
    try {
      Output out(out_fd);
      out.Write(text.str());
      out.Flush();
    } catch (const OutputClosed&) {
    } catch (const OutputError& write_error) {
      std::fprintf(err, "claimlens: %s\n", write_error.what());
      return 2;
    }
    return status;
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return print_and_exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return print_and_exit(e);
  } catch (const CLI::CallForVersion& e) {
    return print_and_exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(err, "claimlens: %s\nRun 'claimlens --help' for usage.\n", e.what());
    return 2;
  }

  Context ctx(options, err, out_fd);
  int status = 0;
  try {
    bool segmentation_only = true;
    for (auto& [sub, command] : subs) {
      if (sub->parsed()) segmentation_only &= command->SegmentationOnly();
    }
    if (!ctx.Init(segmentation_only)) return 2;
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
