// Loading cue tables (hedges, boosters, negators, grammar classes and the rest):
// each row's kind and class checked against the table below, its phrase and
// variants into the trie, and a negation trigger's scope.
#include <algorithm>
#include <charconv>

#include "loader.h"
#include "phrase.h"

namespace claimlens {
namespace {

// A negation trigger reaches at most this many tokens (the rules stay windowed).
constexpr int kMaxScope = 32;  // kMaxTriggerReach in lib/analysis/context.h

// The kinds a cue table row may have (named by EntryKindName) and their classes.
struct KindSpec {
  EntryKind kind;
  std::vector<std::string_view> classes;  // empty: any class
};

const std::vector<KindSpec>& KindSpecs() {
  static const std::vector<KindSpec> specs = {
      {EntryKind::kHedge,
       {"modal", "probability", "estimative", "evidential", "approximator", "impersonal",
        "uncertainty", "possibility", "confidence"}},
      {EntryKind::kBooster,
       {"certainty", "emphatic", "evidential", "inference", "prediction", "estimative",
        "confidence"}},
      {EntryKind::kNegation, {"pre", "pseudo"}},
      {EntryKind::kTerminator, {"scope"}},
      {EntryKind::kDegree, {"up", "down"}},
      {EntryKind::kCondition, {"condition"}},
      {EntryKind::kRecommendation, {"deontic", "appeal"}},
      {EntryKind::kAttribution, {"verb", "source", "noun"}},
      {EntryKind::kRole, {}},
      {EntryKind::kTitle, {}},
      {EntryKind::kGrammar,
       {"determiner", "pronoun",   "preposition",    "conjunction", "auxiliary",    "past",
        "past-time",  "month",     "agent",          "finite",      "event",        "modal",
        "perfect",    "question",  "complementizer", "personal",    "self",         "third",
        "frequency",  "metaword",  "demonstrative",  "option",      "source",       "belief",
        "inquiry",    "cognition", "topic",          "possible",    "subordinator", "judgement",
        "be",         "contrast",  "locative",       "list",        "body",         "particle",
        "byline",     "day",       "direction",      "owner",       "relation",     "dateline",
        "address",    "joiner",    "person-owner",   "relative",    "coordinator",  "comment",
        "partitive",  "agentive",  "ing-form",       "ly-form",     "ed-form",      "en-form",
        "neuter",     "plural",    "evidence",       "s-form"}},
      {EntryKind::kActor, {}},
      {EntryKind::kEvaluation, {"fixed", "context", "object", "topic"}},
      {EntryKind::kIgnore, {"idiom"}},
  };
  return specs;
}

}  // namespace

bool CueKind(EntryKind kind) {
  return kind == EntryKind::kHedge || kind == EntryKind::kBooster ||
         kind == EntryKind::kCondition || kind == EntryKind::kRecommendation ||
         kind == EntryKind::kAttribution;
}

std::vector<std::string_view> CueClassNames(EntryKind kind) {
  for (const KindSpec& s : KindSpecs()) {
    if (s.kind == kind) return s.classes;
  }
  return {};
}

// A cue table, or a scoped one (negation.tsv): instead of a value, how many
// tokens forward and backward a negation trigger reaches.
void Loader::LoadCues(const Table& t, bool scoped) {
  for (const Table::Row& row : t.rows) {
    const std::string_view phrase = row[0], kind = row[1], cls = row[2];
    const std::string_view value = scoped ? std::string_view("-") : row[3];
    const std::string_view source = scoped ? row[5] : row[4];
    const KindSpec* spec = nullptr;
    for (const KindSpec& s : KindSpecs()) {
      if (EntryKindName(s.kind) == kind) spec = &s;
    }
    if (spec == nullptr) {
      std::vector<std::string_view> names;
      for (const KindSpec& s : KindSpecs()) names.push_back(EntryKindName(s.kind));
      Error(t, row.line,
            "unknown kind '" + std::string(kind) + "' (expected " + Join(names, ", ") + ")");
      continue;
    }
    if (!spec->classes.empty() &&
        std::find(spec->classes.begin(), spec->classes.end(), cls) == spec->classes.end()) {
      Error(t, row.line,
            "unknown class '" + std::string(cls) + "' for kind " + std::string(kind) +
                " (expected " + Join(spec->classes, ", ") + ")");
      continue;
    }
    Entry e;
    e.kind = spec->kind;
    e.cls = std::string(cls);
    // The kinds that become cues and markers carry their class as an enum too
    // (every class of theirs in KindSpecs has a CueClass: a unit test checks).
    if (CueKind(e.kind)) e.cue_class = ParseCueClass(cls).value_or(CueClass::kNone);
    e.value = std::string(value);
    e.phrase = std::string(phrase);
    e.source = std::string(source);
    if (scoped && !ParseScope(t, row, &e)) continue;
    e.file = t.path;
    e.line = row.line;
    if ((e.kind == EntryKind::kHedge || e.kind == EntryKind::kBooster) && cls == "confidence") {
      const auto confidence = ParseConfidence(value);
      if (!confidence) {
        Error(t, row.line,
              "bad confidence '" + std::string(value) + "' (expected low, moderate or high)");
        continue;
      }
      e.confidence = *confidence;
    } else if (e.kind == EntryKind::kHedge || e.kind == EntryKind::kBooster) {
      if (value != "-") {
        const auto level = ParseLevel(value);
        if (!level) {
          Error(t, row.line,
                "bad level '" + std::string(value) +
                    "' (expected - or one of almost_no_chance very_unlikely unlikely even_chance "
                    "likely "
                    "very_likely almost_certain)");
          continue;
        }
        e.level = *level;
      }
    } else if (e.kind == EntryKind::kEvaluation) {
      double v = 0;
      const auto r = std::from_chars(value.data(), value.data() + value.size(), v);
      if (r.ec != std::errc() || r.ptr != value.data() + value.size() || v < -4 || v > 4) {
        Error(t, row.line, "bad valence '" + std::string(value) + "' (a number from -4 to 4)");
        continue;
      }
      e.valence = static_cast<float>(v);
    } else if (e.kind == EntryKind::kActor) {
      if (value == "-") {
        Error(t, row.line, "an actor entry needs an actor id in the value column");
        continue;
      }
      if (!phrase.empty() && phrase[0] == '?') {
        e.ambiguous = true;
        e.phrase.erase(0, 1);
      }
    } else if (e.kind != EntryKind::kTitle && value != "-") {
      Error(t, row.line, "kind " + std::string(kind) + " takes no value (write -)");
      continue;
    }
    if (e.kind == EntryKind::kGrammar && phrase.size() > 1 && phrase[0] == '-') {
      // A word ending: "-" and lower-case letters.
      if (phrase.find_first_not_of("abcdefghijklmnopqrstuvwxyz", 1) != std::string_view::npos) {
        Error(t, row.line,
              "bad suffix '" + std::string(phrase) +
                  "' (a grammar suffix is - and lower-case letters)");
        continue;
      }
      if (out_->suffixes.size() == CompiledLexicon::kMaxSuffixes) {
        Error(t, row.line,
              "too many word endings (at most " + std::to_string(CompiledLexicon::kMaxSuffixes) +
                  " in all lexicons together)");
        continue;
      }
      out_->suffixes.push_back(AddEntry(e));
      continue;
    }
    AddPhrase(t, row.line, e, e.phrase);
  }
}

bool Loader::ParseScope(const Table& t, const Table::Row& row, Entry* e) {
  const std::string_view columns[2] = {row[3], row[4]};
  uint8_t* reach[2] = {&e->forward, &e->backward};
  for (int i = 0; i < 2; ++i) {
    if (columns[i] == "-") continue;
    int n = 0;
    const auto r = std::from_chars(columns[i].data(), columns[i].data() + columns[i].size(), n);
    if (r.ec != std::errc() || r.ptr != columns[i].data() + columns[i].size() || n < 0 ||
        n > kMaxScope) {
      Error(t, row.line,
            "bad scope '" + std::string(columns[i]) + "' (a number of tokens, 0-" +
                std::to_string(kMaxScope) + ", or -)");
      return false;
    }
    if (e->kind != EntryKind::kNegation || e->cls == "pseudo") {
      Error(t, row.line, "only negation triggers have a scope (write -)");
      return false;
    }
    *reach[i] = static_cast<uint8_t>(n);
  }
  return true;
}

}  // namespace claimlens
