#include "table.h"

#include <algorithm>

#include "claimlens/document.h"

namespace claimlens {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  const auto tabs = static_cast<size_t>(std::count(line.begin(), line.end(), '\t'));
  fields.reserve(tabs + 1);  // one allocation a row
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

bool ParseTable(std::string path, std::string_view text, Table* table,
                std::vector<Diagnostic>* errors) {
  table->path = std::move(path);
  auto error = [&](uint32_t line, std::string message) {
    errors->push_back(Diagnostic{Severity::kError, table->path, line, 0, std::move(message)});
  };
  const DecodeInfo info = Decode(text);
  if (info.invalid_count > 0 || info.first_nul >= 0) {
    error(0, "not UTF-8 text");
    return false;
  }
  text.remove_prefix(info.body_start);
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line) || line[0] == '#') continue;
    std::vector<std::string_view> fields = SplitTabs(line);
    if (table->columns.empty()) {
      table->columns = fields;
      table->header_line = line_no;
      continue;
    }
    if (fields.size() != table->columns.size()) {
      error(line_no, "expected " + std::to_string(table->columns.size()) +
                         " TAB-separated fields (" + "as in the header on line " +
                         std::to_string(table->header_line) + "), found " +
                         std::to_string(fields.size()));
      continue;
    }
    bool ok = true;
    for (size_t i = 0; i < fields.size() && ok; ++i) {
      const std::string_view f = fields[i];
      const std::string_view name = table->columns[i];
      if (f.empty()) {
        error(line_no, "empty field '" + std::string(name) + "' (write - for none)");
        ok = false;
      } else if (f.front() == ' ' || f.back() == ' ') {
        error(line_no, "leading or trailing space in field '" + std::string(name) + "'");
        ok = false;
      }
    }
    if (ok) table->rows.push_back(Table::Row{line_no, std::move(fields)});
  }
  if (table->columns.empty()) {
    error(0, "no header line");
    return false;
  }
  return true;
}

}  // namespace claimlens
