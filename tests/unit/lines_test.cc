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

TEST_CASE("each paragraph's own lines decide: a narrower annex runs on, an address does not") {
  const std::string text =
      "The committee has reviewed the draft treaty and we assess\n"
      "that ratification will probably pass the upper house before\n"
      "the summer recess, although two provinces have objected to\n"
      "the fisheries chapter and may delay the final vote.\n"
      "\n"
      "The fisheries chapter is\n"
      "unlikely to survive in its\n"
      "present form. Provincial\n"
      "leaders want quotas set\n"
      "locally.\n"
      "\n"
      "J. Okafor\n"
      "Clerk of the Committee\n";
  const auto soft = FindSoftLineEnds(text, 0);
  std::vector<std::string> ends;
  for (uint32_t s : soft) {
    uint32_t b = s;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    ends.push_back(text.substr(b, s - b));
  }
  // Three in the body, four in the annex (wrapped at 26), none in the address.
  CHECK(ends ==
        std::vector<std::string>{"assess", "before", "to", "is", "its", "Provincial", "set"});
}

TEST_CASE("a soft hyphen (a line end joined over a broken word) still counts as a line end") {
  // As PlainTextView makes it: "prob-\nably" reads "prob\u00ADably".
  const std::string text =
      "The alliance has spent two years arguing about its role and it prob\xC2\xAD"
      "ably will find that partners there want trade more than troops, which\n"
      "is a point that officials in several capitals have made in public more\n"
      "than once this year, and that the ministers repeated at the summit in\n"
      "the spring.\n";
  const auto soft = FindSoftLineEnds(text, 0);
  REQUIRE(soft.size() == 3);
  CHECK(text[soft[0]] == '\n');  // never at the soft hyphen itself
  CHECK(text.substr(soft[0] - 5, 5) == "which");
}
