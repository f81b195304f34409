// claimlens text: the text of each document that offsets count in (a PDF's
// extracted text, any other document's bytes), or the text the stages read.
#include "command.h"

namespace claimlens::cli {
namespace {

class TextCommand : public Command {
 public:
  void Reset() override { *this = TextCommand(); }
  CLI::App* Setup(CLI::App& app) override {
    CLI::App* cmd = app.add_subcommand(
        "text", "Print each document's text as offsets count in it (a PDF's extracted text)");
    cmd->add_option("FILE", files_, "Files or directories to read (default: standard input)");
    cmd->add_flag("--analysed", analysed_,
                  "Print the text the analysis reads instead: markup, running headers and "
                  "footers and line-end hyphens left out (offsets do not count in it)");
    cmd->footer(
        "Output: text prints the text as it is (for a PDF the extracted text, whose bytes\n"
        "[start, end) are every record's text; for any other document its bytes); jsonl\n"
        "and tsv print doc, type, encoding, pages, bytes, text (in UTF-8).\n\n"
        "Examples:\n"
        "  claimlens text report.pdf > report.txt\n"
        "  claimlens text --analysed page.html\n"
        "  claimlens text --format jsonl report.pdf | jq .pages");
    return cmd;
  }

  bool SegmentationOnly() const override { return true; }

  int Run(Context& ctx) override {
    auto printer = ctx.MakePrinter<DocumentTextRecord>("text");
    if (!printer) return 2;
    InputReader inputs = ctx.Inputs(files_);
    std::string utf8;
    while (auto doc = inputs.Next()) {
      DocumentTextRecord r;
      r.doc = doc->id();
      r.type = DocumentTypeName(doc->type());
      r.encoding = doc->encoding();
      r.pages = doc->paged() ? doc->PageAt(static_cast<uint32_t>(doc->bytes().size())) : 0;
      if (analysed_) {
        r.text = doc->text().substr(doc->text_start());
        utf8 = SanitizeUtf8(r.text);
      } else {
        r.text = doc->bytes();
        utf8 = doc->Text({0, static_cast<uint32_t>(doc->bytes().size())});
      }
      r.bytes = r.text.size();
      r.utf8 = utf8;
      printer->Print(r);
    }
    return 0;
  }

 private:
  std::vector<std::string> files_;
  bool analysed_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeTextCommand() { return std::make_unique<TextCommand>(); }

}  // namespace claimlens::cli
