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
"""
import hashlib
import sys
import time

import participatieladder as pl

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


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("records", "record_set"):
        sys.exit("usage: python_record_set.py records|record_set FILE")
    main(sys.argv[1], sys.argv[2])
