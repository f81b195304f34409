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

void ClaimRules::StartDocument() {
  have_actor_ = have_person_ = have_source_ = have_speaker_ = quote_open_ = false;
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
  seg_of_.assign(ctx.size(), 0);
  for (uint32_t i = 0; i < segments_.size(); ++i) {
    for (uint32_t k = segments_[i].begin; k < segments_[i].end; ++k) seg_of_[k] = i;
  }
}

// Every cue belongs to the holder of the innermost report around it. A belief
// verb whose subject is a third party is that report's frame, not a hedge.
// Whether the whole sentence is inside a quotation: one that opens it and
// does not close before its last word, or one a sentence before opened and
// left open ("“Russia probably does not want war. Its leaders have avoided
// ...”"). A quotation left open ends with its paragraph unless the next one
// opens with a quotation mark, as a quotation that runs on does in print.
bool ClaimRules::QuotedThroughout() {
  const TokenContext& ctx = *ctx_;
  const Span span = a_->sentence.span;
  if (a_->doc != nullptr && prev_end_ <= span.start) {
    const std::string_view text = a_->doc->text();
    const std::string_view gap =
        span.start <= text.size() ? text.substr(prev_end_, span.start - prev_end_) : "";
    if (std::count(gap.begin(), gap.end(), '\n') >= 2) quote_open_ = false;
  }
  prev_end_ = span.end;
  uint32_t last_word = 0;
  for (uint32_t k = 0; k < ctx.size(); ++k) {
    if (Wordish(ctx, k)) last_word = k;
  }
  const bool opens = ctx.size() >= 2 && ctx.norm(0) == "\"";
  bool open = quote_open_;
  bool throughout = open || opens;
  for (uint32_t k = 0; k < ctx.size(); ++k) {
    if (ctx.norm(k) != "\"") continue;
    open = k == 0 || !open;  // a mark that opens the sentence always opens
    if (!open && k < last_word) throughout = false;
  }
  quote_open_ = open;
  return throughout && last_word > 0;
}

