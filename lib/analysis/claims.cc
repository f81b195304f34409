// Claims: a sentence, or its clauses when they differ in holder or likelihood.
// Each claim takes its holder from the frame of its main predication, its level
// from the first estimative cue its holder uses, and its flags (uncertain,
// confidence, conditional, recommendation) from the cues and markers inside it.
#include "claim_rules.h"
#include "cues.h"

namespace claimlens {
namespace {

using cue_rules::Wordish;

// Where a sentence may split into clause claims: a semicolon, or a comma
// before a contrastive conjunction ("..., but collapse is likely").
bool SplitBefore(const TokenContext& ctx, uint32_t k) {
  if (ctx.norm(k) == ";") return true;
  return k > 0 && ctx.norm(k - 1) == "," && ctx.Has(k, kContrast);
}

bool Uncertain(const Cue& c) {
  if (c.kind != EntryKind::kHedge) return false;
  if (c.cls == "confidence") return true;  // low or moderate confidence
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

void ClaimRules::StartDocument() { have_actor_ = have_person_ = false; }

void ClaimRules::Run(const TokenContext& ctx, SentenceAnalysis* a) {
  ctx_ = &ctx;
  a_ = a;
  token_holder_.clear();
  frames_.clear();
  protases_.clear();
  a->holders.assign(1, Holder{HolderType::kAuthor, "author", {}, -1});
  a->claims.clear();
  a->back_confidence = Confidence::kNone;
  FindSegments();
  FindConditions();
  FindFrames();
  OwnCues();
  FindRecommendations();
  BuildClaims();
  Remember();
}

uint32_t ClaimRules::SegmentBegin(uint32_t k) const {
  for (const TokenRange& s : segments_) {
    if (s.contains(k)) return s.begin;
  }
  return 0;
}

uint32_t ClaimRules::SegmentEnd(uint32_t k) const {
  for (const TokenRange& s : segments_) {
    if (s.contains(k)) return s.end;
  }
  return static_cast<uint32_t>(ctx_->size());
}

Span ClaimRules::SpanOf(TokenRange r) const {
  const auto& toks = ctx_->tokens();
  if (r.empty()) return {};
  return {toks[r.begin].span.start, toks[r.end - 1].span.end};
}

void ClaimRules::AddMarker(EntryKind kind, std::string cls, TokenRange range) {
  Cue m;
  m.kind = kind;
  m.cls = std::move(cls);
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
  uint32_t begin = 0;
  bool quoted = ctx.size() > 0 && ctx.norm(0) == "\"";
  for (uint32_t k = 1; k < ctx.size(); ++k) {
    // A quotation is one speaker's: its semicolons do not split it.
    if (ctx.norm(k) == "\"") quoted = !quoted;
    if (quoted || !SplitBefore(ctx, k)) continue;
    uint32_t words = 0;
    for (uint32_t j = begin; j < k; ++j) words += Wordish(ctx, j);
    if (words == 0) continue;
    segments_.push_back({begin, k});
    begin = k;
  }
  segments_.push_back({begin, static_cast<uint32_t>(ctx.size())});
}

// Every cue belongs to the holder of the innermost report around it. A belief
// verb whose subject is a third party is that report's frame, not a hedge.
void ClaimRules::OwnCues() {
  const TokenContext& ctx = *ctx_;
  // A sentence that is one quotation, after a sentence that quoted someone,
  // goes on quoting them ("Quiet can end in an afternoon.").
  const bool quotation = ctx.size() >= 2 && ctx.norm(0) == "\"" && ctx.norm(ctx.size() - 1) == "\"";
  continues_ = quotation && have_speaker_ && frames_.empty();
  token_holder_.assign(ctx.size(), continues_ ? AddHolder(speaker_) : 0);
  have_speaker_ = continues_;
  for (const Frame& f : frames_) {
    if (f.main && f.content.begin < ctx.size() && ctx.norm(f.content.begin) == "\"") {
      speaker_ = a_->holders[f.holder];
      have_speaker_ = true;
    }
  }
  std::vector<uint32_t> width(ctx.size(), UINT32_MAX);
  for (const Frame& f : frames_) {
    const uint32_t w = f.content.end - f.content.begin;
    for (uint32_t k = f.content.begin; k < f.content.end && k < ctx.size(); ++k) {
      if (w < width[k]) {
        width[k] = w;
        token_holder_[k] = f.holder;
      }
    }
  }
  dropped_cue_.assign(a_->cues.size(), false);
  for (const Frame& f : frames_) {
    const uint16_t outer = static_cast<uint16_t>(token_holder_[f.trigger.begin]);
    if (f.cue >= 0) dropped_cue_[static_cast<size_t>(f.cue)] = true;
    Cue m;
    m.kind = EntryKind::kAttribution;
    m.cls = f.type == Frame::Type::kVerb     ? "verb"
            : f.type == Frame::Type::kSource ? "source"
                                             : "noun";
    m.begin = f.trigger.begin;
    m.end = f.trigger.end;
    m.span = SpanOf(f.trigger);
    m.holder = outer;
    a_->markers.push_back(std::move(m));
  }
  for (size_t i = 0; i < a_->cues.size(); ++i) {
    Cue& c = a_->cues[i];
    c.holder = static_cast<uint16_t>(token_holder_[c.begin]);
    // Inside a condition, a belief verb ("if Beijing believed") or a prediction
    // ("if Moscow will not") is part of the hypothesis, not a judgement.
    if (InProtasis(c.begin) &&
        ((c.cls == "estimative" && ctx.Has(c.begin, kBelief)) || c.cls == "prediction")) {
      dropped_cue_[i] = true;
    }
  }
  std::vector<Cue> kept;
  for (size_t i = 0; i < a_->cues.size(); ++i) {
    if (!dropped_cue_[i]) {
      kept.push_back(std::move(a_->cues[i]));
    } else if (explain_) {
      const Cue& c = a_->cues[i];
      a_->dropped.push_back({c.begin, c.end, c.entry,
                             InProtasis(c.begin) ? "inside a condition (part of the hypothesis)"
                                                 : "attribution: the view of its subject",
                             false});
    }
  }
  a_->cues = std::move(kept);
  for (Cue& m : a_->markers) {
    if (m.kind != EntryKind::kAttribution && m.begin < ctx.size())
      m.holder = static_cast<uint16_t>(token_holder_[m.begin]);
  }
}

// The holder of a clause: the frame of its main predication, and within that
// frame's report, a frame whose subject opens it (a nested report).
uint16_t ClaimRules::ClaimHolder(TokenRange segment, int* frame) const {
  const TokenContext& ctx = *ctx_;
  int best = -1;
  for (size_t i = 0; i < frames_.size(); ++i) {
    const Frame& f = frames_[i];
    if (!f.main || f.outer >= 0 || !segment.contains(f.trigger.begin)) continue;
    if (best < 0 || f.trigger.begin < frames_[static_cast<size_t>(best)].trigger.begin)
      best = static_cast<int>(i);
  }
  *frame = best;
  if (best < 0) return 0;
  for (bool deeper = true; deeper;) {
    deeper = false;
    const Frame& outer = frames_[static_cast<size_t>(*frame)];
    uint32_t start = outer.content.begin;
    while (start < outer.content.end && !Wordish(ctx, start)) ++start;
    for (size_t i = 0; i < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      if (f.outer != *frame || f.type == Frame::Type::kNoun) continue;
      const uint32_t opens =
          std::min(f.subject.empty() ? f.trigger.begin : f.subject.begin, f.trigger.begin);
      if (opens == start || f.type == Frame::Type::kSource) {
        *frame = static_cast<int>(i);
        deeper = true;
        break;
      }
    }
  }
  return frames_[static_cast<size_t>(*frame)].holder;
}

void ClaimRules::BuildClaims() {
  const TokenContext& ctx = *ctx_;
  SentenceAnalysis& a = *a_;
  struct Piece {
    TokenRange range;
    uint16_t holder;
    Level level;
    int level_cue;
    int frame;
  };
  std::vector<Piece> pieces;
  for (const TokenRange& s : segments_) {
    int frame = -1;
    Piece p{s, ClaimHolder(s, &frame), Level::kNone, -1, -1};
    p.frame = frame;
    if (continues_ && p.holder == 0) p.holder = token_holder_[s.begin];
    for (size_t i = 0; i < a.cues.size(); ++i) {
      const Cue& c = a.cues[i];
      if (!s.contains(c.begin) || c.holder != p.holder || c.level == Level::kNone) continue;
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
    if (b >= e) continue;
    Claim c;
    c.begin = b;
    c.end = e;
    c.span = SpanOf({b, e});
    c.holder = p.holder;
    c.level = p.level;
    c.level_cue = p.level_cue;
    for (size_t i = 0; i < a.cues.size(); ++i) {
      const Cue& q = a.cues[i];
      if (q.begin < b || q.begin >= e) continue;
      c.cues.push_back(static_cast<uint32_t>(i));
      if (q.holder != c.holder) continue;
      c.uncertain |= Uncertain(q);
      if (q.cls == "confidence" && c.confidence == Confidence::kNone) {
        c.confidence = q.confidence;
        c.confidence_cue = static_cast<int>(i);
        // "... confidence in this judgement": the judgement is the sentence before.
        for (uint32_t k = q.end; k < q.end + 4 && k < ctx.size(); ++k) {
          if (ctx.Has(k, kJudgement) && k > 0 &&
              (ctx.Has(k - 1, kDemonstrative) || ctx.Has(k - 1, kDeterminer)))
            a.back_confidence = q.confidence;
        }
      }
    }
    for (size_t i = 0; i < a.markers.size(); ++i) {
      const Cue& m = a.markers[i];
      if (m.begin < b || m.begin >= e) continue;
      c.markers.push_back(static_cast<uint32_t>(i));
      if (m.kind == EntryKind::kRecommendation && m.holder == c.holder && !c.recommendation) {
        c.recommendation = true;
        c.recommendation_marker = static_cast<int>(i);
        c.addressee = Addressee(m);
      }
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
    if (p.frame >= 0) {
      const uint32_t trigger = frames_[static_cast<size_t>(p.frame)].trigger.begin;
      for (size_t i = 0; i < a.markers.size(); ++i) {
        if (a.markers[i].kind == EntryKind::kAttribution && a.markers[i].begin == trigger)
          c.holder_marker = static_cast<int>(i);
      }
    }
    for (const TokenRange& q : protases_) {
      // A condition inside an indirect question ("no plan for what the three
      // would do if ...") conditions the question, not the claim.
      bool embedded = false;
      for (uint32_t k = q.begin; k-- > b && q.begin - k <= 8 && !embedded;) {
        if (ctx.Has(k, kClause)) break;
        embedded = ctx.Has(k, kQuestion);
      }
      if (q.begin >= b && q.begin < e && !embedded) {
        c.conditional = true;
        c.condition = SpanOf(q);
        break;
      }
    }
    for (const Mention& m : a.mentions) {
      if (m.begin < b || m.begin >= e) continue;
      if (std::find(c.actors.begin(), c.actors.end(), m.id) == c.actors.end())
        c.actors.push_back(m.id);
    }
    a.claims.push_back(std::move(c));
  }
}

// Antecedents for the next sentences' pronouns: the last actor and person named.
void ClaimRules::Remember() {
  for (const Mention& m : a_->mentions) {
    if (m.type == MentionType::kPerson) {
      last_person_ = {HolderType::kPerson, m.id, {}, -1};
      have_person_ = true;
    } else if (m.type == MentionType::kState || m.type == MentionType::kOrganization ||
               m.type == MentionType::kGroup) {
      last_actor_ = {HolderType::kActor, m.id, {}, -1};
      have_actor_ = true;
    }
  }
}

}  // namespace claimlens
