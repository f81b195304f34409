// Loading the lexicon set: which files, in which order, and what each table is.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "claimlens/lexicon.h"
#include "compiled.h"
#include "embedded.h"
#include "loader.h"
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
             std::vector<Diagnostic>* problems) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) {
    problems->push_back({Severity::kError, dir, 0, 0,
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
      ListTsv(path, out, problems);
    } else if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tsv") == 0) {
      out->push_back(path);
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

std::vector<LexiconFile> BuiltinSegmentationFiles() {
  std::vector<LexiconFile> files;
  for (LexiconFile& f : BuiltinLexiconFiles()) {
    const std::string_view name = std::string_view(f.path).substr(f.path.rfind('/') + 1);
    if (name == "segmentation.tsv" || name == "settings.tsv" || name == "scales.tsv")
      files.push_back(std::move(f));
  }
  return files;
}

std::vector<LexiconFile> GatherLexiconFiles(const LexiconSources& sources,
                                            std::vector<Diagnostic>* problems) {
  std::vector<LexiconFile> files;
  std::vector<std::string> paths;
  if (sources.dir.empty()) {
    files = BuiltinLexiconFiles();
  } else {
    ListTsv(sources.dir, &paths, problems);
  }
  paths.insert(paths.end(), sources.files.begin(), sources.files.end());
  for (const std::string& path : paths) {
    LexiconFile f{path, {}};
    if (!ReadFile(path, &f.text)) {
      problems->push_back(
          {Severity::kError, path, 0, 0, std::string("cannot read: ") + std::strerror(errno)});
      continue;
    }
    files.push_back(std::move(f));
  }
  return files;
}

Lexicon::Lexicon() : compiled_(std::make_unique<CompiledLexicon>()) {}
Lexicon::~Lexicon() = default;

std::shared_ptr<const Lexicon> Lexicon::Load(const std::vector<LexiconFile>& files,
                                             std::vector<Diagnostic>* problems) {
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  Loader loader(lexicon->compiled_.get(), &lexicon->segmentation_, problems);
  loader.Run(files);
  return lexicon;
}

std::shared_ptr<const Lexicon> Lexicon::Builtin() {
  // Never destroyed: freeing its hundred thousand allocations at exit cost a
  // short run about 6 million instructions, and the process ends anyway.
  static const auto* builtin = new std::shared_ptr<const Lexicon>([] {
    std::vector<Diagnostic> problems;
    return Load(BuiltinLexiconFiles(), &problems);
  }());
  return *builtin;
}

const std::vector<Entry>& Lexicon::entries() const { return compiled_->entries; }

bool Lexicon::active(size_t entry) const { return !compiled_->disabled[entry]; }

std::optional<Band> Lexicon::band(Scale scale, Level level) const {
  if (level == Level::kNone) return std::nullopt;
  return compiled_->bands[static_cast<int>(scale)][static_cast<int>(level)];
}

std::string_view Lexicon::label(Scale scale, Level level) const {
  if (level == Level::kNone) return "";
  return compiled_->labels[static_cast<int>(scale)][static_cast<int>(level)];
}

std::optional<Band> Lexicon::perceived(std::string_view phrase) const {
  auto it = compiled_->perceived.find(std::string(phrase));
  if (it == compiled_->perceived.end()) return std::nullopt;
  return it->second;
}

const Actor* Lexicon::actor(std::string_view id) const {
  auto it = compiled_->actor_index.find(std::string(id));
  return it == compiled_->actor_index.end() ? nullptr : &compiled_->actors[it->second];
}

const std::vector<Actor>& Lexicon::actors() const { return compiled_->actors; }

int Lexicon::setting(std::string_view name) const {
  for (const SettingSpec& s : SettingSpecs()) {
    if (s.name == name) return compiled_->settings.*(s.member);
  }
  return -1;
}

}  // namespace claimlens
