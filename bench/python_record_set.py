# SPDX-License-Identifier: Apache-2.0
"""Python: reading once (issue 13). Read a file, check it and make three reports, either the
message way (``pl.read`` → ``Records``: the whole RecordSet crosses the C boundary in every call)
or through a native set (``pl.load`` → ``RecordSet``: the records stay in the library).

Run one way per process under ``/usr/bin/time -v`` for CPU seconds and peak memory
(docs/benchmark.md, "Python: reading once"):

    PYTHONPATH=build/release/python /usr/bin/time -v /usr/bin/python3 bench/python_record_set.py records FILE
    PYTHONPATH=build/release/python /usr/bin/time -v /usr/bin/python3 bench/python_record_set.py record_set FILE

Prints the CPU seconds of each step (``time.process_time``) and a digest of the results, the same
for both ways. Counts only, never personal data.

A third way, ``record_set_full`` (issue 25's Python target: ``load()`` + check + all tables within
2x of the CLI), loads the file, checks it and makes every table of SPEC §10 (``pl.TABLES``: the
report kinds of reports/report_kinds.hpp), and prints the total CPU and wall seconds and the sha256
of the results as the CLI writes them — the check's and every table's JSON, one per line — so the
same digest comes from ``pladder check FILE --format json`` followed by ``pladder report FILE
--table T --format json`` for every table (docs/benchmark.md, "Python: load, check and all
tables"):

    PYTHONPATH=build/release/python /usr/bin/python3 bench/python_record_set.py record_set_full FILE [REFERENCE_DATE]
"""
import hashlib
import sys
import time

import participatieladder as pl
from participatieladder import _native

REPORTS = ("placement", "caseload", "movement")


def main(way, path, reference_date="2025-06-30"):
    load = {"records": pl.read, "record_set": pl.load}[way]
    digest = hashlib.sha256()
    steps = []

    def step(name, fn):
        start = time.process_time()
        result = fn()
        steps.append((name, time.process_time() - start))
        return result

    data = step("read", lambda: load(path))
    response = step("check", lambda: pl.check_response(data, reference_date))
    digest.update(response.proto.SerializeToString())
    for table in REPORTS:
        report = step("report " + table, lambda t=table: pl.report(data, t, reference_date))
        digest.update(report.proto.SerializeToString())
    print("%s: %d records, %d findings" % (way, len(data), len(response.proto.findings)))
    for name, seconds in steps:
        print("  %-18s %6.2f s CPU" % (name, seconds))
    print("  %-18s %6.2f s CPU" % ("total", sum(s for _, s in steps)))
    print("  results sha256 %s" % digest.hexdigest()[:16])


def as_json(type_name, message):
    """A response as the CLI's ``--format json`` writes it (pl_message_to_json: the one JSON mapping)."""
    data = message.SerializeToString()
    return _native.call_buffer(_native.lib.pl_message_to_json, type_name.encode(), data, len(data)) + b"\n"


def full(path, reference_date=None):
    """load() + check + every table, timed as one job; the digest of the results as the CLI writes them."""
    wall, cpu = time.perf_counter(), time.process_time()
    rs = pl.load(path)
    response = pl.check_response(rs, reference_date)
    reports = [rs.report(table, reference_date) for table in pl.TABLES]
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    digest = hashlib.sha256(as_json("CheckResponse", response.proto))
    for report in reports:
        digest.update(as_json("ReportResponse", report.proto))
    print("record_set_full: %d records, %d findings, %d tables (%s)" % (len(rs), len(response.proto.findings), len(reports),
                                                                         ", ".join(pl.TABLES)))
    print("  %-18s %6.2f s CPU, %6.2f s wall" % ("total", cpu, wall))
    print("  results sha256 %s" % digest.hexdigest()[:16])
    flag = "" if reference_date is None else " --reference-date " + reference_date
    print("  the CLI's digest: { pladder check FILE%s --format json; for t in %s; do pladder report FILE --table $t%s "
          "--format json; done; } | sha256sum" % (flag, " ".join(pl.TABLES), flag))


if __name__ == "__main__":
    if len(sys.argv) in (3, 4) and sys.argv[1] == "record_set_full":
        full(sys.argv[2], *sys.argv[3:])
    elif len(sys.argv) == 3 and sys.argv[1] in ("records", "record_set"):
        main(sys.argv[1], sys.argv[2])
    else:
        sys.exit("usage: python_record_set.py records|record_set FILE\n"
                 "       python_record_set.py record_set_full FILE [REFERENCE_DATE]")
