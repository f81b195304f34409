#include "loader.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "phrase.h"

namespace claimlens {
namespace {

constexpr std::string_view kSegmentationHeader = "word class source";
constexpr std::string_view kCueHeader = "phrase kind class value source";
constexpr std::string_view kActorHeader =
    "id type name aliases demonyms seats members roles source";
constexpr std::string_view kScaleHeader = "scale level lo hi label source";
constexpr std::string_view kPerceivedHeader = "phrase median q1 q3 n source";
constexpr std::string_view kHeaders[] = {kSegmentationHeader, kCueHeader, kActorHeader,
                                         kScaleHeader, kPerceivedHeader};

// Pattern entries may not make a run slow: RE2 is linear, and these bound its memory
// and the size of one pattern's program.
constexpr int64_t kPatternSetMemory = 64 << 20;
constexpr int kMaxPatternProgram = 20000;

struct KindSpec {
  std::string_view name;
  EntryKind kind;
  std::vector<std::string_view> classes;  // empty: any class
};

const std::vector<KindSpec>& KindSpecs() {
  static const std::vector<KindSpec> specs = {
      {"hedge",
       EntryKind::kHedge,
       {"modal", "probability", "estimative", "evidential", "approximator", "impersonal",
        "uncertainty", "possibility"}},
      {"booster",
       EntryKind::kBooster,
       {"certainty", "emphatic", "evidential", "inference", "prediction", "estimative"}},
      {"negation", EntryKind::kNegation, {"pre", "post", "pseudo"}},
      {"terminator", EntryKind::kTerminator, {"scope"}},
      {"degree", EntryKind::kDegree, {"up", "down"}},
      {"condition", EntryKind::kCondition, {"condition"}},
      {"recommendation", EntryKind::kRecommendation, {"deontic"}},
      {"attribution", EntryKind::kAttribution, {"verb", "source"}},
      {"role", EntryKind::kRole, {}},
      {"title", EntryKind::kTitle, {}},
      {"grammar",
       EntryKind::kGrammar,
       {"determiner", "pronoun", "preposition", "conjunction", "auxiliary", "past", "past-time",
        "month", "agent", "finite", "event", "locative", "list", "body", "particle", "byline",
        "day", "direction"}},
      {"actor", EntryKind::kActor, {}},
      {"ignore", EntryKind::kIgnore, {"idiom"}},
  };
  return specs;
}

std::string Join(const std::vector<std::string_view>& v, std::string_view sep) {
  std::string s;
  for (std::string_view x : v) {
    if (!s.empty()) s += sep;
    s += x;
  }
  return s;
}

std::vector<std::string_view> SplitBars(std::string_view s) {
  std::vector<std::string_view> out;
  if (s == "-") return out;
  size_t start = 0;
  for (;;) {
    const size_t bar = s.find('|', start);
    out.push_back(
        s.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (bar == std::string_view::npos) return out;
    start = bar + 1;
  }
}

// Splits an actor table's alias list on the top-level bars only: "[the] Kremlin|Moscow".
std::vector<std::string_view> SplitAliases(std::string_view s) {
  std::vector<std::string_view> out;
  if (s == "-") return out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || (s[i] == '|' && depth == 0)) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    } else if (s[i] == '(' || s[i] == '[') {
      ++depth;
    } else if (s[i] == ')' || s[i] == ']') {
      --depth;
    }
  }
  return out;
}

bool ParseNumber(std::string_view s, double* out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool ParseYear(std::string_view s, int* out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && *out >= 1800 && *out <= 2200;
}

// "president@USA:2017-2021" or "secretary-general@NATO:2024-".
bool ParseRole(std::string_view s, Actor::Role* role) {
  const size_t at = s.find('@');
  const size_t colon = s.find(':', at == std::string_view::npos ? 0 : at);
  if (at == std::string_view::npos || colon == std::string_view::npos || at == 0) return false;
  role->role = std::string(s.substr(0, at));
  role->affiliation = std::string(s.substr(at + 1, colon - at - 1));
  const std::string_view years = s.substr(colon + 1);
  const size_t dash = years.find('-');
  if (dash == std::string_view::npos) {
    if (!ParseYear(years, &role->from)) return false;
    role->to = role->from;
    return true;
  }
  if (!ParseYear(years.substr(0, dash), &role->from)) return false;
  const std::string_view to = years.substr(dash + 1);
  role->to = 0;
  return to.empty() || (ParseYear(to, &role->to) && role->to >= role->from);
}

}  // namespace

