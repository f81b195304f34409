// PDF: poppler gives the words of each page with their boxes; the reading order
// (columns, running headers and footers) and the paragraphs are found here from
// the geometry. The text is the document (`claimlens text` prints it, offsets
// count in it); the view leaves out running headers, footers and page numbers,
// reads wrapped lines as running text and undoes line-end hyphenation.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "pdf_layout.h"
#include "readers.h"

namespace claimlens {
namespace {

constexpr int kMaxPages = 10000;

// The largest object number a PDF of `size` bytes may use: PDF's own limit on
// indirect objects (8,388,607, ISO 32000-1 annex C), and no more than one a
// byte beyond the first 65,536. When a file's cross-reference table is
// damaged, poppler rebuilds it sized by the largest "N 0 obj" it finds, and
// copies it again for each page it reads: a 512-byte file numbering an object
// 11111111111115 took 2.4 GB (found by fuzz_pdf).
uint64_t MaxObjectNumber(size_t size) {
  return std::min<uint64_t>(8388607, std::max<uint64_t>(65536, size));
}

// The first object number ("N G obj") above `limit`, as written, or empty.
// One pass: each "obj" looks back over its generation and number.
std::string_view ObjectNumberAbove(std::string_view b, uint64_t limit) {
  auto space = [&](size_t i) {
    return b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t';
  };
  auto digit = [&](size_t i) { return b[i] >= '0' && b[i] <= '9'; };
  for (size_t at = b.find("obj"); at != std::string_view::npos; at = b.find("obj", at + 3)) {
    size_t i = at;
    while (i > 0 && space(i - 1)) --i;
    const size_t gen_end = i;
    while (i > 0 && digit(i - 1)) --i;
    if (i == gen_end) continue;
    const size_t gen_begin = i;
    while (i > 0 && space(i - 1)) --i;
    if (i == gen_begin) continue;
    const size_t num_end = i;
    while (i > 0 && digit(i - 1)) --i;
    if (i == num_end) continue;
    uint64_t n = 0;
    for (size_t k = i; k < num_end && n <= limit; ++k)
      n = n * 10 + static_cast<uint64_t>(b[k] - '0');
    if (n > limit) return b.substr(i, std::min<size_t>(num_end - i, 24));
  }
  return {};
}

void Quiet(const std::string&, void*) {}  // poppler's complaints about a file are ours to make

// poppler builds its global tables (glyph names, encodings) when a first
// document opens and frees them when the last one closes, so reading PDFs one
// after another built them again for every file: 1.0 ms a small PDF, 0.26 ms
// with them kept (poppler 22.12, -O2). An empty document held open for the
// process keeps them; poppler counts open documents under its own lock.
void KeepPopplerReady() {
  static constexpr char kEmptyPdf[] =
      "%PDF-1.0\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  static const std::unique_ptr<poppler::document> kept(
      poppler::document::load_from_raw_data(kEmptyPdf, sizeof kEmptyPdf - 1));
}

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.data(), bytes.size());
}

// A running header or footer: the same words (digits aside) at the top or
// foot of several pages, or a page number alone.
std::string FurnitureKey(std::string_view text) {
  std::string key;
  for (unsigned char c : text) {
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (c >= 'A' && c <= 'Z') {
      key += static_cast<char>(c + 32);
    } else if (c != ' ') {
      key += static_cast<char>(c);
    }
  }
  return key;
}

bool IsPageNumber(std::string_view key) {
  // After FurnitureKey: "#", "-#-", "page#", "#of#", "page#of#", "p.#", roman numerals.
  std::string k;
  for (char c : key) {
    if (c != '-' && c != '.' && c != '|' && c != '[' && c != ']' && c != '(' && c != ')' &&
        c != '/' && static_cast<unsigned char>(c) < 0x80)
      k += c;
  }
  for (std::string_view prefix : {"page", "p"}) {
    if (k.rfind(prefix, 0) == 0 && k.size() > prefix.size() && k[prefix.size()] == '#') {
      k.erase(0, prefix.size());
      break;
    }
  }
  if (k == "#" || k == "#of#" || k == "##") return true;
  return !k.empty() && k.size() <= 6 && k.find_first_not_of("ivxlc") == std::string::npos;
}

}  // namespace

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

