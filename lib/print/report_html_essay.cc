// The document as HTML with every claim, cue and actor mention marked on its
// own bytes: the marks come from the records' offsets, so a highlight covers
// exactly the words the analysis found. Marks nest; where two cross, the
// inner one is closed and opened again (each piece keeps the mark's key).
#include <algorithm>

#include "report_format.h"
#include "report_html.h"
#include "text.h"

namespace claimlens {
namespace {

enum class MarkType : uint8_t { kClaim, kCue, kMention };  // outermost first at one offset

struct Mark {
  uint32_t start = 0;
  uint32_t end = 0;
  MarkType type = MarkType::kClaim;
  uint32_t index = 0;  // into the record's claims, cues or mentions
};

std::string BandText(const std::optional<Band>& band) {
  return band ? FormatBand(*band) : std::string();
}

void Attr(std::string_view name, std::string_view value, std::string* out) {
  if (value.empty()) return;
  *out += ' ';
  *out += name;
  *out += "=\"";
  AppendHtmlEscaped(value, out);
  *out += '"';
}

class Essay {
 public:
  Essay(const ReportRecord& r, std::string_view id, std::string* out)
      : r_(r), id_(id), out_(*out) {}

  void Write() {
    const Document& doc = *r_.doc;
    const Span body = doc.body();
    for (uint32_t i = 0; i < r_.claims.size(); ++i)
      Add(r_.claims[i].span, MarkType::kClaim, i, body);
    for (uint32_t i = 0; i < r_.cues.size(); ++i) Add(r_.cues[i].span, MarkType::kCue, i, body);
    for (uint32_t i = 0; i < r_.mentions.size(); ++i)
      Add(r_.mentions[i].span, MarkType::kMention, i, body);
    std::stable_sort(marks_.begin(), marks_.end(), [](const Mark& a, const Mark& b) {
      if (a.start != b.start) return a.start < b.start;
      if (a.end != b.end) return a.end > b.end;
      return a.type < b.type;
    });
    opened_.assign(marks_.size(), false);
    out_ += "<p>";
    size_t next = 0;
    uint32_t pos = body.start;
    while (pos < body.end) {
      CloseAt(pos);
      for (; next < marks_.size() && marks_[next].start <= pos; ++next) Open(next);
      uint32_t stop = body.end;
      if (next < marks_.size()) stop = std::min(stop, marks_[next].start);
      for (size_t m : open_) stop = std::min(stop, marks_[m].end);
      Text(pos, stop);
      pos = stop;
    }
    while (!open_.empty()) Close();
    out_ += "</p>\n";
  }

 private:
  void Add(Span span, MarkType type, uint32_t index, Span body) {
    const uint32_t start = std::max(span.start, body.start), end = std::min(span.end, body.end);
    if (start < end) marks_.push_back({start, end, type, index});
  }

  // The text of [from, to), a paragraph a line: at a line break every open
  // mark is closed and opened again in the next paragraph.
  void Text(uint32_t from, uint32_t to) {
    const std::string_view bytes = r_.doc->bytes();
    uint32_t i = from;
    while (i < to) {
      uint32_t j = i;
      while (j < to && bytes[j] != '\n' && bytes[j] != '\r') ++j;
      if (j > i) AppendHtmlEscaped(r_.doc->Text({i, j}), &out_);
      if (j == to) break;
      while (j < to && (bytes[j] == '\n' || bytes[j] == '\r')) ++j;
      const std::vector<size_t> keep = open_;
      while (!open_.empty()) Close();
      out_ += "</p>\n<p>";
      for (size_t m : keep) Open(m);
      i = j;
    }
  }

  // Closes every open mark that ends at `pos` (and reopens the marks inside
  // it that go on).
  void CloseAt(uint32_t pos) {
    size_t deepest = open_.size();
    for (size_t k = 0; k < open_.size(); ++k) {
      if (marks_[open_[k]].end <= pos) {
        deepest = k;
        break;
      }
    }
    if (deepest == open_.size()) return;
    std::vector<size_t> reopen;
    while (open_.size() > deepest) {
      if (marks_[open_.back()].end > pos) reopen.push_back(open_.back());
      Close();
    }
    for (size_t k = reopen.size(); k-- > 0;) Open(reopen[k]);
  }

  void Close() {
    out_ += marks_[open_.back()].type == MarkType::kCue ? "</mark>" : "</span>";
    open_.pop_back();
  }

  void Open(size_t m) {
    const Mark& mark = marks_[m];
    const bool first = !opened_[m];
    opened_[m] = true;
    open_.push_back(m);
    switch (mark.type) {
      case MarkType::kClaim:
        return OpenClaim(r_.claims[mark.index], mark.index, first);
      case MarkType::kCue:
        return OpenCue(r_.cues[mark.index], mark.index);
      case MarkType::kMention: {
        const ReportMention& mention = r_.mentions[mark.index];
        out_ += "<span class=\"actor t-";
        out_ += MentionTypeName(mention.type);
        out_ += '"';
        Attr("data-actor", mention.id, &out_);
        Attr("title",
             mention.name + " (" + std::string(MentionTypeName(mention.type)) + ", " + mention.id +
                 ")",
             &out_);
        out_ += '>';
        return;
      }
    }
  }

