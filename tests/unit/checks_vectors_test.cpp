// SPDX-License-Identifier: Apache-2.0
// Runs tests/vectors/checks.json (SPEC §8): for every case exactly the expected findings — no
// more, no fewer, in engine order — and every catalogue id has a firing and a not-firing case.
// Records are read from their file spelling with the SPEC §6 field table (fields.hpp).
#include <catch2/catch.hpp>

#include "vectors.hpp"

#include <participatieladder/checks.hpp>
#include <participatieladder/config/check_config_json.hpp>
#include <participatieladder/extensions_file.hpp>
#include <participatieladder/fields.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace pl;
using pl::test::field;
using pl::test::has;
using google::protobuf::Value;

namespace {

/// base_record overlaid with the case's record; read in SPEC §6 table order so the result does not
/// depend on the order of keys in the JSON object. Unknown keys fail the test.
record read_record(const Value& base, const Value& overlay, std::size_t index) {
  std::map<std::string, std::string> values;
  for (const auto* v : {&base, &overlay})
    for (const auto& [key, value] : v->struct_value().fields()) {
      INFO("record " << index << " key " << key);
      REQUIRE(field_by_key(key) != nullptr);
      REQUIRE(value.kind_case() == Value::kStringValue);
      values[key] = value.string_value();
    }
  record r;
  for (const auto& f : field_table) {
    const auto it = values.find(std::string(f.key));
    if (it == values.end()) continue;
    const auto parsed = parse_field(r, f, it->second);
    INFO("record " << index << " key " << f.key << ": " << (parsed ? "" : parsed.error().message));
    REQUIRE(parsed);
  }
  return r;
}

check_config read_config(const Value& c) {
  auto parsed = parse_check_config(pl::test::json_text(c), "vector config");
  INFO((parsed ? "" : parsed.error().message));
  REQUIRE(parsed);
  return parsed.value();
}

extension_set read_extensions(const Value& e) {
  auto parsed = parse_extension_set_json(pl::test::json_text(e), "vector extensions");
  INFO((parsed ? "" : parsed.error().message));
  REQUIRE(parsed);
  return parsed.value();
}

std::string describe(const finding& f) {
  std::ostringstream s;
  s << f.check << " " << to_string(f.severity) << " client '" << f.client_id << "' record " << f.record_index << " [";
  for (const auto& k : f.fields) s << k << ' ';
  s << "] " << f.message_en;
  return s.str();
}

}  // namespace

TEST_CASE("check vectors: exactly the expected findings (SPEC §8)", "[vectors][checks]") {
  const auto doc = pl::test::load_vectors("checks.json");
  const Value& base = field(doc, "base_record");
  const auto& cases = field(doc, "cases").list_value().values();
  REQUIRE(cases.size() >= 42);
  for (const auto& c : cases) {
    const std::string name = field(c, "name").string_value();
    INFO("case: " << name);
    std::vector<record> records;
    for (const auto& r : field(c, "records").list_value().values()) records.push_back(read_record(base, r, records.size()));
    const auto reference = parse_date(field(c, "reference_date").string_value());
    REQUIRE(reference);
    check_config config = has(c, "config") ? read_config(field(c, "config")) : check_config{};
    std::optional<extension_set> extensions;  // SPEC §9: PL014 against a municipality's sub-steps
    if (has(c, "extensions")) {
      extensions = read_extensions(field(c, "extensions"));
      config.extensions = &*extensions;
    }
    const auto got = run_checks(records, reference.value(), config);
    const auto& expected = field(c, "expected").list_value().values();
    std::string all;
    for (const auto& f : got) all += describe(f) + "\n";
    INFO("findings:\n" << all);
    REQUIRE(got.size() == static_cast<std::size_t>(expected.size()));
    for (std::size_t i = 0; i < got.size(); ++i) {
      const Value& e = expected[static_cast<int>(i)];
      INFO("finding " << i << ": " << describe(got[i]));
      CHECK(got[i].check == field(e, "check").string_value());
      CHECK(got[i].client_id == field(e, "client_id").string_value());
      CHECK(to_string(got[i].severity) == field(e, "severity").string_value());
      if (has(e, "fields")) {
        std::vector<std::string> fields;
        for (const auto& k : field(e, "fields").list_value().values()) fields.push_back(k.string_value());
        CHECK(got[i].fields == fields);
      }
      if (has(e, "record")) CHECK(got[i].record_index == static_cast<std::size_t>(field(e, "record").number_value()));
      CHECK_FALSE(got[i].message_nl.empty());
      CHECK_FALSE(got[i].message_en.empty());
    }
  }
}

TEST_CASE("check vectors: every check has a firing and a not-firing case (SPEC §8)", "[vectors][checks]") {
  const auto doc = pl::test::load_vectors("checks.json");
  std::set<std::string> firing, not_firing;
  for (const auto& c : field(doc, "cases").list_value().values()) {
    std::set<std::string> found;
    for (const auto& e : field(c, "expected").list_value().values()) found.insert(field(e, "check").string_value());
    for (const auto& a : field(c, "about").list_value().values()) {
      INFO(field(c, "name").string_value() << " is about " << a.string_value());
      REQUIRE(find_check(a.string_value()) != nullptr);
      (found.count(a.string_value()) ? firing : not_firing).insert(a.string_value());
    }
  }
  for (const auto& c : check_catalogue) {
    INFO(c.id);
    CHECK(firing.count(std::string(c.id)) == 1);
    CHECK(not_firing.count(std::string(c.id)) == 1);
  }
}

TEST_CASE("check vectors: every variant of a split check fires in some case", "[vectors][checks]") {
  const auto doc = pl::test::load_vectors("checks.json");
  std::set<std::pair<std::string, std::string>> seen;  // (check, first field)
  for (const auto& c : field(doc, "cases").list_value().values())
    for (const auto& e : field(c, "expected").list_value().values())
      if (has(e, "fields")) seen.emplace(field(e, "check").string_value(), field(e, "fields").list_value().values(0).string_value());
  for (const auto& c : check_catalogue)
    for (const auto& v : c.variants) {
      INFO(c.id << " variant " << v.name);
      CHECK(seen.count({std::string(c.id), std::string(*v.fields.begin())}) == 1);
    }
}
