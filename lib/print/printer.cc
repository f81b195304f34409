// The printer of each format, and the factory. JSONL and TSV are generic over
// a record's Visit (and its rows); text calls the record's AppendText.
#include "claimlens/printer.h"

#include "report_format.h"
#include "text.h"

namespace claimlens {
namespace {

// A record the machine formats can print: it lists its fields, or its rows do.
template <typename R>
concept HasRows = requires {
  typename R::Row;
};
template <typename R>
concept HasFields = requires(const R& r, JsonlWriter& w) {
  r.Visit(w);
};
template <typename R>
concept Tabular = HasFields<R> ||(HasRows<R>&& HasFields<typename R::Row>);
// A record that is one nested object (the report): jsonl, but no tsv row.
template <typename R>
concept JsonlOnly = R::kJsonlOnly;

// Hands `r`'s rows, or `r` itself, to `write`.
template <typename R, typename F>
void Rows(const R& r, F&& write) {
  if constexpr (HasRows<R>) {
    r.ForEachRow(write);
  } else {
    write(r);
  }
}

template <typename R>
class JsonlPrinter final : public Printer<R> {
 public:
  explicit JsonlPrinter(Output& out) : writer_(out) {}
  void Print(const R& r) override {
    Rows(r, [this](const auto& row) { writer_.Write(row); });
  }

 private:
  JsonlWriter writer_;
};

template <typename R>
class TsvPrinter final : public Printer<R> {
 public:
  explicit TsvPrinter(Output& out) : writer_(out) {
    if constexpr (HasRows<R>) {
      writer_.Header(typename R::Row{});
    } else {
      writer_.Header(R{});
    }
  }
  void Print(const R& r) override {
    Rows(r, [this](const auto& row) { writer_.Write(row); });
  }

 private:
  TsvWriter writer_;
};

template <typename R>
class TextPrinter final : public Printer<R> {
 public:
  TextPrinter(Output& out, TextStyle style) : out_(out), colors_(style) {}
  void Print(const R& r) override {
    line_.clear();
    AppendText(r, colors_, &line_);
    out_.Write(line_);
    out_.MaybeFlush();
  }

 private:
  Output& out_;
  Colors colors_;
  std::string line_;  // reused, so a record costs no allocation once it has grown
};

}  // namespace

template <typename R>
std::unique_ptr<Printer<R>> MakePrinter(Format format, Output& out, TextStyle style) {
  switch (format) {
    case Format::kText:
      return std::make_unique<TextPrinter<R>>(out, style);
    case Format::kJsonl:
      if constexpr (Tabular<R>) return std::make_unique<JsonlPrinter<R>>(out);
      break;
    case Format::kTsv:
      if constexpr (Tabular<R> && !JsonlOnly<R>) return std::make_unique<TsvPrinter<R>>(out);
      break;
    case Format::kHtml:
      if constexpr (std::is_same_v<R, ReportRecord>) return MakeHtmlReportPrinter(out);
      break;
    case Format::kMarkdown:
      if constexpr (std::is_same_v<R, ReportRecord>) return MakeMarkdownReportPrinter(out);
      break;
  }
  return nullptr;
}

#define CLAIMLENS_INSTANTIATE_PRINTER(R) \
  template std::unique_ptr<Printer<R>> MakePrinter<R>(Format, Output&, TextStyle);
CLAIMLENS_RECORD_TYPES(CLAIMLENS_INSTANTIATE_PRINTER)
#undef CLAIMLENS_INSTANTIATE_PRINTER

const std::vector<std::string_view>& FormatNames() {
  static const std::vector<std::string_view> names = {"text", "jsonl", "tsv", "html", "markdown"};
  return names;
}

std::optional<Format> ParseFormat(std::string_view name) {
  const auto& names = FormatNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<Format>(i);
  }
  return std::nullopt;
}

std::string_view FormatName(Format format) { return FormatNames()[static_cast<size_t>(format)]; }

}  // namespace claimlens