Loader::Loader(CompiledLexicon* out, SegmentationRules* segmentation,
               std::vector<Diagnostic>* problems)
    : out_(out), segmentation_(segmentation), problems_(problems) {}

Loader::~Loader() = default;

void Loader::Problem(Severity s, const std::string& path, uint32_t line, std::string message) {
  problems_->push_back(Diagnostic{s, path, line, 0, std::move(message)});
}

void Loader::Run(const std::vector<LexiconFile>& files) {
  std::vector<Table> tables(files.size());
  std::vector<std::string> headers(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    if (!ParseTable(files[i].path, files[i].text, &tables[i], problems_)) continue;
    headers[i] = Join(tables[i].columns, " ");
    if (std::find(std::begin(kHeaders), std::end(kHeaders), headers[i]) == std::end(kHeaders)) {
      std::string expected;
      for (std::string_view h : kHeaders) expected += "\n  " + std::string(h);
      Error(tables[i], tables[i].header_line,
            "unknown table header '" + headers[i] + "'; expected one of:" + expected);
      headers[i].clear();
    }
  }
  // Phrases are tokenized like text, so the sentence rules come first.
  for (size_t i = 0; i < files.size(); ++i) {
    if (headers[i] == kSegmentationHeader) LoadSegmentation(tables[i]);
  }
  std::string error;
  segmenter_ = Segmenter::Create(*segmentation_, &error);
  if (!segmenter_) {
    Problem(Severity::kError, "", 0, error);
    return;
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (headers[i] == kCueHeader) LoadCues(tables[i]);
    if (headers[i] == kActorHeader) LoadActors(tables[i]);
    if (headers[i] == kScaleHeader) LoadScales(tables[i]);
    if (headers[i] == kPerceivedHeader) LoadPerceived(tables[i]);
  }
  Finish();
}

void Loader::LoadSegmentation(const Table& t) {
  for (const Table::Row& row : t.rows) {
    const std::string word(row.fields[0]);
    const std::string_view cls = row.fields[1];
    if (cls == "abbrev") {
      segmentation_->abbreviations.insert(word);
    } else if (cls == "always") {
      segmentation_->always.insert(word);
    } else if (cls == "starter") {
      segmentation_->starters.insert(word);
    } else {
      Error(t, row.line,
            "unknown class '" + std::string(cls) + "' (expected abbrev, always or starter)");
    }
  }
}

std::string Loader::NormOf(std::string_view text) {
  segmenter_->Tokenize(text, &tokens_);
  std::string norm;
  for (const Token& tok : tokens_.tokens) {
    if (!norm.empty()) norm += ' ';
    norm += tokens_.norm(tok);
  }
  return norm;
}

uint32_t Loader::AddEntry(const Entry& entry) {
  out_->entries.push_back(entry);
  out_->disabled.push_back(false);
  return static_cast<uint32_t>(out_->entries.size() - 1);
}

