#include "phrase.h"

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
  // Most rows are one plain word: no syntax to expand.
  if (!s.empty() && s.find_first_of(" ()[]|~*\\") == std::string_view::npos) {
    out->assign(1, PhraseVariant{PhraseWord{std::string(s), false}});
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

  std::vector<std::vector<std::string>> seqs = {{}};
  for (const Slot& slot : slots) {
    std::vector<std::vector<std::string>> next;
    for (const auto& seq : seqs) {
      for (const auto& alt : slot.alternatives) {
        next.push_back(seq);
        next.back().insert(next.back().end(), alt.begin(), alt.end());
      }
    }
    if (next.size() > kMaxPhraseVariants) {
      *error = "phrase expands to more than " + std::to_string(kMaxPhraseVariants) + " variants";
      return false;
    }
    seqs = std::move(next);
  }

  out->clear();
  for (const auto& seq : seqs) {
    std::vector<PhraseVariant> variants = {{}};
    for (const std::string& word : seq) {
      std::vector<PhraseWord> choices;
      if (word == "*") {
        choices.push_back({"", true});
      } else if (word.size() > 1 && word.back() == '~') {
        for (std::string& f : Inflections(std::string_view(word).substr(0, word.size() - 1))) {
          choices.push_back({std::move(f), false});
        }
      } else if (word.find('~') != std::string::npos || word.find('*') != std::string::npos) {
        *error = "'~' and '*' go only at the end of a word and alone, respectively: '" + word + "'";
        return false;
      } else {
        choices.push_back({word, false});
      }
      std::vector<PhraseVariant> next;
      for (const auto& v : variants) {
        for (const auto& choice : choices) {
          next.push_back(v);
          next.back().push_back(choice);
        }
      }
      variants = std::move(next);
    }
    for (auto& v : variants) out->push_back(std::move(v));
    if (out->size() > kMaxPhraseVariants) {
      *error = "phrase expands to more than " + std::to_string(kMaxPhraseVariants) + " variants";
      return false;
    }
  }
  return true;
}

}  // namespace claimlens