void ClaimRules::OwnCues() {
  const TokenContext& ctx = *ctx_;
  // A sentence that is one quotation, after a sentence that quoted someone,
  // goes on quoting them ("Quiet can end in an afternoon.").
  const bool quotation = QuotedThroughout();
  continues_ = quotation && have_speaker_ && frames_.empty();
  token_holder_.assign(ctx.size(), continues_ ? AddHolder(speaker_) : 0);
  have_speaker_ = continues_;
  for (const Frame& f : frames_) {
    if (f.main && f.content.begin < ctx.size() && ctx.norm(f.content.begin) == "\"") {
      speaker_ = a_->holders[f.holder];
      have_speaker_ = true;
    }
  }
  // Each token takes the holder of the narrowest report around it: frames from
  // the narrowest content up, each token assigned once (a jump table skips the
  // assigned ones, so the cost stays linear however many frames there are).
  std::vector<size_t>& order = scratch_.order;
  order.resize(frames_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const TokenRange& a = frames_[x].content;
    const TokenRange& b = frames_[y].content;
    return a.end - a.begin < b.end - b.begin;
  });
  std::vector<uint32_t>& next = scratch_.next;
  next.resize(ctx.size() + 1);
  for (uint32_t k = 0; k <= ctx.size(); ++k) next[k] = k;
  auto find = [&](uint32_t k) {
    uint32_t r = k;
    while (next[r] != r) r = next[r];
    while (next[k] != r) {
      const uint32_t n = next[k];
      next[k] = r;
      k = n;
    }
    return r;
  };
  for (size_t i : order) {
    const Frame& f = frames_[i];
    const uint32_t end = std::min<uint32_t>(f.content.end, static_cast<uint32_t>(ctx.size()));
    for (uint32_t k = find(f.content.begin); k < end; k = find(k)) {
      token_holder_[k] = f.holder;
      next[k] = k + 1;
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
  // The kept cues move up in place (a dropped one is read before anything
  // lands on it).
  size_t kept = 0;
  for (size_t i = 0; i < a_->cues.size(); ++i) {
    if (!dropped_cue_[i]) {
      if (kept != i) a_->cues[kept] = std::move(a_->cues[i]);
      ++kept;
    } else if (explain_) {
      const Cue& c = a_->cues[i];
      a_->dropped.push_back({c.begin, c.end, c.entry,
                             InProtasis(c.begin) ? "inside a condition (part of the hypothesis)"
                                                 : "attribution: the view of its subject",
                             false});
    }
  }
  a_->cues.resize(kept);
  for (Cue& m : a_->markers) {
    if (m.kind != EntryKind::kAttribution && m.begin < ctx.size())
      m.holder = static_cast<uint16_t>(token_holder_[m.begin]);
  }
}

// The holder of a clause: the frame of its main predication, and within that
// frame's report, a frame whose subject opens it (a nested report). `top_` and
// `inner_` (worked out once a sentence) keep this linear.
uint16_t ClaimRules::ClaimHolder(TokenRange segment, int* frame) const {
  *frame = top_[seg_of_[segment.begin]];
  if (*frame < 0) return 0;
  for (int depth = 0; inner_[static_cast<size_t>(*frame)] >= 0 && depth < 16; ++depth)
    *frame = inner_[static_cast<size_t>(*frame)];
  return frames_[static_cast<size_t>(*frame)].holder;
}

void ClaimRules::LinkFrames() {
  const TokenContext& ctx = *ctx_;
  top_.assign(segments_.size(), -1);
  inner_.assign(frames_.size(), -1);
  for (size_t i = 0; i < frames_.size(); ++i) {
    const Frame& f = frames_[i];
    if (f.main && f.outer < 0 && f.trigger.begin < seg_of_.size()) {
      int& t = top_[seg_of_[f.trigger.begin]];
      if (t < 0 || f.trigger.begin < frames_[static_cast<size_t>(t)].trigger.begin)
        t = static_cast<int>(i);
    }
    if (f.outer < 0 || f.type == Frame::Type::kNoun) continue;
    const Frame& outer = frames_[static_cast<size_t>(f.outer)];
    uint32_t start = outer.content.begin;
    while (start < outer.content.end && !Wordish(ctx, start)) ++start;
    const uint32_t opens =
        std::min(f.subject.empty() ? f.trigger.begin : f.subject.begin, f.trigger.begin);
    int& in = inner_[static_cast<size_t>(f.outer)];
    if (in < 0 && (opens == start || f.type == Frame::Type::kSource)) in = static_cast<int>(i);
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
      if (c.holder != p.holder || c.level == Level::kNone) continue;
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
    for (size_t i = cues_from(b); i < a.cues.size() && a.cues[i].begin < e; ++i) {
      const Cue& q = a.cues[i];
      c.cues.push_back(static_cast<uint32_t>(i));
      if (q.holder != c.holder) continue;
      c.uncertain |= Uncertain(q);
      if (q.cls == "confidence" && c.confidence == Confidence::kNone) {
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
      bool embedded = false;
      const uint32_t window = static_cast<uint32_t>(lex_.settings.embedded_window);
      for (uint32_t k = q->begin; k-- > b && q->begin - k <= window && !embedded;) {
        if (ctx.Has(k, kClause)) break;
        embedded = ctx.Has(k, kQuestion);
      }
      if (!embedded) {
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
bool ClaimRules::PredicatesNothing(uint32_t b, uint32_t e) const {
  const TokenContext& ctx = *ctx_;
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

// Antecedents for the next sentences' pronouns: the last actor and person named,
// and a source that opened the sentence ("The report was cautious. Still, it
// said ..."): a report speaks for itself.
void ClaimRules::Remember() {
  const TokenContext& ctx = *ctx_;
  have_source_ = false;
  const uint32_t opener = static_cast<uint32_t>(lex_.settings.source_opener);
  for (uint32_t k = cue_rules::FirstWord(ctx), words = 0; k < ctx.size() && words < opener; ++k) {
    if (!Wordish(ctx, k) || ctx.Has(k, kModal) || ctx.Has(k, kFinite) || ctx.Has(k, kReporting))
      break;
    if (ctx.Has(k, kSource) && (k + 1 >= ctx.size() || !ctx.Has(k + 1, kSource))) {
      last_source_ = {HolderType::kUnnamed, std::string(ctx.norm(k)), {}, -1};
      have_source_ = true;
      break;
    }
    words += !ctx.Has(k, kDeterminer);
  }
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