bool Loader::AddPhrase(const Table& t, uint32_t line, const Entry& entry, std::string_view phrase) {
  if (phrase.substr(0, 3) == "re:") {
    const std::string pattern(phrase.substr(3));
    RE2 re(pattern, RE2::Quiet);
    if (!re.ok()) {
      Error(t, line, "bad pattern: " + re.error());
      return false;
    }
    if (re.ProgramSize() > kMaxPatternProgram) {
      Error(t, line,
            "pattern too large (program size " + std::to_string(re.ProgramSize()) + ", limit " +
                std::to_string(kMaxPatternProgram) + ")");
      return false;
    }
    patterns_.push_back(pattern);
    out_->patterns.entries.push_back(AddEntry(entry));
    return true;
  }
  std::vector<PhraseVariant> variants;
  std::string error;
  if (!ExpandPhrase(phrase, &variants, &error)) {
    Error(t, line, "bad phrase '" + std::string(phrase) + "': " + error);
    return false;
  }
  const uint32_t id = AddEntry(entry);
  std::vector<uint32_t> labels;
  for (const PhraseVariant& v : variants) {
    labels.clear();
    for (const PhraseWord& w : v) {
      if (w.wildcard) {
        labels.push_back(PhraseTrie::kWildcard);
        continue;
      }
      segmenter_->Tokenize(w.text, &tokens_);
      for (const Token& tok : tokens_.tokens) {
        labels.push_back(out_->trie.Label(tokens_.norm(tok), tok.has(Token::kHasUpper)));
      }
    }
    if (labels.empty() || labels.front() == PhraseTrie::kWildcard) {
      Error(t, line, "a phrase must start with a word: '" + std::string(phrase) + "'");
      continue;
    }
    std::vector<uint32_t>& here = out_->trie.mutable_entries(out_->trie.Insert(labels));
    bool keep = true;
    for (uint32_t other : here) {
      const Entry& o = out_->entries[other];
      if (other == id || o.kind != entry.kind || o.cls != entry.cls || out_->disabled[other])
        continue;
      if (entry.kind == EntryKind::kActor) {
        keep &= o.value != entry.value;  // the same alias twice for one actor: once is enough
        continue;
      }
      if (o.file == entry.file) {
        if (o.line != entry.line) {
          Error(t, line,
                "duplicate " + std::string(EntryKindName(entry.kind)) + " '" + std::string(phrase) +
                    "' (also on line " + std::to_string(o.line) + ")");
        }
        keep = false;
      } else {
        out_->disabled[other] = true;  // a later file overrides an earlier one
      }
    }
    if (keep && std::find(here.begin(), here.end(), id) == here.end()) here.push_back(id);
  }
  return true;
}

