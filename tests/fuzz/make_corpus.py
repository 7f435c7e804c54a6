# SPDX-License-Identifier: Apache-2.0
"""Writes the committed seed corpora tests/fuzz/corpus/<target>/ from the repository's own test
material: tests/vectors (questionnaire, check and report cases), tests/bad_input, tests/data,
tests/cli/data and examples. Deterministic: run it again after the material changes and commit
the result (docs/reliability.md). Seeds are kept small (at most 4 KiB; longer files are cut at a
line end) so that the fuzzer mutates quickly.

    PYTHONPATH=build/release/python /usr/bin/python3 tests/fuzz/make_corpus.py

Request messages are built with the Python binding (its check_request / report_request), so they
are exactly what a caller sends.
"""
import csv
import hashlib
import io
import json
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fuzz" / "corpus"
MAX = 4096

sys.path.insert(0, str(ROOT / "build" / "release" / "python"))
import participatieladder as pl  # noqa: E402
from participatieladder import _native, checks, reports  # noqa: E402
from participatieladder.v1 import answers_pb2, benchmark_pb2, check_pb2, config_pb2, read_pb2, report_pb2  # noqa: E402
from google.protobuf import json_format  # noqa: E402

corpora = {}


def add(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX:
        cut = data.rfind(b"\n", 0, MAX)
        data = data[: cut + 1 if cut > 0 else MAX]
    corpora.setdefault(target, {})[hashlib.sha1(data).hexdigest()[:16]] = data


def vectors(name):
    return json.loads((ROOT / "tests" / "vectors" / name).read_text(encoding="utf-8"))


def as_csv(records, sep=";"):
    keys = []
    for r in records:
        for k in r:
            if k not in keys:
                keys.append(k)
    out = io.StringIO()
    w = csv.writer(out, delimiter=sep, lineterminator="\n")
    w.writerow(keys)
    for r in records:
        w.writerow([r.get(k, "") for k in keys])
    return out.getvalue()


def as_jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


checks_v = vectors("checks.json")
reports_v = vectors("reports.json")
questions_v = vectors("questionnaire.json")
check_cases = [([dict(checks_v["base_record"], **r) for r in c["records"]], c) for c in checks_v["cases"]]
report_cases = [(c["records"], c) for c in reports_v["cases"]]

# --- files: CSV and JSON Lines ---------------------------------------------------------------
csv_files = sorted((ROOT / "tests" / "bad_input").glob("*.csv")) + sorted((ROOT / "tests" / "data").glob("**/*.csv")) + \
    sorted((ROOT / "tests" / "cli" / "data").glob("*.csv")) + sorted((ROOT / "examples").glob("**/*.csv"))
jsonl_files = sorted((ROOT / "tests" / "bad_input").glob("*.jsonl")) + sorted((ROOT / "tests" / "data").glob("**/*.jsonl"))
for p in csv_files:
    add("csv_reader", p.read_bytes())
for p in jsonl_files:
    add("jsonl_reader", p.read_bytes())
for i, (records, case) in enumerate(check_cases[::3] + report_cases):
    add("csv_reader", as_csv(records, ";" if i % 2 == 0 else ","))
    add("jsonl_reader", as_jsonl(records))

for data in list(corpora["csv_reader"].values()):
    add("pipeline_file", bytes([len(data) % 7 * 2]) + data)  # bit 0 = 0: CSV; the other bits: the table
for data in list(corpora["jsonl_reader"].values()):
    add("pipeline_file", bytes([len(data) % 7 * 2 + 1]) + data)

# --- answers and values ------------------------------------------------------------------------
for c in questions_v["cases"]:
    add("answers", c["answers"])
for answers, step in pl.paths()[::20]:
    add("answers", " ".join("%d:%s" % (q, "J" if yes else "N") for q, yes in answers))
values = set()
for records, _ in check_cases + report_cases:
    for r in records:
        values.update(v for v in r.values() if isinstance(v, str))
values.update(["ja", "NEE", " j ", "True", "0", "+", "3-8-2023", "03/08/2023", "2024-02-29", "2+", "3-", "T2+", "6",
               "2.2,2.4", "1234 AB", "1234ab", "111222333", "werk", "overleden", "1y", "5y", "ever", "d", "V", "questionnaire"])
for v in sorted(values):
    add("values", v)

# --- configuration, extension set and column-mapping files -----------------------------------
for _, c in check_cases:
    if "config" in c:
        add("config_file", json.dumps(c["config"]))
add("config_file", json.dumps({"disabled_checks": ["PL018"], "severity": {"PL001": "info"}, "reassessment_months": 6,
                               "intake_months": 3}, indent=2))
add("extensions_file", (ROOT / "examples" / "extensions" / "heemskerk.json").read_bytes())
for _, c in check_cases + report_cases:
    if isinstance(c.get("extensions"), dict):
        add("extensions_file", json.dumps(c["extensions"], ensure_ascii=False))
# the valid and invalid extension files of tests/unit/extension_file_test.cpp
unit = (ROOT / "tests" / "unit" / "extension_file_test.cpp").read_text(encoding="utf-8")
for start in [i for i in range(len(unit)) if unit.startswith('R"(', i)]:
    add("extensions_file", unit[start + 3:unit.index(')"', start)])
for m in ({"encoding": "windows-1252", "columns": {"Datum meting": "measured_on"}},
          {"columns": {"Cliënt": "client_id", "Datum van meting": "measured_on"}},
          {"encoding": "utf-8", "columns": {"Naam": "family_name", "Trede": "step", "Klant": "client_id"}},
          {"encoding": "auto"}):
    add("column_mapping", json.dumps(m, ensure_ascii=False))

# --- request messages ----------------------------------------------------------------------------
TYPES = ["AnswerSet", "Configuration", "CheckConfig", "ExtensionSet", "ReadOptions", "RecordSet", "Record", "CheckOptions",
         "CheckRequest", "ReportOptions", "ReportRequest", "Finding", "DeterminationResult", "CheckResponse", "ReportResponse"]
ENTRIES = ["check", "report", "report_html", "report_xlsx", "determine", "engine_new", "concat", "read_v2", "check_file",
           "report_file", "to_json", "bench_conformance", "bench_publication", "bench_record_export", "bench_merge",
           "set_check", "set_report"]
JSON_TYPES = ["CheckRequest", "ReportRequest", "RecordSet", "AnswerSet", "Configuration", "CheckResponse", "ReportResponse",
              "ReadOptions"]


def json_seed(type_name, message):
    add("message_from_json", bytes([TYPES.index(type_name)]) + json_format.MessageToJson(
        message, preserving_proto_field_name=True, indent=None).encode("utf-8"))


def entry_seed(entry, data):
    add("capi_requests", bytes([ENTRIES.index(entry)]) + data)


def extension_set(ext):
    return reports.extension_set(ext) if isinstance(ext, dict) else None


engine = pl.Engine()
for records, c in check_cases[::2]:
    req = checks.check_request(records, c.get("reference_date"), c.get("config"), extension_set(c.get("extensions")))
    entry_seed("check", req.SerializeToString())
    json_seed("CheckRequest", req)
    json_seed("CheckOptions", req.options)
    entry_seed("check_file", req.options.SerializeToString())
    entry_seed("set_check", req.options.SerializeToString())
    wire = req.SerializeToString()
    resp = check_pb2.CheckResponse.FromString(_native.call_buffer(_native.lib.pl_check, engine.handle, wire, len(wire)))
    json_seed("CheckResponse", resp)
    entry_seed("to_json", bytes([JSON_TYPES.index("CheckResponse")]) + resp.SerializeToString())
for records, c in report_cases:
    kind = c["table"]
    req = reports.report_request(records, kind, c.get("reference_date"), c.get("from"), c.get("to"), c.get("by"),
                                 extension_set(c.get("extensions")))
    for entry in ("report", "report_html", "report_xlsx"):
        entry_seed(entry, req.SerializeToString())
    entry_seed("report_file", req.options.SerializeToString())
    entry_seed("set_report", req.options.SerializeToString())
    json_seed("ReportRequest", req)
    json_seed("ReportOptions", req.options)
    half = req.records.SerializeToString()
    entry_seed("concat", half + half)
    entry_seed("to_json", bytes([JSON_TYPES.index("ReportRequest")]) + req.SerializeToString())
    json_seed("RecordSet", req.records)
    json_seed("Record", req.records.records[0])
for c in questions_v["cases"][::3]:
    aset = answers_pb2.AnswerSet()
    for token in c["answers"].replace(",", " ").split():
        q, _, a = token.partition(":")
        if q.isdigit():
            aset.answers.add(question=int(q), yes=a.upper() in ("J", "Y", "JA"))
    entry_seed("determine", aset.SerializeToString())
    json_seed("AnswerSet", aset)
for _, c in check_cases:
    if "config" in c:
        conf = config_pb2.Configuration()
        json_format.ParseDict(c["config"], conf.checks)
        entry_seed("engine_new", conf.SerializeToString())
        json_seed("Configuration", conf)
        json_seed("CheckConfig", conf.checks)
for m in ({"encoding": "windows-1252", "columns": {"Datum meting": "measured_on"}},
          {"columns": {"family_name": "step", "city": "caseworker"}}):
    ro = json_format.ParseDict(m, read_pb2.ReadOptions())
    entry_seed("read_v2", ro.SerializeToString())
    json_seed("ReadOptions", ro)
# the benchmark exchange (SPEC §11): options over the target's small file, a publication to merge
for m in ({}, {"municipality": "Voorbeeldgemeente", "reference_date": "2025-03-31"},
          {"municipality": "Heemskerk", "rounding_base": 10, "min_clients": 1, "min_pct_valid": 80},
          {"srg_mapping": "trede;srg\n1;A\n2;A\n3;B\n4;B\n5;C\n6;D\n"},
          {"read": {"columns": {"family_name": "step"}}}):
    bo = json_format.ParseDict(m, benchmark_pb2.BenchmarkOptions())
    for entry in ("bench_conformance", "bench_publication", "bench_record_export"):
        entry_seed(entry, bo.SerializeToString())
small = (ROOT / "examples" / "records" / "small_caseload.csv").read_bytes()
pub = pl.benchmark.publication(small, "Voorbeeldgemeente", b"fuzz-key-of-the-municipality-32b", min_clients=1,
                               source_name="small_caseload.csv")
entry_seed("bench_merge", pub.SerializeToString())
json_seed("ExtensionSet", reports.extension_set(json.loads((ROOT / "examples" / "extensions" / "heemskerk.json").read_text("utf-8"))))

# csv_stream (issue 13): the CSV seeds behind two settings bytes (block size; part size and encoding)
for i, data in enumerate(sorted(corpora["csv_reader"].values())):
    add("csv_stream", bytes([i * 37 % 256, i * 11 % 256]) + data)

# --- write ---------------------------------------------------------------------------------------
if OUT.exists():
    shutil.rmtree(OUT)
total = 0
for target, seeds in sorted(corpora.items()):
    d = OUT / target
    d.mkdir(parents=True)
    for name, data in sorted(seeds.items()):
        (d / name).write_bytes(data)
        total += len(data)
    print("%-18s %4d seeds %7d bytes" % (target, len(seeds), sum(len(s) for s in seeds.values())))
print("total %d bytes" % total)
