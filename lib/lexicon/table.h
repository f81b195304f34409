// The TSV layer every lexicon file shares: comments, a header, rows of exactly
// the header's width, file:line errors.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/diagnostics.h"

namespace claimlens {

struct Table {
  struct Row {
    uint32_t line = 0;
    std::span<const std::string_view> fields;  // views into the file's text
    // Field i, or "" past the end: a row is untrusted input, so even a loader
    // that misjudged its table's width never reads out of bounds.
    std::string_view operator[](size_t i) const {
      return i < fields.size() ? fields[i] : std::string_view();
    }
  };
  std::string path;
  uint32_t header_line = 0;
  std::vector<std::string_view> columns;
  std::vector<Row> rows;

  Table() = default;
  // Rows view `cells`: a move keeps its buffer, a copy would not.
  Table(Table&&) noexcept = default;
  Table& operator=(Table&&) noexcept = default;
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

 private:
  friend bool ParseTable(std::string, std::string_view, Table*, std::vector<Diagnostic>*);
  // Every row's fields end to end: one allocation a table, not one a row.
  std::vector<std::string_view> cells;
};

// Parses `text` (which must outlive the table). Problems are appended to
// `errors`; rows with problems are left out. Returns false when the file has
// no usable header.
bool ParseTable(std::string path, std::string_view text, Table* table,
                std::vector<Diagnostic>* errors);

}  // namespace claimlens
