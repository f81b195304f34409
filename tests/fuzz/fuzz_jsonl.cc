// Fuzzes the JSONL reader: one line, parsed as a document {"id", "text"}; a
// document it accepts must have a valid id and decode cleanly.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "claimlens/input.h"

using namespace claimlens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  JsonDocument parsed = ParseJsonDocument(line, 1024);
  if (parsed.doc) {
    if (parsed.doc->id().size() > 3 * 1024) std::abort();  // sanitised, at most 3 bytes a byte
    if (!parsed.error.empty()) std::abort();
  } else if (parsed.error.empty()) {
    std::abort();
  }
  return 0;
}
