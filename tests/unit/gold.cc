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

std::vector<GoldItem> ReadGold(const std::string& gold_path, const std::string& essay,
                               std::vector<std::string>* errors) {
  std::vector<GoldItem> items;
  std::string text;
  if (!ReadFile(gold_path, &text)) {
    errors->push_back(gold_path + ": cannot read");
    return items;
  }
  std::vector<size_t> line_starts = {0};
  for (size_t i = 0; i < essay.size(); ++i) {
    if (essay[i] == '\n') line_starts.push_back(i + 1);
  }
  std::istringstream in(text);
  std::string row;
  int row_no = 0;
  bool header = true;
  while (std::getline(in, row)) {
    ++row_no;
    if (row.empty() || row[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> f;
    std::stringstream ss(row);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    if (f.size() != 6) {
      errors->push_back(gold_path + ":" + std::to_string(row_no) + ": expected 6 fields");
      continue;
    }
    GoldItem g{f[2], f[3], f[4], f[5], {}, static_cast<uint32_t>(std::stoul(f[0]))};
    const int occ = std::stoi(f[1]);
    if (g.line == 0 || g.line > line_starts.size()) {
      errors->push_back(gold_path + ":" + std::to_string(row_no) + ": no line " + f[0]);
      continue;
    }
    const size_t ls = line_starts[g.line - 1];
    const size_t le = g.line < line_starts.size() ? line_starts[g.line] - 1 : essay.size();
    int seen = 0;
    size_t at = std::string::npos;
    for (size_t pos = essay.find(g.text, ls); pos != std::string::npos && pos + g.text.size() <= le;
         pos = essay.find(g.text, pos + 1)) {
      if (AlnumBefore(essay, pos) || AlnumAt(essay, pos + g.text.size())) continue;
      if (++seen == occ) {
        at = pos;
        break;
      }
    }
    if (at == std::string::npos) {
      errors->push_back(gold_path + ":" + std::to_string(row_no) + ": '" + g.text + "' not found");
      continue;
    }
    g.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + g.text.size())};
    items.push_back(g);
  }
  return items;
}

}  // namespace claimlens::test
