// Fuzzes the pdf reader (lib/io) and segmentation of what it reads (reader_check.h).
#include "reader_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return reader_check::Run(data, size, claimlens::DocumentType::kPdf);
}
