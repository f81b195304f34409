// The values an option takes, kept where completions can read them, so shell
// completion is generated from the same definitions as parsing and --help.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace claimlens::cli {

// Restricts `o` to `values` and remembers them for completion.
CLI::Option* Choose(CLI::Option* o, std::vector<std::string> values);
// Restricts each comma-separated piece of a repeatable option ("--class a,b")
// to `values`, and remembers them for completion.
CLI::Option* ChooseEach(CLI::Option* o, std::vector<std::string> values);
// Remembers `values` as completions of `o` without restricting it (comma lists).
CLI::Option* Suggest(CLI::Option* o, std::vector<std::string> values);
// The remembered values of `o` (empty if none).
const std::vector<std::string>& ChoicesOf(const CLI::Option* o);
// Forgets every remembered option: their app is gone (Main builds one a run;
// in-process runs must not grow the registry, or leak a stale pointer's entry).
void ForgetChoices();

// `values` as strings (the library's tables hold string_views).
std::vector<std::string> Strings(const std::vector<std::string_view>& values);
// "a, b, c", for help texts.
std::string Listed(const std::vector<std::string>& values);

}  // namespace claimlens::cli
