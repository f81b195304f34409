// Writes records of one type in the chosen machine format (TSV with its header).
#pragma once

#include <memory>

#include "claimlens/records.h"
#include "context.h"

namespace claimlens::cli {

template <typename Record>
class RecordOut {
 public:
  explicit RecordOut(Context& ctx) : format_(ctx.format()), jsonl_(ctx.out()), tsv_(ctx.out()) {
    if (format_ == Format::kTsv) tsv_.Header(Record{});
  }
  void Write(const Record& r) {
    if (format_ == Format::kJsonl) {
      jsonl_.Write(r);
    } else {
      tsv_.Write(r);
    }
  }

 private:
  Format format_;
  JsonlWriter jsonl_;
  TsvWriter tsv_;
};

// A writer for the chosen machine format, or null for text (which commands print
// themselves); `wanted` false also gives null (the command prints another record).
template <typename Record>
std::unique_ptr<RecordOut<Record>> MachineOut(Context& ctx, bool wanted = true) {
  if (!wanted || ctx.format() == Format::kText) return nullptr;
  return std::make_unique<RecordOut<Record>>(ctx);
}

}  // namespace claimlens::cli
