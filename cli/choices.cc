#include "choices.h"

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

CLI::Option* Suggest(CLI::Option* o, std::vector<std::string> values) {
  Registry()[o] = std::move(values);
  return o;
}

const std::vector<std::string>& ChoicesOf(const CLI::Option* o) {
  static const std::vector<std::string> kNone;
  auto it = Registry().find(o);
  return it == Registry().end() ? kNone : it->second;
}

}  // namespace claimlens::cli
