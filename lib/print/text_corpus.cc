// Text of the corpus records: a few lines a document or group with density
// bars (`stats`), its actors (`stats --by actor`), and a keyness table with
// diverging bars (`compare`).
#include <algorithm>
#include <cstdio>

#include "text.h"

namespace claimlens {
namespace {

constexpr const char* kEighths[] = {"",       "\u258f", "\u258e", "\u258d", "\u258c",
                                    "\u258b", "\u258a", "\u2589", "\u2588"};

// A bar of `value / per_cell` cells (at most `max_cells`), in eighths.
std::string Bar(double value, double per_cell, int max_cells) {
  if (!(value > 0) || !(per_cell > 0)) return "";
  const int eighths = std::min(max_cells * 8, static_cast<int>(std::lround(value / per_cell * 8)));
  std::string out;
  for (int i = 0; i < eighths / 8; ++i) out += kEighths[8];
  return out + kEighths[eighths % 8];
}

std::string Fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// ", 3 likely, 1 very_likely": the non-zero counts of `names`.
template <size_t N>
std::string NonZero(const std::array<uint64_t, N>& counts, const std::string_view* names) {
  std::string out;
  for (size_t i = 0; i < N; ++i) {
    if (counts[i] == 0) continue;
    out += out.empty() ? "" : ", ";
    out += std::string(names[i]) + " " + std::to_string(counts[i]);
  }
  return out;
}

// What a document, group or the totals are called on their first line.
std::string Name(std::optional<std::string_view> key, bool group, const Tally& t) {
  if (!key) return "total (" + Counted(t.documents, "document", "documents") + ")";
  std::string name(*key);
  if (group) {
    if (name.empty()) name = "(no value)";
    name += " (" + Counted(t.documents, "document", "documents") + ")";
  }
  return name;
}

// One cell of the bar is 2 cues per 1,000 words: 40 cells reach 80, more than
// any prose we have seen, so bars compare across documents and runs.
constexpr double kPer1kPerCell = 2;
constexpr int kBarCells = 40;

template <bool kGroup>
void AppendTally(const TallyRecordT<kGroup>& r, const Colors& c, std::string* out) {
  const Tally& t = *r.tally;
  out->append(c.path()).append(Name(r.key, kGroup, t)).append(c.reset()).append(": ");
  *out += Counted(t.words, "word", "words") + ", " + Counted(t.sentences, "sentence", "sentences") +
          ", " + Counted(t.claims, "claim", "claims") + " (" + std::to_string(t.uncertain_claims) +
          " uncertain)\n";
  const double hedges = t.Per1k(t.hedges_of(r.holders));
  const double boosters = t.Per1k(t.boosters_of(r.holders));
  // Whose cues the densities count, when not the author's (the default).
  const std::string whose = r.holders == HolderFilter::kAuthor
                                ? ""
                                : " (" + std::string(HolderFilterName(r.holders)) + ")";
  // " ███▋", or nothing for 0.
  auto bar = [&](double v, std::string_view color) {
    const std::string b = Bar(v, kPer1kPerCell, kBarCells);
    return b.empty() ? b : " " + std::string(color) + b + std::string(c.reset());
  };
  *out += "  hedges" + whose + "   " + Fixed(hedges, 2) + " per 1,000 words" +
          bar(hedges, c.hedge()) + " (the author's " + Fixed(t.Per1k(t.hedges[0]), 2) +
          ", reported " + Fixed(t.Per1k(t.hedges[1]), 2) + ")\n";
  *out += "  boosters" + whose + " " + Fixed(boosters, 2) + " per 1,000 words" +
          bar(boosters, c.booster()) + "\n";
  if (t.claims == 0) return;
  static constexpr std::string_view kHolders[] = {"author", "actor", "person", "named", "unnamed"};
  static constexpr std::string_view kConfidence[] = {"low", "moderate", "high"};
  std::string_view levels[kLevelCount];
  for (int l = 0; l < kLevelCount; ++l) levels[l] = LevelId(static_cast<Level>(l));
  *out += "  claims held by " + NonZero(t.holder_types, kHolders);
  const std::string by_level = NonZero(t.levels, levels);
  if (!by_level.empty()) *out += "; levels " + by_level;
  const std::string by_confidence = NonZero(t.confidence, kConfidence);
  if (!by_confidence.empty()) *out += "; confidence " + by_confidence;
  *out += "\n";
}

template <bool kGroup>
void AppendActors(const ActorTallyRecordT<kGroup>& r, const Colors& c, std::string* out) {
  const Tally& t = *r.tally;
  const auto actors = r.Sorted();
  out->append(c.path()).append(Name(r.key, kGroup, t)).append(c.reset()).append(": ");
  *out += Counted(actors.size(), "actor", "actors") + "\n";
  if (actors.empty()) return;
  const double top = static_cast<double>(actors.front().second->mentions);
  size_t id_width = 0, name_width = 0;
  for (const auto& [id, a] : actors) {
    id_width = std::max(id_width, id->size());
    name_width = std::max(name_width, a->name.size() + a->type.size() + 3);
  }
  for (const auto& [id, a] : actors) {
    std::string name = a->name + " (" + a->type + ")";
    *out += "  " + *id + std::string(id_width - id->size() + 1, ' ') + name +
            std::string(name_width - name.size() + 1, ' ');
    char buf[64];
    std::snprintf(buf, sizeof buf, "%6llu ", static_cast<unsigned long long>(a->mentions));
    *out += buf;
    std::string bar = Bar(static_cast<double>(a->mentions), top / 20, 20);
    *out += bar;
    // Pad by cells, not bytes (a block is three bytes).
    size_t cells = 0;
    for (unsigned char ch : bar) cells += (ch & 0xC0) != 0x80;
    *out += std::string(21 - std::min<size_t>(cells, 20), ' ');
    if (a->evaluated == 0) {
      *out += "not evaluated\n";
      continue;
    }
    *out += "evaluated " + std::to_string(a->evaluated) + " (+" + std::to_string(a->positive) +
            " -" + std::to_string(a->negative) + "), score " + Fixed(a->score(), 2) + ", " +
            std::string(a->label(r.cut)) + "\n";
  }
}

// The left half of a diverging bar (B's side), right-aligned in `cells`.
std::string LeftBar(double v, double per_cell, int cells) {
  const int n = per_cell > 0 ? std::min(cells, static_cast<int>(std::lround(v / per_cell))) : 0;
  std::string out(static_cast<size_t>(cells - n), ' ');
  for (int i = 0; i < n; ++i) out += kEighths[8];
  return out;
}

}  // namespace

void AppendText(const DocTallyRecord& r, const Colors& c, std::string* out) {
  AppendTally(r, c, out);
}
void AppendText(const GroupTallyRecord& r, const Colors& c, std::string* out) {
  AppendTally(r, c, out);
}
void AppendText(const DocActorsRecord& r, const Colors& c, std::string* out) {
  AppendActors(r, c, out);
}
void AppendText(const GroupActorsRecord& r, const Colors& c, std::string* out) {
  AppendActors(r, c, out);
}

// A: hawks (3 documents, 12000 words); B: doves (2 documents, 9000 words)
// type   item      A   B  per 1k A  per 1k B     G2  log ratio
// cue    likely   45  12     3.750     1.333  20.11      +1.49        │███████
void AppendText(const KeyTableRecord& r, const Colors& c, std::string* out) {
  *out += "A: " + std::string(r.name_a) + " (" + Counted(r.a->documents, "document", "documents") +
          ", " + Counted(r.a->words, "word", "words") + "); B: " + std::string(r.name_b) + " (" +
          Counted(r.b->documents, "document", "documents") + ", " +
          Counted(r.b->words, "word", "words") + ")\n";
  if (r.rows->empty()) {
    *out += "no items to compare\n";
    return;
  }
  size_t type_w = 4, item_w = 4;
  double top = 0;
  for (const KeyRow& row : *r.rows) {
    type_w = std::max(type_w, ItemTypeName(row.key.type).size());
    item_w = std::max(item_w, std::min<size_t>(row.key.item.size(), 40));
    top = std::max(top, std::abs(RoundTo(row.keyness.log_ratio, 2)));
  }
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-*s %-*s %8s %8s %9s %9s %9s %9s  %s\n",
                static_cast<int>(type_w), "type", static_cast<int>(item_w), "item", "A", "B",
                "per 1k A", "per 1k B", "G2", "log ratio", "B <-> A");
  *out += c.dim() + std::string(buf) + c.reset();
  constexpr int kHalf = 12;
  for (const KeyRow& row : *r.rows) {
    const KeyRecord k{&row, r.a->words, r.b->words};
    const double lr = RoundTo(row.keyness.log_ratio, 2);
    std::snprintf(buf, sizeof buf, "%-*s %-*s %8llu %8llu %9.3f %9.3f %9.2f %+9.2f  ",
                  static_cast<int>(type_w), std::string(ItemTypeName(row.key.type)).c_str(),
                  static_cast<int>(item_w), row.key.item.c_str(),
                  static_cast<unsigned long long>(row.count_a),
                  static_cast<unsigned long long>(row.count_b),
                  RoundTo(k.Per1k(row.count_a, r.a->words), 3),
                  RoundTo(k.Per1k(row.count_b, r.b->words), 3), RoundTo(row.keyness.g2, 2), lr);
    *out += buf;
    const double per_cell = top / kHalf;
    *out += std::string(c.booster()) + LeftBar(lr < 0 ? -lr : 0, per_cell, kHalf) + c.reset() +
            "\u2502" + c.hedge() + (lr > 0 ? Bar(lr, per_cell, kHalf) : "") + c.reset() + "\n";
  }
}

}  // namespace claimlens
