// The records of the analysis commands (actors, claims, stance): as in
// schema.h, one struct per record type, whose Visit lists the fields in their
// documented order for every machine format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimlens/schema.h"

namespace claimlens {

// One actor mention (the `actors` command).
struct ActorRecord {
  std::string_view doc;
  uint32_t sentence = 0;
  const Mention* mention = nullptr;
  std::string_view text;

  template <typename W>
  void Visit(W& w) const {
    static const Mention kEmpty;
    const Mention& m = mention != nullptr ? *mention : kEmpty;
    VisitPlace(w, doc, sentence, m.span, m.line, m.col);
    w.Str("id", m.id);
    w.Str("name", m.name);
    w.Str("type", MentionTypeName(m.type));
    w.Str("text", text);
    if (m.role.empty()) {
      w.Null("role");
    } else {
      w.Str("role", m.role);
    }
    w.Bool("former", m.former);
    if (m.affiliation.empty()) {
      w.Null("affiliation");
    } else {
      w.Str("affiliation", m.affiliation);
    }
    VisitPage(w, m.page);
  }
};

// Texts with how often they occur, most frequent first.
using Counts = std::vector<std::pair<std::string, int64_t>>;

// Per actor in a document (`actors --summary`).
struct ActorSummaryRecord {
  std::string_view doc;
  std::string_view id;
  std::string_view name;
  std::string_view type;
  int64_t mentions = 0;
  int64_t first_line = 0;
  const Counts* roles = nullptr;  // the roles it was named in
  const Counts* forms = nullptr;  // how it was named

  template <typename W>
  void Visit(W& w) const {
    w.Doc("doc", doc);
    w.Str("id", id);
    w.Str("name", name);
    w.Str("type", type);
    w.Int("mentions", mentions);
    w.Int("first_line", first_line);
    w.Json("roles", roles != nullptr ? JsonStringList(*roles, false) : "[]");
    w.Json("forms", forms != nullptr ? JsonStringList(*forms, true) : "[]");
  }
};

// One claim (the `claims` command). Its nested lists are written from the
// analysis by WriteClaimList, straight into the output.
struct ClaimRecord {
  std::string_view doc;
  const SentenceAnalysis* analysis = nullptr;
  const Claim* claim = nullptr;
  std::string_view text;
  std::optional<Band> band;  // of the claim's level on the chosen scale
  std::string_view holder = "author";
  std::string holder_text;  // empty: none
  bool explain = false;     // the text format adds what decided each field

  enum class List { kChain, kActors, kCues, kStance };
  template <typename W>
  void Visit(W& w) const {
    static const Claim kEmpty;
    const Claim& c = claim != nullptr ? *claim : kEmpty;
    const uint32_t sentence = analysis != nullptr ? analysis->sentence.index : 0;
    VisitPlace(w, doc, sentence, c.span, c.line, c.col);
    w.Str("text", text);
    w.Str("holder", holder);
    const HolderType type =
        analysis != nullptr ? analysis->holders[c.holder].type : HolderType::kAuthor;
    w.Str("holder_type", HolderTypeName(type));
    if (holder_text.empty()) {
      w.Null("holder_text");
    } else {
      w.Str("holder_text", holder_text);
    }
    w.JsonWith("chain", [this](auto& sink) { WriteClaimList(*this, List::kChain, sink); });
    w.JsonWith("actors", [this](auto& sink) { WriteClaimList(*this, List::kActors, sink); });
    w.JsonWith("cues", [this](auto& sink) { WriteClaimList(*this, List::kCues, sink); });
    w.Bool("uncertain", c.uncertain);
    if (c.level == Level::kNone) {
      w.Null("level");
    } else {
      w.Str("level", LevelId(c.level));
    }
    VisitBand(w, band);
    if (c.confidence == Confidence::kNone) {
      w.Null("confidence");
    } else {
      w.Str("confidence", ConfidenceId(c.confidence));
    }
    w.Bool("conditional", c.conditional);
    if (c.conditional) {
      w.JsonWith("condition", [&c](auto& sink) {
        sink.Raw("{\"start\":");
        sink.Int(c.condition.start);
        sink.Raw(",\"end\":");
        sink.Int(c.condition.end);
        sink.Char('}');
      });
    } else {
      w.Null("condition");
    }
    w.Bool("recommendation", c.recommendation);
    if (c.addressee.empty()) {
      w.Null("addressee");
    } else {
      w.Str("addressee", c.addressee);
    }
    w.JsonWith("stance", [this](auto& sink) { WriteClaimList(*this, List::kStance, sink); });
    VisitPage(w, c.page);
  }
};

// Writes one of the claim's lists as JSON: the outer holders ("chain"), the
// actor ids, the cues (and markers) with their holders, the stance items. An
// empty record writes [].
template <typename Sink>
void WriteClaimList(const ClaimRecord& r, ClaimRecord::List list, Sink& sink);
extern template void WriteClaimList(const ClaimRecord&, ClaimRecord::List, JsonToOutput&);
extern template void WriteClaimList(const ClaimRecord&, ClaimRecord::List, JsonToString&);

// The record of claim `c` of sentence `a` (its holder and the band of its level
// on `scale`), written over `record`, whose strings keep their capacity: one
// record serves every claim of a run.
void FillClaimRecord(const SentenceAnalysis& a, const Claim& c, const Lexicon& lexicon, Scale scale,
                     bool explain, ClaimRecord* record);
// The id a holder is printed as ("author", an actor id, the source's words).
std::string_view HolderId(const SentenceAnalysis& a, uint16_t holder);

// Stance per document, holder and actor (the `stance` command).
struct StanceRecord {
  std::string_view doc;
  const StanceRow* row = nullptr;
  std::string_view label;

  template <typename W>
  void Visit(W& w) const {
    static const StanceRow kEmpty;
    const StanceRow& r = row != nullptr ? *row : kEmpty;
    w.Doc("doc", doc);
    w.Str("holder", r.holder);
    w.Str("actor", r.actor);
    w.Str("name", r.name);
    w.Int("mentions", r.mentions);
    w.Int("evaluated", r.evaluated);
    w.Num("score", static_cast<double>(
                       static_cast<int64_t>(r.score() * 100 + (r.score() < 0 ? -0.5 : 0.5))) /
                       100);
    w.Str("label", label);
    std::string evidence = "[";
    for (const StanceRow::Evidence& e : r.evidence) {
      if (evidence.size() > 1) evidence += ',';
      evidence += "{\"sentence\":" + std::to_string(e.sentence) +
                  ",\"start\":" + std::to_string(e.claim.start) +
                  ",\"end\":" + std::to_string(e.claim.end) + "}";
    }
    w.Json("evidence", evidence + "]");
  }
};

}  // namespace claimlens
