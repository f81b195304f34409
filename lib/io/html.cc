// HTML: gumbo (a real HTML5 parser) finds the elements; the view keeps the
// visible text of the article at its place and reads everything else as markup.
#include <gumbo.h>

#include <algorithm>
#include <cstring>

#include "readers.h"

namespace claimlens {
namespace {

// Text nested deeper than this is not read (no page nests so deep; the walk
// recurses, and hostile input must not exhaust the stack).
constexpr int kMaxDepth = 400;

bool Skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_FORM:
      return true;
    default:
      return false;
  }
}

// Elements whose ends end a paragraph (a sentence never runs across them).
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

bool Hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  const GumboAttribute* aria = gumbo_get_attribute(&e.attributes, "aria-hidden");
  return aria != nullptr && std::strcmp(aria->value, "true") == 0;
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

class HtmlWalker {
 public:
  HtmlWalker(std::string_view html, uint32_t start) : html_(html), b_(html, start) {}

  void Walk(const GumboNode* node, int depth = 0) {
    if (depth > kMaxDepth) return;
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        Text(node->v.text);
        return;
      case GUMBO_NODE_ELEMENT: {
        const GumboElement& e = node->v.element;
        if (Skipped(e.tag) || Hidden(e)) return;
        if (e.tag == GUMBO_TAG_BR) {
          b_.LineEnd();
          return;
        }
        const bool block = IsBlock(e.tag);
        if (block) b_.Block();
        pre_ += e.tag == GUMBO_TAG_PRE;
        for (unsigned i = 0; i < e.children.length; ++i)
          Walk(static_cast<const GumboNode*>(e.children.data[i]), depth + 1);
        pre_ -= e.tag == GUMBO_TAG_PRE;
        if (block) b_.Block();
        return;
      }
      default:
        return;
    }
  }

  Layer Finish() { return b_.Finish(); }

 private:
  // Lays the decoded text of a node over its original bytes: equal bytes are
  // copied, an entity is one unit read as what it stands for, and white space
  // reads as a space (outside <pre>), a tag gumbo ignored reads as nothing.
  void Text(const GumboText& t) {
    const std::string_view orig(t.original_text.data, t.original_text.length);
    const std::string_view dec(t.text);
    if (t.original_text.data < html_.data() ||
        t.original_text.data + t.original_text.length > html_.data() + html_.size())
      return;  // text gumbo made up (none is visible)
    const auto base = static_cast<uint32_t>(t.original_text.data - html_.data());
    // Text the parser moved before where the view has got to (foster-parented
    // out of a table): the view follows the source, so it is not read.
    if (base < b_.pos()) return;
    size_t i = 0, j = 0;
    while (i < orig.size()) {
      const char c = orig[i];
      if (c == '&') {
        size_t k = i + 1;
        if (k < orig.size() && orig[k] == '#') {  // &#8217; &#x2019;: digits only
          ++k;
          const bool hex = k < orig.size() && (orig[k] == 'x' || orig[k] == 'X');
          k += hex;
          while (k < orig.size() && k - i < 40 &&
                 ((orig[k] >= '0' && orig[k] <= '9') ||
                  (hex && ((orig[k] | 0x20) >= 'a' && (orig[k] | 0x20) <= 'f'))))
            ++k;
        } else {
          while (k < orig.size() && IsAlnum(orig[k]) && k - i < 40) ++k;
        }
        if (k < orig.size() && orig[k] == ';') ++k;
        if (dec.substr(j, k - i) == orig.substr(i, k - i)) {  // no entity after all
          b_.Copy(base + i, base + k);
          j += k - i;
          i = k;
          continue;
        }
        const size_t j0 = j;
        // A numeric reference is one character; a named one may be two
        // (&NotEqualTilde;) unless another reference follows.
        const bool numeric = i + 1 < orig.size() && orig[i + 1] == '#';
        const int most = numeric || (k < orig.size() && orig[k] == '&') ? 1 : 2;
        for (int points = 0; j < dec.size() && points < most; ++points) {
          j += Utf8CharLength(dec, j);
          if (k >= orig.size() || (j < dec.size() && dec[j] == orig[k])) break;
        }
        if (j > dec.size()) j = dec.size();
        // A legacy reference without its semicolon ("&ampx2" reads "&x2"):
        // where the text agrees with the source after it again.
        if (k < orig.size() && orig[k - 1] != ';') {
          size_t want = 0;  // ASCII only: an ill-formed byte reads as U+FFFD
          while (want < 4 && k + want < orig.size() &&
                 static_cast<unsigned char>(orig[k + want]) < 0x80)
            ++want;
          for (size_t t = j0 + 1; want > 0 && t <= std::min(dec.size(), j0 + 16); ++t) {
            if (dec.size() - t >= want && dec.compare(t, want, orig.substr(k, want)) == 0) {
              j = t;
              break;
            }
          }
        }
        const std::string_view as = dec.substr(j0, j - j0);
        // A no-break space is a space; the sentence rules read plain ones best.
        b_.Replace(base + i, base + k, as == "\xC2\xA0" && !pre_ ? " " : as);
        i = k;
        continue;
      }
      if (c == '\r' && j < dec.size() && dec[j] == '\n') {  // CRLF or CR read as LF
        const size_t n = i + 1 < orig.size() && orig[i + 1] == '\n' ? 2 : 1;
        b_.Replace(base + i, base + i + n, pre_ ? std::string_view("\n") : " ");
        i += n;
        ++j;
        continue;
      }
      if (j >= dec.size()) return;  // the rest reads as nothing: markup
      // The same character in both (an ill-formed sequence never is, even
      // where its bytes begin its U+FFFD's).
      const size_t first = Utf8CharLength(orig, i);
      const bool same = !(static_cast<unsigned char>(c) >= 0x80 && first == 1) &&
                        dec.compare(j, first, orig.substr(i, first)) == 0;
      if (!same) {
        // A tag gumbo left out of the text (an end tag that closes nothing).
        const size_t gt = c == '<' ? orig.find('>', i) : std::string_view::npos;
        if (gt != std::string_view::npos) {
          i = gt + 1;
          continue;
        }
        // Else one character for one: small units, so no two sentences ever
        // share one.
        size_t n = Utf8CharLength(orig, i), m = Utf8CharLength(dec, j);
        // Ill-formed bytes and controls: as many U+FFFD as follow in the text
        // (valid characters, "‽" among them, stay out of the unit).
        // How many bytes at `at` the parser reads as U+FFFD (0: none).
        auto odd = [&](size_t at) -> size_t {
          const auto u = static_cast<unsigned char>(orig[at]);
          const size_t len = Utf8CharLength(orig, at);
          if (u >= 0x80) {
            const bool c1 =
                len == 2 && u == 0xC2 && static_cast<unsigned char>(orig[at + 1]) < 0xA0;
            return len == 1 || c1 ? len : 0;
          }
          return u == 0x7F || (u < 0x20 && u != '\n' && u != '\t' && u != '\r' && u != '\f');
        };
        if (odd(i) > 0) {
          n = 0, m = 0;
          while (i + n < orig.size()) {
            const size_t k = odd(i + n);
            if (k == 0) break;
            n += k;
          }
          while (j + m + 3 <= dec.size() && dec.compare(j + m, 3, "\xEF\xBF\xBD") == 0) m += 3;
          if (m == 0) {  // read as nothing
            i += n;
            continue;
          }
        }
        b_.Replace(base + i, base + i + n, dec.substr(j, m));
        i += n;
        j += m;
        continue;
      }
      if ((c == '\n' || c == '\t' || c == '\f') && !pre_) {
        b_.Replace(base + i, base + i + 1, " ");
        ++i;
        ++j;
        continue;
      }
      size_t e = i + first;
      while (e < orig.size()) {
        const char o = orig[e];
        const size_t n = Utf8CharLength(orig, e);
        if (o == '&' || o == '\r' || (!pre_ && (o == '\n' || o == '\t' || o == '\f'))) break;
        if ((static_cast<unsigned char>(o) >= 0x80 && n == 1) ||
            dec.compare(j + (e - i), n, orig.substr(e, n)) != 0)
          break;
        e += n;
      }
      b_.Copy(base + i, base + e);
      j += e - i;
      i = e;
    }
  }

  std::string_view html_;
  ViewBuilder b_;
  int pre_ = 0;
};

