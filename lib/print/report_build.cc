// The report's record: what each sentence's analysis adds (copied, since the
// analysis is reused for the next sentence), and what only the whole document
// can say (shares, actors by mentions, the most and least confident claims).
#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "claimlens/report.h"
#include "text.h"

namespace claimlens {
namespace {

// How many claims the most and least confident lists keep (printers show fewer).
constexpr size_t kExtremes = 5;
// Bins of the hedge density profile (one character each in the sparkline).
constexpr size_t kDensityBins = 24;

bool IsLineEnd(char c) { return c == '\n' || c == '\r'; }

// Whether the held claim reads plain, hedged or boosted: a likelihood that is
// all but certain either way (and not hedged otherwise) is a firm claim.
Judgement Judge(const SentenceAnalysis& a, const Claim& c) {
  if (c.holder != 0) return Judgement::kAttributed;
  if (c.level != Level::kNone) {
    // The level is the author's estimate: "would almost certainly cause" is
    // almost certain, whatever "would" a relative clause adds.
    const bool firm = c.level == Level::kAlmostCertain || c.level == Level::kAlmostNoChance;
    return firm ? Judgement::kBoosted : Judgement::kHedged;
  }
  if (c.uncertain) return Judgement::kHedged;
  for (uint32_t i : c.cues) {
    const Cue& q = a.cues[i];
    if (q.kind == EntryKind::kBooster && q.holder == c.holder && q.cls != CueClass::kConfidence)
      return Judgement::kBoosted;
  }
  return Judgement::kAsserted;
}

}  // namespace

std::string_view JudgementName(Judgement judgement) {
  static constexpr std::string_view kNames[] = {"asserted", "hedged", "boosted", "attributed"};
  return kNames[static_cast<int>(judgement)];
}

ReportBuilder::ReportBuilder(const Document& doc, const Lexicon& lexicon, Scale scale)
    : lexicon_(lexicon),
      stats_(doc.id()),
      stance_cut_(lexicon.setting("stance_label_cut") / 100.0) {
  r_.doc = &doc;
  r_.scale = scale;
  for (int l = 0; l < kLevelCount; ++l) {
    r_.labels[l] = lexicon.label(scale, static_cast<Level>(l));
    r_.level_bands[l] = lexicon.band(scale, static_cast<Level>(l));
  }
}

void ReportBuilder::OnSentence(const SentenceAnalysis& a) {
  if (a.sentence.index == 0) {
    // A first line with no final period, with more text after it, is the title
    // (it may hold several sentences: "Back Through Suez? Shippers, Navies and ...").
    const std::string_view bytes = a.doc->bytes();
    const Span body = a.doc->body();
    uint32_t end = a.sentence.span.start;
    while (end < body.end && !IsLineEnd(bytes[end])) ++end;
    Span line{a.sentence.span.start, end};
    while (line.end > line.start && (bytes[line.end - 1] == ' ' || bytes[line.end - 1] == '\t'))
      --line.end;
    if (end < body.end && !line.empty() && bytes[line.end - 1] != '.') r_.title = line;
  }
  author_cues_.clear();
  uint32_t author = 0, reported = 0;
  for (const Cue& c : a.cues) {
    if (c.holder == 0) author_cues_.push_back(&c);
    if (c.kind == EntryKind::kHedge) ++(c.holder == 0 ? author : reported);
  }
  stats_.AddSentence(a.words, author_cues_);
  stats_.AddHolders(author, reported);
  for (const Mention& m : a.mentions) {
    if (m.how == "byline") {
      if (m.span.start < r_.title.end) r_.title = {};  // "By NAME" is no title
      if (std::find(byline_ids_.begin(), byline_ids_.end(), m.id) == byline_ids_.end()) {
        byline_ids_.push_back(m.id);
        r_.by.push_back(m.name);
      }
    }
    r_.mentions.push_back({m.span, m.id, m.name, m.type});
    names_.try_emplace(m.id, m.name);
  }
  for (const Claim& c : a.claims) AddClaim(a, c);
  tally_.Add(a);
}

void ReportBuilder::AddClaim(const SentenceAnalysis& a, const Claim& c) {
  const auto index = static_cast<uint32_t>(r_.claims.size());
  ReportClaim rc;
  rc.sentence = a.sentence.index;
  rc.span = c.span;
  rc.line = c.line;
  rc.col = c.col;
  rc.holder = HolderId(a, c.holder);
  rc.holder_type = a.holders[c.holder].type;
  rc.judgement = Judge(a, c);
  rc.level = c.level;
  if (c.level_cue >= 0) {
    const Cue& q = a.cues[static_cast<size_t>(c.level_cue)];
    rc.band = CueBand(lexicon_, q, r_.scale);
    rc.perceived = CueBand(lexicon_, q, Scale::kPerceived);
  }
  if (c.level != Level::kNone) {
    if (!rc.band) rc.band = lexicon_.band(r_.scale, c.level);
    if (!rc.perceived) rc.perceived = lexicon_.band(Scale::kPerceived, c.level);
  }
  rc.confidence = c.confidence;
  rc.uncertain = c.uncertain;
  rc.conditional = c.conditional;
  rc.condition = c.condition;
  rc.recommendation = c.recommendation;
  rc.addressee = c.addressee;
  rc.actors = c.actors;
  r_.evaluations = r_.evaluations || !c.stance.empty();
  for (const StanceItem& s : c.stance)
    rc.stance.push_back({s.actor, s.polarity, s.cue, std::string(HolderId(a, s.holder))});
  for (const ClaimItem& it : ClaimItems(a, c)) {
    const std::string key = std::to_string(it.span.start) + ":" + std::to_string(it.span.end) +
                            ":" + std::string(it.kind);
    auto [pos, added] = cue_index_.try_emplace(key, static_cast<uint32_t>(r_.cues.size()));
    rc.cues.push_back(pos->second);
    if (!added) continue;
    ReportCue q;
    q.span = it.span;
    q.kind = it.kind;
    q.cls = it.cls;
    q.holder = HolderId(a, it.holder);
    q.author = it.holder == 0;
    q.claim = index;
    const bool cue = it.kind == "hedge" || it.kind == "booster";
    if (cue) {
      q.level = it.cue->level;
      q.band = CueBand(lexicon_, *it.cue, r_.scale);
      q.perceived = CueBand(lexicon_, *it.cue, Scale::kPerceived);
    }
    if (it.kind == "confidence" && q.author) r_.confidence.push_back(pos->second);
    r_.cues.push_back(std::move(q));
  }
  ++r_.judgements[static_cast<int>(rc.judgement)];
  if (c.holder == 0) {
    if (c.level != Level::kNone) ++r_.levels[static_cast<int>(c.level)];
    if (c.recommendation) r_.recommendations.push_back(index);
  }
  r_.claims.push_back(std::move(rc));
}

// "We have moderate confidence in this judgement." qualifies the claim before
// it: the first claim of the previous sentence that the claims stage gave the
// same confidence without a statement of its own.
void ReportBuilder::PointBack(ReportCue& q) const {
  q.about = q.claim;
  const ReportClaim& statement = r_.claims[q.claim];
  auto own = [&](const ReportClaim& c) {
    return std::any_of(c.cues.begin(), c.cues.end(),
                       [&](uint32_t i) { return r_.cues[i].kind == "confidence"; });
  };
  for (uint32_t j = q.claim; j-- > 0;) {
    const ReportClaim& c = r_.claims[j];
    if (c.sentence + 1 < statement.sentence) break;
    if (c.sentence + 1 == statement.sentence && c.confidence == statement.confidence && !own(c))
      q.about = j;
  }
}

ReportRecord ReportBuilder::Finish() {
  r_.words = stats_.words();
  r_.sentences = stats_.sentences();
  r_.author_hedges_per_1k = stats_.author_hedges_per_1k();
  r_.reported_hedges_per_1k = stats_.reported_hedges_per_1k();
  r_.density = stats_.Density(kDensityBins);

  // Cues in text order (a frame may come before the cues of an earlier claim).
  std::vector<uint32_t> order(r_.cues.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return r_.cues[x].span.start < r_.cues[y].span.start;
  });
  std::vector<uint32_t> where(order.size());
  std::vector<ReportCue> sorted;
  for (uint32_t i = 0; i < order.size(); ++i) {
    where[order[i]] = i;
    sorted.push_back(std::move(r_.cues[order[i]]));
  }
  r_.cues = std::move(sorted);
  for (ReportClaim& c : r_.claims) {
    for (uint32_t& i : c.cues) i = where[i];
  }
  for (uint32_t& i : r_.confidence) i = where[i];
  std::sort(r_.confidence.begin(), r_.confidence.end());
  for (uint32_t i : r_.confidence) PointBack(r_.cues[i]);

