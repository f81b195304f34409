// Accuracy on the essays we wrote: cues found by claimlens against the gold
// annotations (corpus/*.gold.tsv). A predicted cue is right when a gold cue of
// the same kind overlaps it. The floors are set honestly and raised as the
// engine improves; CLAIMLENS_EVAL_ERRORS=1 lists every miss.
#include <dirent.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "claimlens/analysis.h"
#include "gold.h"
#include "test_util.h"

using namespace claimlens;

namespace {

struct Predicted {
  std::string kind;
  Span span;
  std::string level;
  std::string text;
};

class CueCollector : public AnalysisVisitor {
 public:
  explicit CueCollector(const Document& doc, std::vector<Predicted>* out) : doc_(doc), out_(out) {}
  void OnSentence(const SentenceAnalysis& a) override {
    for (const Cue& c : a.cues) {
      // A confidence statement's value is its confidence, not a likelihood.
      const std::string value = c.cls == CueClass::kConfidence
                                    ? std::string(ConfidenceId(c.confidence))
                                    : std::string(LevelId(c.level));
      out_->push_back({std::string(EntryKindName(c.kind)), c.span, value, doc_.Text(c.span)});
    }
  }

 private:
  const Document& doc_;
  std::vector<Predicted>* out_;
};

bool Overlap(Span a, Span b) { return a.start < b.end && b.start < a.end; }

std::vector<std::string> Essays() {
  std::vector<std::string> names;
  const std::string dir = test::SourceDir() + "/corpus";
  DIR* d = opendir(dir.c_str());
  while (dirent* e = d ? readdir(d) : nullptr) {
    const std::string n = e->d_name;
    if (n.size() > 4 && n.substr(n.size() - 4) == ".txt")
      names.push_back(n.substr(0, n.size() - 4));
  }
  if (d) closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("hedge and booster cues on the corpus against the gold") {
  std::unique_ptr<Analyzer> analyzer = test::MakeAnalyzer();
  const bool show = std::getenv("CLAIMLENS_EVAL_ERRORS") != nullptr;
  test::Score total, exact;
  int levels_right = 0, levels_compared = 0;
  const auto essays = Essays();
  REQUIRE(essays.size() >= 6);
  for (const std::string& name : essays) {
    const std::string base = test::SourceDir() + "/corpus/" + name;
    std::string text;
    REQUIRE(test::ReadFile(base + ".txt", &text));
    std::vector<std::string> errors;
    std::vector<test::GoldItem> gold = test::ReadGold(base + ".gold.tsv", text, &errors);
    for (const auto& e : errors) FAIL_CHECK(e);
    gold.erase(std::remove_if(gold.begin(), gold.end(),
                              [](const auto& g) { return g.kind != "hedge" && g.kind != "booster"; }),
               gold.end());

    Document doc = Document::FromString(name, text);
    std::vector<Predicted> predicted;
    CueCollector collector(doc, &predicted);
    analyzer->Run(doc, collector);

    test::Score s;
    std::vector<bool> used(gold.size(), false);
    for (const Predicted& p : predicted) {
      bool hit = false;
      for (size_t g = 0; g < gold.size() && !hit; ++g) {
        if (used[g] || gold[g].kind != p.kind || !Overlap(gold[g].span, p.span)) continue;
        used[g] = hit = true;
        exact.tp += gold[g].span == p.span;
        const std::string want = gold[g].value == "-" ? "" : gold[g].value;
        if (!want.empty() || !p.level.empty()) {
          ++levels_compared;
          levels_right += want == p.level;
          if (show && want != p.level)
            std::fprintf(stderr, "LEVEL %s:%u %s '%s' got %s want %s\n", name.c_str(), gold[g].line,
                         p.kind.c_str(), p.text.c_str(), p.level.c_str(), want.c_str());
        }
      }
      if (hit) {
        ++s.tp;
      } else {
        ++s.fp;
        if (show)
          std::fprintf(stderr, "FP %s @%u %s '%s'\n", name.c_str(), p.span.start, p.kind.c_str(),
                       p.text.c_str());
      }
    }
    for (size_t g = 0; g < gold.size(); ++g) {
      if (used[g]) continue;
      ++s.fn;
      if (show)
        std::fprintf(stderr, "FN %s:%u %s %s '%s'\n", name.c_str(), gold[g].line,
                     gold[g].kind.c_str(), gold[g].cls.c_str(), gold[g].text.c_str());
    }
    MESSAGE(name << ": P " << s.precision() << " R " << s.recall() << " F1 " << s.f1());
    total.Add(s);
  }
  exact.fp = total.tp + total.fp - exact.tp;
  exact.fn = total.tp + total.fn - exact.tp;
  const double level_accuracy = levels_compared ? double(levels_right) / levels_compared : 0;
  MESSAGE("all essays: P " << total.precision() << " R " << total.recall() << " F1 " << total.f1()
                           << "; exact-span F1 " << exact.f1() << "; level accuracy "
                           << level_accuracy << " of " << levels_compared);
  // Measured 2026-11-28: P 0.97, R 1.00, F1 0.985, exact-span F1 0.89, levels 0.98 of 55.
  // 2026-11-29, against the revised gold (eleven essays; third-party belief verbs are
  // attribution, confidence statements are cues): P 0.90, R 0.94, F1 0.92, exact 0.84;
  // with holders (belief verbs of third parties are attribution): P 0.94, R 0.96, F1 0.95.
  CHECK(total.precision() >= 0.93);
  CHECK(total.recall() >= 0.95);
  CHECK(total.f1() >= 0.94);
  CHECK(exact.f1() >= 0.84);
  CHECK(level_accuracy >= 0.95);
}

namespace {

class MentionCollector : public AnalysisVisitor {
 public:
  explicit MentionCollector(std::vector<Mention>* out) : out_(out) {}
  void OnSentence(const SentenceAnalysis& a) override {
    out_->insert(out_->end(), a.mentions.begin(), a.mentions.end());
  }

 private:
  std::vector<Mention>* out_;
};

}  // namespace

TEST_CASE("actor mentions on the corpus against the gold") {
  std::unique_ptr<Analyzer> analyzer = test::MakeAnalyzer();
  const bool show = std::getenv("CLAIMLENS_EVAL_ERRORS") != nullptr;
  test::Score total;
  for (const std::string& name : Essays()) {
    const std::string base = test::SourceDir() + "/corpus/" + name;
    std::string text;
    REQUIRE(test::ReadFile(base + ".txt", &text));
    std::vector<std::string> errors;
    std::vector<test::GoldItem> gold = test::ReadGold(base + ".gold.tsv", text, &errors);
    gold.erase(
        std::remove_if(gold.begin(), gold.end(), [](const auto& g) { return g.kind != "actor"; }),
        gold.end());
    Document doc = Document::FromString(name, text);
    std::vector<Mention> mentions;
    MentionCollector collector(&mentions);
    analyzer->Run(doc, collector);
    test::Score s;
    std::vector<bool> used(gold.size(), false);
    for (const Mention& m : mentions) {
      bool hit = false;
      for (size_t g = 0; g < gold.size() && !hit; ++g) {
        if (used[g] || gold[g].value != m.id || !Overlap(gold[g].span, m.span)) continue;
        used[g] = hit = true;
      }
      hit ? ++s.tp : ++s.fp;
      if (!hit && show)
        std::fprintf(stderr, "FP %s:%u %s '%s'\n", name.c_str(), m.line, m.id.c_str(),
                     doc.Text(m.span).c_str());
    }
    for (size_t g = 0; g < gold.size(); ++g) {
      if (used[g]) continue;
      ++s.fn;
      if (show)
        std::fprintf(stderr, "FN %s:%u %s '%s'\n", name.c_str(), gold[g].line,
                     gold[g].value.c_str(), gold[g].text.c_str());
    }
    MESSAGE(name << ": actors P " << s.precision() << " R " << s.recall() << " F1 " << s.f1());
    total.Add(s);
  }
  MESSAGE("all essays: actors P " << total.precision() << " R " << total.recall() << " F1 "
                                  << total.f1());
  // Measured 2026-11-28: P 0.98, R 0.98, F1 0.98 over 863 gold mentions. Most of what is
  // left is a capital read as the state where the gold reads a place, or the reverse.
  // 2026-11-29, eleven essays: P 0.976, R 0.965, F1 0.971.
  CHECK(total.precision() >= 0.96);
  CHECK(total.recall() >= 0.95);
  CHECK(total.f1() >= 0.96);
}