// Visible text length of a subtree, to choose the main article.
size_t TextLength(const GumboNode* node, int depth = 0) {
  if (depth > kMaxDepth) return 0;
  if (node->type == GUMBO_NODE_TEXT) return node->v.text.original_text.length;
  if (node->type != GUMBO_NODE_ELEMENT) return 0;
  const GumboElement& e = node->v.element;
  if (Skipped(e.tag)) return 0;
  size_t n = 0;
  for (unsigned i = 0; i < e.children.length; ++i)
    n += TextLength(static_cast<const GumboNode*>(e.children.data[i]), depth + 1);
  return n;
}

void FindAll(const GumboNode* node, GumboTag tag, std::vector<const GumboNode*>* out,
             int depth = 0) {
  if (depth > kMaxDepth) return;
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& children =
      node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) out->push_back(node);
  for (unsigned i = 0; i < children.length; ++i)
    FindAll(static_cast<const GumboNode*>(children.data[i]), tag, out, depth + 1);
}

// The element whose text is the document: the longest <article>, else the
// longest <main>, else <body>.
const GumboNode* MainElement(const GumboNode* root) {
  for (GumboTag tag : {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN, GUMBO_TAG_BODY}) {
    std::vector<const GumboNode*> found;
    FindAll(root, tag, &found);
    const GumboNode* best = nullptr;
    size_t best_length = 0;
    for (const GumboNode* n : found) {
      const size_t length = TextLength(n);
      if (best == nullptr || length > best_length) best = n, best_length = length;
    }
    if (best != nullptr && (best_length > 0 || tag == GUMBO_TAG_BODY)) return best;
  }
  return root;
}

}  // namespace

Layer HtmlView(std::string_view html, uint32_t start) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  HtmlWalker walker(html, start);
  walker.Walk(MainElement(out->root));
  gumbo_destroy_output(&options, out);
  return walker.Finish();
}

}  // namespace claimlens
