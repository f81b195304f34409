// Hard-wrapped text: which line ends continue a paragraph (soft) and which end
// a unit of text (hard: a title, a byline, a list item, a paragraph).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimlens {

// Returns the offsets of the soft line ends in `bytes` from `start` on (for a
// CRLF, the offset of its CR). Empty unless the text looks hard-wrapped: most
// lines that continue into another line stop mid-sentence, near one width.
std::vector<uint32_t> FindSoftLineEnds(std::string_view bytes, uint32_t start);

}  // namespace claimlens
