// BreakEngine must give exactly ICU's boundaries and rule statuses: checked on
// every text we have and on strings made to hit ICU's odd corners.
#include "break_engine.h"

#include <doctest/doctest.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "test_util.h"

using claimlens::BreakEngine;
using claimlens::test::ReadFile;

namespace {

enum class Kind { kWord, kSentence };

// The iterators the segmenter makes (lib/analysis/segment.cc).
std::unique_ptr<icu::BreakIterator> MakeIcu(Kind kind) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale& en = icu::Locale::getEnglish();
  std::unique_ptr<icu::BreakIterator> it(
      kind == Kind::kWord ? icu::BreakIterator::createWordInstance(en, status)
                          : icu::BreakIterator::createSentenceInstance(en, status));
  REQUIRE(U_SUCCESS(status));
  return it;
}

struct Boundary {
  int32_t at;
  int32_t status;
  bool operator==(const Boundary& o) const { return at == o.at && status == o.status; }
};

std::vector<Boundary> ViaIcu(icu::BreakIterator& it, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  it.setText(&ut, status);
  std::vector<Boundary> out;
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next())
    out.push_back({b, it.getRuleStatus()});
  utext_close(&ut);
  return out;
}

std::vector<Boundary> ViaEngine(BreakEngine& engine, std::string_view text) {
  engine.SetText(text);
  std::vector<Boundary> out;
  for (int32_t b = engine.Next(); b != BreakEngine::kDone; b = engine.Next())
    out.push_back({b, engine.RuleStatus()});
  return out;
}

// Both kinds, one engine and one ICU iterator each, reused across texts as the
// segmenter reuses them.
struct Pair {
  explicit Pair(Kind k) : kind(k), icu(MakeIcu(k)), engine(MakeIcu(k)) {}
  Kind kind;
  std::unique_ptr<icu::BreakIterator> icu;
  BreakEngine engine;
};

// Empty if equal; otherwise where and how the two first differ.
std::string FirstDifference(Pair& p, std::string_view text) {
  const std::vector<Boundary> want = ViaIcu(*p.icu, text);
  const std::vector<Boundary> got = ViaEngine(p.engine, text);
  if (want == got) return "";
  size_t i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
  const auto show = [](const std::vector<Boundary>& v, size_t k) {
    return k < v.size() ? std::to_string(v[k].at) + " (status " + std::to_string(v[k].status) + ")"
                        : std::string("end");
  };
  const int32_t at = i < want.size() ? want[i].at : (i < got.size() ? got[i].at : 0);
  const size_t from = at > 40 ? static_cast<size_t>(at) - 40 : 0;
  return std::string(p.kind == Kind::kWord ? "word" : "sentence") + " boundary " +
         std::to_string(i) + ": ICU " + show(want, i) + ", engine " + show(got, i) + " near \"" +
         std::string(text.substr(from, 80)) + "\"";
}

void CheckSame(std::string_view text, const std::string& name) {
  static Pair word(Kind::kWord);
  static Pair sentence(Kind::kSentence);
  for (Pair* p : {&word, &sentence}) {
    INFO(name);
    CHECK(FirstDifference(*p, text) == "");
  }
}

std::vector<std::string> FilesIn(const std::string& dir, const std::string& ext) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ext) out.push_back(it->path().string());
  }
  return out;
}

}  // namespace

TEST_CASE("the engine reads ICU's tables and segments plain English without ICU") {
  Pair word(Kind::kWord);
  Pair sentence(Kind::kSentence);
  CHECK(word.engine.fast());
  CHECK(sentence.engine.fast());
  const std::string text = "It is likely that the talks, held in Geneva, will fail. Nobody knows.";
  CHECK(FirstDifference(word, text) == "");
  CHECK(FirstDifference(sentence, text) == "");
  CHECK(word.engine.icu_boundaries() == 0);
  CHECK(sentence.engine.icu_boundaries() == 0);
}

TEST_CASE("the engine hands ill-formed UTF-8 and Thai to ICU and takes over after the line") {
  Pair word(Kind::kWord);
  const std::string text = "Bad \xff bytes here.\nภาษาไทยง่ายนิดเดียว\nThe rest is English.\n";
  CHECK(FirstDifference(word, text) == "");
  CHECK(word.engine.icu_boundaries() > 0);
  // The last line is the engine's again: ICU found fewer boundaries than there are.
  CHECK(word.engine.icu_boundaries() < ViaIcu(*word.icu, text).size());
}

