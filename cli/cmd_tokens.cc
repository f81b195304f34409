// claimlens tokens: the tokens of each sentence, with kind and norm.
#include "command.h"

namespace claimlens::cli {
namespace {

// Hands each sentence's tokens to the printer as a record.
class TokensFeed : public SentenceVisitor {
 public:
  TokensFeed(const Document& doc, Printer<SentenceTokensRecord>& printer)
      : doc_(doc), printer_(printer) {}

  void OnSentence(const Sentence& s, const TokenList& tokens) override {
    printer_.Print(SentenceTokensRecord{&doc_, &s, &tokens});
  }

 private:
  const Document& doc_;
  Printer<SentenceTokensRecord>& printer_;
};

class TokensCommand : public Command {
 public:
  void Reset() override { *this = TokensCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand("tokens", "Split sentences into tokens");
    cmd->add_option("FILE", files_, "Files or directories to read (default: standard input)");
    cmd->footer(
        "Output: text prints one line per sentence, PATH:LINE:COL: then its tokens\n"
        "separated by \" | \"; jsonl and tsv print one token a record: doc, sentence,\n"
        "start, end, kind (word, number, punct, symbol), text, norm (NFKC, case-folded,\n"
        "typographic quotes folded).\n\n"
        "Examples:\n"
        "  claimlens tokens essay.txt\n"
        "  claimlens tokens --format tsv essay.txt | cut -f7 | sort | uniq -c | sort -nr | head\n"
        "  claimlens tokens --format jsonl - < essay.txt | jq -c 'select(.kind == \"word\")'");
    return cmd;
  }

  bool SegmentationOnly() const override { return true; }

  int Run(Context& ctx) override {
    auto printer = ctx.MakePrinter<SentenceTokensRecord>("tokens");
    if (!printer) return 2;
    InputReader inputs = ctx.Inputs(files_);
    while (auto doc = inputs.Next()) {
      TokensFeed feed(*doc, *printer);
      ctx.segmenter().Run(*doc, /*with_tokens=*/true, feed);
    }
    return 0;
  }

 private:
  std::vector<std::string> files_;
};

}  // namespace

std::unique_ptr<Command> MakeTokensCommand() { return std::make_unique<TokensCommand>(); }

}  // namespace claimlens::cli
