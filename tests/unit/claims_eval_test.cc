// Claims against the gold: the corpus essays (corpus/*.claims.tsv, which we
// wrote) and the real public-domain texts (bench/realtext/*.claims.tsv,
// annotated blind). Each gold claim is matched to the claim that contains its
// anchor; then holder, level, uncertainty, confidence, condition and
// recommendation are compared field by field. CLAIMLENS_EVAL_ERRORS=1 lists
// every difference. The floors are set honestly and raised as the rules improve.
#include <dirent.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

#include "claimlens/analysis.h"
#include "gold.h"
#include "test_util.h"

using namespace claimlens;

namespace {

struct Got {
  Claim claim;
  std::string holder_type, holder;
  std::vector<std::string> stance_holders;  // the holder of each stance item
};

class ClaimCollector : public AnalysisVisitor {
 public:
  explicit ClaimCollector(std::vector<Got>* out) : out_(out) {}
  void OnSentence(const SentenceAnalysis& a) override {
    for (const Claim& c : a.claims) {
      const Holder& h = a.holders[c.holder];
      out_->push_back({c, std::string(HolderTypeName(h.type)), h.id, {}});
      for (const StanceItem& st : c.stance)
        out_->back().stance_holders.push_back(a.holders[st.holder].id);
    }
  }

