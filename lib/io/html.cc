// HTML: gumbo (a real HTML5 parser) finds the elements; the view keeps the
// visible text of the article at its place and reads everything else as markup.
#include <gumbo.h>

#include <cstring>

#include "html_text.h"
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

// Elements whose text the tokenizer reads raw: no references, no tags.
bool RawText(GumboTag tag) {
  return tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT || tag == GUMBO_TAG_NOEMBED ||
         tag == GUMBO_TAG_NOFRAMES;
}

bool Hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  const GumboAttribute* aria = gumbo_get_attribute(&e.attributes, "aria-hidden");
  return aria != nullptr && std::strcmp(aria->value, "true") == 0;
}

class HtmlWalker {
 public:
  HtmlWalker(std::string_view html, uint32_t start) : html_(html), b_(html, start) {}

  void Walk(const GumboNode* node, int depth = 0) {
    if (depth > kMaxDepth) return;
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
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
        raw_ += RawText(e.tag);
        for (unsigned i = 0; i < e.children.length; ++i)
          Walk(static_cast<const GumboNode*>(e.children.data[i]), depth + 1);
        pre_ -= e.tag == GUMBO_TAG_PRE;
        raw_ -= RawText(e.tag);
        if (block) b_.Block();
        return;
      }
      default:  // comments; CDATA sections (only in <svg> and <math>, which are skipped)
        return;
    }
  }

  Layer Finish() { return b_.Finish(); }

 private:
  // gumbo says where the text is; its bytes are read here (html_text.h), so
  // each character of the view knows the bytes it came from.
  void Text(const GumboText& t) {
    if (t.original_text.data < html_.data() ||
        t.original_text.data + t.original_text.length > html_.data() + html_.size())
      return;  // text gumbo made up (none is visible)
    const auto base = static_cast<uint32_t>(t.original_text.data - html_.data());
    const auto end = static_cast<uint32_t>(base + t.original_text.length);
    // Text the parser moved before where the view has got to (foster-parented
    // out of a table): the view follows the source, so it is not read.
    if (base < b_.pos()) return;
    ReadHtmlText(html_, base, end, {.raw = raw_ > 0, .pre = pre_ > 0}, &b_);
  }

  std::string_view html_;
  ViewBuilder b_;
  int pre_ = 0;
  int raw_ = 0;
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
