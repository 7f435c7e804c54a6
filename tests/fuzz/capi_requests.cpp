// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the C entry points that take message bytes. Input: one byte choosing the entry
// point, then the bytes: pl_check (CheckRequest), pl_report, pl_report_html, pl_report_xlsx
// (ReportRequest), pl_determine (AnswerSet), pl_engine_new (Configuration, then a check with that
// engine), pl_record_sets_concat (two RecordSets), pl_read_records_v2 / pl_check_file /
// pl_report_file (ReadOptions / CheckOptions / ReportOptions over a small file), pl_message_to_json,
// and the benchmark exchange (SPEC §11): pl_benchmark_conformance_file, pl_benchmark_publication_file,
// pl_benchmark_record_export_file (BenchmarkOptions over the small file; the record-level export
// must hold no personal value at all) and pl_benchmark_merge (the bytes as a publication); the
// record-set handle: pl_record_set_check / pl_record_set_report (CheckOptions / ReportOptions over
// the small file read once with pl_record_set_read).
// Properties: no crash and no PL_E_INTERNAL; an output parses as its message type; every string of
// every output and every error is valid UTF-8; no output or error echoes a personal value of the
// request's records (fuzz_support.hpp, taint: the request again with those values rotated).
#include "capi_support.hpp"

#include <participatieladder/v1/answers.pb.h>
#include <participatieladder/v1/benchmark.pb.h>
#include <participatieladder/v1/catalogue.pb.h>
#include <participatieladder/v1/check.pb.h>
#include <participatieladder/v1/config.pb.h>
#include <participatieladder/v1/determination.pb.h>
#include <participatieladder/v1/read.pb.h>
#include <participatieladder/v1/report.pb.h>

#include <array>
#include <cstdint>
#include <string>

namespace v1 = participatieladder::v1;
using pl::fuzz::buffer;
using pl::fuzz::fail;
using pl::fuzz::messages;
using pl::fuzz::outcome;

