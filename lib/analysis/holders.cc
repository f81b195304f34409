// Holders: whose view each cue and claim is. Every token takes the holder of the
// narrowest report (frame) around it; a quotation that runs over sentences stays
// its speaker's; the names and sources a sentence leaves are the next
// sentences' antecedents.
#include <algorithm>

#include "claim_rules.h"
#include "cues.h"

namespace claimlens {

using cue_rules::Wordish;

// Which tokens are inside a quotation (`quoted_`), and whether the whole
// sentence is (`quoted_throughout_`): a quotation that opens it and does not
// close before its last word, or one a sentence before opened and left open
// ("“Russia probably does not want war. Its leaders have avoided ...”"). A
// quotation left open ends with its paragraph unless the next one opens with a
// quotation mark, as a quotation that runs on does in print. Only double marks
// count: a single one may be an apostrophe ("the allies' view").
void ClaimRules::TrackQuotes() {
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
  bool open = quote_open_;
  bool throughout = open || (ctx.size() >= 2 && ctx.norm(0) == "\"");
  quoted_.resize(ctx.size() + 1);
  open_mark_ = -1;
  for (uint32_t k = 0; k < ctx.size(); ++k) {
    quoted_[k] = open;
    if (ctx.norm(k) != "\"") continue;
    open = k == 0 || !open;  // a mark that opens the sentence always opens
    open_mark_ = open ? static_cast<int>(k) : -1;
    if (!open && k < last_word) throughout = false;
  }
  quoted_[ctx.size()] = open;
  quote_open_ = open;
  quoted_throughout_ = throughout && last_word > 0;
}

// Every cue belongs to the holder of the innermost report around it. A belief
// verb whose subject is a third party is that report's frame, not a hedge.
void ClaimRules::OwnCues() {
  const TokenContext& ctx = *ctx_;
  // A sentence that is one quotation, after a sentence that quoted someone,
  // goes on quoting them ("Quiet can end in an afternoon.").
  // A report of its own decides the sentence's holder; one embedded in the
  // quotation ("... indicates that planners have concluded ...") does not.
  const bool own_report =
      std::any_of(frames_.begin(), frames_.end(), [](const Frame& f) { return f.main; });
  continues_ = quoted_throughout_ && have_speaker_ && !own_report;
  token_holder_.assign(ctx.size(), continues_ ? AddHolder(speaker_) : 0);
  have_speaker_ = continues_;
  // A report whose content opens with a quotation, or opens one that is still
  // open when the sentence ends ("Roy argues that the drill “seemed a
  // rehearsal. ...”"), makes its holder the speaker of what follows.
  for (const Frame& f : frames_) {
    const bool left_open = open_mark_ >= 0 && f.content.begin <= static_cast<uint32_t>(open_mark_) &&
                           static_cast<uint32_t>(open_mark_) < f.content.end;
    if (f.main && f.content.begin < ctx.size() && (ctx.norm(f.content.begin) == "\"" || left_open)) {
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
    m.cls = f.type == Frame::Type::kVerb     ? CueClass::kVerb
            : f.type == Frame::Type::kSource ? CueClass::kSource
                                             : CueClass::kNoun;
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
    if (InProtasis(c.begin) && ((c.cls == CueClass::kEstimative && ctx.Has(c.begin, kBelief)) ||
                                c.cls == CueClass::kPrediction)) {
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
      // A report that closes the sentence also holds the clauses before its own
      // that it reports, where no report of their own does.
      for (uint32_t s = f.content.begin < seg_of_.size() ? seg_of_[f.content.begin] : 0;
           s < seg_of_[f.trigger.begin]; ++s) {
        if (top_[s] < 0 && f.content.contains(segments_[s].begin)) top_[s] = static_cast<int>(i);
      }
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

// Antecedents for the next sentences' pronouns: the last actor and person named,
// and a source that opened the sentence ("The report was cautious. Still, it
// said ...") or reported in it: a report speaks for itself.
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
  // Or a source that reported in it ("..., the report said. It also warned").
  for (const Frame& f : frames_) {
    if (have_source_ || f.type != Frame::Type::kVerb || f.subject.empty()) continue;
    uint32_t head = f.subject.end;
    while (head > f.subject.begin && !Wordish(ctx, head - 1)) --head;
    if (head > f.subject.begin && ctx.Has(head - 1, kSource) && f.holder > 0) {
      last_source_ = a_->holders[f.holder];
      have_source_ = true;
    }
  }
  // A source whose maker is named, as a report's subject ("The Pentagon's
  // annual report on China warns"): "the report" names it again later.
  for (const Frame& f : frames_) {
    if (f.type != Frame::Type::kVerb || f.holder == 0) continue;
    const Holder& h = a_->holders[f.holder];
    const uint32_t noun = SourceNoun(f.subject);
    if (noun != f.subject.end && h.type != HolderType::kUnnamed) {
      made_source_ = h;
      made_source_noun_ = ctx.norm(noun);
    }
  }
  // Who reported: unnamed people named by a noun for people or an office.
  have_reporters_ = false;
  for (const Frame& f : frames_) {
    if (f.type != Frame::Type::kVerb || f.holder == 0 || f.subject.empty()) continue;
    const Holder& h = a_->holders[f.holder];
    // A noun for people before any preposition ("people familiar with the
    // talks"), or a pronoun that went on with them ("They added").
    bool people = false;
    for (uint32_t k = f.subject.begin; k < f.subject.end && !people; ++k) {
      if (k > f.subject.begin && ctx.Has(k, kPreposition)) break;
      people = ctx.Has(k, kAgent) || ctx.Has(k, kRole) || ctx.Has(k, kThird);
    }
    if (h.type == HolderType::kUnnamed && people) {
      reporters_ = h;
      have_reporters_ = true;
    }
  }
  // With no one reporting, people the sentence opens with stand for the next
  // "they" ("The authors trip up when ... . They criticize").
  if (!have_reporters_) {
    const TokenRange people = OpeningPeople(static_cast<uint32_t>(ctx.size()));
    if (!people.empty()) {
      reporters_ = {HolderType::kUnnamed, HeadWords(people), {}, -1};
      have_reporters_ = true;
    }
  }
  // The topic: the one actor the first clause's subject names; a pronoun there
  // goes on with the topic before it.
  const TokenRange subject = FirstClauseSubject(static_cast<uint32_t>(ctx.size()));
  if (subject.end != subject.begin + 1 || !ctx.Has(subject.begin, kThird)) {
    have_topic_ = false;
    const auto [lo, hi] = MentionsIn(subject.begin, subject.end);
    for (size_t i = lo; i < hi; ++i) {
      const Mention& m = a_->mentions[i];
      if (m.type != MentionType::kState && m.type != MentionType::kOrganization &&
          m.type != MentionType::kGroup)
        continue;
      if (have_topic_ && topic_.id != m.id) {  // two actors: "Tokyo and Manila"
        have_topic_ = false;
        break;
      }
      topic_ = {HolderType::kActor, m.id, {}, -1};
      have_topic_ = true;
    }
  }
  for (const Mention& m : a_->mentions) {
    if (PersonAntecedent(m)) {
      last_person_ = {HolderType::kPerson, m.id, {}, -1};
      last_person_affiliation_ = m.affiliation;
      have_person_ = true;
    } else if (m.type == MentionType::kState || m.type == MentionType::kOrganization ||
               m.type == MentionType::kGroup) {
      last_actor_ = {HolderType::kActor, m.id, {}, -1};
      have_actor_ = true;
    }
  }
  // The person who spoke last is the next "he" or "she", rather than someone
  // they spoke of ("Kuleba said he agreed with Lavrov. He said ..."); a name
  // the lexicons do not know, as a report's subject ("Denny Roy argues"), is a
  // person too.
  for (const Frame& f : frames_) {
    if (f.holder == 0) continue;
    const Holder& h = a_->holders[f.holder];
    if (h.type == HolderType::kNamed || h.type == HolderType::kPerson) {
      if (h.id != last_person_.id) last_person_affiliation_.clear();
      for (const Mention& m : a_->mentions) {
        if (m.type == MentionType::kPerson && m.id == h.id)
          last_person_affiliation_ = m.affiliation;
      }
      last_person_ = h;
      have_person_ = true;
    }
  }
}

// A frame inside another's content is a nested report: its holder's view as
// the outer holder tells it.
void ClaimRules::NestFrames() {
  constexpr size_t kDepth = 8;
  // A report that closes its clause ("The Pentagon believes Beijing could move,
  // a senior official said.") reports what comes before it: a frame inside
  // that stretch ends there too, not in the closing report's words.
  for (size_t i = 0; i < frames_.size(); ++i) {
    const Frame& closing = frames_[i];
    if (closing.content.end > closing.trigger.begin || closing.subject.empty()) continue;
    // Only a clause of its own after a comma or quote: its subject (or, when the
    // subject follows, its verb) comes first ("..., said a diplomat"); not an
    // aside on the last phrase ("a charge Abu Dhabi denies", "as some lawmakers
    // have suggested").
    const uint32_t first = std::min(closing.subject.begin, closing.trigger.begin);
    if (first == 0 || (ctx_->norm(first - 1) != "," && !cue_rules::IsQuote(*ctx_, first - 1)))
      continue;
    for (size_t j = i; j-- > 0 && i - j <= kDepth;) {
      Frame& inner = frames_[j];
      if (closing.content.contains(inner.trigger.begin) &&
          inner.content.begin < closing.content.end && inner.content.end > closing.content.end)
        inner.content.end = closing.content.end;
    }
  }
  // Frames come in text order; the report around a frame is the nearest earlier
  // one whose content holds its trigger (a few back at most: reports nest shallowly).
  for (size_t i = 0; i < frames_.size(); ++i) {
    Frame& f = frames_[i];
    for (size_t j = i; j-- > 0 && i - j <= kDepth;) {
      if (frames_[j].content.contains(f.trigger.begin)) {
        f.outer = static_cast<int>(j);
        break;
      }
    }
    // Or a report that closes the sentence after it ("“Experts agreed that
    // ...,” the report noted"), unless this frame's content holds that one.
    for (size_t j = i + 1; f.outer < 0 && j < frames_.size() && j - i <= kDepth; ++j) {
      const Frame& g = frames_[j];
      if (g.content.contains(f.trigger.begin) && !f.content.contains(g.trigger.begin) &&
          g.outer != static_cast<int>(i))
        f.outer = static_cast<int>(j);
    }
  }
  for (Frame& f : frames_) {
    if (f.outer < 0) continue;
    const uint16_t outer = frames_[static_cast<size_t>(f.outer)].holder;
    Holder& h = a_->holders[f.holder];
    if (h.outer < 0 && outer != f.holder) h.outer = outer;
  }
}

}  // namespace claimlens
