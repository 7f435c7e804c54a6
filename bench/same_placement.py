#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""The "same numbers" check of bench/run.sh (issue 25, docs/benchmark.md): every tool's as-of
placement table (SPEC §10) is pladder's, number for number, before anything is timed.

Usage: same_placement.py NAME=FILE NAME=FILE ...

The first FILE is the reference: `pladder report --table placement --format csv --csv rfc4180`
(keys, `,`). The others are compared with it cell by cell:
  - bench/compare_pandas.py, compare_duckdb.cjs and compare_polars.cjs print the same layout (for
    pandas' `checks` job, the lines before the check counts);
  - a NAME ending in `_nl` is pladder's Dutch Excel CSV (`--format csv`: `;`, BOM, a Dutch label
    instead of the key): its rows are compared by position, the label left out.
Every table must have the nine rows 1-5, 6, not_filled, total_1_5, grand_total and all seven
columns. Prints one line per tool when they agree; otherwise both tables side by side, the
differing rows marked, and exits 1. Counts and percentages only: never a personal value.
"""
import csv
import sys

COLUMNS = ["step", "clients", "pct_of_total", "without_gp", "pct_without_gp", "with_gp", "pct_with_gp"]
KEYS = ["1", "2", "3", "4", "5", "6", "not_filled", "total_1_5", "grand_total"]


def keyed_table(path):
    """The rows of a table in the key layout: header COLUMNS, then a row per key (up to the first
    line that is not one, e.g. pandas' `check,...` counts or pladder's summary)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or [c.strip() for c in rows[0]] != COLUMNS:
        raise ValueError(f"{path}: the first line is not the header {','.join(COLUMNS)}")
    table = []
    for r in rows[1:]:
        if not r or r[0] not in KEYS:
            break
        table.append([c.strip() for c in r])
    return table


def dutch_table(path, keys):
    """pladder's Dutch Excel CSV: the rows after the header, by position, labelled with `keys`."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    if not rows or len(rows[0]) != len(COLUMNS):
        raise ValueError(f"{path}: the first line is not a header of {len(COLUMNS)} columns")
    return [[k] + [c.strip() for c in r[1:]] for k, r in zip(keys, rows[1:len(keys) + 1])]


def side_by_side(ref_name, ref, name, other):
    width = max(len(",".join(r)) for r in ref + other + [COLUMNS]) + 2
    out = [f"  {ref_name:<{width}}| {name}", f"  {','.join(COLUMNS):<{width}}| {','.join(COLUMNS)}"]
    for i in range(max(len(ref), len(other))):
        a = ",".join(ref[i]) if i < len(ref) else "(missing)"
        b = ",".join(other[i]) if i < len(other) else "(missing)"
        out.append(f"{'≠' if a != b else ' '} {a:<{width}}| {b}")
    return "\n".join(out)


def main(argv):
    pairs = [a.split("=", 1) for a in argv[1:]]
    if len(pairs) < 2 or any(len(p) != 2 for p in pairs):
        print(__doc__, file=sys.stderr)
        return 2
    ref_name, ref_path = pairs[0]
    try:
        ref = keyed_table(ref_path)
        if [r[0] for r in ref] != KEYS or any(len(r) != len(COLUMNS) for r in ref):
            raise ValueError(f"{ref_path}: not the nine rows {' '.join(KEYS)} of seven columns")
    except (OSError, ValueError) as e:
        print(f"same numbers: cannot read {ref_name}'s table: {e}", file=sys.stderr)
        return 1
    failed = False
    for name, path in pairs[1:]:
        try:
            other = dutch_table(path, KEYS) if name.endswith("_nl") else keyed_table(path)
        except (OSError, ValueError) as e:
            print(f"same numbers: cannot read {name}'s table: {e}", file=sys.stderr)
            failed = True
            continue
        if other == ref:
            print(f"  placement table: {name} = {ref_name} ({len(ref)} rows x {len(COLUMNS)} columns, number for number)")
        else:
            failed = True
            print(f"same numbers: the placement table of {name} differs from that of {ref_name} (rows marked ≠):\n"
                  + side_by_side(ref_name, ref, name, other), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
