// Stage 1: bytes -> validated text. Nothing is copied or rewritten: we only
// record where the BOM, ill-formed sequences and NUL bytes are, so every later
// offset still points into the original bytes.
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "claimlens/document.h"

namespace claimlens {
namespace {

constexpr size_t kMaxInvalidKept = 64;
constexpr char kReplacement[] = "\xEF\xBF\xBD";

// True when the 8 bytes at p are all ASCII.
inline bool Ascii8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ull) == 0;
}

}  // namespace

DecodeInfo Decode(std::string_view bytes) {
  DecodeInfo info;
  const char* s = bytes.data();
  const int32_t n = static_cast<int32_t>(bytes.size());
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") info.body_start = 3;
  if (const void* nul = std::memchr(s, '\0', bytes.size())) {
    info.first_nul = static_cast<const char*>(nul) - s;
  }
  int32_t i = static_cast<int32_t>(info.body_start);
  while (i < n) {
    if (i + 8 <= n && Ascii8(s + i)) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (info.invalid.size() < kMaxInvalidKept) info.invalid.push_back(static_cast<uint32_t>(at));
      ++info.invalid_count;
    }
  }
  return info;
}

Document::Document(std::string id, std::string_view bytes, std::shared_ptr<const void> keepalive)
    : id_(SanitizeUtf8(id)),
      bytes_(bytes),
      keepalive_(std::move(keepalive)),
      text_(bytes),
      info_(Decode(bytes)) {
  text_start_ = info_.body_start;
}

Document Document::FromString(std::string id, std::string bytes) {
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  std::string_view view(*owned);
  return Document(std::move(id), view, std::move(owned));
}

void Document::AppendText(Span span, std::string* out) const {
  if (decoded()) {
    const uint32_t start = ToUtf8(span.start, true);
    const uint32_t end = span.empty() ? start : ToUtf8(span.end, false);
    out->append(utf8().substr(start, end - start));
    return;
  }
  std::string_view piece = bytes_.substr(span.start, span.size());
  if (valid_utf8()) {
    out->append(piece);
    return;
  }
  out->append(SanitizeUtf8(piece));
}

std::string Document::Text(Span span) const {
  std::string out;
  AppendText(span, &out);
  return out;
}

std::string SanitizeUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  const char* s = in.data();
  const int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out.append(kReplacement);
    } else {
      out.append(s + at, static_cast<size_t>(i - at));
    }
  }
  return out;
}

Locator::Locator(const Document& doc)
    : doc_(doc),
      bytes_(doc.utf8()),
      body_start_(doc.info().body_start),
      valid_(doc.valid_utf8()),
      has_cr_(std::memchr(bytes_.data(), '\r', bytes_.size()) != nullptr) {
  Reset();
}

void Locator::Reset() {
  offset_ = body_start_;
  line_ = 1;
  col_ = 1;
}

Locator::Position Locator::At(uint32_t target) {
  const uint32_t page = doc_.PageAt(target);
  target = doc_.ToUtf8(target, true);
  if (target < offset_) Reset();
  const char* s = bytes_.data();
  const int32_t n = static_cast<int32_t>(bytes_.size());
  int32_t i = static_cast<int32_t>(offset_);
  const int32_t end = static_cast<int32_t>(std::min<size_t>(target, bytes_.size()));
  if (valid_ && !has_cr_) {
    // The common case, on a fast path: jump from line feed to line feed, and count
    // code points (bytes that do not continue a sequence) only on the last line.
    while (i < end) {
      const void* nl = std::memchr(s + i, '\n', static_cast<size_t>(end - i));
      if (nl == nullptr) break;
      i = static_cast<int32_t>(static_cast<const char*>(nl) - s) + 1;
      ++line_;
      col_ = 1;
    }
    uint32_t points = 0;
    for (int32_t k = i; k < end; ++k) points += (static_cast<unsigned char>(s[k]) & 0xC0) != 0x80;
    col_ += points;
    offset_ = static_cast<uint32_t>(end);
    return {line_, col_, page};
  }
  while (i < end) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b == '\n') {
      // The CR of a CRLF has already started the new line.
      if (!(i > 0 && s[i - 1] == '\r')) ++line_;
      col_ = 1;
      ++i;
    } else if (b == '\r') {
      ++line_;
      col_ = 1;
      ++i;
    } else if (b < 0x80) {
      ++col_;
      ++i;
    } else if (valid_) {
      ++col_;
      ++i;
      while (i < end && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    } else {
      UChar32 c;
      U8_NEXT(s, i, n, c);
      ++col_;
    }
  }
  offset_ = static_cast<uint32_t>(i);
  return {line_, col_, page};
}

}  // namespace claimlens