  void OpenClaim(const ReportClaim& c, uint32_t index, bool first) {
    const std::string key = std::string(id_) + "-" + std::to_string(index);
    const std::string scale(ScaleId(r_.scale));
    out_ += "<span class=\"claim\"";
    if (first) Attr("id", std::string(id_) + "-c" + std::to_string(index), &out_);
    Attr("data-claim", key, &out_);
    Attr("data-holder",
         c.holder + (c.holder_type == HolderType::kAuthor
                         ? ""
                         : " (" + std::string(HolderTypeName(c.holder_type)) + ")"),
         &out_);
    Attr("data-judgement", JudgementName(c.judgement), &out_);
    if (c.level != Level::kNone) {
      Attr("data-level", LevelName(c.level) + ": " + r_.labels[static_cast<int>(c.level)], &out_);
    }
    Attr("data-band", BandText(c.band), &out_);
    Attr("data-perceived", BandText(c.perceived), &out_);
    Attr("data-confidence", ConfidenceId(c.confidence), &out_);
    if (c.conditional) Attr("data-condition", Clip(r_.doc->Text(c.condition), 200), &out_);
    if (c.recommendation) Attr("data-addressee", Addressee(r_, c), &out_);
    std::string actors, stance;
    for (const std::string& a : c.actors) actors += (actors.empty() ? "" : ", ") + a;
    for (const ReportStance& s : c.stance) {
      stance += (stance.empty() ? "" : "; ") + s.holder + " on " + s.actor + ": " +
                (s.polarity > 0   ? "+"
                 : s.polarity < 0 ? "-"
                                  : "0") +
                " \"" + Clip(r_.doc->Text(s.cue), 60) + "\"";
    }
    Attr("data-actors", actors, &out_);
    Attr("data-stance", stance, &out_);
    out_ += '>';
    if (!first) return;
    // The confidence bar: the claim's band on the chosen scale (a flat track when none).
    out_ += "<span class=\"bar j-";
    out_ += JudgementName(c.judgement);
    if (!c.band) out_ += " flat";
    out_ += "\" aria-hidden=\"true\"";
    std::string title = Sureness(c);
    if (c.band) title += " on " + scale;
    if (c.perceived) title += "; readers: " + FormatBand(*c.perceived);
    if (c.holder_type != HolderType::kAuthor) title += "; held by " + c.holder;
    Attr("title", title, &out_);
    out_ += '>';
    if (c.band) {
      const double lo = std::clamp(c.band->lo, 0.0, 100.0);
      const double width = std::clamp(c.band->hi - lo, 3.0, 100.0 - lo);
      out_ += "<i style=\"left:" + OneDecimal(lo) + "%;width:" + OneDecimal(width) + "%\"></i>";
    }
    out_ += "</span>";
  }

  void OpenCue(const ReportCue& q, uint32_t index) {
    out_ += "<mark class=\"cue k-" + q.kind + (q.author ? " author" : " reported") + "\"";
    Attr("data-cue", std::string(id_) + "-" + std::to_string(index), &out_);
    out_ += " data-start=\"" + std::to_string(q.span.start) + "\" data-end=\"" +
            std::to_string(q.span.end) + "\"";
    Attr("data-kind", q.kind, &out_);
    Attr("data-cls", q.cls, &out_);
    Attr("data-holder", q.holder, &out_);
    const std::string text = r_.doc->Text(q.span);
    Attr("data-text", text, &out_);
    std::string title = q.kind + " (" + q.cls + "), held by " + q.holder;
    if (q.level != Level::kNone) {
      Attr("data-level", LevelName(q.level), &out_);
      title += ": " + LevelName(q.level);
    }
    Attr("data-band", BandText(q.band), &out_);
    Attr("data-perceived", BandText(q.perceived), &out_);
    if (q.band) title += ", " + FormatBand(*q.band) + " on " + std::string(ScaleId(r_.scale));
    if (q.perceived) title += "; readers take it as " + FormatBand(*q.perceived);
    Attr("title", title, &out_);
    out_ += '>';
  }

  const ReportRecord& r_;
  std::string_view id_;
  std::string& out_;
  std::vector<Mark> marks_;
  std::vector<bool> opened_;
  std::vector<size_t> open_;  // a stack of indexes into marks_
};

}  // namespace

void AppendHtmlEssay(const ReportRecord& r, std::string_view id, std::string* out) {
  Essay(r, id, out).Write();
}

}  // namespace claimlens
