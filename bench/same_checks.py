#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""The "same counts" check of bench/run.sh (issue 25, docs/benchmark.md): for every check the
pandas script counts, its count is the number of `pladder check` findings with that id, before
anything is timed.

Usage: same_checks.py PLADDER_CSV PANDAS_OUT

  PLADDER_CSV  `pladder check --reference-date D --format csv FILE`: a header with the column
               `controle` (Dutch Excel CSV, the default) or `check` (`--csv rfc4180 --lang en`),
               one finding per line (`input` findings too);
  PANDAS_OUT   `bench/compare_pandas.py checks FILE D`: the placement table, then one line
               `check,ID,COUNT` per check (SPEC §8 catalogue ids PL001-PL023).

Prints a table per id (pandas, pladder, = or ≠) and pladder's other ids (checks pandas does not
write), and exits 1 when a count differs, when the pandas output has no or a repeated check or
an id that is not a catalogue id. Counts only: never a personal value.
"""
import collections
import csv
import re
import sys


def pladder_counts(path):
    """Findings per check id of `pladder check --format csv`: the column `check` (rfc4180, `,`) or,
    in the Dutch Excel CSV (`;`, BOM), `controle`."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        head = f.readline()
        f.seek(0)  # utf-8-sig leaves the BOM out again
        reader = csv.DictReader(f, delimiter=";" if head.count(";") > head.count(",") else ",")
        column = next((c for c in ("check", "controle") if c in (reader.fieldnames or [])), None)
        if column is None:
            raise ValueError(f"{path}: no column 'check' (or Dutch 'controle') in the header of pladder check --format csv")
        return collections.Counter(row[column] for row in reader)


def pandas_counts(path):
    counts = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            if not row or row[0] != "check":
                continue
            if len(row) != 3 or not re.fullmatch(r"PL0(0[1-9]|1[0-9]|2[0-3])", row[1]) or not row[2].isdigit():
                raise ValueError(f"{path}: '{','.join(row)}' is not a line check,PL001..PL023,COUNT")
            if row[1] in counts:
                raise ValueError(f"{path}: {row[1]} is counted twice")
            counts[row[1]] = int(row[2])
    if not counts:
        raise ValueError(f"{path}: no line check,ID,COUNT")
    return counts


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        pladder, pandas = pladder_counts(argv[1]), pandas_counts(argv[2])
    except (OSError, ValueError) as e:
        print(f"same counts: {e}", file=sys.stderr)
        return 1
    differ = [c for c in pandas if pandas[c] != pladder.get(c, 0)]
    lines = [f"  {'':1} {'check':<6} {'pandas':>8} {'pladder':>8}"]
    lines += [f"  {'≠' if c in differ else '=':1} {c:<6} {pandas[c]:>8} {pladder.get(c, 0):>8}" for c in sorted(pandas)]
    others = ", ".join(f"{c} {pladder[c]}" for c in sorted(pladder) if c not in pandas) or "none"
    if differ:
        print(f"same counts: pandas and pladder count {len(differ)} of {len(pandas)} checks differently "
              f"({', '.join(differ)}; marked ≠):\n" + "\n".join(lines)
              + f"\n  pladder's other findings (not in the pandas script): {others}", file=sys.stderr)
        return 1
    print(f"  check counts: pandas = pladder for all {len(pandas)} checks "
          f"({', '.join(f'{c} {pandas[c]}' for c in sorted(pandas))}); pladder's other findings: {others}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