namespace {

const std::string small_csv =
    "client_id;measured_on;step;growth_potential;caseworker;family_name;city\n"
    "K1;2025-03-01;3;+;KM1;Jansen;Heemskerk\n"
    "K2;2025-02-01;7;;KM1;de Vries;Beverwijk\n";

enum entry : unsigned {
  check, report, report_html, report_xlsx, determine, engine_new, concat, read_v2, check_file, report_file, to_json,
  bench_conformance, bench_publication, bench_record_export, bench_merge, set_check, set_report, entries
};

constexpr std::array<const char*, 8> json_types = {"CheckRequest", "ReportRequest", "RecordSet",     "AnswerSet",
                                                   "Configuration", "CheckResponse", "ReportResponse", "ReadOptions"};

/// The personal values of the records of a RecordSet, and a copy with them rotated.
void personal_of(v1::RecordSet& set, std::vector<std::string>& values, bool rotate) {
  for (auto& r : *set.mutable_records()) {
    const auto* d = r.GetDescriptor();
    const auto* refl = r.GetReflection();
    for (const auto& f : pl::field_table) {
      if (!f.personal) continue;
      const auto* fd = d->FindFieldByName(std::string(f.key));
      if (!fd) fail("Record has no field " + std::string(f.key));
      const std::string v = refl->GetString(r, fd);
      if (v.empty()) continue;
      values.push_back(v);
      if (rotate) refl->SetString(&r, fd, pl::fuzz::rotated(v));
    }
  }
}

/// The texts of a RecordSet output: its findings (its records are the data read, where personal
/// values belong); every string of it must still be valid UTF-8.
messages record_set_outcome(const char* fn, int rc, const buffer& out) {
  v1::RecordSet r;
  messages all = outcome(fn, rc, out, &r);
  if (rc != PL_OK) return all;
  pl::fuzz::require_utf8(all);
  messages findings;
  for (int i = 0; i < r.findings_size(); ++i) pl::fuzz::collect_strings(r.findings(i), std::string(fn) + " findings", findings);
  return findings;
}

/// Call entry `e` with `bytes` (and `csv` as the file of the entries that read one); the texts it
/// gave back.
messages call(unsigned e, const std::string& bytes, const std::string& csv) {
  buffer out;
  const pl_engine* engine = pl::fuzz::engine();
  switch (e) {
    case check: {
      v1::CheckResponse r;
      return outcome("pl_check", pl_check(engine, bytes.data(), bytes.size(), &out), out, &r);
    }
    case report: {
      v1::ReportResponse r;
      return outcome("pl_report", pl_report(engine, bytes.data(), bytes.size(), &out), out, &r);
    }
    case report_html: {
      const int rc = pl_report_html(engine, bytes.data(), bytes.size(), PL_LANG_NL, &out);
      auto ms = outcome("pl_report_html", rc, out, nullptr);
      if (rc == PL_OK) ms.emplace_back("pl_report_html", std::string(out.bytes()));
      return ms;
    }
    case report_xlsx:
      return outcome("pl_report_xlsx", pl_report_xlsx(engine, bytes.data(), bytes.size(), PL_LANG_EN, &out), out, nullptr);
    case determine: {
      v1::DeterminationResult r;
      return outcome("pl_determine", pl_determine(engine, bytes.data(), bytes.size(), &out), out, &r);
    }
    case engine_new: {
      pl_engine* made = nullptr;
      const int rc = pl_engine_new(bytes.data(), bytes.size(), &made);
      messages ms = outcome("pl_engine_new", rc, out, nullptr);
      if (rc != PL_OK) return ms;
      v1::Catalogue cat;
      auto c = outcome("pl_catalogue", pl_catalogue(made, &out), out, &cat);
      buffer checked;
      v1::CheckResponse r;
      auto k = outcome("pl_check_file", pl_check_file(made, csv.data(), csv.size(), "small.csv", PL_FORMAT_CSV, nullptr, 0, &checked),
                       checked, &r);
      pl_engine_free(made);
      ms.insert(ms.end(), c.begin(), c.end());
      ms.insert(ms.end(), k.begin(), k.end());
      return ms;
    }
    case concat: {
      const std::size_t half = bytes.size() / 2;
      return record_set_outcome("pl_record_sets_concat",
                                pl_record_sets_concat(bytes.data(), half, bytes.data() + half, bytes.size() - half, &out), out);
    }
    case read_v2: {
      return record_set_outcome(
          "pl_read_records_v2",
          pl_read_records_v2(engine, csv.data(), csv.size(), "small.csv", PL_FORMAT_CSV, bytes.data(), bytes.size(), &out), out);
    }
    case check_file: {
      v1::CheckResponse r;
      return outcome("pl_check_file",
                     pl_check_file(engine, csv.data(), csv.size(), "small.csv", PL_FORMAT_CSV, bytes.data(), bytes.size(), &out),
                     out, &r);
    }
    case report_file: {
      v1::ReportResponse r;
      return outcome("pl_report_file",
                     pl_report_file(engine, csv.data(), csv.size(), "small.csv", PL_FORMAT_CSV, bytes.data(), bytes.size(), &out),
                     out, &r);
    }
    case bench_conformance: {
      v1::DataConformance r;
      return outcome("pl_benchmark_conformance_file",
                     pl_benchmark_conformance_file(engine, csv.data(), csv.size(), "small.csv", PL_FORMAT_CSV, bytes.data(),
                                                   bytes.size(), &out),
                     out, &r);
    }
    case bench_publication: {
      v1::BenchmarkPublication r;
      static const std::string key = "fuzz-key-of-the-municipality-32b";
      return outcome("pl_benchmark_publication_file",
                     pl_benchmark_publication_file(engine, csv.data(), csv.size(), "small.csv", PL_FORMAT_CSV, key.data(), key.size(),
                                                         bytes.data(), bytes.size(), &out),
                     out, &r);
    }
    case bench_record_export: {
      static const std::string key = "fuzz-key-of-the-municipality-32b";
      const int rc = pl_benchmark_record_export_file(engine, csv.data(), csv.size(), "small.csv", PL_FORMAT_CSV, key.data(),
                                                     key.size(), bytes.data(), bytes.size(), &out);
      auto ms = outcome("pl_benchmark_record_export_file", rc, out, nullptr);
      if (rc == PL_OK) ms.emplace_back("pl_benchmark_record_export_file", std::string(out.bytes()));
      return ms;
    }
    case bench_merge: {
      const void* one[] = {bytes.data(), bytes.data()};
      const std::size_t sizes[] = {bytes.size(), bytes.size()};
      const unsigned char how = bytes.empty() ? 0 : static_cast<unsigned char>(bytes[0]);
      const int rc = pl_benchmark_merge(one, sizes, 2, how % 3, (how / 3) % 2 ? PL_LANG_EN : PL_LANG_NL, 0, 0, &out);
      auto ms = outcome("pl_benchmark_merge", rc, out, nullptr);
      if (rc == PL_OK) ms.emplace_back("pl_benchmark_merge", std::string(out.bytes()));
      return ms;
    }
    case set_check:
    case set_report: {
      pl_record_set* set = nullptr;
      const int read = pl_record_set_read(engine, csv.data(), csv.size(), "small.csv", PL_FORMAT_CSV, nullptr, 0, &set);
      messages ms = outcome("pl_record_set_read", read, out, nullptr);
      if (read != PL_OK) return ms;
      v1::CheckResponse cr;
      v1::ReportResponse rr;
      auto k = e == set_check
                   ? outcome("pl_record_set_check", pl_record_set_check(engine, set, bytes.data(), bytes.size(), &out), out, &cr)
                   : outcome("pl_record_set_report", pl_record_set_report(engine, set, bytes.data(), bytes.size(), &out), out, &rr);
      pl_record_set_free(set);
      ms.insert(ms.end(), k.begin(), k.end());
      return ms;
    }
    default: {
      if (bytes.empty()) return {};
      const char* type = json_types[static_cast<unsigned char>(bytes[0]) % json_types.size()];
      const int rc = pl_message_to_json(type, bytes.data() + 1, bytes.size() - 1, &out);
      auto ms = outcome("pl_message_to_json", rc, out, nullptr);
      if (rc == PL_OK) ms.emplace_back("pl_message_to_json", std::string(out.bytes()));
      return ms;
    }
  }
}

/// The column mapping entry `e` reads `small_csv` with (the `read` of its options), for the taint.
pl::read_options mapping_of(unsigned e, const std::string& bytes) {
  v1::ReadOptions read;
  v1::CheckOptions co;
  v1::ReportOptions ro;
  if (e == read_v2) read.ParseFromString(bytes);
  if (e == check_file && co.ParseFromString(bytes)) read = co.read();
  if (e == report_file && ro.ParseFromString(bytes)) read = ro.read();
  v1::BenchmarkOptions bo;
  if ((e == bench_conformance || e == bench_publication || e == bench_record_export) && bo.ParseFromString(bytes))
    read = bo.read();
  pl::read_options how;
  for (const auto& [header, key] : read.columns()) how.columns.emplace(header, key);
  return how;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned e = data[0] % entries;
  const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const messages before = call(e, bytes, small_csv);
  pl::fuzz::require_utf8(before);

  // Taint: the personal values of the request's records rotated, or those of the file read.
  std::vector<std::string> personal;
  std::string rotated = bytes, csv = small_csv;
  if (e == check || e == report || e == report_html || e == report_xlsx) {
    v1::CheckRequest cr;
    v1::ReportRequest rr;
    v1::RecordSet* set = nullptr;
    if (e == check && cr.ParseFromString(bytes)) set = cr.mutable_records();
    if (e != check && rr.ParseFromString(bytes)) set = rr.mutable_records();
    if (set) {
      personal_of(*set, personal, true);
      rotated = e == check ? cr.SerializeAsString() : rr.SerializeAsString();
    }
  } else if (e == concat) {
    const std::size_t half = bytes.size() / 2;
    v1::RecordSet a, b;
    if (a.ParseFromString(bytes.substr(0, half)) && b.ParseFromString(bytes.substr(half))) {
      personal_of(a, personal, true);
      personal_of(b, personal, true);
      const std::string ra = a.SerializeAsString(), rb = b.SerializeAsString();
      if (ra.size() == (ra.size() + rb.size()) / 2) rotated = ra + rb;  // split again at the middle: only when it falls between them
      else personal.clear();
    }
  } else if (e == read_v2 || e == check_file || e == report_file || e == engine_new || e == bench_conformance ||
             e == bench_publication || e == bench_record_export || e == set_check || e == set_report) {
    const auto spans = pl::fuzz::csv_personal_spans(small_csv, mapping_of(e, bytes));
    personal = pl::fuzz::values_of(small_csv, spans);
    csv = pl::fuzz::rotate_spans(small_csv, spans);
  }
  if (!personal.empty() && pl::fuzz::may_echo(personal, before)) {
    const messages after = call(e, rotated, csv);
    pl::fuzz::require_utf8(after);
    pl::fuzz::require_no_echo(personal, before, after);
  }
  return 0;
}
