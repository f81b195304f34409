// Claims: a sentence, or its clauses when they differ in holder or likelihood.
// Each claim takes its holder from the frame of its main predication, its level
// from the first estimative cue its holder uses, and its flags (uncertain,
// confidence, conditional, recommendation) from the cues and markers inside it.
#include "claim_rules.h"
#include "cues.h"
#include "small_sort.h"

namespace claimlens {
namespace {

using cue_rules::Wordish;

// Whether a coordinated clause with a subject and a report of its own starts
// at `k` (", and officials say the deal will collapse"): its claim is theirs
// (when the report names someone; else the pieces join again). Without a
// subject it is the first clause's ("confirmed it, and said"); a participle
// is no clause of its own (", and officials saying that ...").
bool CoordinatedReport(const TokenContext& ctx, uint32_t k, uint32_t window) {
  if (k == 0 || ctx.norm(k - 1) != ",") return false;
  uint32_t words = 0;
  for (uint32_t j = k + 1; j < ctx.size() && j - k <= window; ++j) {
    if (ctx.Has(j, kReporting)) return words > 0 && !ctx.Has(j, kIngForm);
    if (!Wordish(ctx, j) || ctx.Has(j, kFinite) || cue_rules::VerbModal(ctx, j) ||
        ctx.Has(j, kConjunction))
      return false;
    ++words;
  }
  return false;
}

// Whether a contrast word at `k` (after a comma) opens a parenthetical inside
// its clause: it, or a short phrase with no verb that it opens, is closed by a
// comma right before the clause's verb: "The envoy, however, warned that",
// "It said, though, that", "some, however small, are unlikely to".
bool ParentheticalContrast(const TokenContext& ctx, uint32_t k, uint32_t window) {
  for (uint32_t j = k + 1; j < ctx.size() && j <= k + 1 + window; ++j) {
    if (ctx.norm(j) == ",") {
      if (j == k + 1) return true;
      return j + 1 < ctx.size() && (ctx.Has(j + 1, kFinite) || cue_rules::VerbModal(ctx, j + 1));
    }
    if (!Wordish(ctx, j) || ctx.Has(j, kFinite) || cue_rules::VerbModal(ctx, j)) return false;
  }
  return false;
}

// Where a sentence may split into clause claims: a semicolon, a comma before a
// contrastive conjunction ("..., but collapse is likely"), or a coordinated report.
bool SplitBefore(const TokenContext& ctx, uint32_t k, uint32_t window, uint32_t parenthetical) {
  if (ctx.Has(k, kCoordinator) && CoordinatedReport(ctx, k, window)) return true;
  if (ctx.Has(k, kContrast))
    return k > 0 && ctx.norm(k - 1) == "," && !ParentheticalContrast(ctx, k, parenthetical);
  return ctx.tokens()[k].kind == TokenKind::kPunct && ctx.norm(k) == ";";
}

bool Uncertain(const Cue& c) {
  if (c.kind != EntryKind::kHedge) return false;
  if (c.cls == CueClass::kConfidence) return true;  // low or moderate confidence
  return MakesUncertain(c);
}

}  // namespace

std::string_view HolderTypeName(HolderType type) {
  switch (type) {
    case HolderType::kAuthor:
      return "author";
    case HolderType::kActor:
      return "actor";
    case HolderType::kPerson:
      return "person";
    case HolderType::kNamed:
      return "named";
    case HolderType::kUnnamed:
      return "unnamed";
  }
  return "author";
}

void ClaimRules::StartDocument() {
  have_actor_ = have_person_ = have_source_ = have_speaker_ = quote_open_ = have_topic_ =
      have_reporters_ = false;
  made_source_noun_.clear();
  names_.clear();
  prev_end_ = 0;
}

void ClaimRules::Run(const TokenContext& ctx, SentenceAnalysis* a) {
  ctx_ = &ctx;
  a_ = a;
  token_holder_.clear();
  frames_.clear();
  protases_.clear();
  a->holders.assign(1, Holder{HolderType::kAuthor, "author", {}, -1});
  a->claims.clear();
  a->not_claims.clear();
  a->back_confidence = Confidence::kNone;
  FindSegments();
  MarkIdioms();
  FindConditions();
  TrackQuotes();
  FindFrames();
  OwnCues();
  FindRecommendations();
  BuildClaims();
  Remember();
}

// The tokens inside an idiom ("if possible", "as if"): words there are
// neither conditions nor recommendations.
void ClaimRules::MarkIdioms() {
  in_idiom_.assign(ctx_->size(), false);
  for (const Match& m : a_->matches) {
    if (m.part || lex_.entries[m.entry].kind != EntryKind::kIgnore) continue;
    for (uint32_t k = m.begin; k < m.end; ++k) in_idiom_[k] = true;
  }
}

bool ClaimRules::GradesPhraseOnly(const Cue& c) const {
  const TokenContext& ctx = *ctx_;
  if (c.begin == 0 || c.end >= ctx.size()) return false;
  const uint32_t det = c.begin - 1;
  const bool possessor = ctx.tokens()[det].has(Token::kClitic) && ctx.norm(det) == "'s";
  if (!ctx.Has(det, kDeterminer) && !possessor) return false;
  // A noun (or its modifier) must follow: not "a likely to", "the likely, ...".
  const uint32_t next = c.end;
  if (!Wordish(ctx, next) || ctx.Has(next, kPreposition) || ctx.Has(next, kComplementizer) ||
      ctx.Has(next, kModal) || ctx.Has(next, kFinite) || ctx.Has(next, kConjunction) ||
      ctx.Has(next, kCoordinator))
    return false;
  // The clause's subject: its likelihood is the claim's ("The likely outcome is
  // a stalemate"; "Beijing's likely response would be ...").
  uint32_t first = SegmentBegin(c.begin);
  while (first < det && (!Wordish(ctx, first) || ctx.Has(first, kContrast))) ++first;
  uint32_t owner = det;  // where the phrase starts: before a possessor's name
  if (possessor) {
    while (owner > first && Wordish(ctx, owner - 1) && !ctx.Has(owner - 1, kPreposition)) --owner;
  }
  return owner > first;
}

bool ClaimRules::InIndirectQuestion(uint32_t at, uint32_t b, bool after_word) const {
  const TokenContext& ctx = *ctx_;
  const uint32_t window = static_cast<uint32_t>(lex_.settings.embedded_window);
  for (uint32_t k = at; k-- > b && at - k <= window;) {
    if (ctx.Has(k, kClause)) return false;
    // "change how the body works and may lead to": the verb after a
    // coordinator is the clause's own.
    if (after_word && ctx.Has(k, kCoordinator)) return false;
    if (!ctx.Has(k, kQuestion)) continue;
    if (!after_word) return true;
    // Not a clause of time ("in 2002, when it wept"), nor a free relative after
    // "be" ("this is what will likely happen") or in an adjunct ("..., in what
    // was probably its worst defeat"): those state the claim.
    if (k == b || !Wordish(ctx, k - 1) || ctx.Has(k, kSubordinator) || ctx.Has(k - 1, kBe))
      return false;
    // Nor what a verb of knowing takes as known ("this explains why prices may
    // rise", "we understand how it could fail"): that is asserted.
    if (ctx.Has(k - 1, kCognition) && !ctx.Has(k - 1, kInquiry)) return false;
    return !ctx.Has(k - 1, kPreposition) || (k - 1 > b && Wordish(ctx, k - 2));
  }
  return false;
}

bool ClaimRules::GradesQuestion(const Cue& c, uint32_t b) const {
  // A likelihood, not a characterisation: "what is widely regarded as a classic"
  // still hedges what the claim says.
  const bool likelihood = c.cls == CueClass::kModal || c.cls == CueClass::kProbability ||
                          c.cls == CueClass::kPossibility;
  return likelihood && InIndirectQuestion(c.begin, b, true);
}

uint32_t ClaimRules::SegmentBegin(uint32_t k) const {
  return k < seg_of_.size() ? segments_[seg_of_[k]].begin : 0;
}

uint32_t ClaimRules::SegmentEnd(uint32_t k) const {
  return k < seg_of_.size() ? segments_[seg_of_[k]].end : static_cast<uint32_t>(ctx_->size());
}

std::pair<size_t, size_t> ClaimRules::MentionsIn(uint32_t b, uint32_t e) const {
  const auto& ms = a_->mentions;
  auto lo = std::lower_bound(ms.begin(), ms.end(), b,
                             [](const Mention& m, uint32_t k) { return m.begin < k; });
  auto hi =
      std::lower_bound(lo, ms.end(), e, [](const Mention& m, uint32_t k) { return m.begin < k; });
  return {static_cast<size_t>(lo - ms.begin()), static_cast<size_t>(hi - ms.begin())};
}

Span ClaimRules::SpanOf(TokenRange r) const {
  const auto& toks = ctx_->tokens();
  if (r.empty()) return {};
  return {toks[r.begin].span.start, toks[r.end - 1].span.end};
}

void ClaimRules::AddMarker(EntryKind kind, CueClass cls, TokenRange range) {
  Cue m;
  m.kind = kind;
  m.cls = cls;
  m.begin = range.begin;
  m.end = range.end;
  m.span = SpanOf(range);
  if (range.begin < token_holder_.size())
    m.holder = static_cast<uint16_t>(token_holder_[range.begin]);
  a_->markers.push_back(std::move(m));
}

void ClaimRules::FindSegments() {
  const TokenContext& ctx = *ctx_;
  segments_.clear();
  const uint32_t window = static_cast<uint32_t>(lex_.settings.subject_window);
  const uint32_t parenthetical = static_cast<uint32_t>(lex_.settings.parenthetical_window);
  uint32_t begin = 0;
  bool quoted = ctx.size() > 0 && ctx.norm(0) == "\"";
  for (uint32_t k = 1; k < ctx.size(); ++k) {
    // A quotation is one speaker's: its semicolons do not split it.
    if (ctx.tokens()[k].kind == TokenKind::kPunct && ctx.norm(k) == "\"") quoted = !quoted;
    if (quoted || !SplitBefore(ctx, k, window, parenthetical)) continue;
    uint32_t words = 0;
    for (uint32_t j = begin; j < k; ++j) words += Wordish(ctx, j);
    if (words == 0) continue;
    segments_.push_back({begin, k});
    begin = k;
  }
  segments_.push_back({begin, static_cast<uint32_t>(ctx.size())});
  seg_of_.assign(ctx.size(), 0);
  for (uint32_t i = 0; i < segments_.size(); ++i) {
    for (uint32_t k = segments_[i].begin; k < segments_[i].end; ++k) seg_of_[k] = i;
  }
}

void ClaimRules::BuildClaims() {
  const TokenContext& ctx = *ctx_;
  SentenceAnalysis& a = *a_;
  LinkFrames();
  // Cues and mentions come in text order; markers are sorted here, once.
  auto cues_from = [&](uint32_t k) {
    return static_cast<size_t>(
        std::lower_bound(a.cues.begin(), a.cues.end(), k,
                         [](const Cue& c, uint32_t t) { return c.begin < t; }) -
        a.cues.begin());
  };
  std::vector<uint32_t>& markers = scratch_.markers;
  markers.resize(a.markers.size());
  for (uint32_t i = 0; i < markers.size(); ++i) markers[i] = i;
  StableSortSmall(markers.begin(), markers.end(),
                  [&](uint32_t x, uint32_t y) { return a.markers[x].begin < a.markers[y].begin; });
  std::vector<int>& attribution_at = scratch_.attribution_at;
  attribution_at.assign(ctx.size() + 1, -1);
  for (uint32_t i = 0; i < a.markers.size(); ++i) {
    if (a.markers[i].kind == EntryKind::kAttribution && a.markers[i].begin < ctx.size())
      attribution_at[a.markers[i].begin] = static_cast<int>(i);
  }
  std::vector<Piece>& pieces = scratch_.pieces;
  pieces.clear();
  for (const TokenRange& s : segments_) {
    int frame = -1;
    Piece p{s, ClaimHolder(s, &frame), Level::kNone, -1, -1};
    p.frame = frame;
    if (continues_ && p.holder == 0) p.holder = token_holder_[s.begin];
    for (size_t i = cues_from(s.begin); i < a.cues.size() && a.cues[i].begin < s.end; ++i) {
      const Cue& c = a.cues[i];
      if (c.holder != p.holder || c.level == Level::kNone || GradesPhraseOnly(c) ||
          GradesQuestion(c, s.begin))
        continue;
      p.level = c.level;
      p.level_cue = static_cast<int>(i);
      break;
    }
    // Clauses with the same holder and likelihood stay one claim.
    if (!pieces.empty() && pieces.back().holder == p.holder && pieces.back().level == p.level) {
      pieces.back().range.end = s.end;
      continue;
    }
    pieces.push_back(p);
  }
  for (const Piece& p : pieces) {
    uint32_t b = p.range.begin, e = p.range.end;
    while (b < e && !Wordish(ctx, b) && ctx.Has(b, kClause))
      ++b;  // "; however" starts at "however"
    // ", and officials said" starts at its subject.
    if (b > 0 && b + 1 < e && ctx.norm(b - 1) == "," && ctx.Has(b, kCoordinator)) ++b;
    if (b >= e) continue;
    Claim c;
    c.begin = b;
    c.end = e;
    c.span = SpanOf({b, e});
    c.holder = p.holder;
    c.level = p.level;
    c.level_cue = p.level_cue;
    // The author's hedge in a report's verb group, or right before its verb
    // ("The Kremlin appears to believe that"): the holder's view, and the
    // author unsure of it.
    const Frame* report = p.frame >= 0 ? &frames_[static_cast<size_t>(p.frame)] : nullptr;
    auto on_verb = [&](const Cue& q) {
      return report != nullptr && q.holder == 0 && q.begin >= report->subject.begin &&
             (q.end == report->trigger.begin ||  // "seems to think": "to" between
              (q.end + 1 == report->trigger.begin && ctx.Has(q.end, kPreposition)));
    };
    for (size_t i = cues_from(b); i < a.cues.size() && a.cues[i].begin < e; ++i) {
      const Cue& q = a.cues[i];
      c.cues.push_back(static_cast<uint32_t>(i));
      if (on_verb(q)) c.uncertain |= Uncertain(q);
      if (q.holder != c.holder) continue;
      // "... on what's likely to happen", "how we might respond": the question's.
      if (!GradesQuestion(q, b)) c.uncertain |= Uncertain(q);
      if (q.cls == CueClass::kConfidence && c.confidence == Confidence::kNone) {
        c.confidence = q.confidence;
        c.confidence_cue = static_cast<int>(i);
        // "... confidence in this judgement": the judgement is the sentence before.
        const uint32_t window = static_cast<uint32_t>(lex_.settings.judgement_window);
        for (uint32_t k = q.end; k < q.end + window && k < ctx.size(); ++k) {
          if (ctx.Has(k, kJudgement) && k > 0 &&
              (ctx.Has(k - 1, kDemonstrative) || ctx.Has(k - 1, kDeterminer)))
            a.back_confidence = q.confidence;
        }
      }
    }
    for (auto it = std::lower_bound(markers.begin(), markers.end(), b,
                                    [&](uint32_t x, uint32_t k) { return a.markers[x].begin < k; });
         it != markers.end() && a.markers[*it].begin < e; ++it) {
      const uint32_t i = *it;
      const Cue& m = a.markers[i];
      c.markers.push_back(i);
      if (m.kind == EntryKind::kRecommendation && m.holder == c.holder && !c.recommendation) {
        c.recommendation = true;
        c.recommendation_marker = static_cast<int>(i);
        c.addressee = Addressee(m);
      }
    }
    if (c.cues.empty() && c.markers.empty() && PredicatesNothing(b, e)) {
      if (explain_) a.not_claims.push_back(c.span);
      continue;
    }
    // A question recommends nothing ("What should Brussels do?", a headline's
    // "Why the Accord Should Hold").
    uint32_t opener = b;
    while (opener < e && !Wordish(ctx, opener)) ++opener;
    if (ctx.norm(e - 1) == "?" || (opener < e && ctx.Has(opener, kQuestion))) {
      c.recommendation = false;
      c.recommendation_marker = -1;
      c.addressee.clear();
    }
    // The frame that names the holder: the attribution marker of its trigger.
    if (p.frame >= 0)
      c.holder_marker = attribution_at[frames_[static_cast<size_t>(p.frame)].trigger.begin];
    for (auto q = std::lower_bound(protases_.begin(), protases_.end(), b,
                                   [](const TokenRange&r, uint32_t k) { return r.begin < k; });
         q != protases_.end() && q->begin < e; ++q) {
      // A condition inside an indirect question ("no plan for what the three
      // would do if ...") conditions the question, not the claim.
      if (!InIndirectQuestion(q->begin, b, false)) {
        c.conditional = true;
        c.condition = SpanOf(*q);
        break;
      }
    }
    const auto [lo, hi] = MentionsIn(b, e);
    for (size_t i = lo; i < hi; ++i) {
      const Mention& m = a.mentions[i];
      if (std::find(c.actors.begin(), c.actors.end(), m.id) == c.actors.end())
        c.actors.push_back(m.id);
    }
    a.claims.push_back(std::move(c));
  }
}

// A part that names and dates but says nothing of them is no claim: a byline
// ("By Jane Doe"), a dateline ("Tuesday, July 9, 2024"), a list of names, a
// rule of asterisks. Its words are all names, months, days, numbers, "and", a
// byline's "By" or a dateline's words ("Updated", "PM").
// A short line of its own whose words are all capitalised ("Key Judgments",
// "Recommendations"): a heading, which names a section and says nothing of it.
// (Words of a name inside, "of" and "and" between them, keep it one.)
bool ClaimRules::Heading(uint32_t b, uint32_t e) const {
  const TokenContext& ctx = *ctx_;
  const std::string_view text = a_->doc->text();
  const Span s = SpanOf({b, e});
  auto line_break = [](char c) { return c == '\n' || c == '\r'; };
  if ((s.start > 0 && !line_break(text[s.start - 1])) ||
      (s.end < text.size() && !line_break(text[s.end])))
    return false;
  uint32_t words = 0;
  for (uint32_t k = b; k < e; ++k) {
    if (!Wordish(ctx, k) || ctx.tokens()[k].has(Token::kClitic)) continue;  // "Europe's"
    if (!cue_rules::Capitalised(ctx, k) && !ctx.Has(k, kJoiner)) return false;
    ++words;
  }
  return words > 0 && words <= static_cast<uint32_t>(lex_.settings.heading_words);
}

bool ClaimRules::PredicatesNothing(uint32_t b, uint32_t e) const {
  const TokenContext& ctx = *ctx_;
  if (Heading(b, e)) return true;
  const auto [lo, hi] = MentionsIn(0, e);
  size_t m = lo;
  for (uint32_t k = b; k < e; ++k) {
    if (!Wordish(ctx, k) || ctx.tokens()[k].kind == TokenKind::kNumber) continue;
    if (ctx.Has(k, kMonth) || ctx.Has(k, kDay) || ctx.Has(k, kDateline) || ctx.Has(k, kByline) ||
        ctx.Has(k, kConjunction))
      continue;
    // A mention covers k: mentions come in text order, and none starts after k.
    while (m < hi && a_->mentions[m].end <= k) ++m;
    bool named = false;
    for (size_t i = m; i < hi && a_->mentions[i].begin <= k && !named; ++i)
      named = a_->mentions[i].end > k;
    if (!named) return false;
  }
  return true;
}

}  // namespace claimlens
