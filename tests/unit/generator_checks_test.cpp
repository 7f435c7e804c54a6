// SPDX-License-Identifier: Apache-2.0
// The generator against the check engine (issue 3, SPEC §8), through the library without files:
// an unplanted caseload gives no finding at all; a planted one gives exactly the planted number
// of findings per check id, each on the planted client and nothing else. (The same through the
// CSV/JSONL files and `pladder check` is tests/cli/generate_check_test.sh.)
#include <catch2/catch.hpp>

#include <participatieladder/checks.hpp>
#include <participatieladder/generator/generator.hpp>

#include <map>
#include <set>

using namespace pl;

namespace {
gen::caseload make(std::size_t clients, std::uint64_t seed, date reference, std::vector<gen::plant_request> plants) {
  gen::options o;
  o.clients = clients;
  o.seed = seed;
  o.reference_date = reference;
  o.plants = std::move(plants);
  auto c = gen::generate(o);
  REQUIRE(c);
  return std::move(c).value();
}
std::string describe(const std::vector<finding>& fs, std::size_t max = 5) {
  std::string out;
  for (std::size_t i = 0; i < fs.size() && i < max; ++i) out += fs[i].check + " " + fs[i].client_id + ": " + fs[i].message_en + "\n";
  return out;
}
}  // namespace

TEST_CASE("generator: an unplanted caseload gives zero findings (SPEC §8, default config)", "[generator][checks]") {
  for (const auto& [seed, ref] : {std::pair<std::uint64_t, date>{1, {2026, 1, 1}}, {77, {2025, 3, 1}}, {2024, {2024, 2, 29}}}) {
    const auto c = make(4000, seed, ref, {});
    const auto findings = run_checks(c.records, ref);
    INFO("seed " << seed << " reference " << ref.iso() << "\n" << describe(findings));
    CHECK(findings.empty());
  }
}

TEST_CASE("generator: every planted case gives exactly one finding of its own id", "[generator][checks]") {
  const date ref{2026, 1, 1};
  std::vector<gen::plant_request> plants;
  int n = 1;
  for (const auto& rule : gen::plant_rules())
    if (rule.id != input_check_id) plants.push_back({std::string(rule.id), n++ % 4 + 1});  // 1–4 each
  for (const std::uint64_t seed : {3ULL, 4ULL, 5ULL}) {
    const auto c = make(2500, seed, ref, plants);
    const auto findings = run_checks(c.records, ref);
    INFO("seed " << seed << "\n" << describe(findings, 40));
    std::map<std::string, int> found;
    std::set<std::pair<std::string, std::string>> found_on;  // (check, client)
    for (const auto& f : findings) {
      ++found[f.check];
      found_on.insert({f.check, f.client_id});
    }
    for (const auto& p : plants) CHECK(found[p.check] == p.count);
    CHECK(findings.size() == c.planted.size());
    for (const auto& p : c.planted) CHECK(found_on.count({p.check, p.client_id}) == 1);
  }
}
