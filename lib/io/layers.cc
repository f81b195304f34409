#include "layers.h"

#include <algorithm>

namespace claimlens {

std::string_view DocumentTypeName(DocumentType type) {
  switch (type) {
    case DocumentType::kText:
      return "text";
    case DocumentType::kMarkdown:
      return "markdown";
    case DocumentType::kHtml:
      return "html";
    case DocumentType::kPdf:
      return "pdf";
  }
  return "text";
}

void OffsetMap::Add(Edit e) {
  // Byte for byte where the map already puts it: nothing to record.
  const uint32_t implied = edits_.empty() ? e.to
                                          : edits_.back().from + edits_.back().from_len +
                                                (e.to - edits_.back().to - edits_.back().to_len);
  if (e.to_len == e.from_len && e.to_len <= 1 && e.from == implied) return;
  if (!edits_.empty()) {
    Edit& last = edits_.back();
    // Markup after markup is one stretch of markup. Nothing else merges: a
    // unit maps as a whole, and a boundary between two must stay one.
    if (last.to_len == 0 && e.to_len == 0 && last.to == e.to &&
        last.from + last.from_len == e.from) {
      last.to_len += e.to_len;
      last.from_len += e.from_len;
      return;
    }
  }
  edits_.push_back(e);
}

// Before the first edit offsets agree; after an edit they differ by its change
// in length. Inside an edit a start maps to the unit's start and an end to its end.
uint32_t OffsetMap::Map(uint32_t x, bool back, bool start) const {
  const auto key = [back](const Edit& e) { return back ? e.from : e.to; };
  // The last edit that starts at or before x (for a start) or before x (for an end).
  auto it = std::upper_bound(edits_.begin(), edits_.end(), x, [&](uint32_t v, const Edit& e) {
    return start ? v < key(e) : v <= key(e);
  });
  if (it == edits_.begin()) return x;
  const Edit& e = *(it - 1);
  const uint32_t a = back ? e.from : e.to, a_len = back ? e.from_len : e.to_len;
  const uint32_t b = back ? e.to : e.from, b_len = back ? e.to_len : e.from_len;
  if (start ? x < a + a_len : x <= a + a_len) return start ? b : b + b_len;
  return b + b_len + (x - a - a_len);
}

ViewBuilder::ViewBuilder(std::string_view source, uint32_t start) : source_(source), pos_(0) {
  layer_.text.reserve(source.size());
  if (start > 0) {
    layer_.map.Add({0, 0, 0, start});
    pos_ = start;
  }
}

void ViewBuilder::Gap(uint32_t to) {
  static constexpr std::string_view kSeparators[] = {"", " ", "\n", "\n\n"};
  // Nothing to separate at the start of the view; a blank line already there is enough.
  std::string_view sep = layer_.text.empty() ? "" : kSeparators[pending_];
  const std::string& t = layer_.text;
  if (sep == "\n\n" && t.size() >= 1 && t.back() == '\n') sep = t.size() >= 2 && t[t.size() - 2] == '\n' ? "" : "\n";
  if (sep == "\n" && !t.empty() && t.back() == '\n') sep = "";
  pending_ = 0;
  if (to <= pos_ && sep.empty()) return;
  to = std::max(to, pos_);
  const auto at = static_cast<uint32_t>(t.size());
  layer_.map.Add({at, pos_, static_cast<uint32_t>(sep.size()), to - pos_});
  layer_.text.append(sep);
  pos_ = to;
}

void ViewBuilder::Copy(uint32_t from, uint32_t to) {
  if (to <= from) return;
  Gap(from);
  from = std::max(from, pos_);
  if (to <= from) return;
  layer_.text.append(source_.substr(from, to - from));
  pos_ = to;
}

void ViewBuilder::Replace(uint32_t from, uint32_t to, std::string_view text) {
  Gap(from);
  from = std::max(from, pos_);
  to = std::max(to, from);
  layer_.map.Add({static_cast<uint32_t>(layer_.text.size()), from,
                  static_cast<uint32_t>(text.size()), to - from});
  layer_.text.append(text);
  pos_ = to;
}

Layer ViewBuilder::Finish() {
  pending_ = std::min(pending_, 2);
  if (!layer_.text.empty() && layer_.text.back() != '\n') Want(2);
  Gap(static_cast<uint32_t>(source_.size()));
  return std::move(layer_);
}

// Document: the parts that concern layers.

void Document::SetLayers(std::shared_ptr<const DocumentLayers> layers) {
  layers_ = std::move(layers);
  if (layers_->decoded) info_ = Decode(layers_->utf8.text);
  if (layers_->viewed) {
    text_ = layers_->view.text;
    text_start_ = layers_->view_start;
  } else {
    text_ = utf8();
    text_start_ = info_.body_start;
  }
}

bool Document::decoded() const { return layers_ && layers_->decoded; }
bool Document::remapped() const {
  return layers_ && (!layers_->utf8.map.empty() || !layers_->view.map.empty());
}

std::string_view Document::utf8() const {
  return decoded() ? std::string_view(layers_->utf8.text) : bytes_;
}

uint32_t Document::ToUtf8(uint32_t offset, bool start) const {
  if (!decoded()) return offset;
  return start ? layers_->utf8.map.StartBack(offset) : layers_->utf8.map.EndBack(offset);
}

Span Document::Original(Span s) const {
  if (!layers_) return s;
  const bool empty = s.empty();
  if (layers_->viewed) {
    s.start = layers_->view.map.Start(s.start);
    s.end = empty ? s.start : layers_->view.map.End(s.end);
  }
  if (layers_->decoded) {
    s.start = layers_->utf8.map.Start(s.start);
    s.end = empty ? s.start : layers_->utf8.map.End(s.end);
  }
  return s;
}

std::string Document::ViewText(Span s) const {
  return SanitizeUtf8(text_.substr(std::min<size_t>(s.start, text_.size()), s.size()));
}

DocumentType Document::type() const { return layers_ ? layers_->type : DocumentType::kText; }
std::string_view Document::encoding() const {
  return decoded() ? std::string_view(layers_->encoding) : std::string_view();
}
bool Document::paged() const { return layers_ && layers_->type == DocumentType::kPdf; }

uint32_t Document::PageAt(uint32_t offset) const {
  if (!paged()) return 0;
  const std::vector<uint32_t>& p = layers_->pages;
  return static_cast<uint32_t>(std::upper_bound(p.begin(), p.end(), offset) - p.begin()) + 1;
}

}  // namespace claimlens
