// claimlens sentences: the sentences of each document, with exact offsets.
#include "command.h"

namespace claimlens::cli {
namespace {

// Hands each sentence to the printer as a record.
class SentenceFeed : public SentenceVisitor {
 public:
  SentenceFeed(const Document& doc, Printer<SentenceRecord>& printer)
      : doc_(doc), printer_(printer) {}

  void OnSentence(const Sentence& s, const TokenList&) override {
    printer_.Print(SentenceRecord{doc_.id(), s, doc_.TextView(s.span, &text_)});
  }

 private:
  const Document& doc_;
  Printer<SentenceRecord>& printer_;
  std::string text_;
};

class SentencesCommand : public Command {
 public:
  void Reset() override { *this = SentencesCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand("sentences", "Split documents into sentences");
    cmd->add_option("FILE", files_, "Files or directories to read (default: standard input)");
    cmd->footer(
        "Output: text prints PATH:LINE:COL: SENTENCE; jsonl and tsv print doc, sentence,\n"
        "start, end, line, col, text (start/end are byte offsets into the input).\n\n"
        "Examples:\n"
        "  claimlens sentences essay.txt\n"
        "  claimlens sentences --format jsonl drafts/ | jq -r .text\n"
        "  claimlens sentences --input jsonl --format tsv < docs.jsonl");
    return cmd;
  }

  bool SegmentationOnly() const override { return true; }

  int Run(Context& ctx) override {
    auto printer = ctx.MakePrinter<SentenceRecord>("sentences");
    if (!printer) return 2;
    InputReader inputs = ctx.Inputs(files_);
    while (auto doc = inputs.Next()) {
      SentenceFeed feed(*doc, *printer);
      ctx.segmenter().Run(*doc, /*with_tokens=*/false, feed);
    }
    return 0;
  }

 private:
  std::vector<std::string> files_;
};

}  // namespace

std::unique_ptr<Command> MakeSentencesCommand() { return std::make_unique<SentencesCommand>(); }

}  // namespace claimlens::cli
