#include "claimlens/input.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

using namespace claimlens;

namespace {

struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/claimlens-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
  std::string Write(const std::string& name, const std::string& content) const {
    const std::string p = path + "/" + name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
};

struct Run {
  std::vector<std::string> ids;
  std::vector<std::string> texts;
  std::vector<Diagnostic> diagnostics;
};

Run ReadAll(std::vector<std::string> paths, InputOptions options = {}) {
  Run run;
  InputReader reader(std::move(paths), options,
                     [&](const Diagnostic& d) { run.diagnostics.push_back(d); });
  while (auto doc = reader.Next()) {
    run.ids.push_back(doc->id());
    run.texts.push_back(doc->Text(doc->body()));
  }
  return run;
}

}  // namespace

TEST_CASE(
    "directories are read recursively / text, Markdown, HTML and PDF only / in sorted order") {
  TempDir t;
  mkdir((t.path + "/sub").c_str(), 0755);
  t.Write("b.txt", "B.");
  t.Write("a.md", "A.");
  t.Write("sub/c.txt", "C.");
  t.Write("sub/d.htm", "<p>D.</p>");
  t.Write("sub/e.html", "<p>E.</p>");
  t.Write("f.markdown", "F.");
  t.Write("notes.json", "{}");
  t.Write("image.png", "PNG");
  const Run run = ReadAll({t.path});
  REQUIRE(run.ids.size() == 6);
  CHECK(run.ids[0] == t.path + "/a.md");
  CHECK(run.ids[1] == t.path + "/b.txt");
  CHECK(run.ids[2] == t.path + "/f.markdown");
  CHECK(run.ids[3] == t.path + "/sub/c.txt");
  CHECK(run.ids[4] == t.path + "/sub/d.htm");
  CHECK(run.ids[5] == t.path + "/sub/e.html");
  CHECK(run.diagnostics.empty());
}

TEST_CASE("a file named explicitly is read whatever its extension") {
  TempDir t;
  const Run run = ReadAll({t.Write("x.json", "Text.")});
  CHECK(run.texts == std::vector<std::string>{"Text."});
}

TEST_CASE("small files are read and large ones mapped / either way every byte arrives") {
  // Files from 1 MiB on are mapped (lib/io/input.cc); each size is checked on
  // both sides of that line, and a page boundary, by its last bytes.
  TempDir t;
  for (const size_t size : {size_t{1}, size_t{4095}, size_t{4097}, size_t{(1 << 20) - 1},
                            size_t{1 << 20}, size_t{(1 << 20) + 4097}}) {
    std::string text;
    for (size_t i = 0; text.size() < size; ++i)
      text.append("Word ").append(std::to_string(i)).append(". ");
    text.resize(size - 1);
    text += "!";
    // append(), not "f" + s + ".txt": GCC 12 warns falsely (-Wrestrict) about the latter.
    const Run run =
        ReadAll({t.Write(std::string("f").append(std::to_string(size)).append(".txt"), text)});
    REQUIRE(run.texts.size() == 1);
    CHECK(run.texts[0].size() == size);
    CHECK(run.texts[0] == text);
  }
}

TEST_CASE("empty files / missing files and binary files are errors; the rest is read") {
  TempDir t;
  const std::string empty = t.Write("empty.txt", "");
  const std::string bin = t.Write("bin.txt", std::string("ab\0cd", 5));
  const std::string ok = t.Write("ok.txt", "Fine.");
  const Run run = ReadAll({empty, t.path + "/missing.txt", bin, ok});
  CHECK(run.ids == std::vector<std::string>{ok});
  REQUIRE(run.diagnostics.size() == 3);
  CHECK(run.diagnostics[0].message == "empty input");
  CHECK(run.diagnostics[1].message.find("cannot read") == 0);
  CHECK(run.diagnostics[2].message.find("binary input (NUL byte at byte 2)") == 0);
  for (const auto& d : run.diagnostics) CHECK(d.severity == Severity::kError);
}

