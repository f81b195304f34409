#include "claimlens/input.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "readers.h"

namespace claimlens {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Errno() { return std::strerror(errno); }

// Files from this size on are mapped, not read: no copy and no memory of our
// own for a large file; a small one is cheaper to read (a mapping costs two
// system calls and a page fault a page, and a directory of short articles
// maps thousands).
constexpr uint64_t kMapFromBytes = 1 << 20;

struct Mapping {
  void* data = nullptr;
  size_t size = 0;
  ~Mapping() {
    if (data != nullptr) munmap(data, size);
  }
};

// Reads `fd` to its end, straight into `out`; `expected` is the size a regular
// file had when asked (0 for a pipe), one byte more is asked for so that a file
// that grew since is read on to its end.
bool ReadAll(int fd, size_t expected, std::string* out) {
  out->resize(expected + 1);
  size_t have = 0;
  for (;;) {
    if (have == out->size()) out->resize(std::max<size_t>(2 * have, 1 << 16));
    const ssize_t n = read(fd, out->data() + have, out->size() - have);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    have += static_cast<size_t>(n);
  }
  out->resize(have);
  return true;
}

std::string DirJoin(const std::string& dir, const std::string& name) {
  return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

}  // namespace

InputReader::InputReader(std::vector<std::string> paths, InputOptions options,
                         DiagnosticHandler diagnostics)
    : options_(options), diagnostics_(std::move(diagnostics)), args_(std::move(paths)) {
  if (args_.empty()) args_.push_back("-");
}

InputReader::~InputReader() {
  if (stream_owned_ && stream_ != nullptr) std::fclose(stream_);
  std::free(line_buf_);
}

void InputReader::Report(Severity severity, const std::string& path, uint64_t line, uint64_t col,
                         std::string message) {
  if (diagnostics_)
    diagnostics_(Diagnostic{severity, SanitizeUtf8(path), line, col, std::move(message)});
}

// Adds `path` to the queue; directories are walked in sorted order. A directory
// reached again through a symbolic link (a loop) is reported and not re-entered.
void InputReader::Expand(const std::string& path, bool named) {
  static thread_local std::set<std::pair<dev_t, ino_t>> ancestors;
  if (path == "-") {
    queue_.push_back(path);
    return;
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    Report(Severity::kError, path, 0, 0, "cannot read: " + Errno());
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    if (named || S_ISREG(st.st_mode)) {
      queue_.push_back(path);
    } else {
      Report(Severity::kWarning, path, 0, 0, "not a regular file; skipped");
    }
    return;
  }
  const auto key = std::make_pair(st.st_dev, st.st_ino);
  if (ancestors.count(key)) {
    Report(Severity::kWarning, path, 0, 0, "directory loop through a symbolic link; not followed");
    return;
  }
  DIR* dir = opendir(path.c_str());
  if (dir == nullptr) {
    Report(Severity::kError, path, 0, 0, "cannot read directory: " + Errno());
    return;
  }
  std::vector<std::string> names;
  while (dirent* e = readdir(dir)) {
    const std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    names.push_back(name);
  }
  closedir(dir);
  std::sort(names.begin(), names.end());
  ancestors.insert(key);
  for (const std::string& name : names) {
    const std::string child = DirJoin(path, name);
    struct stat cst;
    if (stat(child.c_str(), &cst) != 0) {
      if (lstat(child.c_str(), &cst) == 0 && S_ISLNK(cst.st_mode)) {
        Report(Severity::kWarning, child, 0, 0, "dangling symbolic link; skipped");
      } else {
        Report(Severity::kError, child, 0, 0, "cannot read: " + Errno());
      }
      continue;
    }
    if (S_ISDIR(cst.st_mode) || EndsWith(name, ".txt") || EndsWith(name, ".md") ||
        EndsWith(name, ".markdown") || EndsWith(name, ".html") || EndsWith(name, ".htm") ||
        EndsWith(name, ".pdf"))
      Expand(child, false);
  }
  ancestors.erase(key);
}

std::optional<Document> InputReader::Next() {
  for (;;) {
    // Arguments are expanded when reached, so messages come in argument order.
    while (next_ >= queue_.size() && next_arg_ < args_.size()) Expand(args_[next_arg_++], true);
    if (stream_ != nullptr) {
      if (auto doc = NextJsonLine()) return doc;
      continue;  // NextJsonLine closes the stream at its end
    }
    if (next_ >= queue_.size()) return std::nullopt;
    const std::string path = queue_[next_++];
    if (options_.jsonl) {
      if (path == "-") {
        stream_ = stdin;
        stream_owned_ = false;
      } else {
        stream_ = std::fopen(path.c_str(), "rb");
        stream_owned_ = true;
        if (stream_ == nullptr) {
          Report(Severity::kError, path, 0, 0, "cannot read: " + Errno());
          continue;
        }
      }
      stream_path_ = path;
      stream_line_ = 0;
      continue;
    }
    if (auto doc = ReadWhole(path)) return doc;
  }
}

std::optional<Document> InputReader::ReadWhole(const std::string& path) {
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    Report(Severity::kError, path, 0, 0, "cannot read: " + Errno());
    return std::nullopt;
  }
  struct stat st;
  const bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  std::optional<Document> doc;
  if (regular && static_cast<uint64_t>(st.st_size) > kMaxDocumentBytes) {
    Report(Severity::kError, path, 0, 0, "file too large (over 2 GiB); skipped");
  } else if (regular && static_cast<uint64_t>(st.st_size) >= kMapFromBytes) {
    auto map = std::make_shared<Mapping>();
    map->size = static_cast<size_t>(st.st_size);
    map->data = mmap(nullptr, map->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map->data == MAP_FAILED) {
      map->data = nullptr;
      Report(Severity::kError, path, 0, 0, "cannot read: " + Errno());
    } else {
      madvise(map->data, map->size, MADV_SEQUENTIAL);
      std::string_view bytes(static_cast<const char*>(map->data), map->size);
      doc.emplace(path, bytes, std::move(map));
    }
  } else {
    std::string bytes;
    if (!ReadAll(fd, regular ? static_cast<size_t>(st.st_size) : 0, &bytes)) {
      Report(Severity::kError, path, 0, 0, "cannot read: " + Errno());
    } else if (bytes.size() > kMaxDocumentBytes) {
      Report(Severity::kError, path, 0, 0, "input too large (over 2 GiB); skipped");
    } else {
      doc = Document::FromString(path, std::move(bytes));
    }
  }
  if (!is_stdin) close(fd);
  if (!doc) return std::nullopt;
  if (doc->bytes().size() == doc->info().body_start) {
    Report(Severity::kError, path, 0, 0, "empty input");
    return std::nullopt;
  }
  const DocumentType type = options_.from.value_or(DetectType(path, doc->bytes()));
  return Prepared(std::move(*doc), type, 0);
}

