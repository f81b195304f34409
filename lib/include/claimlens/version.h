#pragma once

namespace claimlens {
extern const char kVersion[];  // the release, e.g. "0.1.0"
extern const char kCommit[];   // the git commit of the build ("unknown" outside a checkout)
}  // namespace claimlens
