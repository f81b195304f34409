// Loading the lexicon set: which files, in which order, and what each table is.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "claimlens/lexicon.h"
#include "embedded.h"
#include "table.h"

namespace claimlens {
namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

void ListTsv(const std::string& dir, std::vector<std::string>* out,
             std::vector<Diagnostic>* errors) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) {
    errors->push_back({Severity::kError, dir, 0, 0,
                       std::string("cannot read directory: ") + std::strerror(errno)});
    return;
  }
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    if (e->d_name[0] != '.') names.emplace_back(e->d_name);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    const std::string path = dir + "/" + name;
    struct stat st;
    if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      ListTsv(path, out, errors);
    } else if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tsv") == 0) {
      out->push_back(path);
    }
  }
}

std::string Joined(const std::vector<std::string_view>& v) {
  std::string s;
  for (std::string_view x : v) {
    if (!s.empty()) s += ' ';
    s += x;
  }
  return s;
}

// Every table kind, named by its header.
constexpr std::string_view kSegmentationHeader = "word class source";
constexpr std::string_view kKnownHeaders[] = {
    kSegmentationHeader,
    "phrase kind class value source",
    "id type name aliases demonyms seats members roles source",
    "scale level lo hi label source",
    "phrase median q1 q3 n source",
};

void LoadSegmentation(const Table& table, SegmentationRules* rules,
                      std::vector<Diagnostic>* errors) {
  for (const Table::Row& row : table.rows) {
    const std::string word(row.fields[0]);
    const std::string_view cls = row.fields[1];
    if (cls == "abbrev") {
      rules->abbreviations.insert(word);
    } else if (cls == "always") {
      rules->always.insert(word);
    } else if (cls == "starter") {
      rules->starters.insert(word);
    } else {
      errors->push_back(
          {Severity::kError, table.path, row.line, 0,
           "unknown class '" + std::string(cls) + "' (expected abbrev, always or starter)"});
    }
  }
}

}  // namespace

std::vector<LexiconFile> BuiltinLexiconFiles() {
  std::vector<LexiconFile> files;
  for (size_t i = 0; i < kEmbeddedFileCount; ++i) {
    const EmbeddedFile& f = kEmbeddedFiles[i];
    files.push_back({std::string("<built-in>/") + f.name,
                     std::string(reinterpret_cast<const char*>(f.data), f.size)});
  }
  return files;
}

std::vector<LexiconFile> GatherLexiconFiles(const LexiconSources& sources,
                                            std::vector<Diagnostic>* errors) {
  std::vector<LexiconFile> files;
  std::vector<std::string> paths;
  if (sources.dir.empty()) {
    files = BuiltinLexiconFiles();
  } else {
    ListTsv(sources.dir, &paths, errors);
  }
  paths.insert(paths.end(), sources.files.begin(), sources.files.end());
  for (const std::string& path : paths) {
    LexiconFile f{path, {}};
    if (!ReadFile(path, &f.text)) {
      errors->push_back(
          {Severity::kError, path, 0, 0, std::string("cannot read: ") + std::strerror(errno)});
      continue;
    }
    files.push_back(std::move(f));
  }
  return files;
}

std::shared_ptr<const Lexicon> Lexicon::Load(const std::vector<LexiconFile>& files,
                                             std::vector<Diagnostic>* errors) {
  auto lexicon = std::make_shared<Lexicon>();
  for (const LexiconFile& file : files) {
    Table table;
    if (!ParseTable(file.path, file.text, &table, errors)) continue;
    const std::string header = Joined(table.columns);
    if (header == kSegmentationHeader) {
      LoadSegmentation(table, &lexicon->segmentation_, errors);
    } else if (std::find(std::begin(kKnownHeaders), std::end(kKnownHeaders), header) ==
               std::end(kKnownHeaders)) {
      std::string expected;
      for (std::string_view h : kKnownHeaders) expected += "\n  " + std::string(h);
      errors->push_back({Severity::kError, table.path, table.header_line, 0,
                         "unknown table header '" + header + "'; expected one of:" + expected});
    }
  }
  return lexicon;
}

}  // namespace claimlens