TEST_CASE("--binary text reads files with NUL bytes") {
  TempDir t;
  InputOptions o;
  o.binary_as_text = true;
  const Run run = ReadAll({t.Write("bin.txt", std::string("ab\0cd", 5))}, o);
  CHECK(run.ids.size() == 1);
  CHECK(run.diagnostics.empty());
}

TEST_CASE("invalid UTF-8 is read with U+FFFD and reported with line / column and byte") {
  TempDir t;
  const Run run = ReadAll({t.Write("bad.txt", "Line one.\nTwo \xFF here.")});
  REQUIRE(run.texts.size() == 1);
  CHECK(run.texts[0] == "Line one.\nTwo \xEF\xBF\xBD here.");
  REQUIRE(run.diagnostics.size() == 1);
  CHECK(run.diagnostics[0].line == 2);
  CHECK(run.diagnostics[0].col == 5);
  CHECK(run.diagnostics[0].message.find("invalid UTF-8 at byte 14") == 0);
}

TEST_CASE("JSONL: every good line is a document; bad lines are reported by line and skipped") {
  TempDir t;
  const std::string path = t.Write("in.jsonl",
                                   "{\"id\": \"a\", \"text\": \"First.\", \"extra\": 1}\n"
                                   "not json\n"
                                   "\n"
                                   "{\"text\": \"no id\"}\n"
                                   "{\"id\": \"c\"}\n"
                                   "{\"id\": [1], \"text\": \"x\"}\n"
                                   "{\"id\": \"d\", \"text\": 5}\n"
                                   "[1, 2]\n"
                                   "{\"id\": 7, \"text\": \"Numeric id.\"}\r\n");
  InputOptions o;
  o.jsonl = true;
  const Run run = ReadAll({path}, o);
  CHECK(run.ids == std::vector<std::string>{"a", "7"});
  CHECK(run.texts == std::vector<std::string>{"First.", "Numeric id."});
  REQUIRE(run.diagnostics.size() == 6);
  const std::vector<uint64_t> lines = {2, 4, 5, 6, 7, 8};
  for (size_t i = 0; i < lines.size(); ++i) {
    CHECK(run.diagnostics[i].line == lines[i]);
    CHECK(run.diagnostics[i].path == path);
  }
  CHECK(run.diagnostics[0].message.find("bad JSON") == 0);
  CHECK(run.diagnostics[1].message.find("missing \"id\"") == 0);
  CHECK(run.diagnostics[2].message.find("missing \"text\"") == 0);
  CHECK(run.diagnostics[3].message.find("\"id\" must be a string") == 0);
  CHECK(run.diagnostics[4].message.find("\"text\" must be a string") == 0);
  CHECK(run.diagnostics[5].message.find("expected a JSON object") == 0);
}

TEST_CASE("JSONL: a huge id is rejected") {
  TempDir t;
  InputOptions o;
  o.jsonl = true;
  const Run run = ReadAll(
      {t.Write("in.jsonl", "{\"id\": \"" + std::string(5000, 'x') + "\", \"text\": \"t\"}\n")}, o);
  CHECK(run.ids.empty());
  REQUIRE(run.diagnostics.size() == 1);
  CHECK(run.diagnostics[0].message.find("longer than 1024 bytes") != std::string::npos);
}

TEST_CASE("a directory symlink loop is reported and not followed forever") {
  TempDir t;
  mkdir((t.path + "/d").c_str(), 0755);
  t.Write("d/a.txt", "A.");
  REQUIRE(symlink("..", (t.path + "/d/up").c_str()) == 0);
  const Run run = ReadAll({t.path});
  CHECK(run.ids == std::vector<std::string>{t.path + "/d/a.txt"});
  REQUIRE(run.diagnostics.size() == 1);
  CHECK(run.diagnostics[0].severity == Severity::kWarning);
  CHECK(run.diagnostics[0].message.find("loop") != std::string::npos);
}
