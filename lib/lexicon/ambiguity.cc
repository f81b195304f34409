// The ambiguity report of `lexicon check`: where an actor alias can misfire, and
// which resolution rule handles it.
#include <algorithm>
#include <map>
#include <set>

#include "claimlens/lexicon.h"
#include "compiled.h"
#include "phrase.h"

namespace claimlens {
namespace {

// Every variant of an alias as its space-joined token norms, and whether the
// variant has a capital (a capitalised alias only matches capitalised text).
std::vector<std::pair<std::string, bool>> Variants(Segmenter& seg, const std::string& phrase) {
  std::vector<std::pair<std::string, bool>> out;
  std::vector<PhraseVariant> variants;
  std::string error;
  if (!ExpandPhrase(phrase, &variants, &error)) return out;
  TokenList tokens;
  for (const PhraseVariant& v : variants) {
    std::string key;
    bool capital = false;
    for (const PhraseWord& w : v) {
      if (w.wildcard) continue;
      seg.Tokenize(w.text, &tokens);
      for (const Token& t : tokens.tokens) {
        if (!key.empty()) key += ' ';
        key += tokens.norm(t);
        capital |= t.has(Token::kHasUpper);
      }
    }
    out.emplace_back(key, capital);
  }
  return out;
}

}  // namespace

std::vector<Diagnostic> AmbiguityReport(const Lexicon& lexicon,
                                        const std::vector<std::string>& files) {
  std::vector<Diagnostic> out;
  std::string error;
  auto seg = Segmenter::Create(lexicon.segmentation(), &error);
  if (!seg) return out;
  auto wanted = [&](const Entry& e) {
    return files.empty() || std::count(files.begin(), files.end(), e.file);
  };
  auto type_of = [&](const Entry& e) {
    const Actor* a = lexicon.actor(e.value);
    return a ? a->type : std::string();
  };
  std::map<std::string, std::vector<const Entry*>> by_key;
  const auto& entries = lexicon.entries();
  const auto& disabled = lexicon.compiled().disabled;
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    if (e.kind != EntryKind::kActor || disabled[i]) continue;
    for (const auto& [key, capital] : Variants(*seg, e.phrase)) {
      by_key[key].push_back(&e);
      if (!wanted(e)) continue;
      const std::string type = type_of(e);
      if (!capital && (type == "state" || type == "organization" || type == "person")) {
        out.push_back({Severity::kWarning, e.file, e.line, 0,
                       "alias '" + e.phrase + "' (" + e.value +
                           ") has no capital, so it matches in any case"});
      }
    }
  }
  std::set<std::pair<std::string, uint32_t>> reported;
  for (const auto& [key, list] : by_key) {
    std::set<std::string> ids;
    int unmarked = 0;
    for (const Entry* e : list) {
      ids.insert(e->value);
      unmarked += !e->ambiguous;
    }
    for (const Entry* e : list) {
      if (!wanted(*e) || !reported.insert({e->file + e->phrase + e->value, e->line}).second)
        continue;
      if (e->ambiguous) {
        out.push_back(
            {Severity::kWarning, e->file, e->line, 0,
             "ambiguous alias '" + e->phrase + "' (" + e->value +
                 "): a mention only after the document names " + e->value +
                 " unambiguously, in a list with a state, or in a sentence that names two other "
                 "states; a person the document introduced by that name, and a longer name (a "
                 "capitalised word right after it), take precedence"});
      } else if (ids.size() > 1 && unmarked > 1) {
        std::string others;
        for (const std::string& id : ids) {
          if (id != e->value) others += (others.empty() ? "" : ", ") + id;
        }
        out.push_back(
            {Severity::kWarning, e->file, e->line, 0,
             "alias '" + e->phrase + "' names " + e->value + " and " + others +
                 " without '?': the first type of state, organization, group, person, region, "
                 "place wins; mark the rarer reading with '?'"});
      }
    }
  }
  // An alias inside a longer alias of another actor: the longest match wins.
  for (const auto& [key, list] : by_key) {
    std::vector<std::string> words;
    size_t start = 0;
    for (size_t sp = key.find(' ');; sp = key.find(' ', start)) {
      words.push_back(key.substr(start, sp == std::string::npos ? std::string::npos : sp - start));
      if (sp == std::string::npos) break;
      start = sp + 1;
    }
    if (words.size() < 2) continue;
    for (size_t a = 0; a < words.size(); ++a) {
      std::string sub;
      for (size_t b = a; b < words.size(); ++b) {
        sub += (b > a ? " " : "") + words[b];
        if (b - a + 1 == words.size()) break;
        auto it = by_key.find(sub);
        if (it == by_key.end()) continue;
        for (const Entry* inner : it->second) {
          if (!wanted(*inner) || inner->value == list.front()->value) continue;
          if (!reported.insert({inner->file + "in:" + key + inner->value, inner->line}).second)
            continue;
          out.push_back({Severity::kWarning, inner->file, inner->line, 0,
                         "alias '" + inner->phrase + "' (" + inner->value + ") is part of '" +
                             list.front()->phrase + "' (" + list.front()->value +
                             "): the longest match wins, so it is not read there"});
        }
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.path != b.path ? a.path < b.path : a.line < b.line;
  });
  return out;
}

}  // namespace claimlens
