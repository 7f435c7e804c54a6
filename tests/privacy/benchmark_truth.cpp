// SPDX-License-Identifier: Apache-2.0
// Ground truth for the attacker tests (issue 21): the TRUE counts of a publication's tables — what
// the protection hides — as JSON, so a test can say whether an attacker pinned a true value. A
// test tool only: never installed, never part of the CLI.
// Usage: pl_benchmark_truth FILE MUNICIPALITY KEYFILE REFERENCE_DATE
#include "pipeline/record_set.hpp"
#include "pipeline/reference_date.hpp"

#include <participatieladder/benchmark/publication.hpp>
#include <participatieladder/benchmark/pseudonym.hpp>

#include <iostream>
#include <string>

namespace {
std::string list(const std::vector<std::optional<std::size_t>>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + std::to_string(v[i].value_or(0));
  return s + "]";
}
std::string names(const std::vector<std::string>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ",\"" : "\"") + v[i] + "\"";
  return s + "]";
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: pl_benchmark_truth FILE MUNICIPALITY KEYFILE REFERENCE_DATE\n";
    return 2;
  }
  auto set = pl::pipeline::read_path(argv[1]);
  if (!set) return std::cerr << set.error().message << '\n', 2;
  auto key = pl::benchmark::read_key_file(argv[3]);
  if (!key) return std::cerr << key.error().message << '\n', 2;
  auto ref = pl::pipeline::resolve_reference_date(argv[4], set.value().records, "reference_date");
  if (!ref) return std::cerr << ref.error().message << '\n', 2;
  pl::benchmark::publication_options o;
  o.municipality = argv[2];
  o.reference = ref.value().value();
  const auto& k = key.value().key;
  const std::string m = argv[2];
  o.record_key = [&](std::string_view id) { return pl::benchmark::record_key(k, m, id); };
  const auto t = pl::benchmark::make_keyed_tables(set.value().records, o);
  std::cout << "{\"clients\":" << t.clients << ",\"records\":" << t.records << ",\"converted\":" << t.converted << ",\"tables\":[";
  for (std::size_t n = 0; n < t.grids.size(); ++n) {
    const auto& g = t.grids[n].counts;
    std::cout << (n ? "," : "") << "{\"name\":\"" << g.name << "\",\"rows\":" << names(g.rows) << ",\"columns\":" << names(g.columns) << ",\"cells\":[";
    for (std::size_t i = 0; i < g.rows.size(); ++i) std::cout << (i ? "," : "") << list(g.cells[i]);
    std::cout << "],\"row_totals\":" << list(g.row_totals) << ",\"column_totals\":" << list(g.column_totals)
              << ",\"grand_total\":" << g.grand_total.value_or(0) << "}";
  }
  std::cout << "]}\n";
  return 0;
}
