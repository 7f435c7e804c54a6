// SPDX-License-Identifier: Apache-2.0
// Reports over a stream (issue 25, `pladder report --stream`): for a CSV file grouped by client,
// pipeline::report_stream — a part of complete clients at a time, each part its own small caseload
// store — gives pipeline::report's outcome over the whole store, compared as the v1
// ReportResponse's bytes (the table in Dutch and English, the readers' findings, the data-quality
// block, the records and sources), for every table kind (SPEC §10) and the grouped and period
// variants:
//   - over the records of every case of the vector files (tests/vectors/reports.json with the
//     case's extension set, budget, grouping and period; tests/vectors/checks.json), written as a
//     CSV file grouped by client (in client order, and in the reverse order), read in parts of one
//     record;
//   - over a generated caseload with unreadable values, read in parts of 512 records (asserted to
//     be many parts: report_outcome::parts), with and without an extension set (SPEC §9).
// And what it refuses: a file not grouped by client (naming the lines, in Dutch and English), no
// reference date, no table.
#include <catch2/catch.hpp>

#include "vectors.hpp"

#include "messages/budget_message.hpp"
#include "messages/json.hpp"
#include "messages/report_message.hpp"
#include "pipeline/record_set.hpp"
#include "pipeline/report.hpp"
#include "pipeline/report_stream.hpp"

#include <participatieladder/error_text.hpp>
#include <participatieladder/extensions_file.hpp>
#include <participatieladder/generator/caseload_writer.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace pl;
using pl::test::field;
using pl::test::has;
using pl::test::Value;

