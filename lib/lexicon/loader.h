// Turns parsed tables into a CompiledLexicon: validates every row (file:line
// errors), expands and tokenizes phrases into the trie, and builds the RE2 set.
#pragma once

#include <memory>
#include <set>
#include <unordered_map>
#include <string>
#include <vector>

#include "claimlens/lexicon.h"
#include "compiled.h"
#include "table.h"

namespace claimlens {

// "a b c" from {"a", "b", "c"} and " ".
std::string Join(const std::vector<std::string_view>& v, std::string_view sep);
// The fields of a '|'-separated list; none for "-".
std::vector<std::string_view> SplitBars(std::string_view s);

class Loader {
 public:
  Loader(CompiledLexicon* out, SegmentationRules* segmentation, std::vector<Diagnostic>* problems);
  ~Loader();
  void Run(const std::vector<LexiconFile>& files);

 private:
  void LoadSegmentation(const Table& t);
  void LoadCues(const Table& t, bool scoped);
  bool ParseScope(const Table& t, const Table::Row& row, Entry* e);
  void LoadSettings(const Table& t);
  void LoadActors(const Table& t);
  void LoadScales(const Table& t);
  void LoadPerceived(const Table& t);
  void LoadContractions(const Table& t);
  void CheckActors();
  void Finish();

  // Adds `entry` under every variant of `phrase`. False (reported) on bad syntax.
  bool AddPhrase(const Table& t, uint32_t line, const Entry& entry, std::string_view phrase);
  uint32_t AddEntry(const Entry& entry);
  const std::vector<uint32_t>& WordLabels(const std::string& word);
  std::string NormOf(std::string_view text);
  void Problem(Severity s, const std::string& path, uint32_t line, std::string message);
  void Error(const Table& t, uint32_t line, std::string message) {
    Problem(Severity::kError, t.path, line, std::move(message));
  }

  CompiledLexicon* out_;
  SegmentationRules* segmentation_;
  std::vector<Diagnostic>* problems_;
  std::unique_ptr<Segmenter> segmenter_;
  TokenList tokens_;
  std::vector<std::string> patterns_;  // re: entries, by set index
  std::set<std::string> settings_seen_;
  std::unordered_map<std::string, std::vector<uint32_t>> word_labels_;
};

}  // namespace claimlens
