#include "fold.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

namespace claimlens {
namespace {

// Quotes and hyphens that writers (and word processors) use interchangeably.
char16_t FoldPunctuation(char16_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
    case 0xFF07:
      return u'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0xFF02:
      return u'"';
    case 0x2010:
    case 0x2011:
      return u'-';
    default:
      return c;
  }
}

}  // namespace

Folder::Folder() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) nfkc_cf_ = nullptr;
}

bool Folder::AppendAscii(std::string_view text, std::string* out, bool* upper, bool* lower) {
  const size_t at = out->size();
  out->resize(at + text.size());
  char* p = out->data() + at;
  unsigned char any = 0;
  bool capital = false;
  bool small = false;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    any |= c;
    const bool cap = c >= 'A' && c <= 'Z';
    capital |= cap;
    small |= c >= 'a' && c <= 'z';
    *p++ = static_cast<char>(c + (cap ? 'a' - 'A' : 0));
  }
  if (any >= 0x80) {
    out->resize(at);
    return false;
  }
  *upper = capital;
  *lower = small;
  return true;
}

void Folder::Append(std::string_view text, std::string* out) const {
  bool upper = false, lower = false;
  if (!AppendAscii(text, out, &upper, &lower)) AppendUnicode(text, out);
}

void Folder::AppendUnicode(std::string_view text, std::string* out) const {
  if (nfkc_cf_ == nullptr) {  // no normalizer: ASCII letters lower-cased, the rest as it is
    const size_t at = out->size();
    out->append(text);
    for (size_t i = at; i < out->size(); ++i) {
      char& c = (*out)[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    return;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));  // U+FFFD for bad bytes
  for (int32_t i = 0; i < u.length(); ++i) {
    const char16_t f = FoldPunctuation(u.charAt(i));
    if (f != u.charAt(i)) u.setCharAt(i, f);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_cf_->normalize(u, status);
  if (U_FAILURE(status)) folded = u;
  folded.toUTF8String(*out);
}

}  // namespace claimlens