 private:
  std::vector<Got>* out_;
};

std::vector<std::string> Names(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  while (dirent* e = d ? readdir(d) : nullptr) {
    const std::string n = e->d_name;
    if (n.size() > suffix.size() && n.substr(n.size() - suffix.size()) == suffix)
      names.push_back(n.substr(0, n.size() - suffix.size()));
  }
  if (d) closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

struct Tally {
  int n = 0, right = 0;
  void Add(bool ok) {
    ++n;
    right += ok;
  }
  double rate() const { return n ? double(right) / n : 0; }
};

struct Scores {
  Tally holder, holder_type, level, uncertain, confidence, addressee, split;
  Tally doc_stance, doc_stance_evaluated;  // labels per document, holder and actor
  test::Score conditional, recommendation, attributed, stance;
};

void Flag(test::Score* s, bool want, bool got) {
  if (want && got) ++s->tp;
  if (!want && got) ++s->fp;
  if (want && !got) ++s->fn;
}

Scores Evaluate(const std::string& dir, const std::string& label) {
  std::unique_ptr<Analyzer> analyzer = test::MakeAnalyzer();
  const bool show = std::getenv("CLAIMLENS_EVAL_ERRORS") != nullptr;
  Scores s;
  for (const std::string& name : Names(dir, ".claims.tsv")) {
    std::string text;
    REQUIRE(test::ReadFile(dir + "/" + name + ".txt", &text));
    std::vector<std::string> errors;
    const auto gold =
        test::ReadGoldTable(dir + "/" + name + ".claims.tsv", text, "anchor", &errors);
    for (const auto& e : errors) FAIL_CHECK(e);
    Document doc = Document::FromString(name, text);
    std::vector<Got> got;
    ClaimCollector collector(&got);
    analyzer->Run(doc, collector);
    std::map<size_t, int> used;  // system claim -> gold claims it took
    for (const test::GoldRow& g : gold) {
      size_t k = got.size();
      for (size_t i = 0; i < got.size(); ++i) {
        if (got[i].claim.span.start <= g.span.start && g.span.start < got[i].claim.span.end) k = i;
      }
      if (k == got.size()) {
        if (show)
          std::fprintf(stderr, "MISSING %s:%u '%s'\n", name.c_str(), g.line, g["anchor"].c_str());
        continue;
      }
      ++used[k];
      const Got& c = got[k];
      auto report = [&](const char* field, const std::string& want, const std::string& have) {
        if (show && want != have)
          std::fprintf(stderr, "%s %s:%u '%s': got %s want %s\n", field, name.c_str(), g.line,
                       g["anchor"].c_str(), have.c_str(), want.c_str());
      };
      s.holder_type.Add(g["holder_type"] == c.holder_type);
      report("HOLDER", g["holder_type"] + "/" + g["holder"], c.holder_type + "/" + c.holder);
      const bool same_holder =
          g["holder_type"] == c.holder_type &&
          (g["holder_type"] == "unnamed" || g["holder_type"] == "named" || g["holder"] == c.holder);
      s.holder.Add(same_holder);
      Flag(&s.attributed, g["holder_type"] != "author", c.holder_type != "author");
      const std::string level =
          c.claim.level == Level::kNone ? "-" : std::string(LevelId(c.claim.level));
      s.level.Add(g["level"] == level);
      report("LEVEL", g["level"], level);
      const std::string uncertain = c.claim.uncertain ? "1" : "0";
      s.uncertain.Add(g["uncertain"] == uncertain);
      report("UNCERTAIN", g["uncertain"], uncertain);
      const std::string confidence = c.claim.confidence == Confidence::kNone
                                         ? "-"
                                         : std::string(ConfidenceId(c.claim.confidence));
      s.confidence.Add(g["confidence"] == confidence);
      report("CONFIDENCE", g["confidence"], confidence);
      // Stance items "ACTOR:POLARITY" (polarity 0 items are mixed: left out).
      if (g["stance"] != "-" || !c.claim.stance.empty()) {
        std::vector<std::string> want, have;
        if (g["stance"] != "-") {
          std::string item;
          for (char ch : g["stance"] + ";") {
            if (ch != ';') {
              item += ch;
            } else if (!item.empty()) {
              want.push_back(item);
              item.clear();
            }
          }
        }
        for (const StanceItem& st : c.claim.stance) {
          if (st.polarity != 0) have.push_back(st.actor + ":" + std::to_string(st.polarity));
        }
        for (const std::string& h : have) {
          const bool hit = std::find(want.begin(), want.end(), h) != want.end();
          hit ? ++s.stance.tp : ++s.stance.fp;
          if (show && !hit)
            std::fprintf(stderr, "STANCE-FP %s:%u '%s': %s\n", name.c_str(), g.line,
                         g["anchor"].c_str(), h.c_str());
        }
        for (const std::string& w : want) {
          if (std::find(have.begin(), have.end(), w) != have.end()) continue;
          ++s.stance.fn;
          if (show)
            std::fprintf(stderr, "STANCE-FN %s:%u '%s': %s\n", name.c_str(), g.line,
                         g["anchor"].c_str(), w.c_str());
        }
      }
      Flag(&s.conditional, g["conditional"] == "1", c.claim.conditional);
      report("CONDITIONAL", g["conditional"], c.claim.conditional ? "1" : "0");
      Flag(&s.recommendation, g["recommendation"] == "1", c.claim.recommendation);
      report("RECOMMENDATION", g["recommendation"], c.claim.recommendation ? "1" : "0");
      if (g["recommendation"] == "1" && c.claim.recommendation) {
        const std::string want = g["addressee"];
        const std::string have = c.claim.addressee.empty() ? "-" : c.claim.addressee;
        s.addressee.Add(want == have || want.find(have) != std::string::npos);
        report("ADDRESSEE", want, have);
      }
    }
    // Document stance: per holder and actor, the polarities of the claims' items.
    std::map<std::pair<std::string, std::string>, std::vector<int>> items;
    for (const Got& c : got) {
      for (size_t i = 0; i < c.claim.stance.size(); ++i) {
        const StanceItem& st = c.claim.stance[i];
        items[{c.stance_holders[i], st.actor}].push_back(st.polarity);
      }
    }
    std::vector<std::string> stance_errors;
    const std::string stance_path = dir + "/" + name + ".stance.tsv";
    std::string stance_text;
    if (test::ReadFile(stance_path, &stance_text)) {
      std::istringstream in(stance_text);
      std::string row;
      bool header = true;
      while (std::getline(in, row)) {
        if (row.empty() || row[0] == '#') continue;
        if (header) {
          header = false;
          continue;
        }
        std::vector<std::string> f;
        std::stringstream ss(row);
        std::string field;
        while (std::getline(ss, field, '\t')) f.push_back(field);
        if (f.size() < 3) continue;
        const auto& pol = items[{f[0], f[1]}];
        int pos = 0, neg = 0;
        for (int p : pol) (p > 0 ? pos : p < 0 ? neg : pos) += p != 0;
        const std::string label = pos == 0 && neg == 0               ? "neutral"
                                  : pos > 0 && neg > 0 && pos == neg ? "mixed"
                                  : pos > neg                        ? "favorable"
                                                                     : "unfavorable";
        s.doc_stance.Add(label == f[2]);
        if (f[2] != "neutral") s.doc_stance_evaluated.Add(label == f[2]);
        if (show && label != f[2])
          std::fprintf(stderr, "DOC-STANCE %s: %s toward %s: got %s want %s\n", name.c_str(),
                       f[0].c_str(), f[1].c_str(), label.c_str(), f[2].c_str());
      }
    }
    // Splitting: a system claim that took one gold claim, and gold claims that
    // share none.
    for (size_t i = 0; i < got.size(); ++i) {
      const int n = used.count(i) ? used[i] : 0;
      s.split.Add(n == 1);
      if (show && n != 1)
        std::fprintf(stderr, "SPLIT %s:%u claim '%.40s' holds %d gold claims\n", name.c_str(),
                     got[i].claim.line, doc.Text(got[i].claim.span).c_str(), n);
    }
  }
  MESSAGE(label << ": holder type " << s.holder_type.rate() << ", holder " << s.holder.rate()
                << " of " << s.holder.n << "; attributed F1 " << s.attributed.f1() << "; level "
                << s.level.rate() << "; uncertain " << s.uncertain.rate() << "; confidence "
                << s.confidence.rate() << "; conditional F1 " << s.conditional.f1()
                << "; recommendation F1 " << s.recommendation.f1() << "; addressee "
                << s.addressee.rate() << " of " << s.addressee.n << "; stance P "
                << s.stance.precision() << " R " << s.stance.recall() << " F1 " << s.stance.f1()
                << "; document stance " << s.doc_stance.rate() << " of " << s.doc_stance.n
                << " (evaluated " << s.doc_stance_evaluated.rate() << " of "
                << s.doc_stance_evaluated.n << ")"
                << "; one gold claim a claim " << s.split.rate());
  return s;
}

}  // namespace

TEST_CASE("claims on the corpus against the gold") {
  const Scores s = Evaluate(test::SourceDir() + "/corpus", "corpus");
  REQUIRE(s.holder.n >= 500);
  // Measured 2026-11-29: holder 0.945, level 0.99, uncertain 0.96, confidence 0.996,
  // conditional F1 0.76, recommendation F1 0.80, one gold claim a claim 0.96.
  CHECK(s.holder.rate() >= 0.93);
  CHECK(s.level.rate() >= 0.97);
  CHECK(s.uncertain.rate() >= 0.94);
  CHECK(s.confidence.rate() >= 0.98);
  CHECK(s.conditional.f1() >= 0.72);
  CHECK(s.recommendation.f1() >= 0.75);
  CHECK(s.split.rate() >= 0.94);
  // Stance (2026-11-30): document labels 0.72 of 111 (an all-neutral guess gets 0.68),
  // 0.25 of the 36 non-neutral ones. corpus/score-stance.py (script: stance_gold) guards
  // the labels against the all-neutral baseline; this floor is just under today's figure.
  CHECK(s.doc_stance.rate() >= 0.70);
}

TEST_CASE("claims on real public-domain texts against the gold") {
  const Scores s = Evaluate(test::SourceDir() + "/bench/realtext", "realtext");
  REQUIRE(s.holder.n >= 150);
  // Measured 2026-11-29: holder 0.956, level 0.97, uncertain 0.89, confidence 0.99,
  // conditional F1 0.77, recommendation F1 0.64, one gold claim a claim 0.94.
  CHECK(s.holder.rate() >= 0.93);
  CHECK(s.level.rate() >= 0.95);
  CHECK(s.uncertain.rate() >= 0.86);
  CHECK(s.confidence.rate() >= 0.97);
  CHECK(s.recommendation.f1() >= 0.55);
}
