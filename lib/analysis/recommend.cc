// Recommendations: deontic claims (what someone should do) and whom they
// address. The cue rules already told deontic "should" and "must" from their
// epistemic senses; here the phrases ("ought to", "it is critical that",
// "would do well to", "urge X to") join them, and each finds its addressee.
#include "claim_rules.h"
#include "cues.h"

namespace claimlens {

const Frame* ClaimRules::FrameAt(uint32_t k) const {
  for (const Frame& f : frames_) {
    if (f.trigger.begin == k) return &f;
  }
  return nullptr;
}

void ClaimRules::FindRecommendations() {
  const TokenContext& ctx = *ctx_;
  // Taken already: a deontic modal the cue rules found, or a modal they kept as
  // a cue (epistemic "should pass", inferring "must have").
  std::vector<bool>& marked = scratch_.marked;
  marked.assign(ctx.size() + 1, false);
  for (const Cue& m : a_->markers) {
    if (m.kind == EntryKind::kRecommendation) marked[m.begin] = true;
  }
  // A necessity after a hypothetical modal the cue rules kept as a hedge ("the
  // lanes the navy would need to control", "Europe might have to pay") is a
  // condition of a scenario, not advice.
  std::vector<bool>& hypothetical = scratch_.hypothetical;
  hypothetical.assign(ctx.size() + 1, false);
  for (const Cue& c : a_->cues) {
    marked[c.begin] = true;
    if (c.kind == EntryKind::kHedge && c.cls == CueClass::kModal && c.end <= ctx.size())
      hypothetical[c.end] = true;
  }
  uint32_t covered = 0;
  for (const Match& m : a_->matches) {
    const Entry& e = lex_.entries[m.entry];
    if (m.part || e.kind != EntryKind::kRecommendation || m.begin < covered) continue;
    if (in_idiom_[m.begin] || marked[m.begin] || hypothetical[m.begin]) continue;
    if (InProtasis(m.begin)) continue;
    marked[m.begin] = true;
    AddMarker(EntryKind::kRecommendation, e.cue_class, {m.begin, m.end});
    // A verb that reports and recommends at once ("critics call for
    // sanctions", "Washington urged Tokyo to"): the recommendation is its
    // subject's, as the report is.
    if (const Frame* f = FrameAt(m.begin)) a_->markers.back().holder = f->holder;
    covered = m.end;
  }
}

// Who is to act: the subject of a deontic modal ("Washington should"), the
// object of an appeal ("urge Tokyo to"), the subject after "it is critical
// that" or "we recommend that"; nothing for an agentless passive.
std::string ClaimRules::Addressee(const Cue& marker) {
  const TokenContext& ctx = *ctx_;
  const uint32_t seg_begin = SegmentBegin(marker.begin);
  const uint32_t seg_end = SegmentEnd(marker.begin);
  TokenRange np;
  uint32_t that = marker.end;
  bool for_to = false;  // "for NATO to act": what follows "for" is the addressee only before "to"
  for (uint32_t k = marker.begin; k < marker.end; ++k) {
    if (ctx.Has(k, kComplementizer) || ctx.norm(k) == "for") that = k + 1;
    for_to = ctx.norm(k) == "for";
  }
  // "We recommend that Tokyo ...", "urged that Seoul ...": the clause after
  // the verb names who is to act, not the verb's subject.
  const bool clause_after = ctx.Has(marker.end, kComplementizer);
  if (clause_after) that = marker.end + 1;
  if (that < marker.end || clause_after || ctx.Has(marker.end - 1, kComplementizer) || for_to) {
    np = PhraseAfter(that, seg_end);  // "it is critical that Europe ...", "it is time for NATO to"
    // "called for talks", "for an end to the war": what is called for, not who
    // is to act. An infinitive's "to" comes before a verb, a lower-case word
    // that is no determiner.
    if (for_to) {
      uint32_t to = np.begin;
      while (to < seg_end && to <= np.end && ctx.norm(to) != "to") ++to;
      const uint32_t verb = to + 1;
      if (to > np.end || verb >= seg_end || !cue_rules::Wordish(ctx, verb) ||
          ctx.Has(verb, kDeterminer) || ctx.tokens()[verb].has(Token::kHasUpper))
        return "";
      np.end = to;
    }
  } else if (marker.cls == CueClass::kAppeal) {
    // "urge Tokyo to act", "call on Congress to act": the object after the
    // verb and its preposition, up to the infinitive's "to" (not Ukraine in
    // "urged lawmakers to approve aid for Ukraine").
    uint32_t object = marker.begin + 1;
    while (object < marker.end && ctx.Has(object, kPreposition)) ++object;
    np = PhraseAfter(object, seg_end);
    for (uint32_t k = np.begin; k < np.end; ++k) {
      if (ctx.norm(k) == "to") np.end = k;
    }
  } else {
    // The subject of a verb that reports a recommendation ("the commission
    // recommended closing the base") makes it; no one is named to act.
    if (FrameAt(marker.begin)) return "";
    np = SubjectBefore(marker.begin, seg_begin);
  }
  if (np.empty()) return "";
  // Whoever owns a thing ("Russia's war must end", "the Treasury's rules
  // should change") is not asked to act; their people are ("China's leaders
  // should"). (A role noun counts as people, though a few name acts: in
  // "Putin's aggression should not go unanswered" Putin is still addressed.)
  for (uint32_t k = np.begin; k < np.end && !ctx.Has(k, kPreposition); ++k) {
    if (!ctx.tokens()[k].has(Token::kClitic) || ctx.norm(k) != "'s") continue;
    bool people = false;
    for (uint32_t j = k + 1; j < np.end && !people && !ctx.Has(j, kPreposition); ++j)
      people = ctx.Has(j, kAgent) || ctx.Has(j, kRole);
    if (!people) return "";
  }
  const auto [lo, hi] = MentionsIn(np.begin, np.end);
  for (size_t i = lo; i < hi; ++i) {
    const Mention& m = a_->mentions[i];
    if (m.end > np.end) continue;
    // "officials in Seoul": an office serves the state whose seat the place is.
    if (m.type == MentionType::kPlace) {
      const std::string seat = Office(np) ? SeatIn(np) : std::string();
      if (!seat.empty()) return seat;
    }
    return ListedIds(i, seg_begin, seg_end);
  }
  if (ctx.Has(np.begin, kSelf) || ctx.Has(np.begin, kThird)) {
    if (std::optional<Holder> h = Antecedent(np.begin, false)) return h->id;
    return std::string(ctx.norm(np.begin));
  }
  // Otherwise only people are addressed, by a noun for them or a name the
  // lexicons lack ("that allies coordinate", "the Treasury should"; any word
  // opens a sentence with a capital): "this must change", "deterrence should
  // rest on", "calls for the need to" name no one.
  bool someone = false;
  for (uint32_t k = np.begin; k < np.end && !someone; ++k) {
    if (k > np.begin && ctx.Has(k, kPreposition)) break;
    someone = ctx.Has(k, kAgent) || ctx.Has(k, kRole) ||
              (cue_rules::Capitalised(ctx, k) && k != cue_rules::FirstWord(ctx) &&
               !ctx.Has(k, kDeterminer) && !ctx.Has(k, kDemonstrative) && !ctx.Has(k, kThird));
  }
  if (!someone) return "";
  std::string words;
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (ctx.Has(k, kDeterminer) || !cue_rules::Wordish(ctx, k)) continue;
    if (k > np.begin && ctx.Has(k, kPreposition)) break;
    if (!words.empty()) words += ' ';
    words += ctx.norm(k);
    // A noun for people ends the phrase ("that allies coordinate": the allies),
    // and so does a name before a lower-case word ("that the Treasury tighten").
    if (ctx.Has(k, kAgent) || ctx.Has(k, kRole)) break;
    if (cue_rules::Capitalised(ctx, k) && k + 1 < np.end && cue_rules::Wordish(ctx, k + 1) &&
        !cue_rules::Capitalised(ctx, k + 1) && !ctx.Has(k + 1, kPreposition) &&
        !ctx.Has(k + 1, kJoiner) && !ctx.Has(k + 1, kAgent) && !ctx.Has(k + 1, kRole))
      break;
  }
  return words;
}