namespace {

/// A file in the test's working directory, removed at the end.
struct temp_file {
  std::string path;
  temp_file(std::string name, const std::string& text) : path(std::move(name)) {
    std::ofstream f(path, std::ios::binary);
    f << text;
  }
  ~temp_file() { std::remove(path.c_str()); }
  temp_file(const temp_file&) = delete;
  temp_file& operator=(const temp_file&) = delete;
};

std::string bytes_of(const pipeline::report_outcome& outcome) {
  std::string out;
  REQUIRE(messages::to_message(outcome).SerializeToString(&out));
  return out;
}

/// The file read for tables as `pladder report` reads it: into one caseload store.
pipeline::record_set whole_store(const std::string& path) {
  caseload_builder builder;
  auto set = pipeline::read_path_into(path, 0, builder);
  REQUIRE(set);
  auto out = std::move(set).value();
  out.store = std::make_shared<const caseload_store>(builder.finish());
  return out;
}

/// Every table kind, and the grouped and period variants of the tables that have them.
std::vector<pipeline::report_settings> every_table(const pipeline::report_settings& base) {
  std::vector<pipeline::report_settings> out;
  for (const auto& k : reports::report_kinds) {
    auto s = base;
    s.kind = k.kind;
    out.push_back(s);
  }
  auto variant = [&](reports::report_kind kind, std::optional<reports::group_by> by, std::string from, std::string to) {
    auto s = base;
    s.kind = kind;
    s.by = by;
    s.from_date = std::move(from);
    s.to_date = std::move(to);
    out.push_back(s);
  };
  variant(reports::report_kind::caseload, reports::group_by::team, "", "");
  variant(reports::report_kind::comparison, reports::group_by::department, "", "");
  variant(reports::report_kind::movement, reports::group_by::caseworker, "", "");
  variant(reports::report_kind::movement, std::nullopt, "2024-06-30", "2025-06-30");
  variant(reports::report_kind::kpi, std::nullopt, "2023", "2025");
  return out;
}

/// report_stream of `path` in parts of `part_records` against report over the whole store, for
/// every request; the most parts any request was read in.
std::size_t same_reports(const std::string& path, const std::vector<pipeline::report_settings>& requests, std::size_t part_records,
                         std::size_t block_bytes) {
  const auto set = whole_store(path);
  std::size_t parts = 0;
  for (const auto& s : requests) {
    INFO(path << ": table " << reports::to_string(*s.kind) << (s.by ? " grouped" : "") << " from '" << s.from_date << "' to '"
              << s.to_date << "'");
    const auto expected = pipeline::report(set, s);
    const auto streamed = pipeline::report_stream(path, s, {}, {.part_records = part_records, .block_bytes = block_bytes});
    REQUIRE(expected.has_value() == streamed.has_value());
    if (!expected) {  // a request no table can answer is refused the same way
      CHECK(streamed.error().message == expected.error().message);
      continue;
    }
    parts = std::max(parts, streamed.value().parts);
    CHECK(reports::to_csv(streamed.value().nl) == reports::to_csv(expected.value().nl));
    CHECK(bytes_of(streamed.value()) == bytes_of(expected.value()));
  }
  return parts;
}

/// A CSV value: quoted when it must be.
std::string csv_value(const std::string& v) {
  if (v.find_first_of(";\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (const char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

/// The records of a vector case (SPEC §6 key → text, over `base`) as a CSV file with the keys as
/// its header, the rows sorted by client (stable: a client's measurements in the case's order) —
/// or grouped by client in the reverse order, so the file's order is not the store's (client ids
/// sorted): what a table lists per client must come out in the store's order all the same.
std::string vector_csv(const Value& records, const Value* base, bool reversed = false) {
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<std::string> keys;
  auto key_of = [&](const std::string& k) {
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  };
  for (const auto& item : records.list_value().values()) {
    std::map<std::string, std::string> row;
    if (base)
      for (const auto& [k, v] : base->struct_value().fields()) row[k] = v.string_value();
    for (const auto& [k, v] : item.struct_value().fields()) row[k] = v.string_value();
    for (const auto& [k, v] : row) key_of(k);
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [reversed](const auto& a, const auto& b) {
    const auto ia = a.find("client_id"), ib = b.find("client_id");
    const std::string ka = ia == a.end() ? std::string() : ia->second, kb = ib == b.end() ? std::string() : ib->second;
    return reversed ? kb < ka : ka < kb;
  });
  std::string out;
  for (std::size_t k = 0; k < keys.size(); ++k) out += (k ? ";" : "") + keys[k];
  out += "\n";
  for (const auto& row : rows) {
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const auto it = row.find(keys[k]);
      out += (k ? ";" : "") + csv_value(it == row.end() ? std::string() : it->second);
    }
    out += "\n";
  }
  return out;
}

const std::string& generated_caseload() {
  static const std::string text = [] {
    gen::options o;
    o.clients = 3000;
    o.seed = 25;
    o.reference_date = {2026, 1, 1};
    o.plants = {{"PL003", 20}, {"PL010", 20}, {"input", 20}};
    auto c = gen::generate(o);
    REQUIRE(c);
    std::ostringstream out;
    REQUIRE(gen::write_caseload(out, c.value(), gen::file_format::csv));
    return out.str();
  }();
  return text;
}

}  // namespace

TEST_CASE("report --stream: the report vectors' records give every table as over the whole store", "[stream][vectors]") {
  const Value all = pl::test::load_vectors("reports.json");
  const auto& cases = field(all, "cases").list_value().values();
  REQUIRE(cases.size() >= 7);
  std::size_t compared = 0;
  for (const auto& c : cases) {
    const std::string name = field(c, "name").string_value();
    INFO("reports.json case " << name);
    temp_file file("report_stream_vector.csv", vector_csv(field(c, "records"), nullptr));
    temp_file reversed("report_stream_vector_reversed.csv", vector_csv(field(c, "records"), nullptr, true));
    pipeline::report_settings base;
    base.reference_date = field(c, "reference_date").string_value();
    std::optional<extension_set> ext;
    if (has(c, "extensions")) {
      auto set = parse_extension_set_json(pl::test::json_text(field(c, "extensions")), name);
      REQUIRE(set);
      ext = std::move(set).value();
      base.extensions = &*ext;
    }
    std::optional<reports::budget_config> budget;
    if (has(c, "budget")) {
      participatieladder::v1::BudgetConfig m;
      REQUIRE(messages::from_json(pl::test::json_text(field(c, "budget")), m, name));
      auto config = messages::from_message(m, name);
      REQUIRE(config);
      budget = std::move(config).value();
      base.budget = &*budget;
    }
    auto requests = every_table(base);
    auto own = base;  // the case's own table, grouping and period
    own.kind = reports::parse_report_kind(field(c, "table").string_value()).value();
    if (has(c, "by")) own.by = reports::parse_group_by(field(c, "by").string_value()).value();
    if (has(c, "from")) own.from_date = field(c, "from").string_value();
    if (has(c, "to")) own.to_date = field(c, "to").string_value();
    requests.push_back(own);
    same_reports(file.path, requests, 1, 1024);
    same_reports(reversed.path, requests, 1, 1024);
    compared += requests.size();
  }
  CHECK(compared >= static_cast<std::size_t>(cases.size()) * 13);
}

TEST_CASE("report --stream: the check vectors' records give every table as over the whole store", "[stream][vectors]") {
  const Value all = pl::test::load_vectors("checks.json");
  const Value& base_record = field(all, "base_record");
  const auto& cases = field(all, "cases").list_value().values();
  REQUIRE(cases.size() >= 50);
  for (const auto& c : cases) {
    if (!has(c, "records")) continue;
    INFO("checks.json case " << field(c, "name").string_value());
    temp_file file("report_stream_check_vector.csv", vector_csv(field(c, "records"), &base_record, true));
    pipeline::report_settings base;
    base.reference_date = field(c, "reference_date").string_value();
    same_reports(file.path, every_table(base), 1, 1024);
  }
}

TEST_CASE("report --stream: a generated caseload read in many parts gives every table as over the whole store", "[stream]") {
  temp_file file("report_stream_generated.csv", generated_caseload());
  pipeline::report_settings base;
  base.reference_date = "2026-01-01";
  const std::size_t parts = same_reports(file.path, every_table(base), 512, 16 * 1024);
  CHECK(parts >= 10);  // 3,000 clients, ~6,600 records: parts of about 512 records really ran

  const auto heemskerk = read_extension_set(std::string(PL_SOURCE_DIR) + "/examples/extensions/heemskerk.json");
  REQUIRE(heemskerk);
  base.extensions = &heemskerk.value();  // SPEC §9: sub-step rows in placement and caseload
  CHECK(same_reports(file.path, every_table(base), 700, 8 * 1024) >= 10);
}

TEST_CASE("report --stream: what it refuses", "[stream]") {
  pipeline::report_settings s;
  s.kind = reports::report_kind::placement;
  s.reference_date = "2026-01-01";
  temp_file ungrouped("report_stream_ungrouped.csv",
                      "client_id;measured_on;step\nGEHEIM-A;2025-01-01;3\nGEHEIM-B;2025-01-01;4\nGEHEIM-A;2025-06-01;4\n");
  const auto refused = pipeline::report_stream(ungrouped.path, s, {}, {.part_records = 1, .block_bytes = 1024});
  REQUIRE_FALSE(refused);
  CHECK(refused.error().value() == errc::format);
  CHECK(message(refused.error(), lang::en) ==
        "report_stream_ungrouped.csv: line 4: the measurements of one client are not together (the same client is on line 2, "
        "before other clients); reporting in parts (--stream) needs a file grouped by client: sort it by client, or report "
        "without --stream");
  CHECK(message(refused.error(), lang::nl).find("regel 4: de metingen van één klant staan niet bij elkaar (dezelfde klant staat op regel 2") !=
        std::string::npos);
  CHECK(message(refused.error(), lang::nl).find("GEHEIM") == std::string::npos);  // no client id (SPEC §11)
  // the same file, whole: the report does not need the grouping
  CHECK(pipeline::report(whole_store(ungrouped.path), s));

  auto no_date = s;
  no_date.reference_date.clear();
  temp_file grouped("report_stream_grouped.csv", "client_id;measured_on;step\nA;2025-01-01;3\nA;2025-06-01;4\nB;2025-01-01;4\n");
  const auto undated = pipeline::report_stream(grouped.path, no_date);
  REQUIRE_FALSE(undated);
  CHECK(undated.error().value() == errc::invalid_argument);
  CHECK(message(undated.error(), lang::nl).find("vraagt een peildatum (--reference-date)") != std::string::npos);

  auto no_table = s;
  no_table.kind.reset();
  const auto kindless = pipeline::report_stream(grouped.path, no_table);
  REQUIRE_FALSE(kindless);
  CHECK(kindless.error().value() == errc::invalid_argument);

  auto bad_period = s;  // a period that is not possible: report()'s error, before any part is read
  bad_period.kind = reports::report_kind::movement;
  bad_period.from_date = "2025-12-31";
  bad_period.to_date = "2025-01-01";
  const auto impossible = pipeline::report_stream(grouped.path, bad_period);
  REQUIRE_FALSE(impossible);
  const auto whole = pipeline::report(whole_store(grouped.path), bad_period);
  REQUIRE_FALSE(whole);
  CHECK(impossible.error().message == whole.error().message);
}
