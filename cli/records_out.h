// Writes records of one type in the chosen machine format (TSV with its header).
#pragma once

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

}  // namespace claimlens::cli
