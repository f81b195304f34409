// Result<T>: a value or a Diagnostic. Used only where the outside world enters
// (files, bytes, lexicons, JSONL); the stages after that are total functions.
#pragma once

#include <utility>
#include <variant>

#include "claimlens/diagnostics.h"

namespace claimlens {

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Diagnostic error) : v_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  const Diagnostic& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Diagnostic> v_;
};

}  // namespace claimlens
