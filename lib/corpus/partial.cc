// Partials: written by hand (fast, and in one fixed field order), read with
// nlohmann::json, which keeps integers exact up to 2^64 - 1.
#include "claimlens/partial.h"

#include <nlohmann/json.hpp>

#include "claimlens/records.h"

namespace claimlens {
namespace {

// Ordered: a header's options read back in the order written.
using json = nlohmann::ordered_json;

void Key(std::string_view name, std::string* out) {
  if (out->back() != '{') *out += ',';
  *out += '"';
  *out += name;
  *out += "\":";
}
void Uint(std::string_view name, uint64_t v, std::string* out) {
  Key(name, out);
  *out += std::to_string(v);
}
void Str(std::string_view name, std::string_view v, std::string* out) {
  Key(name, out);
  AppendJsonString(v, out);
}
template <size_t N>
void List(std::string_view name, const std::array<uint64_t, N>& v, std::string* out) {
  Key(name, out);
  *out += '[';
  for (size_t i = 0; i < N; ++i) {
    if (i) *out += ',';
    *out += std::to_string(v[i]);
  }
  *out += ']';
}

// "n":{...},"actors":{...}: a tally's counts.
void AppendTally(const Tally& t, std::string* out) {
  Key("n", out);
  *out += '{';
  Uint("documents", t.documents, out);
  Uint("words", t.words, out);
  Uint("sentences", t.sentences, out);
  Uint("hedges_author", t.hedges[0], out);
  Uint("hedges_reported", t.hedges[1], out);
  Uint("boosters_author", t.boosters[0], out);
  Uint("boosters_reported", t.boosters[1], out);
  Uint("claims", t.claims, out);
  Uint("uncertain_claims", t.uncertain_claims, out);
  List("levels", t.levels, out);
  List("confidence", t.confidence, out);
  List("holder_types", t.holder_types, out);
  *out += '}';
  if (t.actors.empty()) return;
  Key("actors", out);
  *out += '{';
  for (const auto& [id, a] : t.actors) {
    if (out->back() != '{') *out += ',';
    AppendJsonString(id, out);
    *out += ":{";
    Str("name", a.name, out);
    Str("type", a.type, out);
    Uint("mentions", a.mentions, out);
    Uint("evaluated", a.evaluated, out);
    Uint("positive", a.positive, out);
    Uint("negative", a.negative, out);
    *out += '}';
  }
  *out += '}';
}

// Reading: each throws Bad with what is wrong.
struct Bad {
  std::string what;
};

uint64_t Count(const json& o, const char* name) {
  const auto it = o.find(name);
  if (it == o.end()) throw Bad{std::string("missing \"") + name + "\""};
  if (!it->is_number_unsigned()) throw Bad{std::string("\"") + name + "\" is not a count"};
  return it->get<uint64_t>();
}
std::string String(const json& o, const char* name) {
  const auto it = o.find(name);
  if (it == o.end() || !it->is_string())
    throw Bad{std::string("\"") + name + "\" is missing or not a string"};
  return it->get<std::string>();
}
template <size_t N>
void ReadList(const json& o, const char* name, std::array<uint64_t, N>* v) {
  const auto it = o.find(name);
  if (it == o.end() || !it->is_array() || it->size() != N)
    throw Bad{std::string("\"") + name + "\" is not a list of " + std::to_string(N) + " counts"};
  for (size_t i = 0; i < N; ++i) {
    if (!(*it)[i].is_number_unsigned())
      throw Bad{std::string("\"") + name + "\" holds a non-count"};
    (*v)[i] = (*it)[i].get<uint64_t>();
  }
}

Tally ReadTally(const json& line) {
  const auto n = line.find("n");
  if (n == line.end() || !n->is_object()) throw Bad{"missing the counts (\"n\")"};
  Tally t;
  t.documents = Count(*n, "documents");
  t.words = Count(*n, "words");
  t.sentences = Count(*n, "sentences");
  t.hedges[0] = Count(*n, "hedges_author");
  t.hedges[1] = Count(*n, "hedges_reported");
  t.boosters[0] = Count(*n, "boosters_author");
  t.boosters[1] = Count(*n, "boosters_reported");
  t.claims = Count(*n, "claims");
  t.uncertain_claims = Count(*n, "uncertain_claims");
  ReadList(*n, "levels", &t.levels);
  ReadList(*n, "confidence", &t.confidence);
  ReadList(*n, "holder_types", &t.holder_types);
  const auto actors = line.find("actors");
  if (actors == line.end()) return t;
  if (!actors->is_object()) throw Bad{"\"actors\" is not an object"};
  for (const auto& [id, a] : actors->items()) {
    if (!a.is_object()) throw Bad{"actor \"" + id + "\" is not an object"};
    ActorTally& at = t.actors[id];
    at.name = String(a, "name");
    at.type = String(a, "type");
    at.mentions = Count(a, "mentions");
    at.evaluated = Count(a, "evaluated");
    at.positive = Count(a, "positive");
    at.negative = Count(a, "negative");
  }
  return t;
}

PartialLine Read(const json& line) {
  if (!line.is_object()) throw Bad{"not a claimlens partial (a line is not a JSON object)"};
  PartialLine out;
  if (line.contains("claimlens_partial")) {
    out.kind = PartialLine::Kind::kHeader;
    const auto format = line["claimlens_partial"];
    if (!format.is_number_unsigned() || format.get<uint64_t>() != kPartialFormat) {
      throw Bad{"a partial of format " + format.dump() + "; this program reads format " +
                std::to_string(kPartialFormat)};
    }
    out.header.command = String(line, "command");
    out.header.version = String(line, "version");
    const auto options = line.find("options");
    if (options == line.end() || !options->is_object()) throw Bad{"missing \"options\""};
    for (const auto& [name, value] : options->items()) {
      if (!value.is_string()) throw Bad{"option \"" + name + "\" is not a string"};
      out.header.options.emplace_back(name, value.get<std::string>());
    }
  } else if (line.contains("doc")) {
    out.kind = PartialLine::Kind::kDoc;
    out.doc.doc = String(line, "doc");
    out.doc.part = Count(line, "part");
    out.doc.seq = Count(line, "seq");
    out.doc.tally = ReadTally(line);
  } else if (line.contains("group")) {
    out.kind = PartialLine::Kind::kGroup;
    out.group.group = String(line, "group");
    out.group.tally = ReadTally(line);
  } else if (line.contains("side")) {
    out.kind = PartialLine::Kind::kSide;
    const std::string side = String(line, "side");
    if (side != "a" && side != "b") throw Bad{"\"side\" is neither \"a\" nor \"b\""};
    out.side = side == "a" ? 0 : 1;
    out.side_size.documents = Count(line, "documents");
    out.side_size.words = Count(line, "words");
  } else if (line.contains("type")) {
    out.kind = PartialLine::Kind::kItem;
    const auto type = ParseItemType(String(line, "type"));
    if (!type) throw Bad{"unknown item type " + line["type"].dump()};
    out.item = ItemKey{*type, String(line, "item")};
    out.count_a = Count(line, "a");
    out.count_b = Count(line, "b");
  } else {
    throw Bad{"not a claimlens partial (a line of no known kind)"};
  }
  return out;
}

}  // namespace

std::string PartialHeaderLine(const PartialHeader& h) {
  std::string out = "{";
  Uint("claimlens_partial", kPartialFormat, &out);
  Str("version", h.version, &out);
  Str("command", h.command, &out);
  Key("options", &out);
  out += '{';
  for (const auto& [name, value] : h.options) Str(name, value, &out);
  return out + "}}\n";
}

std::string PartialDocLine(const PartialDoc& d) {
  std::string out = "{";
  Str("doc", d.doc, &out);
  Uint("part", d.part, &out);
  Uint("seq", d.seq, &out);
  AppendTally(d.tally, &out);
  return out + "}\n";
}

std::string PartialGroupLine(const PartialGroup& g) {
  std::string out = "{";
  Str("group", g.group, &out);
  AppendTally(g.tally, &out);
  return out + "}\n";
}

std::string PartialSideLine(int side, const ItemTally& t) {
  std::string out = "{";
  Str("side", side == 0 ? "a" : "b", &out);
  Uint("documents", t.documents, &out);
  Uint("words", t.words, &out);
  return out + "}\n";
}

std::string PartialItemLine(const ItemKey& key, uint64_t a, uint64_t b) {
  std::string out = "{";
  Str("type", ItemTypeName(key.type), &out);
  Str("item", key.item, &out);
  Uint("a", a, &out);
  Uint("b", b, &out);
  return out + "}\n";
}

Result<PartialLine> ParsePartialLine(std::string_view text) {
  auto fail = [](std::string message) {
    return Diagnostic{Severity::kError, "", 0, 0, std::move(message)};
  };
  json line;
  try {
    line = json::parse(text.begin(), text.end());
  } catch (const json::exception&) {
    return fail("not a claimlens partial (bad JSON)");
  }
  try {
    return Read(line);
  } catch (const Bad& bad) {
    return fail(bad.what);
  } catch (const json::exception& e) {
    return fail(std::string("not a claimlens partial (") + e.what() + ")");
  }
}

std::string DescribeOptions(const PartialHeader& header) {
  std::string out;
  for (const auto& [name, value] : header.options) {
    if (!out.empty()) out += ", ";
    out += name + " " + value;
  }
  return out.empty() ? "no options" : out;
}

}  // namespace claimlens
