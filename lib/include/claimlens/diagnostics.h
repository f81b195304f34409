// Diagnostics: how the library tells its caller about bad input without deciding
// what to do about it. Only cli/ chooses exit status and prints.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace claimlens {

enum class Severity { kWarning, kError };

// Where a problem is: a path (or "-"), and, where they apply, a 1-based line and
// column and a byte offset. Zero means "does not apply".
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string path;
  uint64_t line = 0;
  uint64_t col = 0;
  std::string message;

  // "PATH:LINE:COL: message" with the parts that apply.
  std::string ToString() const;
};

using DiagnosticHandler = std::function<void(const Diagnostic&)>;

}  // namespace claimlens
