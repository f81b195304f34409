#include <doctest/doctest.h>

#include "test_util.h"

using claimlens::test::Sentences;
using V = std::vector<std::string>;

TEST_CASE("abbreviations before names do not end sentences") {
  CHECK(Sentences("He teaches at the U.S. Naval War College. He is a fellow.") ==
        V{"He teaches at the U.S. Naval War College.", "He is a fellow."});
  CHECK(Sentences("Gen. Smith met Dr. Jones. They talked.") ==
        V{"Gen. Smith met Dr. Jones.", "They talked."});
  CHECK(Sentences("The paper by J. Smith was cited. It was long.") ==
        V{"The paper by J. Smith was cited.", "It was long."});
}

TEST_CASE("an abbreviation at the end of a sentence still ends it before a starter") {
  CHECK(Sentences("Troops left the U.S. The base closed.") ==
        V{"Troops left the U.S.", "The base closed."});
}

TEST_CASE("Washington / DC. ends a sentence") {
  CHECK(Sentences("They met in Washington, DC. NATO then left.") ==
        V{"They met in Washington, DC.", "NATO then left."});
}

TEST_CASE("e.g. and i.e. never end a sentence; months before numbers do not either") {
  CHECK(Sentences("Some partners, e.g. Japan, agreed. Others did not.") ==
        V{"Some partners, e.g. Japan, agreed.", "Others did not."});
  CHECK(Sentences("Talks resume on Jan. 5 in Geneva. Nobody expects much.") ==
        V{"Talks resume on Jan. 5 in Geneva.", "Nobody expects much."});
}

TEST_CASE("a sentence may open with a figure, though a lower-case word follows it") {
  // ICU reads on there (SB8); after an abbreviation or an initial it is no sentence.
  CHECK(Sentences("China has no plan. 84% of experts say so.") ==
        V{"China has no plan.", "84% of experts say so."});
  CHECK(Sentences("It was quiet in the spring. 12 ships sailed in May.") ==
        V{"It was quiet in the spring.", "12 ships sailed in May."});
  CHECK(Sentences("See p. 84 of the report. Gen. Smith, No. 5 in rank, met J. 5 times.") ==
        V{"See p. 84 of the report.", "Gen. Smith, No. 5 in rank, met J. 5 times."});
  CHECK(Sentences("The fleet sailed from Washington D.C. 5 days ago.") ==
        V{"The fleet sailed from Washington D.C. 5 days ago."});
}

TEST_CASE("decimals / ellipses and quotes after the period") {
  CHECK(Sentences("Growth was 3.5 percent. It fell.") == V{"Growth was 3.5 percent.", "It fell."});
  CHECK(Sentences("He paused... and went on. Then he stopped.") ==
        V{"He paused... and went on.", "Then he stopped."});
  CHECK(Sentences("She said “stop.” He left.") == V{"She said “stop.”", "He left."});
  CHECK(Sentences("She said \"stop.\" He left.") == V{"She said \"stop.\"", "He left."});
}

TEST_CASE("a title line and a byline without periods are sentences of their own") {
  CHECK(Sentences("Why Restraint Matters\nBy: A. Writer\nThe case is simple. It is.\n") ==
        V{"Why Restraint Matters", "By: A. Writer", "The case is simple.", "It is."});
}

TEST_CASE("a blank line always ends a sentence") {
  CHECK(Sentences("A heading\n\nno capital after it") == V{"A heading", "no capital after it"});
}

TEST_CASE("hard-wrapped lines are joined into one sentence") {
  const std::string text =
      "Officials in several capitals have argued for months that the alliance\n"
      "would likely overreach if it expanded its remit, and that partners in the\n"
      "region would rather see trade than troops. Others disagree with this view\n"
      "entirely and say so in public.\n";
  const auto s = Sentences(text);
  REQUIRE(s.size() == 2);
  CHECK(s[0].find("alliance\nwould likely") != std::string::npos);
}

TEST_CASE("CR and CRLF line ends") {
  CHECK(Sentences("Title\r\nBody text.\r\n") == V{"Title", "Body text."});
  CHECK(Sentences("Title\rBody text.\r") == V{"Title", "Body text."});
}

TEST_CASE("white space only gives no sentences") { CHECK(Sentences(" \n\t\n  ").empty()); }

TEST_CASE("a stretch without a sentence end longer than 64 KiB is cut at spaces") {
  std::string text;
  while (text.size() < 200000) text += "the alliance would respond ";
  const auto s = Sentences(text);
  REQUIRE(s.size() >= 4);
  for (const auto& sentence : s) {
    CHECK(sentence.size() <= 64 * 1024);
    CHECK(sentence.back() != ' ');
  }
  std::string unbroken(150000, 'x');  // no space at all: cut between characters
  CHECK(Sentences(unbroken).size() == 3);
}

TEST_CASE("headings are sentences of their own; a heading's number stays with it") {
  CHECK(Sentences("Key Judgements\nWe assess that talks will fail.\n2. Regional Activities\n"
                  "President Xi envisions more.\n") ==
        V{"Key Judgements", "We assess that talks will fail.", "2. Regional Activities",
          "President Xi envisions more."});
  // A number ending a sentence mid-line is no heading's.
  CHECK(Sentences("The vote was 52 to 48. Senators left.") ==
        V{"The vote was 52 to 48.", "Senators left."});
}
