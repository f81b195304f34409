#include "pdf_layout.h"

#include <algorithm>
#include <cmath>

namespace claimlens {
namespace {

struct Fragment {  // words on one baseline with no wide gap between them
  std::vector<PdfWord> words;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double height() const { return y1 - y0; }
};

constexpr int kMaxCuts = 60;  // deeper than any page's structure; bounds the work

std::vector<Fragment> Fragments(std::vector<PdfWord> words) {
  std::vector<Fragment> out;
  for (PdfWord& w : words) {
    const double h = std::max(1.0, w.y1 - w.y0);
    if (!out.empty()) {
      Fragment& f = out.back();
      const PdfWord& last = f.words.back();
      if (std::fabs(w.y0 - last.y0) <= 0.5 * h && w.x0 >= last.x1 - 1 && w.x0 - last.x1 <= 1.5 * h) {
        f.x1 = std::max(f.x1, w.x1);
        f.y0 = std::min(f.y0, w.y0);
        f.y1 = std::max(f.y1, w.y1);
        f.words.push_back(std::move(w));
        continue;
      }
    }
    Fragment f;
    f.x0 = w.x0, f.y0 = w.y0, f.x1 = w.x1, f.y1 = w.y1;
    f.words.push_back(std::move(w));
    out.push_back(std::move(f));
  }
  return out;
}

double MedianHeight(const std::vector<Fragment>& frags) {
  std::vector<double> h;
  for (const Fragment& f : frags) h.push_back(f.height());
  if (h.empty()) return 10;
  std::nth_element(h.begin(), h.begin() + h.size() / 2, h.end());
  return std::max(1.0, h[h.size() / 2]);
}

// Where the projection of `items` on one axis has its widest empty stretch of at
// least `min_gap`: the coordinate of its start, or NAN. `lo` and `hi` give an
// item's extent.
template <typename Lo, typename Hi>
double WidestGap(std::vector<const Fragment*> items, Lo lo, Hi hi, double min_gap, bool first) {
  std::sort(items.begin(), items.end(),
            [&](const Fragment* a, const Fragment* b) { return lo(*a) < lo(*b); });
  double reach = hi(*items[0]), best = NAN, best_width = 0;
  for (size_t i = 1; i < items.size(); ++i) {
    const double gap = lo(*items[i]) - reach;
    if (gap >= min_gap && gap > best_width) {
      best = reach, best_width = gap;
      if (first) return best;
    }
    reach = std::max(reach, hi(*items[i]));
  }
  return best;
}

// XY-cut: columns first (an empty vertical gutter), else the topmost band.
void Cut(std::vector<const Fragment*> frags, double h, int depth,
         std::vector<std::vector<const Fragment*>>* groups) {
  if (frags.size() <= 1 || depth > kMaxCuts) {
    if (!frags.empty()) groups->push_back(std::move(frags));
    return;
  }
  auto x0 = [](const Fragment& f) { return f.x0; };
  auto x1 = [](const Fragment& f) { return f.x1; };
  auto y0 = [](const Fragment& f) { return f.y0; };
  auto y1 = [](const Fragment& f) { return f.y1; };
  double at = WidestGap(frags, x0, x1, std::max(6.0, 0.8 * h), false);
  bool vertical = !std::isnan(at);
  if (!vertical) at = WidestGap(frags, y0, y1, 0.25 * h, true);
  if (std::isnan(at)) {
    groups->push_back(std::move(frags));
    return;
  }
  std::vector<const Fragment*> before, after;
  for (const Fragment* f : frags) ((vertical ? f->x1 : f->y1) <= at ? before : after).push_back(f);
  Cut(std::move(before), h, depth + 1, groups);
  Cut(std::move(after), h, depth + 1, groups);
}

// The lines of a group (fragments on one baseline joined), top to bottom.
std::vector<PdfLine> Lines(std::vector<const Fragment*> frags, double h) {
  std::sort(frags.begin(), frags.end(), [](const Fragment* a, const Fragment* b) {
    return a->y0 != b->y0 ? a->y0 < b->y0 : a->x0 < b->x0;
  });
  std::vector<std::vector<const PdfWord*>> rows;
  std::vector<double> row_y;
  for (const Fragment* f : frags) {
    const double mid = (f->y0 + f->y1) / 2;
    if (rows.empty() || std::fabs(mid - row_y.back()) > 0.5 * h) {
      rows.emplace_back();
      row_y.push_back(mid);
    }
    for (const PdfWord& w : f->words) rows.back().push_back(&w);
  }
  std::vector<PdfLine> lines;
  for (auto& row : rows) {
    std::stable_sort(row.begin(), row.end(),
                     [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
    PdfLine l;
    l.x0 = row[0]->x0, l.y0 = row[0]->y0, l.x1 = row[0]->x1, l.y1 = row[0]->y1;
    l.first_word = row[0]->x1 - row[0]->x0;
    for (size_t i = 0; i < row.size(); ++i) {
      const PdfWord& w = *row[i];
      if (i > 0) {
        const PdfWord& p = *row[i - 1];
        if (p.space_after || w.x0 - p.x1 > 0.15 * (w.y1 - w.y0)) l.text += ' ';
      }
      l.text += w.text;
      l.x0 = std::min(l.x0, w.x0), l.x1 = std::max(l.x1, w.x1);
      l.y0 = std::min(l.y0, w.y0), l.y1 = std::max(l.y1, w.y1);
    }
    lines.push_back(std::move(l));
  }
  return lines;
}

}  // namespace

std::vector<PdfLine> LayOutPage(std::vector<PdfWord> words) {
  // Nothing to read in white-space boxes; line ends inside a box would break lines.
  for (PdfWord& w : words) {
    for (char& c : w.text) {
      if (c == '\n' || c == '\r' || c == '\f' || c == '\t') c = ' ';
    }
  }
  const std::vector<Fragment> frags = Fragments(std::move(words));
  if (frags.empty()) return {};
  const double h = MedianHeight(frags);

  // The bands at the top and foot of the page (one or two lines set apart from
  // the rest) hold running headers, footers and page numbers, if anything.
  std::vector<const Fragment*> all;
  for (const Fragment& f : frags) all.push_back(&f);
  std::sort(all.begin(), all.end(),
            [](const Fragment* a, const Fragment* b) { return a->y0 < b->y0; });
  std::vector<std::vector<const Fragment*>> bands;
  std::vector<double> band_top, band_bottom;
  for (const Fragment* f : all) {
    if (bands.empty() || f->y0 - band_bottom.back() >= 0.8 * h) {
      bands.emplace_back();
      band_top.push_back(f->y0);
      band_bottom.push_back(f->y1);
    }
    bands.back().push_back(f);
    band_bottom.back() = std::max(band_bottom.back(), f->y1);
  }
  auto thin = [&](size_t i) { return band_bottom[i] - band_top[i] <= 2.5 * h; };
  const bool has_top = bands.size() >= 2 && thin(0);
  const bool has_foot = bands.size() >= 2u + has_top && thin(bands.size() - 1);
  std::vector<const Fragment*> top, body, foot;
  for (size_t i = 0; i < bands.size(); ++i) {
    auto& dest = (i == 0 && has_top) ? top : (i + 1 == bands.size() && has_foot) ? foot : body;
    dest.insert(dest.end(), bands[i].begin(), bands[i].end());
  }

  std::vector<PdfLine> out;
  auto add = [&](std::vector<const Fragment*> group, bool edge) {
    std::vector<PdfLine> lines = Lines(std::move(group), h);
    double right = 0;
    for (const PdfLine& l : lines) right = std::max(right, l.x1);
    for (PdfLine& l : lines) {
      l.right = right;
      l.edge = edge;
      if (out.empty()) {
        l.block_start = true;
      } else {
        // A gap above, or a change of size (a heading, a caption), starts a
        // paragraph; a line higher up than the last (a new column) may not.
        const PdfLine& p = out.back();
        const double ph = p.y1 - p.y0, lh = l.y1 - l.y0;
        l.block_start = edge || p.edge || std::fabs(ph - lh) > 0.2 * std::max(ph, lh) ||
                        (l.y0 >= p.y1 && l.y0 - p.y1 > 0.8 * h);
      }
      out.push_back(std::move(l));
    }
  };
  if (!top.empty()) add(top, true);
  if (!body.empty()) {
    std::vector<std::vector<const Fragment*>> groups;
    Cut(body, h, 0, &groups);
    for (auto& g : groups) add(std::move(g), false);
  }
  if (!foot.empty()) add(foot, true);
  // A column's right edge is where its longest lines end: lines that start
  // where a line starts belong to its column (a paragraph's short lines too).
  for (PdfLine& l : out) {
    for (const PdfLine& o : out) {
      if (!o.edge && std::fabs(o.x0 - l.x0) < 0.5 * h) l.right = std::max(l.right, o.x1);
    }
  }
  return out;
}

bool Wraps(const PdfLine& line, const PdfLine& next) {
  const double h = line.y1 - line.y0;
  return line.right - line.x1 < next.first_word + 0.3 * h;
}

}  // namespace claimlens