void Loader::LoadCues(const Table& t) {
  for (const Table::Row& row : t.rows) {
    const std::string_view phrase = row.fields[0], kind = row.fields[1], cls = row.fields[2],
                           value = row.fields[3];
    const KindSpec* spec = nullptr;
    for (const KindSpec& s : KindSpecs()) {
      if (s.name == kind) spec = &s;
    }
    if (spec == nullptr) {
      std::vector<std::string_view> names;
      for (const KindSpec& s : KindSpecs()) names.push_back(s.name);
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
    e.value = std::string(value);
    e.phrase = std::string(phrase);
    e.source = std::string(row.fields[4]);
    e.file = t.path;
    e.line = row.line;
    if (e.kind == EntryKind::kHedge || e.kind == EntryKind::kBooster) {
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
    AddPhrase(t, row.line, e, e.phrase);
  }
}

void Loader::LoadActors(const Table& t) {
  static const std::set<std::string_view> kTypes = {"state", "organization", "person",
                                                    "group", "region",       "place"};
  for (const Table::Row& row : t.rows) {
    const auto& f = row.fields;
    Actor a;
    a.id = std::string(f[0]);
    a.type = std::string(f[1]);
    a.name = std::string(f[2]);
    a.file = t.path;
    a.line = row.line;
    if (!kTypes.count(f[1])) {
      Error(t, row.line,
            "unknown type '" + a.type +
                "' (expected state, organization, person, group, region or place)");
      continue;
    }
    if (out_->actor_index.count(a.id)) {
      const Actor& other = out_->actors[out_->actor_index[a.id]];
      if (other.file == a.file) {
        Error(
            t, row.line,
            "duplicate actor id '" + a.id + "' (also on line " + std::to_string(other.line) + ")");
        continue;
      }
    }
    for (std::string_view m : SplitBars(f[6])) a.members.emplace_back(m);
    bool ok = true;
    for (std::string_view r : SplitBars(f[7])) {
      Actor::Role role;
      if (!ParseRole(r, &role)) {
        Error(t, row.line,
              "bad role '" + std::string(r) +
                  "' (expected role@ID:YEAR-YEAR, role@ID:YEAR- or role@ID:YEAR)");
        ok = false;
        break;
      }
      a.roles.push_back(role);
    }
    if (!ok) continue;
    auto add = [&](std::string_view list, std::string_view cls) {
      for (std::string_view alias : SplitAliases(list)) {
        Entry e;
        e.kind = EntryKind::kActor;
        e.cls = std::string(cls);
        e.value = a.id;
        e.ambiguous = !alias.empty() && alias[0] == '?';
        if (e.ambiguous) alias.remove_prefix(1);
        e.phrase = std::string(alias);
        e.source = std::string(f[8]);
        e.file = t.path;
        e.line = row.line;
        AddPhrase(t, row.line, e, e.phrase);
      }
    };
    add(f[3], "alias");
    add(f[4], "demonym");
    add(f[5], "seat");
    if (out_->actor_index.count(a.id)) {
      out_->actors[out_->actor_index[a.id]] = std::move(a);  // a later file redefines the actor
    } else {
      out_->actor_index.emplace(a.id, out_->actors.size());
      out_->actors.push_back(std::move(a));
    }
  }
}

void Loader::LoadScales(const Table& t) {
  for (const Table::Row& row : t.rows) {
    const auto& f = row.fields;
    const auto scale = ParseScale(f[0]);
    const auto level = ParseLevel(f[1]);
    double lo, hi;
    if (!scale) {
      Error(t, row.line,
            "unknown scale '" + std::string(f[0]) +
                "' (expected icd203, phia, ipcc, kent or perceived)");
    } else if (!level) {
      Error(t, row.line, "bad level '" + std::string(f[1]) + "'");
    } else if (!ParseNumber(f[2], &lo) || !ParseNumber(f[3], &hi) || lo < 0 || hi > 100 ||
               lo > hi) {
      Error(t, row.line,
            "bad band " + std::string(f[2]) + "-" + std::string(f[3]) + " (percentages, lo <= hi)");
    } else {
      out_->bands[static_cast<int>(*scale)][static_cast<int>(*level)] = Band{lo, hi};
      out_->labels[static_cast<int>(*scale)][static_cast<int>(*level)] = std::string(f[4]);
    }
  }
}

void Loader::LoadPerceived(const Table& t) {
  for (const Table::Row& row : t.rows) {
    const auto& f = row.fields;
    double median, q1, q3;
    if (!ParseNumber(f[1], &median) || !ParseNumber(f[2], &q1) || !ParseNumber(f[3], &q3) ||
        q1 > median || median > q3 || q1 < 0 || q3 > 100) {
      Error(t, row.line, "bad figures (expected median, q1 <= median <= q3, in percent)");
      continue;
    }
    out_->perceived[NormOf(f[0])] = Band{q1, q3};
  }
}

void Loader::Finish() {
  // Actor entries from cue tables, members and affiliations must name known actors.
  for (const Entry& e : out_->entries) {
    if (e.kind == EntryKind::kActor && !out_->actor_index.count(e.value)) {
      Problem(Severity::kError, e.file, e.line, "unknown actor id '" + e.value + "'");
    }
  }
  for (const Actor& a : out_->actors) {
    for (const std::string& m : a.members) {
      if (!out_->actor_index.count(m))
        Problem(Severity::kError, a.file, a.line, "unknown member id '" + m + "'");
    }
    for (const Actor::Role& r : a.roles) {
      if (!out_->actor_index.count(r.affiliation)) {
        Problem(Severity::kError, a.file, a.line, "unknown affiliation '" + r.affiliation + "'");
      }
    }
  }
  if (patterns_.empty()) return;
  RE2::Options options;
  options.set_max_mem(kPatternSetMemory);
  options.set_log_errors(false);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& p : patterns_) {
    std::string error;
    set->Add(p, &error);
    out_->patterns.regexes.push_back(std::make_unique<RE2>(p, options));
  }
  if (!set->Compile()) {
    Problem(Severity::kError, "", 0, "the lexicons' patterns are too large to compile together");
    return;
  }
  out_->patterns.set = std::move(set);
}

}  // namespace claimlens
