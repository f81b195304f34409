#include "break_engine.h"

#include <unicode/rbbi.h>
#include <unicode/ucptrie.h>

#include <cstdlib>
#include <cstring>
#include <limits>
#include <mutex>

namespace claimlens {
namespace {

// The layout of ICU's compiled break rules (rbbidata.h, format 6: ICU 68 on).
constexpr uint32_t kMagic = 0xb1a0;
constexpr uint8_t kFormat = 6;
constexpr size_t kHeaderSize = 80;           // RBBIDataHeader
constexpr size_t kTableHeaderSize = 20;      // RBBIStateTable before its rows
constexpr uint32_t kLookaheadHardBreak = 1;  // line rules only; not handled here
constexpr uint32_t kBofRequired = 2;
constexpr uint32_t kEightBitRows = 4;
// A row: accepting, look-ahead, index into the status table, then one next state
// per category.
constexpr size_t kAccepting = 0;
constexpr size_t kLookahead = 1;
constexpr size_t kTags = 2;
constexpr size_t kNext = 3;
constexpr uint32_t kStartState = 1;
constexpr uint32_t kStopState = 0;
constexpr uint8_t kAcceptingUnconditional = 1;
// Pseudo-categories for the ends of the text.
constexpr uint32_t kEofCategory = 1;
constexpr uint32_t kBofCategory = 2;

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

uint32_t U32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// Decodes the well-formed UTF-8 sequence at s[0..n) (n >= 1) as ICU's UTF-8
// UText reads it; returns its length, or 0 if it is ill-formed (ICU reads those
// as U+FFFD, with its own rules for how many bytes each covers).
int DecodeUtf8(const uint8_t* s, size_t n, UChar32* c) {
  const uint8_t b = s[0];
  const auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (b < 0xC2) return 0;
  if (b < 0xE0) {
    if (!cont(1)) return 0;
    *c = ((b & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  if (b < 0xF0) {
    if (!cont(1) || !cont(2)) return 0;
    if ((b == 0xE0 && s[1] < 0xA0) || (b == 0xED && s[1] > 0x9F)) return 0;
    *c = ((b & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return 3;
  }
  if (b < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if ((b == 0xF0 && s[1] < 0x90) || (b == 0xF4 && s[1] > 0x8F)) return 0;
    *c = ((b & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
  }
  return 0;
}

}  // namespace

// What the engine reads from ICU's compiled rules, and the tables it derives
// from them.
struct BreakEngine::Tables {
  // Keeps the compiled rules alive (ICU shares them between the iterators of
  // one kind, counting references), so their address identifies them.
  std::unique_ptr<icu::BreakIterator> owner;
  const uint8_t* data = nullptr;
  const uint8_t* rows = nullptr;
  uint32_t row_len = 0;
  uint32_t cat_count = 0;
  uint32_t dict_start = 0;
  uint32_t lookahead_size = 0;
  bool bof = false;
  const int32_t* status_table = nullptr;  // checked: every row's tags index into it
  UCPTrie* trie = nullptr;  // opened over the rules' data
  uint8_t ascii[128] = {};
  // skip[state * 256 + byte] != 0: the ASCII byte steps `state` back to itself.
  std::vector<uint8_t> skip;

  ~Tables() {
    if (trie != nullptr) ucptrie_close(trie);
  }
};

namespace {

// Reads and checks the compiled rules at data[0..length); false if they are not
// in the layout the engine knows.
bool ReadTables(const uint8_t* data, uint32_t length, BreakEngine::Tables* out);

}  // namespace

BreakEngine::BreakEngine(std::unique_ptr<icu::BreakIterator> icu) : icu_(std::move(icu)) {
  // CLAIMLENS_BREAK=icu leaves every boundary to ICU's iterator: the way to
  // measure the engine against ICU, or to rule it out when a result looks wrong.
  const char* mode = std::getenv("CLAIMLENS_BREAK");
  if (mode == nullptr || std::string_view(mode) != "icu") t_ = SharedTables(*icu_);
  if (t_ != nullptr) lookahead_.assign(t_->lookahead_size, -1);
}

BreakEngine::~BreakEngine() { utext_close(&ut_); }

// Every engine over the same rules reads the same tables, so they are made
// once a process (a segmenter is made for every user lexicon; the fuzzers make
// thousands) and kept to its end, like ICU's own data.
const BreakEngine::Tables* BreakEngine::SharedTables(icu::BreakIterator& icu) {
  auto* rbbi = dynamic_cast<icu::RuleBasedBreakIterator*>(&icu);
  if (rbbi == nullptr) return nullptr;
  uint32_t length = 0;
  const uint8_t* data = rbbi->getBinaryRules(length);
  if (data == nullptr) return nullptr;
  static std::mutex mutex;
  // Never freed, as engines may run until exit: a pointer that outlives the
  // statics' destructors, so LeakSanitizer still finds the tables reachable.
  static auto* const made = new std::vector<std::unique_ptr<Tables>>();
  const std::lock_guard<std::mutex> lock(mutex);
  for (const auto& t : *made) {
    if (t->data == data) return t->rows != nullptr ? t.get() : nullptr;
  }
  auto t = std::make_unique<Tables>();
  t->owner.reset(icu.clone());
  t->data = data;
  if (!ReadTables(data, length, t.get())) t->rows = nullptr;
  made->push_back(std::move(t));
  return made->back()->rows != nullptr ? made->back().get() : nullptr;
}

namespace {

bool ReadTables(const uint8_t* data, uint32_t length, BreakEngine::Tables* out) {
  if (length < kHeaderSize || U32(data) != kMagic || data[4] != kFormat) return false;
  const uint32_t cat_count = U32(data + 12);
  const uint32_t table = U32(data + 16);
  const uint32_t table_len = U32(data + 20);
  const uint32_t trie = U32(data + 32);
  const uint32_t trie_len = U32(data + 36);
  const uint32_t status = U32(data + 48);
  const uint32_t status_len = U32(data + 52);
  const auto inside = [&](uint64_t off, uint64_t len) { return off + len <= length; };
  if (!inside(table, table_len) || !inside(trie, trie_len) || !inside(status, status_len) ||
      table_len < kTableHeaderSize || status % 4 != 0 || status_len < 8 || cat_count <= 3)
    return false;
  const uint8_t* t = data + table;
  const uint32_t num_states = U32(t);
  const uint32_t row_len = U32(t + 4);
  const uint32_t dict_start = U32(t + 8);
  const uint32_t lookahead_size = U32(t + 12);
  const uint32_t flags = U32(t + 16);
  if ((flags & kEightBitRows) == 0 || (flags & kLookaheadHardBreak) != 0 ||
      row_len != kNext + cat_count || num_states <= kStartState ||
      uint64_t{num_states} * row_len > table_len - kTableHeaderSize || lookahead_size > 256)
    return false;
  const auto* st = reinterpret_cast<const int32_t*>(data + status);
  const uint32_t st_len = status_len / 4;
  const uint8_t* const rows = t + kTableHeaderSize;
  // Every row must lead to a state, a status record and a look-ahead slot that exist.
  for (uint32_t s = 0; s < num_states; ++s) {
    const uint8_t* row = rows + s * row_len;
    for (uint32_t c = 0; c < cat_count; ++c) {
      if (row[kNext + c] >= num_states) return false;
    }
    const uint32_t tags = row[kTags];
    if (tags >= st_len || st[tags] < 1 || tags + static_cast<uint32_t>(st[tags]) >= st_len)
      return false;
    for (size_t k : {kAccepting, kLookahead}) {
      if (row[k] > kAcceptingUnconditional && row[k] >= lookahead_size) return false;
    }
  }
  UErrorCode error = U_ZERO_ERROR;
  out->trie = ucptrie_openFromBinary(UCPTRIE_TYPE_ANY, UCPTRIE_VALUE_BITS_ANY, data + trie,
                                     static_cast<int32_t>(trie_len), nullptr, &error);
  if (U_FAILURE(error) || out->trie == nullptr) return false;
  for (UChar32 c = 0; c < 128; ++c) {
    // The loop reads ASCII without the checks for dictionary characters.
    const uint32_t cat = ucptrie_get(out->trie, c);
    if (cat >= cat_count || cat <= kBofCategory || cat >= dict_start) return false;
    out->ascii[c] = static_cast<uint8_t>(cat);
  }
  // Most bytes of prose lead the machine from a state back to itself (letters
  // inside a word, anything inside a sentence); such a step changes nothing
  // but the position, so Run skips those bytes without stepping. A state that
  // completes a look-ahead rule acts on entry, so it never skips.
  out->skip.assign(size_t{num_states} * 256, 0);
  for (uint32_t s = kStartState; s < num_states; ++s) {
    const uint8_t* row = rows + s * row_len;
    if (row[kAccepting] > kAcceptingUnconditional) continue;
    for (uint32_t c = 0; c < 128; ++c)
      out->skip[s * 256 + c] = row[kNext + out->ascii[c]] == s ? 1 : 0;
  }
  out->rows = rows;
  out->row_len = row_len;
  out->cat_count = cat_count;
  out->dict_start = dict_start;
  out->lookahead_size = lookahead_size;
  out->bof = (flags & kBofRequired) != 0;
  out->status_table = st;
  return true;
}

}  // namespace

void BreakEngine::SetText(std::string_view text) {
  text_ = text;
  pos_ = 0;
  status_ = 0;
  done_ = false;
  in_icu_ = false;
  icu_boundaries_ = 0;
  std::fill(lookahead_.begin(), lookahead_.end(), -1);
  if (!fast()) {
    problem_ = kNone - 1;  // ICU throughout
    StartIcu();
  }
}

int32_t BreakEngine::Next() {
  if (done_) return kDone;
  if (in_icu_) return NextIcu();
  if (pos_ >= text_.size()) {
    done_ = true;
    return kDone;
  }
  const int32_t b = Run();
  if (b >= 0) return b;
  StartIcu();
  return NextIcu();
}

bool BreakEngine::Read(uint32_t* at, uint32_t* category) const {
  const auto* s = reinterpret_cast<const uint8_t*>(text_.data());
  const uint8_t b = s[*at];
  if (b < 0x80) {
    *category = t_->ascii[b];
    ++*at;
    return true;
  }
  UChar32 c = 0;
  const int len = DecodeUtf8(s + *at, text_.size() - *at, &c);
  if (len == 0) return false;
  *category = ucptrie_get(t_->trie, c);
  if (*category >= t_->cat_count || *category <= kBofCategory) return false;
  *at += static_cast<uint32_t>(len);
  return true;
}

// RuleBasedBreakIterator::handleNext, step for step, over UTF-8 bytes: `at` is
// where UText's native index would be (just past the character in hand).
int32_t BreakEngine::Run() {
  // Locals, so that the loop keeps them in registers.
  const auto* s = reinterpret_cast<const uint8_t*>(text_.data());
  const auto n = static_cast<uint32_t>(text_.size());
  const uint8_t* const rows = t_->rows;
  const uint32_t row_len = t_->row_len;
  const uint8_t* const ascii = t_->ascii;
  const uint32_t dict_start = t_->dict_start;
  int32_t* const lookahead = lookahead_.data();
  const uint32_t from = pos_;
  uint32_t at = from;
  uint32_t cat = 0;  // the category of the character in hand
  uint32_t dict_at = kNone;
  // Reads the character at `at` (there is one); false if it needs ICU.
  const auto read = [&] {
    if (s[at] < 0x80) {
      cat = ascii[s[at]];
      ++at;
      return true;
    }
    const uint32_t char_start = at;
    if (!Read(&at, &cat)) {
      problem_ = char_start;
      return false;
    }
    if (cat >= dict_start && dict_at == kNone) dict_at = char_start;
    return true;
  };
  if (!read()) return -1;
  const uint32_t first_end = at;
  uint32_t result = from;
  uint32_t tags = 0;
  uint32_t state = kStartState;
  const uint8_t* row = rows + kStartState * row_len;
  // One transition; true when the machine stops (or a look-ahead rule completes).
  const auto step = [&](uint32_t category, bool start) {
    state = row[kNext + category];
    row = rows + state * row_len;
    const uint8_t accepting = row[kAccepting];
    if (accepting == kAcceptingUnconditional) {
      if (!start) result = at;
      tags = row[kTags];
    } else if (accepting > kAcceptingUnconditional && lookahead[accepting] >= 0) {
      result = static_cast<uint32_t>(lookahead[accepting]);
      tags = row[kTags];
      return true;
    }
    const uint8_t rule = row[kLookahead];
    if (rule > kAcceptingUnconditional) lookahead[rule] = static_cast<int32_t>(at);
    return state == kStopState;
  };
  // The rules may ask for a start-of-text step before the first character, and
  // get an end-of-text step after the last.
  bool stopped = t_->bof && step(kBofCategory, true);
  const uint8_t* const skip = t_->skip.data();
  while (!stopped) {
    if (step(cat, false)) break;
    // The bytes that would step from `state` back to it: the same effect as
    // stepping through them, bar the position (see ReadTables).
    const uint8_t* const loops = skip + state * 256;
    const uint8_t* p = s + at;
    const uint8_t* const end = s + n;
    while (p < end && loops[*p] != 0) ++p;
    const uint32_t before = at;
    at = static_cast<uint32_t>(p - s);
    if (at != before) {
      if (row[kAccepting] == kAcceptingUnconditional) result = at;
      const uint8_t rule = row[kLookahead];
      if (rule > kAcceptingUnconditional) lookahead[rule] = static_cast<int32_t>(at);
    }
    if (at >= n) {
      step(kEofCategory, false);
      stopped = true;
    } else if (!read()) {
      return -1;
    }
  }
  if (result == from) {  // the rules matched nothing: ICU moves on by one character
    result = first_end;
    tags = 0;
  }
  // ICU hands a stretch with dictionary characters to a word dictionary.
  if (dict_at < result) {
    problem_ = dict_at;
    return -1;
  }
  const int32_t* const st = t_->status_table;
  status_ = st[tags + static_cast<uint32_t>(st[tags])];
  pos_ = result;
  return static_cast<int32_t>(result);
}

void BreakEngine::StartIcu() {
  // ICU finds the same boundaries from any boundary on as from the start of the
  // text (its state machine starts afresh at each), so it reads from pos_ only.
  icu_base_ = pos_;
  icu_until_ = problem_ + 1;
  in_icu_ = true;
  UErrorCode error = U_ZERO_ERROR;
  utext_openUTF8(&ut_, text_.data() + pos_, static_cast<int64_t>(text_.size() - pos_), &error);
  icu_->setText(&ut_, error);
}

int32_t BreakEngine::NextIcu() {
  const int32_t b = icu_->next();
  if (b == icu::BreakIterator::DONE) {
    done_ = true;
    return kDone;
  }
  ++icu_boundaries_;
  status_ = icu_->getRuleStatus();
  pos_ = icu_base_ + static_cast<uint32_t>(b);
  // The engine takes over again at the start of a line: a line end is a
  // boundary of every kind, and no dictionary word spans one.
  if (fast() && pos_ >= icu_until_ && text_[pos_ - 1] == '\n') in_icu_ = false;
  return static_cast<int32_t>(pos_);
}

}  // namespace claimlens
