#include "claimlens/diagnostics.h"

namespace claimlens {

std::string Diagnostic::ToString() const {
  std::string out = path;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
    if (col > 0) {
      out += ':';
      out += std::to_string(col);
    }
  }
  if (!out.empty()) out += ": ";
  if (severity == Severity::kWarning) out += "warning: ";
  return out + message;
}

}  // namespace claimlens
