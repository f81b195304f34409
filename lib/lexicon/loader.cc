#include "loader.h"

#include <algorithm>
#include <charconv>

#include "phrase.h"

namespace claimlens {
namespace {

// The tables a lexicon file can hold, told apart by their header's columns.
// Rows have exactly as many fields as these (ParseTable checks the width), so
// a loader may read fields 0..N-1 of a row of its own table.
enum class TableKind {
  kUnknown,
  kSegmentation,
  kCues,
  kScopedCues,
  kActors,
  kScales,
  kPerceived,
  kSettings,
  kContractions
};
struct TableSpec {
  TableKind kind;
  std::vector<std::string_view> columns;
};
const std::vector<TableSpec>& TableSpecs() {
  static const std::vector<TableSpec> specs = {
      {TableKind::kSegmentation, {"word", "class", "source"}},
      {TableKind::kCues, {"phrase", "kind", "class", "value", "source"}},
      {TableKind::kScopedCues, {"phrase", "kind", "class", "forward", "backward", "source"}},
      {TableKind::kActors,
       {"id", "type", "name", "aliases", "demonyms", "seats", "members", "roles", "source"}},
      {TableKind::kScales, {"scale", "level", "lo", "hi", "label", "source"}},
      {TableKind::kPerceived, {"phrase", "median", "q1", "q3", "n", "source"}},
      {TableKind::kSettings, {"name", "value", "source"}},
      {TableKind::kContractions, {"clitic", "reads", "after", "source"}},
  };
  return specs;
}

// Compares the columns one by one: a header written with spaces instead of
// TABs has one column, not the table's width, and must not pass for it.
TableKind KindOfTable(const Table& t) {
  for (const TableSpec& s : TableSpecs()) {
    if (std::equal(t.columns.begin(), t.columns.end(), s.columns.begin(), s.columns.end()))
      return s.kind;
  }
  return TableKind::kUnknown;
}

// Pattern entries may not make a run slow: RE2 is linear, and these bound its memory
// and the size of one pattern's program.
constexpr int64_t kPatternSetMemory = 64 << 20;
constexpr int kMaxPatternProgram = 20000;
const std::vector<std::string_view>& ActorTypes() {
  static const std::vector<std::string_view> types = {"state", "organization", "person",
                                                      "group", "region",       "place"};
  return types;
}

}  // namespace

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

std::vector<std::string_view> ActorTypeNames() { return ActorTypes(); }

Loader::Loader(CompiledLexicon* out, SegmentationRules* segmentation,
               std::vector<Diagnostic>* problems)
    : out_(out), segmentation_(segmentation), problems_(problems) {}

Loader::~Loader() = default;

void Loader::Problem(Severity s, const std::string& path, uint32_t line, std::string message) {
  problems_->push_back(Diagnostic{s, path, line, 0, std::move(message)});
}

void Loader::Run(const std::vector<LexiconFile>& files) {
  std::vector<Table> tables(files.size());
  std::vector<TableKind> kinds(files.size(), TableKind::kUnknown);
  for (size_t i = 0; i < files.size(); ++i) {
    if (!ParseTable(files[i].path, files[i].text, &tables[i], problems_)) continue;
    kinds[i] = KindOfTable(tables[i]);
    if (kinds[i] == TableKind::kUnknown) {
      std::string expected;
      for (const TableSpec& s : TableSpecs()) expected += "\n  " + Join(s.columns, " ");
      const bool spaces = std::any_of(tables[i].columns.begin(), tables[i].columns.end(),
                                      [](std::string_view c) { return c.find(' ') != c.npos; });
      Error(tables[i], tables[i].header_line,
            "unknown table header '" + Join(tables[i].columns, " ") + "'" +
                (spaces ? " (columns are separated by TABs, not spaces)" : "") +
                "; expected one of:" + expected);
    }
  }
  // Phrases are tokenized like text, so the sentence rules come first.
  for (size_t i = 0; i < files.size(); ++i) {
    if (kinds[i] == TableKind::kSegmentation) LoadSegmentation(tables[i]);
  }
  std::string error;
  segmenter_ = Segmenter::Create(*segmentation_, &error);
  if (!segmenter_) {
    Problem(Severity::kError, "", 0, error);
    return;
  }
  for (size_t i = 0; i < files.size(); ++i) {
    switch (kinds[i]) {
      case TableKind::kCues:
        LoadCues(tables[i], false);
        break;
      case TableKind::kScopedCues:
        LoadCues(tables[i], true);
        break;
      case TableKind::kSettings:
        LoadSettings(tables[i]);
        break;
      case TableKind::kActors:
        LoadActors(tables[i]);
        break;
      case TableKind::kScales:
        LoadScales(tables[i]);
        break;
      case TableKind::kPerceived:
        LoadPerceived(tables[i]);
        break;
      case TableKind::kContractions:
        LoadContractions(tables[i]);
        break;
      default:
        break;
    }
  }
  Finish();
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

// Words repeat across phrases and their variants: each is tokenized once.
const std::vector<uint32_t>& Loader::WordLabels(const std::string& word) {
  auto [it, fresh] = word_labels_.try_emplace(word);
  // A clitic written alone ("'s", "'ve") is the clitic token the text splits off
  // ("Tokyo's" -> "Tokyo" "'s"); tokenized alone it would be a quote and a word.
  const bool clitic =
      word.size() >= 2 && word.size() <= 3 && word[0] == '\'' &&
      std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (fresh && clitic) {
    it->second.push_back(out_->trie.Label(word, PhraseTrie::kAnyCase));
  } else if (fresh) {
    segmenter_->Tokenize(word, &tokens_);
    for (const Token& tok : tokens_.tokens) {
      // An acronym of two characters or more matches only capitals: "PLAN"
      // (the Chinese navy) is no "Plan", "US" no "Us".
      const std::string_view norm = tokens_.norm(tok);
      const PhraseTrie::Case needs = tok.has(Token::kAllUpper) && norm.size() >= 2
                                         ? PhraseTrie::kCapitals
                                     : tok.has(Token::kHasUpper) ? PhraseTrie::kCapital
                                                                 : PhraseTrie::kAnyCase;
      it->second.push_back(out_->trie.Label(norm, needs));
    }
  }
  return it->second;
}

uint32_t Loader::AddEntry(const Entry& entry) {
  out_->entries.push_back(entry);
  out_->disabled.push_back(false);
  const std::string_view p = entry.phrase;
  out_->object_wildcard.push_back(p.size() > 2 && p.substr(p.size() - 2) == " *");
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
      const std::vector<uint32_t>& word = WordLabels(w.text);
      labels.insert(labels.end(), word.begin(), word.end());
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

void Loader::Finish() {
  // The rules need every window and cut-off: there are no defaults in code.
  for (const SettingSpec& s : SettingSpecs()) {
    if (!settings_seen_.count(std::string(s.name)))
      Problem(Severity::kError, "", 0,
              "setting '" + std::string(s.name) + "' is not defined by any lexicon file");
  }
  CheckActors();
  // A clitic reads as a word some phrase has, or as nothing to match.
  for (Contraction& c : out_->contractions) c.id = out_->trie.WordId(c.reads);
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
