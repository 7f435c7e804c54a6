// SPDX-License-Identifier: Apache-2.0
// The one table of report kinds (reports/report_kinds.hpp, SPEC §10) against the proto enum it
// mirrors, and the names people see that are made from it.
#include <participatieladder/reports/report_kinds.hpp>

#include <participatieladder/v1/report.pb.h>

#include <catch2/catch.hpp>

#include <google/protobuf/descriptor.h>

#include <set>
#include <string>

using namespace pl;
using namespace pl::reports;

namespace {
std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}
}  // namespace

TEST_CASE("report kinds: every proto ReportKind but UNSPECIFIED is one row, REPORT_KIND_<NAME> by number", "[reports]") {
  namespace v1 = participatieladder::v1;
  const auto* e = v1::ReportKind_descriptor();
  std::set<int> numbers;
  for (int i = 0; i < e->value_count(); ++i) {
    const auto* value = e->value(i);
    if (value->number() == v1::REPORT_KIND_UNSPECIFIED) continue;
    int rows = 0;
    for (const auto& k : report_kinds)
      if (k.proto_number == value->number()) {
        ++rows;
        CHECK(value->name() == "REPORT_KIND_" + upper(k.name));
      }
    CHECK(rows == 1);
    numbers.insert(value->number());
  }
  for (const auto& k : report_kinds) CHECK(numbers.count(k.proto_number) == 1);
  CHECK(numbers.size() == std::size(report_kinds));
}

TEST_CASE("report kinds: names, titles and groupings read from the table", "[reports]") {
  std::set<std::string> seen;
  for (const auto& k : report_kinds) {
    CHECK(to_string(k.kind) == k.name);
    CHECK(parse_report_kind(k.name).value() == k.kind);
    CHECK(groupable(k.kind) == k.groupable);
    // the XLSX sheet name: at most 31 characters, none of []:*?/\ (Excel)
    for (const lang l : {lang::nl, lang::en}) {
      CHECK(!k.title(l).empty());
      CHECK(k.title(l).size() <= 31);
      CHECK(k.title(l).find_first_of("[]:*?/\\") == std::string_view::npos);
    }
    for (const auto other : k.other_names)
      if (!other.empty()) CHECK(seen.insert(std::string(other)).second);
    CHECK(seen.insert(std::string(k.name)).second);
  }
  CHECK(report_kind_list(" or ") == "placement, target, caseload, comparison, movement, kpi or budget");
  CHECK(report_kind_list(", ", true) == "caseload, comparison, movement");
  const auto unknown = parse_report_kind("pie");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().value() == errc::invalid_argument);
  CHECK(unknown.error().message == "unknown report table 'pie' (expected placement, target, caseload, comparison, movement, kpi or budget)");
}
