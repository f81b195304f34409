// claimlens tokens: the tokens of each sentence, with kind and norm.
#include "claimlens/schema.h"
#include "command.h"
#include "records_out.h"

namespace claimlens::cli {
namespace {

class TokenPrinter : public SentenceVisitor {
 public:
  TokenPrinter(Context& ctx, const Document& doc, RecordOut<TokenRecord>* out)
      : ctx_(ctx), doc_(doc), out_(out), colors_(ctx.color()) {}

  void OnSentence(const Sentence& s, const TokenList& tokens) override {
    std::string& b = line_;
    b.clear();
    if (out_ == nullptr) AppendLocation(colors_, doc_.id(), s.line, s.col, &b);
    bool first = true;
    for (const Token& t : tokens.tokens) {
      const std::string_view text = doc_.TextView(t.span, &text_);
      if (out_ != nullptr) {
        out_->Write(TokenRecord{doc_.id(), s.index, t, text, tokens.norm(t)});
        continue;
      }
      if (!first) b.append(colors_.dim()).append(" | ").append(colors_.reset());
      first = false;
      AppendOneLine(text, &b);
    }
    if (out_ == nullptr) {
      b.push_back('\n');
      ctx_.out().Write(b);
      ctx_.out().MaybeFlush();
    }
  }

 private:
  Context& ctx_;
  const Document& doc_;
  RecordOut<TokenRecord>* out_;
  Colors colors_;
  std::string text_;
  std::string line_;
};

class TokensCommand : public Command {
 public:
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

  int Run(Context& ctx) override {
    if (!ctx.RequireFormat({Format::kText, Format::kJsonl, Format::kTsv}, "tokens")) return 2;
    std::unique_ptr<RecordOut<TokenRecord>> out = MachineOut<TokenRecord>(ctx);
    InputReader inputs = ctx.Inputs(files_);
    while (auto doc = inputs.Next()) {
      TokenPrinter printer(ctx, *doc, out.get());
      ctx.segmenter().Run(*doc, /*with_tokens=*/true, printer);
    }
    return 0;
  }

 private:
  std::vector<std::string> files_;
};

}  // namespace

std::unique_ptr<Command> MakeTokensCommand() { return std::make_unique<TokensCommand>(); }

}  // namespace claimlens::cli
