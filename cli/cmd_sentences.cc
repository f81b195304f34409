// claimlens sentences: the sentences of each document, with exact offsets.
#include "claimlens/schema.h"
#include "command.h"
#include "records_out.h"

namespace claimlens::cli {
namespace {

class SentencePrinter : public SentenceVisitor {
 public:
  SentencePrinter(Context& ctx, const Document& doc, RecordOut<SentenceRecord>* out)
      : ctx_(ctx), doc_(doc), out_(out), colors_(ctx.color()) {}

  void OnSentence(const Sentence& s, const TokenList&) override {
    const std::string_view text = doc_.TextView(s.span, &text_);
    if (out_ != nullptr) {
      out_->Write(SentenceRecord{doc_.id(), s, text});
      return;
    }
    line_.clear();
    AppendLocation(colors_, doc_.id(), s.line, s.col, &line_);
    AppendOneLine(text, &line_);
    line_.push_back('\n');
    ctx_.out().Write(line_);
    ctx_.out().MaybeFlush();
  }

 private:
  Context& ctx_;
  const Document& doc_;
  RecordOut<SentenceRecord>* out_;
  Colors colors_;
  std::string text_;
  std::string line_;
};

class SentencesCommand : public Command {
 public:
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

  int Run(Context& ctx) override {
    if (!ctx.RequireFormat({Format::kText, Format::kJsonl, Format::kTsv}, "sentences")) return 2;
    std::unique_ptr<RecordOut<SentenceRecord>> out = MachineOut<SentenceRecord>(ctx);
    InputReader inputs = ctx.Inputs(files_);
    while (auto doc = inputs.Next()) {
      SentencePrinter printer(ctx, *doc, out.get());
      ctx.segmenter().Run(*doc, /*with_tokens=*/false, printer);
    }
    return 0;
  }

 private:
  std::vector<std::string> files_;
};

}  // namespace

std::unique_ptr<Command> MakeSentencesCommand() { return std::make_unique<SentencesCommand>(); }

}  // namespace claimlens::cli
