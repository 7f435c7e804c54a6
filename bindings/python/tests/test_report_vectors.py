# SPDX-License-Identifier: Apache-2.0
"""tests/vectors/reports.json (SPEC §9-§10) through Python and the C ABI — the same file Catch2
runs (tests/unit/report_vectors_test.cpp), compared the same way: the exact CSV, rows matched by
their leading key cells, summary values."""
import csv
import io

import pytest

import participatieladder as pl

from conftest import load_vectors

DOC = load_vectors("reports.json")
CASES = DOC["cases"]


def expected_text(v):
    if v is None:
        return ""  # an empty cell
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(int(v))
    return str(v)


def text(v):
    return "" if v is None else str(v)


def run(case):
    return pl.report(case["records"], case["table"], reference_date=case["reference_date"],
                     from_date=case.get("from"), to_date=case.get("to"), by=case.get("by"),
                     extensions=case.get("extensions"), budget=case.get("budget"))


def test_there_are_vectors_for_every_required_subject():
    assert len(CASES) >= 7
    assert {c["table"] for c in CASES} >= {"placement", "target", "movement"}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_report_vector(case):
    report = run(case)
    assert report.name == case["table"]
    assert report.findings == []  # every vector value is readable
    if "expected_csv" in case:
        assert report.csv == case["expected_csv"]
        # The rows carry the same cells as the CSV the library wrote.
        lines = list(csv.reader(io.StringIO(case["expected_csv"])))
        assert lines[0] == report.columns
        assert [[text(v) for v in row.values()] for row in report.rows] == lines[1:]
    for exp in case.get("expected_rows", []):
        row = report.row(*exp["key"])
        assert row is not None, "row %s" % exp["key"]
        for column, value in exp.items():
            if column == "key":
                continue
            assert column in report.columns, column
            assert text(row[column]) == expected_text(value), "row %s column %s" % (exp["key"], column)
    for key, value in case.get("expected_summary", {}).items():
        assert key in report.summary, key
        assert text(report.summary[key]) == expected_text(value), key
