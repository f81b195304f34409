// OrderedRunner: results come in input order whatever the number of threads.
#include "claimlens/parallel.h"

#include <doctest/doctest.h>

#include "claimlens/corpus.h"
#include "test_util.h"

using namespace claimlens;

namespace {

// The words and claims of each document, in the order they are emitted.
std::vector<std::pair<std::string, Tally>> RunAll(int threads,
                                                  const std::vector<std::string>& texts) {
  std::vector<std::unique_ptr<Analyzer>> owned;
  std::vector<Analyzer*> analyzers;
  for (int i = 0; i < threads; ++i) {
    owned.push_back(test::MakeAnalyzer());
    analyzers.push_back(owned.back().get());
  }
  std::vector<std::pair<std::string, Tally>> out;
  using R = std::pair<std::string, Tally>;
  OrderedRunner<R> runner(
      analyzers,
      [](Analyzer& a, const Document& doc) {
        R r{doc.id(), {}};
        TallyVisitor v(&r.second, TallyOptions{HolderFilter::kAll, true});
        a.Run(doc, v);
        v.Finish();
        return r;
      },
      [&](R& r) { out.push_back(std::move(r)); });
  for (size_t i = 0; i < texts.size(); ++i)
    runner.Submit(Document::FromString(std::to_string(i), texts[i]));
  runner.Finish();
  return out;
}

}  // namespace

TEST_CASE("documents analysed on three threads come out in input order, as on one") {
  std::vector<std::string> texts;
  for (int i = 0; i < 40; ++i) {
    std::string t;
    // Documents of very different lengths finish out of order.
    for (int k = 0; k < (i % 7) * 30 + 1; ++k)
      t += "Beijing would likely object. Officials in Tokyo say talks may fail. ";
    texts.push_back(t);
  }
  const auto one = RunAll(1, texts);
  const auto three = RunAll(3, texts);
  REQUIRE(one.size() == 40);
  REQUIRE(three.size() == 40);
  for (size_t i = 0; i < one.size(); ++i) {
    CHECK(three[i].first == std::to_string(i));
    CHECK(three[i].second == one[i].second);
  }
  CHECK(one[1].second.claims > one[0].second.claims);
}

TEST_CASE("an exception in emit stops the workers and reaches the caller") {
  std::vector<std::unique_ptr<Analyzer>> owned;
  owned.push_back(test::MakeAnalyzer());
  owned.push_back(test::MakeAnalyzer());
  int emitted = 0;
  auto run = [&] {
    OrderedRunner<int> runner(
        {owned[0].get(), owned[1].get()}, [](Analyzer&, const Document&) { return 1; },
        [&](int&) {
          if (++emitted == 3) throw std::runtime_error("reader went away");
        });
    for (int i = 0; i < 100; ++i) runner.Submit(Document::FromString("d", "Text."));
    runner.Finish();
  };
  CHECK_THROWS_AS(run(), std::runtime_error);
  CHECK(emitted == 3);
}
