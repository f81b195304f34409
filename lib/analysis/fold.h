// Token norms: NFKC, case-folded, typographic quotes and hyphens folded to ASCII.
#pragma once

#include <unicode/normalizer2.h>

#include <string>
#include <string_view>

namespace claimlens {

class Folder {
 public:
  Folder();
  // Appends the norm of `text` to `out`. ASCII text takes a fast path (ICU's full
  // fold everywhere would cost a third of tokenizing speed).
  void Append(std::string_view text, std::string* out) const;
  // The fast path alone, in one pass: appends the norm of ASCII `text`, sets
  // `upper` and `lower` to whether it had a capital and a small letter, and
  // returns true; returns false and appends nothing when `text` is not ASCII.
  static bool AppendAscii(std::string_view text, std::string* out, bool* upper, bool* lower);
  // The rest: ICU's NFKC case fold, with typographic quotes and hyphens folded.
  void AppendUnicode(std::string_view text, std::string* out) const;

 private:
  const icu::Normalizer2* nfkc_cf_;
};

}  // namespace claimlens
