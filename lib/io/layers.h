// What lies between a document's bytes and the text the stages analyse: the
// UTF-8 decoding of a legacy encoding, and the analysis view (markup, running
// headers and line-end hyphens taken out). Each layer keeps an offset map back
// to the layer below, so every span the stages make maps to original bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/document.h"

namespace claimlens {

// Where two texts differ: bytes [to, to + to_len) of the new text stand for
// bytes [from, from + from_len) of the old one, as one unit (an entity, a tag, a
// joined line end). Between edits the texts agree byte for byte.
struct Edit {
  uint32_t to = 0;
  uint32_t from = 0;
  uint32_t to_len = 0;
  uint32_t from_len = 0;
};

// A monotonic map between the offsets of a new text and those of the old one it
// was made from. Starts map to the start of their unit, ends to its end, so a
// span never cuts an entity or a tag in two. Empty means the identity.
class OffsetMap {
 public:
  bool empty() const { return edits_.empty(); }
  // Edits come in increasing order; markup right after markup is merged with it.
  void Add(Edit e);

  uint32_t Start(uint32_t to) const { return Map(to, false, true); }
  uint32_t End(uint32_t to) const { return Map(to, false, false); }
  // The other way: offsets of the old text to the new one.
  uint32_t StartBack(uint32_t from) const { return Map(from, true, true); }
  uint32_t EndBack(uint32_t from) const { return Map(from, true, false); }

 private:
  uint32_t Map(uint32_t x, bool back, bool start) const;
  std::vector<Edit> edits_;
};

// A text made from another, with the map back to it.
struct Layer {
  std::string text;
  OffsetMap map;
};

// The layers of one document (Document::layers_): either may be absent.
struct DocumentLayers {
  bool decoded = false;    // bytes were converted from `encoding` into `utf8`
  std::string encoding;    // the converter's name
  Layer utf8;              // map: utf8 offsets -> original bytes
  bool viewed = false;     // the stages read `view`
  Layer view;              // map: view offsets -> utf8 (or original) offsets
  uint32_t view_start = 0; // where the view's text starts (after a BOM)
  DocumentType type = DocumentType::kText;
  std::vector<uint32_t> pages;  // start offsets of pages 2, 3, ... (PDF)
};

// Builds an analysis view of `source` piece by piece, in source order. Source
// bytes that no call covers are markup: they read as nothing, or as the
// separator asked for since the last piece (a space, a line end, a blank line).
class ViewBuilder {
 public:
  ViewBuilder(std::string_view source, uint32_t start);

  // source[from, to) as it is.
  void Copy(uint32_t from, uint32_t to);
  // source[from, to) read as `text`, one unit (an entity, a joined line end).
  void Replace(uint32_t from, uint32_t to, std::string_view text);
  // The next gap reads at least as a space, a line end, or a blank line.
  void Space() { Want(1); }
  void LineEnd() { Want(2); }
  void Block() { Want(3); }

  uint32_t pos() const { return pos_; }
  std::string_view view() const { return layer_.text; }
  // Covers the rest of the source and returns the view.
  Layer Finish();

 private:
  void Want(int level) { pending_ = pending_ > level ? pending_ : level; }
  void Gap(uint32_t to);

  std::string_view source_;
  uint32_t pos_;
  int pending_ = 0;
  Layer layer_;
};

}  // namespace claimlens
