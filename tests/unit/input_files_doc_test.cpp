// SPDX-License-Identifier: Apache-2.0
// docs/input-files.md lists every SPEC §6 key with exactly the header aliases the readers accept
// (pl::field_table): a key or an alias added to the code and not to the documentation, or the
// other way round, fails here.
#include <participatieladder/fields.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace {

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  const auto e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

/// key → aliases of the "| key | Dutch aliases | values | personal |" table.
std::map<std::string, std::set<std::string>> documented_aliases() {
  std::ifstream in(std::string(PL_SOURCE_DIR) + "/docs/input-files.md");
  REQUIRE(in);
  std::map<std::string, std::set<std::string>> out;
  bool in_table = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("| key | Dutch aliases |", 0) == 0) {
      in_table = true;
      continue;
    }
    if (!in_table) continue;
    if (line.rfind("|", 0) != 0) break;
    if (line.rfind("|---", 0) == 0) continue;
    std::vector<std::string> cells;
    std::stringstream row(line.substr(1));
    for (std::string cell; std::getline(row, cell, '|');) cells.push_back(trimmed(cell));
    REQUIRE(cells.size() >= 2);
    const auto open = cells[0].find('`'), close = cells[0].find('`', open + 1);
    REQUIRE(open != std::string::npos);
    REQUIRE(close != std::string::npos);
    const std::string key = cells[0].substr(open + 1, close - open - 1);
    std::set<std::string> aliases;
    std::stringstream list(cells[1]);
    for (std::string a; std::getline(list, a, ',');)
      if (!trimmed(a).empty()) aliases.insert(trimmed(a));
    out[key] = aliases;
  }
  return out;
}

}  // namespace

TEST_CASE("docs/input-files.md lists every key with exactly the aliases of pl::field_table", "[fields][docs]") {
  const auto documented = documented_aliases();
  std::set<std::string> code_keys;
  for (const auto& f : pl::field_table) {
    const std::string key(f.key);
    code_keys.insert(key);
    INFO("key " << key);
    REQUIRE(documented.count(key) == 1);
    std::set<std::string> aliases;
    for (auto a : f.aliases)
      if (!a.empty()) aliases.insert(std::string(a));
    CHECK(documented.at(key) == aliases);
  }
  for (const auto& [key, aliases] : documented) {
    INFO("documented key " << key);
    CHECK(code_keys.count(key) == 1);
  }
}

TEST_CASE("every alias is found by find_field and names its own key", "[fields][docs]") {
  for (const auto& f : pl::field_table)
    for (auto a : f.aliases)
      if (!a.empty()) {
        const pl::field_info* found = pl::find_field(a);
        REQUIRE(found != nullptr);
        CHECK(found->key == f.key);
      }
}
