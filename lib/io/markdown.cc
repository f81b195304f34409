// Markdown: cmark (the CommonMark reference) finds blocks and inlines with their
// source positions; the view keeps their text in place and reads the syntax
// around it as markup. Tables (a GitHub extension cmark does not parse) are
// found here: a paragraph whose second line is a delimiter row.
#include <cmark.h>

#include <algorithm>
#include <memory>
#include <string>

#include "readers.h"

namespace claimlens {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// "|---|:--:|", "--- | ---": the row under a table's header.
bool IsDelimiterRow(std::string_view line) {
  bool dash = false, pipe = false;
  for (char c : line) {
    if (c == '-') {
      dash = true;
    } else if (c == '|') {
      pipe = true;
    } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return dash && pipe;
}

// YAML front matter: "---" on the first line up to a closing "---" or "...".
// Returns where it ends (0: none).
size_t FrontMatterEnd(std::string_view s) {
  if (s.substr(0, 4) != "---\n" && s.substr(0, 5) != "---\r\n") return 0;
  size_t pos = s.find('\n') + 1;
  while (pos < s.size()) {
    size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) eol = s.size();
    std::string_view line = s.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---" || line == "...") return eol;
    pos = eol + 1;
  }
  return 0;
}

class MarkdownWalker {
 public:
  MarkdownWalker(std::string_view src, uint32_t start) : src_(src), start_(start), b_(src, start) {
    line_starts_.push_back(start);
    // cmark's line numbers count every CommonMark line end: \n, \r\n and a lone \r.
    for (size_t i = start; i < src.size(); ++i) {
      if (src[i] == '\n' || (src[i] == '\r' && (i + 1 == src.size() || src[i + 1] != '\n')))
        line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }

  Layer Run() {
    std::string input(src_.substr(start_));
    // Front matter is blanked (kept as blank lines, so positions stay put).
    const size_t front = FrontMatterEnd(input);
    for (size_t i = 0; i < front; ++i) {
      if (input[i] != '\n' && input[i] != '\r') input[i] = ' ';
    }
    std::unique_ptr<cmark_node, void (*)(cmark_node*)> doc(
        cmark_parse_document(input.data(), input.size(), CMARK_OPT_DEFAULT), cmark_node_free);
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(doc.get()),
                                                          cmark_iter_free);
    int skip = 0;  // inside an image: its alt text is not read
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(it.get());
      const cmark_node_type type = cmark_node_get_type(node);
      const bool enter = ev == CMARK_EVENT_ENTER;
      switch (type) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_LIST:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
          b_.Block();
          if (type == CMARK_NODE_PARAGRAPH) table_ = enter && IsTable(node);
          break;
        case CMARK_NODE_IMAGE:
          skip += enter ? 1 : -1;
          break;
        case CMARK_NODE_SOFTBREAK:
          if (table_) {
            b_.Block();
          } else {
            b_.Space();
          }
          break;
        case CMARK_NODE_LINEBREAK:
          b_.LineEnd();
          break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          if (skip == 0) Text(node);
          break;
        default:
          break;
      }
    }
    return b_.Finish();
  }

 private:
  uint32_t Offset(int line, int col) const {
    if (line < 1 || col < 1 || static_cast<size_t>(line) > line_starts_.size()) return 0;
    const size_t at = line_starts_[static_cast<size_t>(line - 1)] + static_cast<size_t>(col - 1);
    return static_cast<uint32_t>(std::min(at, src_.size()));
  }

  bool IsTable(cmark_node* para) const {
    const int line = cmark_node_get_start_line(para);
    if (cmark_node_get_end_line(para) <= line) return false;
    const uint32_t a = Offset(line + 1, 1);
    size_t e = src_.find_first_of("\r\n", a);
    if (e == std::string_view::npos) e = src_.size();
    return IsDelimiterRow(src_.substr(a, e - a));
  }

  // Lays a text node's literal over its source bytes: equal bytes are copied; a
  // backslash escape or an entity is one unit read as what it stands for; in a
  // table a pipe ends a cell; syntax the literal leaves out reads as nothing.
  void Text(cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    const std::string_view lit = literal != nullptr ? literal : "";
    const int line = cmark_node_get_start_line(node);
    const uint32_t from = Offset(line, cmark_node_get_start_column(node));
    const uint32_t to = Offset(cmark_node_get_end_line(node), cmark_node_get_end_column(node) + 1);
    if (line < 1 || to <= from || from < b_.pos()) return;
    const std::string_view orig = src_.substr(from, to - from);
    if (table_ && IsDelimiterRow(orig)) return;
    size_t i = 0, j = 0;
    while (i < orig.size()) {
      const char c = orig[i];
      if (table_ && c == '|') {
        b_.Block();
        ++i, j += j < lit.size() && lit[j] == '|';
        continue;
      }
      if (c == '\\' && i + 1 < orig.size() && j < lit.size() && lit[j] == orig[i + 1]) {
        b_.Replace(from + i, from + i + 2, lit.substr(j, 1));
        i += 2, ++j;
        continue;
      }
      if (c == '&' && !(j < lit.size() && lit[j] == '&')) {
        size_t k = i + 1;
        if (k < orig.size() && orig[k] == '#') ++k;
        while (k < orig.size() && IsAlnum(orig[k]) && k - i < 40) ++k;
        if (k < orig.size() && orig[k] == ';') ++k;
        // One character of the literal at most (ill-formed bytes one by one),
        // so that no sentence or token boundary falls inside the unit.
        const size_t j0 = j;
        if (j < lit.size()) j += Utf8CharLength(lit, j);
        b_.Replace(from + i, from + k, lit.substr(j0, j - j0));
        i = k;
        continue;
      }
      if (j >= lit.size()) return;  // the rest reads as nothing: markup
      if (lit[j] != c) {
        // Syntax the literal leaves out: skip a few bytes to where they agree.
        size_t k = i + 1;
        while (k < orig.size() && k - i <= 4 && orig[k] != lit[j]) ++k;
        if (c != '\n' && c != '\r' && k < orig.size() && orig[k] == lit[j]) {
          i = k;
          continue;
        }
        // Else one character for one (a line end in inline code reads as a
        // space): small units, so no two sentences ever share one.
        const size_t n = Utf8CharLength(orig, i);
        const size_t m = Utf8CharLength(lit, j);
        b_.Replace(from + i, from + i + n, lit.substr(j, m));
        i += n;
        j += m;
        continue;
      }
      size_t e = i + 1;
      while (e < orig.size() && j + (e - i) < lit.size() && orig[e] == lit[j + (e - i)] &&
             orig[e] != '\\' && orig[e] != '&' && !(table_ && orig[e] == '|'))
        ++e;
      b_.Copy(from + i, from + e);
      j += e - i;
      i = e;
    }
  }

  std::string_view src_;
  uint32_t start_;
  ViewBuilder b_;
  std::vector<uint32_t> line_starts_;
  bool table_ = false;
};

}  // namespace

Layer MarkdownView(std::string_view markdown, uint32_t start) {
  return MarkdownWalker(markdown, start).Run();
}

}  // namespace claimlens