  // Actors by mentions, most first (then in order of first mention), without
  // places and the byline's people.
  std::vector<std::string> ids;
  std::unordered_map<std::string, ReportActor> actors;
  for (const ReportMention& m : r_.mentions) {
    if (m.type == MentionType::kPlace) continue;  // a stance is toward actors, not places
    if (std::find(byline_ids_.begin(), byline_ids_.end(), m.id) != byline_ids_.end()) continue;
    auto [it, added] = actors.try_emplace(m.id);
    if (added) {
      ids.push_back(m.id);
      it->second.id = m.id;
      it->second.name = names_[m.id];
      it->second.type = m.type;
    }
    ++it->second.mentions;
  }
  for (const StanceRow& row : tally_.Rows()) {
    if (row.holder != "author") continue;
    auto it = actors.find(row.actor);
    if (it == actors.end()) continue;
    it->second.label = row.label(stance_cut_);
    it->second.score = row.score();
    it->second.evaluated = row.evaluated;
  }
  for (const std::string& id : ids) r_.actors.push_back(std::move(actors[id]));
  std::stable_sort(
      r_.actors.begin(), r_.actors.end(),
      [](const ReportActor& x, const ReportActor& y) { return x.mentions > y.mentions; });

  // The author's firmest claims (boosted: an almost certain or almost no chance
  // level first, then other boosters) and weakest (hedged: the level nearest
  // even chance first, then hedges without a level). Ties go by stated
  // confidence (none counts as moderate), then text order.
  auto confidence = [&](const ReportClaim& c) {
    return c.confidence == Confidence::kNone ? 1 : static_cast<int>(c.confidence);
  };
  auto firmness = [&](uint32_t i) {
    const ReportClaim& c = r_.claims[i];
    const bool level = c.level == Level::kAlmostCertain || c.level == Level::kAlmostNoChance;
    return (level ? 3 : 0) + confidence(c);
  };
  auto weakness = [&](uint32_t i) {
    const ReportClaim& c = r_.claims[i];
    const int distance =
        c.level == Level::kNone
            ? 4
            : std::abs(static_cast<int>(c.level) - static_cast<int>(Level::kEvenChance));
    return distance * 3 + confidence(c);
  };
  std::vector<uint32_t> firm, weak;
  for (uint32_t i = 0; i < r_.claims.size(); ++i) {
    if (r_.claims[i].judgement == Judgement::kBoosted) firm.push_back(i);
    if (r_.claims[i].judgement == Judgement::kHedged) weak.push_back(i);
  }
  std::stable_sort(firm.begin(), firm.end(),
                   [&](uint32_t x, uint32_t y) { return firmness(x) > firmness(y); });
  std::stable_sort(weak.begin(), weak.end(),
                   [&](uint32_t x, uint32_t y) { return weakness(x) < weakness(y); });
  firm.resize(std::min(kExtremes, firm.size()));
  weak.resize(std::min(kExtremes, weak.size()));
  r_.most_confident = std::move(firm);
  r_.least_confident = std::move(weak);
  return std::move(r_);
}

}  // namespace claimlens
