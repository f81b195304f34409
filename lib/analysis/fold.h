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

 private:
  const icu::Normalizer2* nfkc_cf_;
};

}  // namespace claimlens
