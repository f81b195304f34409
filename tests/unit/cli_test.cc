// cli::Main called many times in one process (tests, fuzzers, a program that
// embeds the front end): it keeps the parser of a one-command run for the next
// run of that command, so no option of one run may reach the next.
#include "cli.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace {

struct Run {
  int status = 0;
  std::string out;
  std::string err;
};

Run Call(std::vector<std::string> args) {
  args.insert(args.begin(), "claimlens");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  REQUIRE(out != nullptr);
  REQUIRE(err != nullptr);
  Run r;
  r.status = claimlens::cli::Main(static_cast<int>(args.size()), argv.data(), err, fileno(out));
  r.out = claimlens::test::ReadBack(out);
  r.err = claimlens::test::ReadBack(err);
  std::fclose(out);
  std::fclose(err);
  return r;
}

// The same call on a thread of its own, whose parsers are all new.
Run CallFresh(const std::vector<std::string>& args) {
  Run r;
  std::thread t([&] { r = Call(args); });
  t.join();
  return r;
}

std::string WriteTemp(const std::string& text) {
  char path[] = "/tmp/claimlens-cli-test-XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  close(fd);
  return path;
}

}  // namespace

TEST_CASE("a second run of a command sees none of the first run's options") {
  const std::string file = WriteTemp(
      "The pact will almost certainly fail, officials in Beijing said. We should probably "
      "press Moscow to talk. It is unclear whether the Kremlin would agree.\n");
  // Each row: a run with options, then the same command without them.
  const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> rows = {
      {{"hedges", "--summary", "--format", "tsv", "--scale", "kent", file}, {"hedges", file}},
      {{"hedges", "--holder", "reported", "--kind", "booster", "--format", "jsonl", file},
       {"hedges", "--format", "jsonl", file}},
      {{"actors", "--summary", "--type", "state", file}, {"actors", file}},
      {{"claims", "--format", "tsv", file}, {"claims", file}},
      {{"stance", "--evaluated", "--format", "tsv", file}, {"stance", "--format", "tsv", file}},
      {{"tokens", "--format", "jsonl", file}, {"tokens", file}},
      {{"sentences", "--format", "jsonl", file}, {"sentences", file}},
      {{"lexicon", "list", "--kind", "booster"}, {"lexicon", "list"}},
      {{"stats", "--by", "actor", "--format", "tsv", file}, {"stats", file}},
      {{"report", "--format", "markdown", file}, {"report", file}},
  };
  for (const auto& [with, without] : rows) {
    CAPTURE(with[0]);
    const Run fresh = CallFresh(without);
    REQUIRE(fresh.status == 0);
    const Run first = Call(with);
    CHECK(first.status == 0);
    CHECK(first.out != fresh.out);  // the options changed the output, so a leftover would show
    const Run again = Call(without);
    CHECK(again.status == fresh.status);
    CHECK(again.out == fresh.out);
    CHECK(again.err == fresh.err);
  }
  std::remove(file.c_str());
}

TEST_CASE("a usage error leaves the next run of the command unharmed") {
  const std::string file = WriteTemp("Officials said the talks would likely fail.\n");
  const Run fresh = CallFresh({"hedges", file});
  const Run bad = Call({"hedges", "--holder", "nobody", file});
  CHECK(bad.status == 2);
  CHECK(bad.err.find("nobody") != std::string::npos);
  const Run again = Call({"hedges", file});
  CHECK(again.status == 0);
  CHECK(again.out == fresh.out);
  std::remove(file.c_str());
}

TEST_CASE("help and the version go to the streams the run was given") {
  const Run help = Call({"hedges", "--help"});
  CHECK(help.status == 0);
  CHECK(help.out.find("Usage: claimlens hedges") != std::string::npos);
  CHECK(help.err.empty());
  const Run top = Call({"--help"});
  CHECK(top.out.find("Usage: claimlens") != std::string::npos);
  const Run version = Call({"--version"});
  CHECK(version.status == 0);
  CHECK(version.out.rfind("claimlens ", 0) == 0);
}
