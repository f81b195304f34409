// Line-end hyphenation: "prob-" + line end + "ably" is one word broken by a
// typesetter; "Indo-" + line end + "Pacific" a compound whose hyphen is real.
// Hunspell's English dictionaries (hunspell-en-us, and hunspell-en-gb where
// installed) tell them apart; without them a lower-case continuation joins.
#include <unistd.h>

#include <hunspell/hunspell.hxx>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "readers.h"

namespace claimlens {
namespace {

class Dictionaries {
 public:
  static Dictionaries& Get() {
    static Dictionaries* d = new Dictionaries();  // never destroyed: used until exit
    return *d;
  }
  bool available() const { return !spellers_.empty(); }
  bool Spell(const std::string& word) {
    std::lock_guard<std::mutex> lock(mu_);
    for (auto& s : spellers_) {
      if (s->spell(word)) return true;
    }
    return false;
  }

 private:
  Dictionaries() {
    for (const char* name : {"en_US", "en_GB"}) {
      for (const char* dir : {"/usr/share/hunspell/", "/usr/local/share/hunspell/"}) {
        const std::string base = std::string(dir) + name;
        if (access((base + ".dic").c_str(), R_OK) != 0 ||
            access((base + ".aff").c_str(), R_OK) != 0)
          continue;
        spellers_.push_back(
            std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str()));
        break;
      }
    }
  }
  std::mutex mu_;
  std::vector<std::unique_ptr<Hunspell>> spellers_;
};

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsLetterByte(unsigned char c) { return IsAsciiLetter(c) || c >= 0x80; }
bool IsUpperStart(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'));
}
bool AllUpper(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

}  // namespace

bool JoinsAsWord(std::string_view left, std::string_view right) {
  if (left.empty() || right.empty()) return false;
  const bool shouting = AllUpper(left) && AllUpper(right);
  if (IsUpperStart(right) && !shouting) return false;  // "Indo-" "Pacific", "post-" "Cold War"
  Dictionaries& d = Dictionaries::Get();
  if (!d.available()) return !shouting;
  const std::string a(left), b(right);
  if (d.Spell(a + b)) return true;
  // Not a word joined: a name keeps its hyphen ("Lee Jae-" "myung"), and so do
  // two words ("long-" "term", "self-" "defence"); anything else is a broken word.
  if (IsUpperStart(left) && !shouting) return false;
  return !(d.Spell(a) && d.Spell(b));
}

constexpr std::string_view kSoftHyphen = "\xC2\xAD";

std::optional<Layer> PlainTextView(std::string_view s, uint32_t start) {
  std::optional<ViewBuilder> b;
  size_t pos = start;
  for (size_t nl = s.find('\n', start); nl != std::string_view::npos; nl = s.find('\n', nl + 1)) {
    size_t end = nl;  // the line's content end
    if (end > start && s[end - 1] == '\r') --end;
    if (end < start + 2 || s[end - 1] != '-' ||
        !IsLetterByte(static_cast<unsigned char>(s[end - 2])))
      continue;
    size_t next = nl + 1;
    while (next < s.size() && (s[next] == ' ' || s[next] == '\t')) ++next;
    if (next >= s.size() || !IsLetterByte(static_cast<unsigned char>(s[next]))) continue;
    size_t a = end - 1;
    while (a > start && IsLetterByte(static_cast<unsigned char>(s[a - 1]))) --a;
    size_t e = next;
    while (e < s.size() && IsLetterByte(static_cast<unsigned char>(s[e]))) ++e;
    // A list item or a dash ("- ", " -") is no broken word: the piece must be a word.
    const std::string_view left = s.substr(a, end - 1 - a), right = s.substr(next, e - next);
    if (!b) b.emplace(s, start);
    b->Copy(pos, end - 1);
    // The line end reads as a soft hyphen (U+00AD): words run on across it
    // (ICU's breaks and the norms ignore it), and the line splitter still sees
    // where the line ended, so each line keeps its length for the wrap width.
    if (JoinsAsWord(left, right)) {
      b->Replace(end - 1, next, kSoftHyphen);
    } else {
      b->Replace(end - 1, end - 1, kSoftHyphen);  // "Indo" SHY "-Pacific"
      b->Copy(end - 1, end);
      b->Replace(end, next, "");
    }
    pos = next;
  }
  if (!b) return std::nullopt;
  b->Copy(pos, s.size());
  Layer view = b->Finish();
  return view;
}

}  // namespace claimlens