// The ids of a list of mentions around mention `i`, in order and once each:
// "Washington, Tokyo, The Hague and Seoul" is USA;JPN;NLD;KOR. Items are joined
// by the grammar's list words, with determiners between ("Europe and the United
// States"), one of them a word; the list stays inside the segment.
std::string ClaimRules::ListedIds(size_t i, uint32_t seg_begin, uint32_t seg_end) const {
  const TokenContext& ctx = *ctx_;
  const auto& ms = a_->mentions;
  bool conjunction = false;  // "and" or "or" joins two items: commas alone make no list
  auto joined = [&](const Mention& a, const Mention& b) {
    if (a.end >= b.begin) return false;
    bool list = false, word = false;
    for (uint32_t k = a.end; k < b.begin; ++k) {
      if (ctx.Has(k, kList)) {
        list = true;
        word |= !ctx.Has(k, kClause);
      } else if (!ctx.Has(k, kDeterminer)) {
        return false;
      }
    }
    conjunction |= list && word;
    return list;
  };
  size_t first = i, last = i;
  while (first > 0 && ms[first - 1].begin >= seg_begin && joined(ms[first - 1], ms[first])) --first;
  while (last + 1 < ms.size() && ms[last + 1].end <= seg_end && joined(ms[last], ms[last + 1]))
    ++last;
  if (!conjunction) return ms[i].id;  // "aid to Pakistan, the United States should"
  std::string ids;
  for (size_t k = first; k <= last; ++k) {
    bool seen = false;
    for (size_t j = first; j < k && !seen; ++j) seen = ms[j].id == ms[k].id;
    if (seen) continue;
    if (!ids.empty()) ids += ';';
    ids += ms[k].id;
  }
  return ids;
}

}  // namespace claimlens