namespace {

// The year a JSONL document was written: a "year" field (a number or a string
// of digits) or the first four digits of an ISO "date"; 0 when neither says.
int YearOf(const nlohmann::json& record) {
  auto digits = [](const std::string& s) {
    if (s.size() < 4) return 0;
    int y = 0;
    for (size_t i = 0; i < 4; ++i) {
      if (s[i] < '0' || s[i] > '9') return 0;
      y = y * 10 + (s[i] - '0');
    }
    return (s.size() == 4 || s[4] == '-') ? y : 0;
  };
  const auto year = record.find("year");
  if (year != record.end()) {
    if (year->is_number_integer()) {
      const auto y = year->get<int64_t>();
      return y > 0 && y < 10000 ? static_cast<int>(y) : 0;
    }
    if (year->is_string()) return digits(year->get<std::string>());
  }
  const auto date = record.find("date");
  if (date != record.end() && date->is_string()) return digits(date->get<std::string>());
  return 0;
}

}  // namespace

JsonDocument ParseJsonDocument(std::string_view line, size_t max_id_bytes) {
  using nlohmann::json;
  JsonDocument out;
  auto fail = [&](uint64_t col, std::string message) {
    out.col = col;
    out.error = std::move(message);
    return std::move(out);
  };
  json record;
  try {
    record = json::parse(line.begin(), line.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    const size_t colon = what.find(": ", what.find("parse error"));
    return fail(e.byte,
                "bad JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)));
  } catch (const json::exception& e) {  // e.g. a number too large for a double
    std::string what = e.what();
    const size_t bracket = what.find("] ");
    return fail(0, "bad JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)));
  }
  if (!record.is_object()) return fail(0, "expected a JSON object {\"id\", \"text\"}");
  const auto id = record.find("id");
  const auto text = record.find("text");
  if (id == record.end()) return fail(0, "missing \"id\"");
  if (text == record.end()) return fail(0, "missing \"text\"");
  std::string id_string;
  if (id->is_string()) {
    id_string = id->get<std::string>();
  } else if (id->is_number_integer()) {
    id_string = id->dump();
  } else {
    return fail(0, "\"id\" must be a string");
  }
  if (id_string.size() > max_id_bytes) {
    return fail(0, "\"id\" is longer than " + std::to_string(max_id_bytes) + " bytes");
  }
  if (!text->is_string()) return fail(0, "\"text\" must be a string");
  std::string body = text->get<std::string>();
  if (body.size() > kMaxDocumentBytes) return fail(0, "\"text\" is too large (over 2 GiB)");
  out.doc.emplace(Document::FromString(std::move(id_string), std::move(body)));
  out.doc->set_year(YearOf(record));
  // Scalar metadata, for `stats --group FIELD` and `compare --group FIELD=VALUE`.
  for (const auto& [key, value] : record.items()) {
    if (key == "id" || key == "text") continue;
    if (value.is_string()) {
      out.doc->add_field(key, value.get<std::string>());
    } else if (value.is_number() || value.is_boolean()) {
      out.doc->add_field(key, value.dump());
    }
  }
  return out;
}

std::optional<Document> InputReader::NextJsonLine() {
  for (;;) {
    const ssize_t n = getline(&line_buf_, &line_cap_, stream_);
    if (n < 0) {
      if (std::ferror(stream_))
        Report(Severity::kError, stream_path_, 0, 0, "read error: " + Errno());
      if (stream_owned_) std::fclose(stream_);
      stream_ = nullptr;
      return std::nullopt;
    }
    ++stream_line_;
    std::string_view line(line_buf_, static_cast<size_t>(n));
    if (stream_line_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    JsonDocument parsed = ParseJsonDocument(line, options_.max_id_bytes);
    if (!parsed.doc) {
      Report(Severity::kError, stream_path_, stream_line_, parsed.col,
             parsed.error + "; line skipped");
      continue;
    }
    if (auto doc = Prepared(std::move(*parsed.doc), options_.from.value_or(DocumentType::kText),
                            stream_line_))
      return doc;
  }
}

}  // namespace claimlens
