#include "choices.h"

#include <algorithm>
#include <map>

namespace claimlens::cli {
namespace {
std::map<const CLI::Option*, std::vector<std::string>>& Registry() {
  static std::map<const CLI::Option*, std::vector<std::string>> registry;
  return registry;
}
}  // namespace

CLI::Option* Choose(CLI::Option* o, std::vector<std::string> values) {
  o->check(CLI::IsMember(values));
  return Suggest(o, std::move(values));
}

CLI::Option* ChooseEach(CLI::Option* o, std::vector<std::string> values) {
  std::string set;
  for (const std::string& v : values) set += (set.empty() ? "" : ",") + v;
  o->check(CLI::Validator(
      [values, set](std::string& given) {
        size_t start = 0;
        for (;;) {
          const size_t comma = given.find(',', start);
          const std::string piece = given.substr(start, comma - start);
          if (!piece.empty() && std::find(values.begin(), values.end(), piece) == values.end())
            return piece + " not in {" + set + "}";
          if (comma == std::string::npos) return std::string();
          start = comma + 1;
        }
      },
      "", "each of {" + set + "}"));
  return Suggest(o, std::move(values));
}

CLI::Option* Suggest(CLI::Option* o, std::vector<std::string> values) {
  Registry()[o] = std::move(values);
  return o;
}

const std::vector<std::string>& ChoicesOf(const CLI::Option* o) {
  static const std::vector<std::string> kNone;
  auto it = Registry().find(o);
  return it == Registry().end() ? kNone : it->second;
}

std::vector<std::string> Strings(const std::vector<std::string_view>& values) {
  return {values.begin(), values.end()};
}

std::string Listed(const std::vector<std::string>& values) {
  std::string s;
  for (const std::string& v : values) s += (s.empty() ? "" : ", ") + v;
  return s;
}

void ForgetChoices() { Registry().clear(); }

}  // namespace claimlens::cli