Result<PdfText> ReadPdf(std::string_view bytes) {
  poppler::set_debug_error_function(Quiet, nullptr);
  KeepPopplerReady();
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return Diagnostic{Severity::kError, "", 0, 0, "PDF too large"};
  if (const std::string_view n = ObjectNumberAbove(bytes, MaxObjectNumber(bytes.size()));
      !n.empty()) {
    return Diagnostic{Severity::kError, "", 0, 0,
                      "damaged PDF: object number " + std::string(n) +
                          " is beyond what a file of this size can hold"};
  }
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Diagnostic{Severity::kError, "", 0, 0, "not a readable PDF (damaged or not a PDF)"};
  if (doc->is_locked()) return Diagnostic{Severity::kError, "", 0, 0, "encrypted PDF; cannot read its text"};
  const int pages = std::min(doc->pages(), kMaxPages);

  // Lines of every page in reading order.
  std::vector<std::vector<PdfLine>> page_lines;
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    std::vector<PdfWord> words;
    if (page) {
      for (const poppler::text_box& box : page->text_list()) {
        const poppler::rectf r = box.bbox();
        std::string text = Utf8(box.text());
        if (text.empty()) continue;
        words.push_back({std::move(text), r.x(), r.y(), r.x() + r.width(), r.y() + r.height(),
                         box.has_space_after()});
      }
    }
    page_lines.push_back(LayOutPage(std::move(words)));
  }

  // Running headers and footers: top and foot lines seen on two pages or more.
  std::map<std::string, int> seen;
  for (const auto& lines : page_lines) {
    std::vector<std::string> keys;
    for (const PdfLine& l : lines) {
      if (l.edge) keys.push_back(FurnitureKey(l.text));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::string& k : keys) ++seen[k];
  }
  for (auto& lines : page_lines) {
    for (PdfLine& l : lines) {
      if (!l.edge) continue;
      const std::string key = FurnitureKey(l.text);
      l.furniture = IsPageNumber(key) || (pages >= 2 && seen[key] >= 2);
    }
  }

  // The text: a line a line, a blank line between paragraphs, a form feed
  // before every page after the first.
  PdfText out;
  std::vector<const PdfLine*> order;
  std::vector<uint32_t> starts;
  for (size_t p = 0; p < page_lines.size(); ++p) {
    if (p > 0) {
      out.pages.push_back(static_cast<uint32_t>(out.text.size()));
      out.text += '\f';
    }
    for (const PdfLine& l : page_lines[p]) {
      if (l.block_start && !out.text.empty() && out.text.back() == '\n') out.text += '\n';
      starts.push_back(static_cast<uint32_t>(out.text.size()));
      order.push_back(&l);
      out.text += l.text;
      out.text += '\n';
    }
  }
  out.view = PdfView(out.text, order, starts);
  return out;
}

// The view: furniture left out; a line end inside a paragraph is a space when
// the next line's first word would not have fitted on the line (a wrap), or
// nothing after a broken word; any other line end ends a paragraph.
Layer PdfView(std::string_view text, const std::vector<const PdfLine*>& lines,
              const std::vector<uint32_t>& starts) {
  ViewBuilder b(text, 0);
  const PdfLine* prev = nullptr;
  uint32_t prev_end = 0;
  bool prev_broken = false;  // the last line ends in a hyphen after a letter, not yet copied
  for (size_t i = 0; i < lines.size(); ++i) {
    const PdfLine& l = *lines[i];
    if (l.furniture) continue;
    const uint32_t start = starts[i];
    const auto end = static_cast<uint32_t>(start + l.text.size());
    if (prev != nullptr) {
      if (prev_broken && !l.block_start) {
        const std::string_view p = prev->text;
        const size_t space = p.find_last_of(' ');
        const std::string_view piece =
            p.substr(space == std::string_view::npos ? 0 : space + 1, std::string_view::npos);
        size_t n = 0;
        while (n < l.text.size() && IsWordByte(l.text[n])) ++n;
        const bool join = JoinsAsWord(piece.substr(0, piece.size() - 1), std::string_view(l.text).substr(0, n));
        b.Replace(prev_end - 1, start, join ? "" : "-");
      } else if (prev_broken) {
        b.Copy(prev_end - 1, prev_end);
        b.Block();
      } else if (!l.block_start && Wraps(*prev, l)) {
        b.Replace(prev_end, start, " ");
      } else {
        b.Block();
      }
    }
    const std::string_view t = l.text;
    prev_broken = t.size() >= 2 && t.back() == '-' && IsWordByte(t[t.size() - 2]);
    b.Copy(start, prev_broken ? end - 1 : end);
    prev = &l;
    prev_end = end;
  }
  if (prev_broken) b.Copy(prev_end - 1, prev_end);
  return b.Finish();
}

}  // namespace claimlens