TEST_CASE("the engine equals ICU on hand-made tricky strings") {
  const std::vector<std::string> cases = {
      "",
      " ",
      "a",
      ".",
      "\n",
      "\r\n",
      "\r",
      "a\r\nb",
      "\r\n\r\n",
      "\n\n\n",
      "mail a@b.c now",
      "x@y",
      "a@b.c.",
      "__",
      "a__b",
      "_a_",
      "foo_bar baz",
      "don't",
      "can't.",
      "'tis",
      "rock 'n' roll",
      "the states' rights",
      "O'Neill's",
      "don\xE2\x80\x99t",
      "\xE2\x80\x9CQuoted.\xE2\x80\x9D Next.",
      "\xE2\x80\x98single\xE2\x80\x99",
      "the U.S. and the U.K. met.",
      "U.S. Naval War College. It rained.",
      "e.g. this, i.e. that",
      "1,000.5",
      "$1,000.50 or 3.5% or 1.2.3 or 1e10",
      "10:30",
      "a:b",
      "ratio 3:1.",
      "x.y",
      "Gen. Smith met Dr. Jones. They talked.",
      "He paused... and went on.",
      "Stop! Go? Yes.",
      "(Really.) Then.",
      "\"Stop.\" He left.",
      "end.\"",
      "A. B. C.",
      "1. First\n2. Second",
      "emoji \xF0\x9F\x98\x80 here \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD and "
      "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8.",
      "family \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 ok",
      "\xE4\xB8\xAD\xE6\x96\x87\xE6\xB5\x8B\xE8\xAF\x95\xE3\x80\x82 Chinese.",
      "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88",
      "\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB2\xE0\xB9\x84\xE0\xB8\x97\xE0\xB8\xA2 Thai",
      "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 Korean.",
      "\xD0\xA0\xD1\x83\xD1\x81\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9.",
      "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9 \xD9\xA1\xD9\xA2\xD9\xA3",
      "e\xCC\x81t\xC3\xA9 cafe\xCC\x81",
      "a\xC2\xA0"
      "b\xE2\x80\x83"
      "c\xE2\x80\xA8"
      "d\xE2\x80\xA9"
      "e",
      "soft\xC2\xADhyphen",
      "zero\xE2\x80\x8Bwidth",
      "\xEF\xBB\xBF"
      "BOM first",
      std::string("NUL\0inside", 10),
      std::string("\0", 1),
      std::string(".\0.", 3),
      "\xFF",
      "ab\xFF",
      "\xC0\xAF",
      "\xED\xA0\x80 surrogate",
      "\xF4\x90\x80\x80 too high",
      "\xE2\x80",
      "trunc \xE2\x80",
      "trunc \xF0\x9F\x98",
      "\xF8\x88\x80\x80\x80",
      "\x80\x80 lone",
      "Mixed \xE2\x80\x9C\xFF\xE2\x80\x9D.\nNext line.",
      "tab\there\fform\vvert",
      "\xEF\xBF\xBD replacement",
      "\xF0\x9F\x98\x80\xF0\x9F\x98\x80",
      "a\xCC\x81\xCC\x82\xCC\x83",
      "http://example.com/a?b=c&d=e.",
      "#hashtag @handle",
      "A-B C--D E\xE2\x80\x94"
      "F",
      "IP4 F-35 3rd 2020s",
      "\xE2\x80\xA6 ellipsis\xE2\x80\xA6",
      "\xC2\xBF Qu\xC3\xA9? \xC2\xA1S\xC3\xAD!",
  };
  for (const std::string& c : cases) CheckSame(c, "case \"" + c + "\"");
}

TEST_CASE("the engine equals ICU on random mixes of tricky pieces") {
  // Short pieces whose combinations exercise the rules' look-ahead and the
  // hand-overs to ICU and back: a fixed seed, so every run checks the same texts.
  const std::vector<std::string> pieces = {
      "a",
      "Z",
      "word",
      "1",
      "9",
      ",",
      ".",
      ":",
      ";",
      "'",
      "\xE2\x80\x99",
      "\"",
      "\xE2\x80\x9C",
      "\xE2\x80\x9D",
      "_",
      "@",
      "-",
      " ",
      "  ",
      "\n",
      "\r",
      "\r\n",
      "\t",
      "!",
      "?",
      "(",
      ")",
      "\xC3\xA9",
      "\xCC\x81",
      "\xE2\x80\x8D",
      "\xF0\x9F\x98\x80",
      "\xF0\x9F\x87\xBA",
      "\xE0\xB8\xA0",
      "\xE0\xB9\x84",
      "\xE4\xB8\xAD",
      "\xE3\x81\xAE",
      "\xE3\x82\xB9",
      "\xFF",
      "\xE2\x80",
      "\xED\xA0\x80",
      std::string("\0", 1),
      "U.S.",
      "e.g.",
      "\xC2\xA0",
      "%",
      "$",
      "\xE2\x80\xA8",
      "\xEF\xBC\x8E",
      "\xEF\xBD\xA1",
      "\xD7\x90",
      "\xD9\xA1",
      "\xE1\x84\x80",
  };
  std::mt19937 rng(20261129);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 24);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    CheckSame(text, "random text " + std::to_string(i));
  }
}

TEST_CASE("the engine equals ICU on the corpus, the real texts and the CoNLL-2010 sets") {
  const std::string src = claimlens::test::SourceDir();
  std::vector<std::string> files = FilesIn(src + "/corpus", ".txt");
  for (const std::string& f : FilesIn(src + "/bench/realtext", ".txt")) files.push_back(f);
  for (const std::string& f : FilesIn(src + "/tests/cases", ".txt")) files.push_back(f);
  REQUIRE(files.size() > 10);
  // Optional: the CoNLL-2010 sets (their JSONL bytes as they are: the texts with
  // JSON's escapes) and a generated bench corpus, when present.
  for (const std::string& f :
       FilesIn(claimlens::test::SharedDir() + "/benchmarks/conll2010", ".jsonl"))
    files.push_back(f);
  for (const std::string& f : FilesIn(src + "/bench/out", ".txt")) files.push_back(f);
  for (const std::string& f : files) {
    std::string text;
    REQUIRE(ReadFile(f, &text));
    CheckSame(text, f);
    // Line by line too: the sentence splitter hands ICU one stretch at a time.
    size_t start = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos && start < 2'000'000;
         start = nl + 1, nl = text.find('\n', start)) {
      CheckSame(std::string_view(text).substr(start, nl - start),
                f + " line at byte " + std::to_string(start));
    }
  }
}
