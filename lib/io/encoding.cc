// Legacy encodings: ICU's converters (any name ICU knows: windows-1252, latin1,
// shift_jis, utf-16 ...) and, for "auto", its charset detector. The UTF-8 text
// keeps a map to the original bytes, so offsets stay offsets into the file.
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <memory>
#include <string>
#include <vector>

#include "readers.h"

namespace claimlens {
namespace {

Diagnostic Error(std::string message) {
  return Diagnostic{Severity::kError, "", 0, 0, std::move(message)};
}

// Counts what the converter could not read, and reads it as U+FFFD.
void OnIllegal(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
               UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
  ++*static_cast<uint64_t*>(const_cast<void*>(context));
  static const UChar kReplacement = 0xFFFD;
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

}  // namespace

Result<Converted> ConvertToUtf8(std::string_view bytes, const std::string& label) {
  Converted out;
  std::string name = label;
  if (label == "auto") {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&status),
                                                                       ucsdet_close);
    if (U_FAILURE(status)) return Error("cannot open ICU's charset detector");
    // The detector reads a sample; the start of a document says enough.
    const auto sample = static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 16));
    ucsdet_setText(det.get(), bytes.data(), sample, &status);
    const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || match == nullptr)
      return Error("cannot tell the encoding (--encoding auto)");
    name = ucsdet_getName(match, &status);
    out.confidence = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status)) return Error("cannot tell the encoding (--encoding auto)");
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(name.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) return Error("unknown encoding '" + name + "' (any ICU converter name)");
  out.encoding = ucnv_getName(conv.get(), &status);
  // ICU's own names ("ibm-5348_P100-1997") mean nothing to users or to other
  // tools; report the IANA name ("windows-1252") when there is one.
  UErrorCode std_status = U_ZERO_ERROR;
  const char* iana = ucnv_getStandardName(out.encoding.c_str(), "IANA", &std_status);
  if (U_SUCCESS(std_status) && iana != nullptr) out.encoding = iana;
  uint64_t substituted = 0;
  ucnv_setToUCallBack(conv.get(), OnIllegal, &substituted, nullptr, nullptr, &status);

  // To UTF-16 with the offset of each unit's source bytes, in chunks.
  std::vector<UChar> units(4096);
  std::vector<int32_t> offsets(units.size());
  const char* source = bytes.data();
  const char* const limit = bytes.data() + bytes.size();
  std::vector<UChar> text;
  std::vector<int32_t> from;
  while (true) {
    UChar* target = units.data();
    status = U_ZERO_ERROR;
    const char* chunk = source;
    ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source, limit, offsets.data(),
                   /*flush=*/true, &status);
    const size_t n = static_cast<size_t>(target - units.data());
    for (size_t i = 0; i < n; ++i) {
      text.push_back(units[i]);
      // Offsets are relative to this call's source start; -1 for units the
      // converter made up (a substitution after the input ended).
      from.push_back(offsets[i] < 0 ? static_cast<int32_t>(chunk - bytes.data())
                                    : static_cast<int32_t>(chunk - bytes.data()) + offsets[i]);
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status))
      return Error(std::string("cannot convert from ") + out.encoding + ": " + u_errorName(status));
    break;
  }

  // To UTF-8, recording where a character's UTF-8 length differs from its source's.
  std::string& utf8 = out.utf8.text;
  utf8.reserve(text.size() + text.size() / 4);
  const auto total = static_cast<uint32_t>(bytes.size());
  int64_t first_substituted = -1;
  for (size_t i = 0; i < text.size();) {
    const size_t first = i;
    UChar32 c;
    U16_NEXT(text.data(), i, text.size(), c);
    if (U_IS_SURROGATE(c)) c = 0xFFFD;
    const auto src_start = static_cast<uint32_t>(from[first]);
    uint32_t src_end = i < text.size() ? static_cast<uint32_t>(from[i]) : total;
    if (src_end < src_start) src_end = src_start;
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    const auto at = static_cast<uint32_t>(utf8.size());
    utf8.append(buf, static_cast<size_t>(len));
    if (substituted > 0 && c == 0xFFFD && first_substituted < 0) first_substituted = src_start;
    out.utf8.map.Add({at, src_start, static_cast<uint32_t>(len), src_end - src_start});
  }
  out.substituted = substituted;
  out.first_substituted = first_substituted > 0 ? static_cast<uint32_t>(first_substituted) : 0;
  return out;
}

}  // namespace claimlens
