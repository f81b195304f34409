// Loading the small tables: segmentation, settings, scales, perception and contractions.
#include <algorithm>
#include <charconv>

#include "loader.h"

namespace claimlens {
namespace {

bool ParseNumber(std::string_view s, double* out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

const std::vector<SettingSpec>& SettingSpecs() {
  static const std::vector<SettingSpec> specs = {
      {"govern_window", &Settings::govern_window, 0, 32},
      {"report_window", &Settings::report_window, 0, 64},
      {"question_window", &Settings::question_window, 0, 64},
      {"estimate_clause", &Settings::estimate_clause, 0, 64},
      {"past_year_min", &Settings::past_year_min, 1000, 9999},
      {"subject_window", &Settings::subject_window, 1, 32},
      {"habit_window", &Settings::habit_window, 0, 32},
      {"parenthetical_window", &Settings::parenthetical_window, 0, 16},
      {"belief_clause_window", &Settings::belief_clause_window, 0, 16},
      {"inversion_window", &Settings::inversion_window, 0, 16},
      {"embedded_window", &Settings::embedded_window, 0, 32},
      {"judgement_window", &Settings::judgement_window, 0, 16},
      {"source_opener", &Settings::source_opener, 0, 8},
      {"appositive_window", &Settings::appositive_window, 0, 64},
      {"comment_window", &Settings::comment_window, 0, 16},
      {"perfect_window", &Settings::perfect_window, 0, 8},
      {"intent_window", &Settings::intent_window, 0, 16},
      {"heading_words", &Settings::heading_words, 0, 16},
      {"remembered_names", &Settings::remembered_names, 0, 1024},
      {"stance_owner_window", &Settings::stance_owner_window, 0, 16},
      {"stance_degree_run", &Settings::stance_degree_run, 0, 8},
      {"stance_noun_reach", &Settings::stance_noun_reach, 0, 8},
      {"stance_object_window", &Settings::stance_object_window, 0, 16},
      {"stance_apposition_window", &Settings::stance_apposition_window, 0, 16},
      {"stance_degree_up", &Settings::stance_degree_up, 100, 400},
      {"stance_degree_down", &Settings::stance_degree_down, 0, 100},
      {"stance_before_contrast", &Settings::stance_before_contrast, 0, 100},
      {"stance_after_contrast", &Settings::stance_after_contrast, 100, 400},
      {"stance_weakened", &Settings::stance_weakened, 0, 100},
      {"stance_threshold", &Settings::stance_threshold, 0, 400},
      {"stance_label_cut", &Settings::stance_label_cut, 0, 100},
  };
  return specs;
}

void Loader::LoadSegmentation(const Table& t) {
  for (const Table::Row& row : t.rows) {
    const std::string word(row[0]);
    const std::string_view cls = row[1];
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

void Loader::LoadSettings(const Table& t) {
  for (const Table::Row& row : t.rows) {
    const SettingSpec* spec = nullptr;
    std::vector<std::string_view> names;
    for (const SettingSpec& s : SettingSpecs()) {
      names.push_back(s.name);
      if (s.name == row[0]) spec = &s;
    }
    if (spec == nullptr) {
      Error(t, row.line,
            "unknown setting '" + std::string(row[0]) + "' (expected " + Join(names, ", ") + ")");
      continue;
    }
    int n = 0;
    const auto r = std::from_chars(row[1].data(), row[1].data() + row[1].size(), n);
    if (r.ec != std::errc() || r.ptr != row[1].data() + row[1].size() || n < spec->min ||
        n > spec->max) {
      Error(t, row.line,
            "bad value '" + std::string(row[1]) + "' for " + std::string(spec->name) +
                " (a whole number from " + std::to_string(spec->min) + " to " +
                std::to_string(spec->max) + ")");
      continue;
    }
    out_->settings.*(spec->member) = n;
    settings_seen_.insert(std::string(spec->name));
  }
}

void Loader::LoadScales(const Table& t) {
  for (const Table::Row& row : t.rows) {
    const Table::Row& f = row;
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
    const Table::Row& f = row;
    double median, q1, q3;
    if (!ParseNumber(f[1], &median) || !ParseNumber(f[2], &q1) || !ParseNumber(f[3], &q3) ||
        q1 > median || median > q3 || q1 < 0 || q3 > 100) {
      Error(t, row.line, "bad figures (expected median, q1 <= median <= q3, in percent)");
      continue;
    }
    out_->perceived[NormOf(f[0])] = Band{q1, q3};
  }
}

void Loader::LoadContractions(const Table& t) {
  std::vector<Contraction> rows;
  for (const Table::Row& row : t.rows) {
    Contraction c;
    // The clitic must be one the tokenizer splits off a word, or no token is it.
    std::string probe = "it";
    probe += row[0];
    segmenter_->Tokenize(probe, &tokens_);
    const std::vector<Token>& toks = tokens_.tokens;
    if (toks.size() != 2 || !toks[1].has(Token::kClitic)) {
      Error(t, row.line,
            "'" + std::string(row[0]) +
                "' is not a clitic the tokenizer splits off a word (as \"n't\" in \"isn't\")");
      continue;
    }
    c.clitic = tokens_.norm(toks[1]);
    segmenter_->Tokenize(row[1], &tokens_);
    if (tokens_.tokens.size() != 1) {
      Error(t, row.line, "'" + std::string(row[1]) + "' is not one word");
      continue;
    }
    c.reads = NormOf(row[1]);
    bool ok = true;
    for (std::string_view w : SplitBars(row[2])) {
      segmenter_->Tokenize(w, &tokens_);
      ok = tokens_.tokens.size() == 1;
      if (!ok) {
        Error(t, row.line, "'" + std::string(w) + "' is not one word");
        break;
      }
      c.after.push_back(NormOf(w));
    }
    if (!ok) continue;
    const auto same = [&](const Contraction& o) { return o.clitic == c.clitic; };
    if (std::any_of(rows.begin(), rows.end(), same)) {
      Error(t, row.line, "duplicate clitic '" + std::string(row[0]) + "'");
      continue;
    }
    rows.push_back(std::move(c));
  }
  // A later file's row for a clitic replaces an earlier one.
  for (Contraction& c : rows) {
    const auto same = [&](const Contraction& o) { return o.clitic == c.clitic; };
    std::erase_if(out_->contractions, same);
    out_->contractions.push_back(std::move(c));
  }
}

}  // namespace claimlens
