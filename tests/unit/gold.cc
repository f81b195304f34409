#include "gold.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <sstream>

#include "test_util.h"

namespace claimlens::test {
namespace {

bool AlnumBefore(const std::string& s, size_t i) {
  if (i == 0) return false;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(s.data(), 0, k, c);
  return c >= 0 && u_isalnum(c);
}

bool AlnumAt(const std::string& s, size_t i) {
  if (i >= s.size()) return false;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isalnum(c);
}

}  // namespace

const std::string& GoldRow::operator[](const std::string& name) const {
  static const std::string kNone = "-";
  auto it = fields.find(name);
  return it == fields.end() ? kNone : it->second;
}

std::vector<GoldRow> ReadGoldTable(const std::string& gold_path, const std::string& essay,
                                   const std::string& locate, std::vector<std::string>* errors) {
  std::vector<GoldRow> rows;
  std::string text;
  if (!ReadFile(gold_path, &text)) {
    errors->push_back(gold_path + ": cannot read");
    return rows;
  }
  std::vector<size_t> line_starts = {0};
  for (size_t i = 0; i < essay.size(); ++i) {
    if (essay[i] == '\n') line_starts.push_back(i + 1);
  }
  auto split = [](const std::string& row) {
    std::vector<std::string> f;
    std::stringstream ss(row);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    return f;
  };
  std::istringstream in(text);
  std::string row;
  int row_no = 0;
  std::vector<std::string> header;
  while (std::getline(in, row)) {
    ++row_no;
    if (row.empty() || row[0] == '#') continue;
    const std::vector<std::string> f = split(row);
    const std::string where = gold_path + ":" + std::to_string(row_no) + ": ";
    if (header.empty()) {
      header = f;
      continue;
    }
    if (f.size() != header.size()) {
      errors->push_back(where + "expected " + std::to_string(header.size()) + " fields");
      continue;
    }
    GoldRow g;
    for (size_t i = 0; i < f.size(); ++i) g.fields[header[i]] = f[i];
    g.line = static_cast<uint32_t>(std::stoul(g["line"]));
    const int occ = std::stoi(g["occ"]);
    const std::string& needle = g[locate];
    if (g.line == 0 || g.line > line_starts.size()) {
      errors->push_back(where + "no line " + g["line"]);
      continue;
    }
    const size_t ls = line_starts[g.line - 1];
    const size_t le = g.line < line_starts.size() ? line_starts[g.line] - 1 : essay.size();
    int seen = 0;
    size_t at = std::string::npos;
    for (size_t pos = essay.find(needle, ls); pos != std::string::npos && pos + needle.size() <= le;
         pos = essay.find(needle, pos + 1)) {
      if (AlnumBefore(essay, pos) || AlnumAt(essay, pos + needle.size())) continue;
      if (++seen == occ) {
        at = pos;
        break;
      }
    }
    if (at == std::string::npos) {
      errors->push_back(where + "'" + needle + "' not found");
      continue;
    }
    g.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
    rows.push_back(std::move(g));
  }
  return rows;
}

std::vector<GoldItem> ReadGold(const std::string& gold_path, const std::string& essay,
                               std::vector<std::string>* errors) {
  std::vector<GoldItem> items;
  for (const GoldRow& r : ReadGoldTable(gold_path, essay, "text", errors)) {
    items.push_back({r["kind"], r["class"], r["text"], r["value"], r["holder"], r.span, r.line});
  }
  return items;
}

}  // namespace claimlens::test
