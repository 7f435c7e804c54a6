// SPDX-License-Identifier: Apache-2.0
// The shared report vectors (tests/vectors/reports.json, SPEC §9-§10): records as SPEC §6
// key → text, read with fields.hpp exactly as a file would be; the same cases run in pytest.
#include "vectors.hpp"

#include <participatieladder/extensions_file.hpp>

#include "messages/budget_message.hpp"
#include "messages/json.hpp"
#include <participatieladder/fields.hpp>
#include <participatieladder/reports.hpp>

#include <catch2/catch.hpp>


#include <string>
#include <vector>

using namespace pl;
using namespace pl::reports;
using pl::test::field;
using pl::test::has;
using pl::test::Value;

namespace {

std::vector<record> read_records(const Value& list) {
  std::vector<record> out;
  for (const auto& item : list.list_value().values()) {
    record r;
    r.line = out.size() + 1;
    for (const auto& [key, value] : item.struct_value().fields()) {
      const field_info* f = field_by_key(key);
      INFO("record " << r.line << " key " << key);
      REQUIRE(f != nullptr);
      const auto parsed = parse_field(r, *f, value.string_value());
      INFO((parsed ? std::string() : parsed.error().message));
      REQUIRE(parsed.has_value());
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string expected_text(const Value& v) {
  switch (v.kind_case()) {
    case Value::kNumberValue: return std::to_string(static_cast<long long>(v.number_value()));
    case Value::kStringValue: return v.string_value();
    default: return "";  // null: an empty cell
  }
}

}  // namespace

TEST_CASE("report vectors (tests/vectors/reports.json)", "[reports][vectors]") {
  const Value all = pl::test::load_vectors("reports.json");
  const auto& cases = field(all, "cases").list_value().values();
  REQUIRE(cases.size() >= 7);
  for (const auto& c : cases) {
    const std::string name = field(c, "name").string_value();
    SECTION(name) {
      const auto records = read_records(field(c, "records"));
      report_options o;
      o.kind = parse_report_kind(field(c, "table").string_value()).value();
      o.reference = parse_date(field(c, "reference_date").string_value()).value();
      if (has(c, "from")) o.from = parse_date(field(c, "from").string_value()).value();
      if (has(c, "to")) o.to = parse_date(field(c, "to").string_value()).value();
      if (has(c, "by")) {
        o.by = parse_group_by(field(c, "by").string_value()).value();
        o.grouped = true;  // as the pipeline does when a grouping is asked for
      }
      std::optional<extension_set> ext;
      if (has(c, "extensions")) {
        auto set = parse_extension_set_json(pl::test::json_text(field(c, "extensions")), name);
        REQUIRE(set);
        ext = std::move(set).value();
        o.extensions = &*ext;
      }
      std::optional<budget_config> budget;
      if (has(c, "budget")) {  // the JSON mapping of v1.BudgetConfig, as in a budget file
        participatieladder::v1::BudgetConfig m;
        REQUIRE(pl::messages::from_json(pl::test::json_text(field(c, "budget")), m, name));
        auto config = pl::messages::from_message(m, name);
        REQUIRE(config);
        budget = std::move(config).value();
        o.budget = &*budget;
      }
      o.language = lang::en;
      const auto t = report(records, o);
      REQUIRE(t);
      const table& tab = t.value();
      if (has(c, "expected_csv")) CHECK(to_csv(tab) == field(c, "expected_csv").string_value());
      if (has(c, "expected_rows"))
        for (const auto& exp : field(c, "expected_rows").list_value().values()) {
          const auto& key = field(exp, "key").list_value().values();
          const std::vector<cell>* row = nullptr;
          for (const auto& r : tab.rows) {
            bool match = r.size() >= static_cast<std::size_t>(key.size());
            for (int k = 0; match && k < key.size(); ++k) match = to_string(r[static_cast<std::size_t>(k)]) == key[k].string_value();
            if (match) { row = &r; break; }
          }
          std::string key_text;
          for (const auto& k : key) key_text += k.string_value() + "/";
          INFO("row " << key_text);
          REQUIRE(row != nullptr);
          for (const auto& [col, value] : exp.struct_value().fields()) {
            if (col == "key") continue;
            const int ci = tab.column(col);
            INFO("column " << col);
            REQUIRE(ci >= 0);
            CHECK(to_string((*row)[static_cast<std::size_t>(ci)]) == expected_text(value));
          }
        }
      if (has(c, "expected_summary"))
        for (const auto& [key, value] : field(c, "expected_summary").struct_value().fields()) {
          INFO("summary " << key);
          const cell* got = tab.summary_value(key);
          REQUIRE(got != nullptr);
          CHECK(to_string(*got) == expected_text(value));
        }
    }
  }
}
