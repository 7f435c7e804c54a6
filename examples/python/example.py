# SPDX-License-Identifier: Apache-2.0
"""participatieladder from Python (docs/python.md): determine a step (SPEC §4), run a session,
check a small caseload file (SPEC §6, §8) and report its placement table (SPEC §10).

    PYTHONPATH=build/release/python /usr/bin/python3 examples/python/example.py [file.csv]
"""
import pathlib
import sys

import participatieladder as pl

print("participatieladder", pl.__version__)

d = pl.determine("1:N 2:N 10:J 12:J 13:J")
print("step", d.step, "-", d.label("en"), "| path", d.notation)

s = pl.Session()
for yes in (False, False, True, True, True):
    print("Q%d %s -> %s" % (s.question, s.question_text("nl"), "ja" if yes else "nee"))
    s.answer(yes)
print("session: step", s.step)
assert s.step == d.step == 4

try:
    pl.determine("1:X")
except pl.ParseError as e:
    print("1:X ->", type(e).__name__, e.message)

if hasattr(pl, "read_csv"):
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1] / "records" / "small_caseload.csv")
    records = pl.read_csv(path)
    findings = pl.check(records, reference_date="2025-06-30")
    for f in findings:
        print(f.check, f.severity, "line", f.line, f.message_en)

    placement = pl.report(records, "placement", reference_date="2025-06-30")
    labels = placement.row_labels("en")
    for row, label in zip(placement, labels):
        print("%-12s %-40s %5s clients %4s%%" % (row["step"], label, row["clients"], row["pct_of_total"]))
    assert placement.row("grand_total")["clients"] == len({r.client_id for r in records})
