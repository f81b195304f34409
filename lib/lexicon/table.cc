#include "table.h"

#include "claimlens/document.h"

namespace claimlens {
namespace {

// Appends the line's TAB-separated fields to `cells`; returns how many.
size_t SplitTabs(std::string_view line, std::vector<std::string_view>* cells) {
  size_t start = 0;
  for (size_t n = 1;; ++n) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cells->push_back(line.substr(start));
      return n;
    }
    cells->push_back(line.substr(start, tab - start));
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
  // Rows hold spans into `cells`, made once it has stopped growing.
  struct Extent {
    uint32_t line;
    size_t first, count;
  };
  std::vector<Extent> extents;
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
    const size_t first = table->cells.size();
    const size_t count = SplitTabs(line, &table->cells);
    const std::span<const std::string_view> fields(table->cells.data() + first, count);
    auto drop = [&] { table->cells.resize(first); };
    if (table->columns.empty()) {
      table->columns.assign(fields.begin(), fields.end());
      table->header_line = line_no;
      drop();
      continue;
    }
    if (fields.size() != table->columns.size()) {
      error(line_no, "expected " + std::to_string(table->columns.size()) +
                         " TAB-separated fields (" + "as in the header on line " +
                         std::to_string(table->header_line) + "), found " +
                         std::to_string(fields.size()));
      drop();
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
    if (ok) {
      extents.push_back({line_no, first, count});
    } else {
      drop();
    }
  }
  table->rows.reserve(extents.size());
  for (const Extent& e : extents) {
    table->rows.push_back(Table::Row{
        e.line, std::span<const std::string_view>(table->cells.data() + e.first, e.count)});
  }
  if (table->columns.empty()) {
    error(0, "no header line");
    return false;
  }
  return true;
}

}  // namespace claimlens
