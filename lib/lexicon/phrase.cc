#include "phrase.h"

#include <algorithm>

namespace claimlens {
namespace {

// A slot is one position of the phrase: its alternatives, each a word sequence.
struct Slot {
  std::vector<std::vector<std::string>> alternatives;
};

bool IsSyntax(char c) { return c == '(' || c == ')' || c == '[' || c == ']' || c == '|'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Reads a word at s[*i]: up to a space or syntax character; a backslash escapes one.
std::string ReadWord(std::string_view s, size_t* i) {
  std::string w;
  while (*i < s.size() && s[*i] != ' ' && !IsSyntax(s[*i])) {
    if (s[*i] == '\\' && *i + 1 < s.size()) ++*i;
    w.push_back(s[(*i)++]);
  }
  return w;
}

// Calls visit(pick) once for every choice of one index a position (pick[i] <
// sizes[i]), the first position varying slowest.
template <typename Visit>
void ForEachCombination(const std::vector<size_t>& sizes, Visit visit) {
  size_t count = 1;
  for (size_t n : sizes) count *= n;
  std::vector<size_t> pick(sizes.size());
  for (size_t k = 0; k < count; ++k) {
    size_t rest = k;
    for (size_t i = sizes.size(); i-- > 0;) {
      pick[i] = rest % sizes[i];
      rest /= sizes[i];
    }
    visit(pick);
  }
}

}  // namespace

std::vector<std::string> Inflections(std::string_view word) {
  const std::string w(word);
  std::vector<std::string> forms = {w};
  if (w.size() < 2) return forms;
  const char last = w.back();
  const char before = w[w.size() - 2];
  if (last == 'e') {
    forms.push_back(w + "s");
    forms.push_back(w + "d");
    forms.push_back(before == 'e' ? w + "ing" : w.substr(0, w.size() - 1) + "ing");
  } else if (last == 'y' && !IsVowel(before)) {
    const std::string stem = w.substr(0, w.size() - 1);
    forms.push_back(stem + "ies");
    forms.push_back(stem + "ied");
    forms.push_back(w + "ing");
  } else if (last == 's' || last == 'x' || last == 'z' || EndsWith(w, "ch") || EndsWith(w, "sh")) {
    forms.push_back(w + "es");
    forms.push_back(w + "ed");
    forms.push_back(w + "ing");
  } else {
    forms.push_back(w + "s");
    forms.push_back(w + "ed");
    forms.push_back(w + "ing");
  }
  return forms;
}

bool ExpandPhrase(std::string_view s, std::vector<PhraseVariant>* out, std::string* error) {
  // Most rows are plain words (a name, a word): no syntax to expand.
  if (s.find_first_of("()[]|~*\\") == std::string_view::npos &&
      s.find_first_not_of(' ') != std::string_view::npos) {
    out->clear();
    PhraseVariant& v = out->emplace_back();
    for (size_t i = 0; i < s.size();) {
      const size_t end = std::min(s.find(' ', i), s.size());
      if (end > i) v.push_back({std::string(s.substr(i, end - i)), false});
      i = end + 1;
    }
    return true;
  }
  std::vector<Slot> slots;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (c == ')' || c == ']' || c == '|') {
      *error = std::string("unexpected '") + c + "'";
      return false;
    }
    Slot slot;
    if (c == '(' || c == '[') {
      const char close = c == '(' ? ')' : ']';
      ++i;
      std::vector<std::string> alt;
      for (;;) {
        while (i < s.size() && s[i] == ' ') ++i;
        if (i >= s.size()) {
          *error = std::string("missing '") + close + "'";
          return false;
        }
        if (s[i] == '|' || s[i] == close) {
          if (alt.empty()) {
            *error = "empty alternative";
            return false;
          }
          slot.alternatives.push_back(std::move(alt));
          alt.clear();
          if (s[i++] == close) break;
          continue;
        }
        if (IsSyntax(s[i])) {
          *error = "groups cannot be nested";
          return false;
        }
        alt.push_back(ReadWord(s, &i));
      }
      if (i < s.size() && s[i] != ' ') {
        *error = "alternatives are whole words: put a space after the group";
        return false;
      }
      if (close == ']') slot.alternatives.emplace_back();  // the optional group may be absent
    } else {
      slot.alternatives.push_back({ReadWord(s, &i)});
    }
    slots.push_back(std::move(slot));
  }
  if (slots.empty()) {
    *error = "empty phrase";
    return false;
  }

  // Every combination of the slots' alternatives, then of each word's forms.
  // The sizes are known first, so the limit is checked before anything is
  // built and each variant is built once (the loader expands thousands of
  // rows at every start).
  const auto too_many = [&](size_t n) {
    if (n <= kMaxPhraseVariants) return false;
    *error = "phrase expands to more than " + std::to_string(kMaxPhraseVariants) + " variants";
    return true;
  };
  std::vector<size_t> sizes;
  size_t count = 1;
  for (const Slot& slot : slots) {
    sizes.push_back(slot.alternatives.size());
    if (too_many(count *= sizes.back())) return false;
  }
  std::vector<std::vector<std::string>> seqs;
  ForEachCombination(sizes, [&](const std::vector<size_t>& pick) {
    std::vector<std::string>& seq = seqs.emplace_back();
    for (size_t i = 0; i < slots.size(); ++i) {
      for (const std::string& w : slots[i].alternatives[pick[i]]) seq.push_back(w);
    }
  });

  out->clear();
  std::vector<std::vector<PhraseWord>> choices;  // of each word of a sequence
  for (const auto& seq : seqs) {
    choices.assign(seq.size(), {});
    sizes.clear();
    size_t n = 1;
    for (size_t i = 0; i < seq.size(); ++i) {
      const std::string& word = seq[i];
      if (word == "*") {
        choices[i].push_back({"", true});
      } else if (word.size() > 1 && word.back() == '~') {
        for (std::string& f : Inflections(std::string_view(word).substr(0, word.size() - 1))) {
          choices[i].push_back({std::move(f), false});
        }
      } else if (word.find('~') != std::string::npos || word.find('*') != std::string::npos) {
        *error = "'~' and '*' go only at the end of a word and alone, respectively: '" + word + "'";
        return false;
      } else {
        choices[i].push_back({word, false});
      }
      sizes.push_back(choices[i].size());
      if (too_many(out->size() + (n *= sizes.back()))) return false;
    }
    ForEachCombination(sizes, [&](const std::vector<size_t>& pick) {
      PhraseVariant& v = out->emplace_back(seq.size());
      for (size_t i = 0; i < seq.size(); ++i) v[i] = choices[i][pick[i]];
    });
  }
  return true;
}

}  // namespace claimlens
