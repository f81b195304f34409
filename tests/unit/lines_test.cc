#include "lines.h"

#include <doctest/doctest.h>

#include <string>

using namespace claimlens;

TEST_CASE("one paragraph per line is not hard-wrapped") {
  const std::string text =
      "A title without a period\nFirst paragraph ends here.\nSecond paragraph ends here.\n"
      "Third one too.\nBy: Someone\n";
  CHECK(FindSoftLineEnds(text, 0).empty());
}

TEST_CASE("hard-wrapped paragraphs have soft line ends; titles and list items do not") {
  const std::string text =
      "The Case Against Expansion\n"
      "\n"
      "The alliance has spent two years arguing about its role in the region and\n"
      "it would likely find that partners there want trade more than troops, which\n"
      "is a point that officials in several capitals have made in public more than\n"
      "once this year.\n"
      "- a list item that stands alone\n"
      "- another item\n";
  const auto soft = FindSoftLineEnds(text, 0);
  REQUIRE(soft.size() == 3);
  CHECK(text[soft[0]] == '\n');
  CHECK(text.substr(soft[0] - 3, 3) == "and");
  CHECK(text.substr(soft[2] - 4, 4) == "than");
}
