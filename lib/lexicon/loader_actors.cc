// Loading actor tables: one actor a row, its names into the trie, and the
// checks that members and affiliations name known actors.
#include <algorithm>
#include <charconv>
#include <set>

#include "loader.h"

namespace claimlens {
namespace {

// Splits an actor table's alias list on the top-level bars only: "[the] Kremlin|Moscow".
std::vector<std::string_view> SplitAliases(std::string_view s) {
  std::vector<std::string_view> out;
  if (s == "-") return out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || (s[i] == '|' && depth == 0)) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    } else if (s[i] == '(' || s[i] == '[') {
      ++depth;
    } else if (s[i] == ')' || s[i] == ']') {
      --depth;
    }
  }
  return out;
}

bool ParseYear(std::string_view s, int* out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && *out >= 1800 && *out <= 2200;
}

// "president@USA:2017-2021" or "secretary-general@NATO:2024-".
bool ParseRole(std::string_view s, Actor::Role* role) {
  const size_t at = s.find('@');
  const size_t colon = s.find(':', at == std::string_view::npos ? 0 : at);
  if (at == std::string_view::npos || colon == std::string_view::npos || at == 0) return false;
  role->role = std::string(s.substr(0, at));
  role->affiliation = std::string(s.substr(at + 1, colon - at - 1));
  const std::string_view years = s.substr(colon + 1);
  const size_t dash = years.find('-');
  if (dash == std::string_view::npos) {
    if (!ParseYear(years, &role->from)) return false;
    role->to = role->from;
    return true;
  }
  if (!ParseYear(years.substr(0, dash), &role->from)) return false;
  const std::string_view to = years.substr(dash + 1);
  role->to = 0;
  return to.empty() || (ParseYear(to, &role->to) && role->to >= role->from);
}

}  // namespace

void Loader::LoadActors(const Table& t) {
  const std::vector<std::string_view> types = ActorTypeNames();
  for (const Table::Row& row : t.rows) {
    const Table::Row& f = row;
    Actor a;
    a.id = std::string(f[0]);
    a.type = std::string(f[1]);
    a.name = std::string(f[2]);
    a.file = t.path;
    a.line = row.line;
    if (std::find(types.begin(), types.end(), f[1]) == types.end()) {
      Error(t, row.line, "unknown type '" + a.type + "' (expected " + Join(types, ", ") + ")");
      continue;
    }
    if (out_->actor_index.count(a.id)) {
      const Actor& other = out_->actors[out_->actor_index[a.id]];
      if (other.file == a.file) {
        Error(
            t, row.line,
            "duplicate actor id '" + a.id + "' (also on line " + std::to_string(other.line) + ")");
        continue;
      }
    }
    for (std::string_view m : SplitBars(f[6])) a.members.emplace_back(m);
    bool ok = true;
    for (std::string_view r : SplitBars(f[7])) {
      Actor::Role role;
      if (!ParseRole(r, &role)) {
        Error(t, row.line,
              "bad role '" + std::string(r) +
                  "' (expected role@ID:YEAR-YEAR, role@ID:YEAR- or role@ID:YEAR)");
        ok = false;
        break;
      }
      a.roles.push_back(role);
    }
    if (!ok) continue;
    auto add = [&](std::string_view list, std::string_view cls) {
      for (std::string_view alias : SplitAliases(list)) {
        Entry e;
        e.kind = EntryKind::kActor;
        e.cls = std::string(cls);
        e.value = a.id;
        e.ambiguous = !alias.empty() && alias[0] == '?';
        if (e.ambiguous) alias.remove_prefix(1);
        e.phrase = std::string(alias);
        e.source = std::string(f[8]);
        e.file = t.path;
        e.line = row.line;
        AddPhrase(t, row.line, e, e.phrase);
      }
    };
    add(f[3], "alias");
    add(f[4], "demonym");
    add(f[5], "seat");
    if (out_->actor_index.count(a.id)) {
      out_->actors[out_->actor_index[a.id]] = std::move(a);  // a later file redefines the actor
    } else {
      out_->actor_index.emplace(a.id, out_->actors.size());
      out_->actors.push_back(std::move(a));
    }
  }
}

void Loader::CheckActors() {
  // Members and affiliations must name known actors; an actor that names an
  // unknown one is rejected as a whole.
  std::vector<Actor> kept;
  std::set<std::string> rejected;
  for (Actor& a : out_->actors) {
    bool ok = true;
    for (const std::string& m : a.members) {
      if (out_->actor_index.count(m)) continue;
      Problem(Severity::kError, a.file, a.line, "unknown member id '" + m + "'");
      ok = false;
    }
    for (const Actor::Role& r : a.roles) {
      if (out_->actor_index.count(r.affiliation)) continue;
      Problem(Severity::kError, a.file, a.line, "unknown affiliation '" + r.affiliation + "'");
      ok = false;
    }
    if (ok) {
      kept.push_back(std::move(a));
    } else {
      rejected.insert(a.id);
    }
  }
  out_->actors = std::move(kept);
  out_->actor_index.clear();
  for (size_t i = 0; i < out_->actors.size(); ++i) out_->actor_index.emplace(out_->actors[i].id, i);
  // A name of an unknown (or rejected) actor is an error, and a rejected row
  // leaves no trace: the matcher never sees its entries.
  for (size_t i = 0; i < out_->entries.size(); ++i) {
    const Entry& e = out_->entries[i];
    if (e.kind != EntryKind::kActor || out_->actor_index.count(e.value)) continue;
    if (out_->disabled[i]) continue;
    out_->disabled[i] = true;
    if (rejected.count(e.value)) continue;  // reported above
    Problem(Severity::kError, e.file, e.line, "unknown actor id '" + e.value + "'");
  }
}

}  // namespace claimlens
