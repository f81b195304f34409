// A program that uses libclaimlens: prints the hedges, boosters and actors of
// the text given as arguments (or of standard input).
//
//   cues "Beijing would almost certainly object."
//   1:15: booster estimative "almost certainly" almost_certain 95-99%
//   1:1: actor state CHN "Beijing"
#include <claimlens/analysis.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

namespace {

class Printer : public claimlens::AnalysisVisitor {
 public:
  explicit Printer(const claimlens::Lexicon& lexicon) : lexicon_(&lexicon) {}

  void OnSentence(const claimlens::SentenceAnalysis& a) override {
    for (const claimlens::Cue& cue : a.cues) {
      // Kinds, classes and mention types are enums; their names are the output's.
      std::printf("%u:%u: %s %s \"%s\"", cue.line, cue.col,
                  std::string(claimlens::EntryKindName(cue.kind)).c_str(),
                  std::string(claimlens::CueClassName(cue.cls)).c_str(),
                  a.doc->Text(cue.span).c_str());
      const auto band = claimlens::CueBand(*lexicon_, cue, claimlens::Scale::kIcd203);
      if (cue.level != claimlens::Level::kNone && band) {
        std::printf(" %s %g-%g%%", std::string(claimlens::LevelId(cue.level)).c_str(), band->lo,
                    band->hi);
      }
      std::printf("\n");
    }
    for (const claimlens::Mention& m : a.mentions) {
      std::printf("%u:%u: actor %s %s \"%s\"\n", m.line, m.col,
                  std::string(claimlens::MentionTypeName(m.type)).c_str(), m.id.c_str(),
                  a.doc->Text(m.span).c_str());
    }
  }

 private:
  const claimlens::Lexicon* lexicon_;
};

}  // namespace

int main(int argc, char** argv) {
  std::string text;
  for (int i = 1; i < argc; ++i) text += std::string(i > 1 ? " " : "") + argv[i];
  if (argc == 1) text.assign(std::istreambuf_iterator<char>(std::cin), {});

  // The built-in lexicons are compiled into the library; an Analyzer makes its
  // own segmenter from the lexicon it is given.
  std::shared_ptr<const claimlens::Lexicon> lexicon = claimlens::Lexicon::Builtin();
  claimlens::Result<std::unique_ptr<claimlens::Analyzer>> analyzer =
      claimlens::Analyzer::Create(lexicon);
  if (!analyzer.ok()) {
    std::fprintf(stderr, "cues: %s\n", analyzer.error().ToString().c_str());
    return 2;
  }
  claimlens::Document doc = claimlens::Document::FromString("-", text);
  Printer printer(*lexicon);
  analyzer.value()->Run(doc, printer);
  return 0;
}
