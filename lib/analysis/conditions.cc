// Conditions: the protasis of a conditional ("if Beijing moved", "unless talks
// resume", "Should talks fail", "Were Beijing to move", "Had NATO acted"). The
// claim holds only under it; its cues still count.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "claim_rules.h"
#include "cues.h"

namespace claimlens {
namespace {

using cue_rules::Capitalised;
using cue_rules::Wordish;

// Clause-initial: the first word of the sentence, or right after a clause break.
bool ClauseInitial(const TokenContext& ctx, uint32_t k) {
  if (k == cue_rules::FirstWord(ctx)) return true;
  uint32_t j = k;
  while (j > 0 && !Wordish(ctx, j - 1) && !ctx.Has(j - 1, kClause)) --j;
  return j > 0 && (ctx.Has(j - 1, kClause) || ctx.Has(j - 1, kTerminator));
}

// "Should talks fail", "Were Beijing to move", "Had NATO acted": an inverted
// auxiliary at the start of a clause, a subject after it, and the verb it needs.
bool Inverted(const TokenContext& ctx, uint32_t k, uint32_t window) {
  const std::string_view w = ctx.norm(k);
  const uint32_t next = k + 1;
  if (next >= ctx.size() || !Wordish(ctx, next)) return false;
  if (ctx.Has(next, kAuxiliary) || ctx.Has(next, kModal) || ctx.Has(next, kFinite)) return false;
  // A question ("Should NATO act now?") is no condition.
  if (ctx.norm(ctx.size() - 1) == "?") return false;
  if (!ClauseInitial(ctx, k)) {
    // Inside a clause, only "should" with a named subject after it inverts ("a
    // response should NATO attempt to impose"); the protasis runs to the end.
    return w == "should" && !ctx.title_case() &&
           (Capitalised(ctx, next) || ctx.Has(next, kDeterminer));
  }
  // A clause-initial protasis ends at a comma before its main clause.
  bool comma = false;
  for (uint32_t j = next + 1; j < ctx.size() && !comma; ++j) comma = ctx.norm(j) == ",";
  if (!comma) return false;
  for (uint32_t j = next + 1; j < ctx.size() && j <= next + window && !ctx.Has(j, kClause); ++j) {
    if (w == "should") return true;
    if (w == "were" && ctx.norm(j) == "to") return true;
    if (w == "had" && ctx.Has(j, kEdForm)) return true;
  }
  return false;
}

// Punctuation that closes something opened inside the span: a quotation mark
// or a closing bracket (Unicode's Quotation_Mark, Pe and Pf). A full stop, "?"
// or "!" closes the sentence, not the protasis.
bool Closing(const TokenContext& ctx, uint32_t k) {
  const std::string_view t = ctx.text(k);
  if (t.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(t.data(), i, static_cast<int32_t>(t.size()), c);
  const int8_t type = u_charType(c);
  return u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK) || type == U_END_PUNCTUATION ||
         type == U_FINAL_PUNCTUATION;
}

}  // namespace

void ClaimRules::FindConditions() {
  const TokenContext& ctx = *ctx_;
  in_protasis_.assign(ctx.size(), false);
  // Where each token's clause ends (worked out once: the protases stay linear).
  std::vector<uint32_t>& clause_end = scratch_.clause_end;
  clause_end.assign(ctx.size() + 1, static_cast<uint32_t>(ctx.size()));
  for (uint32_t k = static_cast<uint32_t>(ctx.size()); k-- > 0;) {
    const bool stop = ctx.Has(k, kClause) || ctx.Has(k, kTerminator);
    clause_end[k] = stop ? k : clause_end[k + 1];
  }
  std::vector<int>& depth = scratch_.depth;  // +1 where a protasis starts, -1 where it ends
  depth.assign(ctx.size() + 1, 0);
  uint32_t covered = 0;
  const uint32_t inversion = static_cast<uint32_t>(lex_.settings.inversion_window);
  for (const Match& m : a_->matches) {
    if (m.part || m.begin < covered || in_idiom_[m.begin]) continue;
    if (lex_.entries[m.entry].kind != EntryKind::kCondition) continue;
    const std::string_view w = ctx.norm(m.begin);
    const bool single = m.end - m.begin == 1;
    if (single && (w == "should" || w == "were" || w == "had") &&
        !Inverted(ctx, m.begin, inversion))
      continue;
    // "unclear if", "asked if": a question, not a condition.
    if (w == "if" && m.begin > 0 && ctx.Has(m.begin - 1, kInquiry)) continue;
    // After "be" the condition is what the clause states ("Article 5 was now
    // conditional on spending", "the question is if"), not one it holds under.
    uint32_t before = m.begin;
    while (before > 0 && ctx.Has(before - 1, kAuxiliary) && !ctx.Has(before - 1, kBe)) --before;
    if (before > 0 && ctx.Has(before - 1, kBe)) continue;
    // "enough, if enriched further, for a weapon": a participle with no subject
    // qualifies a phrase; it conditions no claim.
    if (w == "if" && ctx.Has(m.end, kEdForm) && !ctx.Has(m.end, kDeterminer)) continue;
    // The protasis runs to the end of its clause: the comma that closes a
    // clause-initial condition, or the clause's end.
    uint32_t e = std::max(m.end, std::min(clause_end[m.end], SegmentEnd(m.begin)));
    while (e > m.end && ctx.tokens()[e - 1].kind == TokenKind::kPunct && !Closing(ctx, e - 1)) --e;
    protases_.push_back({m.begin, e});
    ++depth[m.begin];
    --depth[e];
    AddMarker(EntryKind::kCondition, CueClass::kCondition, {m.begin, m.end});
    covered = m.end;
  }
  int inside = 0;
  for (uint32_t k = 0; k < ctx.size(); ++k) {
    inside += depth[k];
    in_protasis_[k] = inside > 0;
  }
}

bool ClaimRules::InProtasis(uint32_t k) const { return k < in_protasis_.size() && in_protasis_[k]; }

}  // namespace claimlens
